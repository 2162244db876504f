import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/network-circle.js';
import type { GkNetworkCircle, NetworkValue } from '../../src/network-circle.js';
import { emulateMedia } from '@web/test-runner-commands';
import { captureInvalid, countEvents, findRole, resetMouse, sendKeys, sendMouse, smallTargets } from '../support/helpers.js';
import { $, $$, buttonNamed, pointIn, showCircle, status, tok } from './dom.js';
import { crowd, overlaps, person, typical } from './fixtures.js';

afterEach(async () => {
  await resetMouse();
});

const simple = (): NetworkValue => ({
  version: 1,
  rings: 3,
  sectors: true,
  people: [person('mor', 'Mor', 1, { sector: 'family', canHelp: true }), person('kim', 'Kim', 2, { sector: 'friends', inSubstanceEnvironment: true })],
});
const ring = (el: GkNetworkCircle, id: string) => el.value.people.find((p) => p.id === id)!;
/** Waits for the ResizeObserver's re-layout at the drawn width. */
const settle = async (el: GkNetworkCircle) => {
  for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(r));
  await el.updateComplete;
};

describe('gk-network-circle: what it shows', () => {
  it('the participant in the centre, three rings, five labelled sectors, a token per person', async () => {
    const el = await fixture<GkNetworkCircle>(html`<gk-network-circle .value=${typical()}></gk-network-circle>`);
    expect($(el, 'text.me').textContent).to.equal('Mig');
    expect($$(el, '.box > svg circle:not(.me)')).to.have.length(3);
    expect($$(el, '.box > svg text:not(.me)').map((t) => t.textContent)).to.deep.equal(['Familie', 'Venner', 'Arbejde/skole', 'Fagpersoner', 'Andre']);
    expect($(el, '.line').getAttribute('d')).to.match(/^M/);
    expect($$(el, '.tok[data-id]')).to.have.length(7);
    expect($(el, '.prompt').textContent).to.contain('Hvem ved, hvordan du har det?');
  });

  it('two or four rings, and no sectors, as the value says', async () => {
    const el = await fixture<GkNetworkCircle>(html`<gk-network-circle .value=${{ ...simple(), rings: 4, sectors: false }}></gk-network-circle>`);
    expect($$(el, '.box > svg circle:not(.me)')).to.have.length(4);
    expect($(el, '.line')).to.equal(null);
    el.value = { ...simple(), rings: 2 };
    await el.updateComplete;
    expect($$(el, '.box > svg circle:not(.me)')).to.have.length(2);
  });

  it('marks by icon and shape, not colour alone; helpers outside the environment are filled', async () => {
    const el = await fixture<GkNetworkCircle>(html`<gk-network-circle .value=${simple()}></gk-network-circle>`);
    const mor = tok(el, 'mor');
    const kim = tok(el, 'kim');
    expect(mor.classList.contains('help') && !mor.classList.contains('env')).to.equal(true);
    expect(mor.querySelectorAll('svg.icon')).to.have.length(1);
    expect(getComputedStyle(mor).backgroundColor, 'filled').not.to.equal(getComputedStyle($(el, '.nc')).backgroundColor);
    expect(parseFloat(getComputedStyle(mor).borderTopWidth)).to.be.greaterThan(parseFloat(getComputedStyle(kim).borderTopWidth));
    expect(getComputedStyle(kim).borderTopStyle, 'in the environment: dashed').to.equal('dashed');
    expect(kim.querySelectorAll('svg.icon')).to.have.length(1);
    // the legend says it in words, next to the same icon and shape
    const legend = $(el, '.legend').textContent!;
    expect(legend).to.contain('Kan hjælpe i svære situationer');
    expect(legend).to.contain('En del af miljøet med rusmidler');
    expect(legend).to.contain('Kan hjælpe og er uden for miljøet med rusmidler: Mor');
  });

  it('each token is a named button in the accessibility tree: name, place and marks', async () => {
    await fixture<GkNetworkCircle>(html`<gk-network-circle .value=${simple()}></gk-network-circle>`);
    const [mor] = await findRole('button', /^Mor,/);
    expect(mor.name).to.equal('Mor, ring 1, tættest på, Familie, Kan hjælpe i svære situationer');
    expect(mor.pressed).to.equal('false');
    expect(mor.description).to.contain('Pil op: tættere på');
    const [kim] = await findRole('button', /^Kim,/);
    expect(kim.name).to.equal('Kim, ring 2, tæt på, Venner, En del af miljøet med rusmidler');
    const [group] = await findRole('group', 'Mit netværk');
    expect(group, 'the circle is a named group').to.exist;
  });

  it('markup, very long names and emoji render as text; a long name is cut visually but kept whole for screen readers', async () => {
    const long = 'Anne-Marie Kristine Bodil fra bostedet på Solbakken ved Åen, hende med hunden';
    const el = await fixture<GkNetworkCircle>(html`<gk-network-circle
      style="width: 760px"
      .value=${{ version: 1, rings: 3, sectors: false, people: [person('x', '<img src=x onerror=alert(1)>', 1), person('l', long, 2), person('e', 'Mia 👩‍👧', 3)] }}
    ></gk-network-circle>`);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(tok(el, 'x').querySelector('.nm')!.textContent).to.equal('<img src=x onerror=alert(1)>');
    const nm = tok(el, 'l').querySelector<HTMLElement>('.nm')!;
    expect(getComputedStyle(nm).textOverflow).to.equal('ellipsis');
    expect(nm.scrollWidth, 'cut visually').to.be.greaterThan(nm.clientWidth);
    expect(tok(el, 'l').getBoundingClientRect().width).to.be.below(200);
    const [node] = await findRole('button', new RegExp(`^${long}`));
    expect(node, 'full name in the accessible name').to.exist;
    expect(tok(el, 'e').textContent).to.contain('Mia 👩‍👧');
  });
});

describe('gk-network-circle: accessibility (axe) in every state', () => {
  const states: Record<string, () => ReturnType<typeof html>> = {
    empty: () => html`<gk-network-circle></gk-network-circle>`,
    typical: () => html`<gk-network-circle .value=${typical()}></gk-network-circle>`,
    'no sectors, four rings': () => html`<gk-network-circle .value=${{ ...typical(), sectors: false, rings: 4 }}></gk-network-circle>`,
    facilitator: () => html`<gk-network-circle surface="facilitator" .value=${typical()}></gk-network-circle>`,
    'shared screen': () => html`<gk-network-circle surface="shared" .value=${typical()}></gk-network-circle>`,
    disabled: () => html`<gk-network-circle disabled .value=${typical()}></gk-network-circle>`,
    'list view': () => html`<gk-network-circle view="list" .value=${typical()}></gk-network-circle>`,
    '40 people (compact tokens)': () => html`<gk-network-circle .value=${crowd(40, { sectors: true })}></gk-network-circle>`,
    dark: () => html`<gk-network-circle theme="dark" .value=${typical()}></gk-network-circle>`,
    'high contrast': () => html`<gk-network-circle theme="high-contrast" .value=${typical()}></gk-network-circle>`,
    english: () => html`<gk-network-circle lang="en" .value=${typical()}></gk-network-circle>`,
  };
  for (const [name, tpl] of Object.entries(states)) {
    it(name, async () => {
      const el = await fixture<GkNetworkCircle>(tpl());
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }

  it('with a person chosen, after a removal (undo bar), and with the form open', async () => {
    const el = await fixture<GkNetworkCircle>(html`<gk-network-circle .value=${typical()}></gk-network-circle>`);
    tok(el, 'mor').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    buttonNamed(el, 'Fjern').click();
    await el.updateComplete;
    expect($(el, '.undo')).to.exist;
    await expect(el).to.be.accessible();
    buttonNamed(el, 'Tilføj person').click();
    await el.updateComplete;
    expect($<HTMLDialogElement>(el, 'dialog').open).to.equal(true);
    await expect(el).to.be.accessible();
  });
});

describe('gk-network-circle: moving a person', () => {
  it('keyboard: arrows move between rings and sectors, each move announced; focus stays on the person', async () => {
    const el = await fixture<GkNetworkCircle>(html`<gk-network-circle .value=${simple()}></gk-network-circle>`);
    const counts = countEvents(el);
    tok(el, 'mor').focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(ring(el, 'mor')).to.include({ ring: 2, sector: 'family' });
    expect(status(el)).to.equal('Mor er nu i ring 2, tæt på, Familie.');
    expect(el.shadowRoot!.activeElement).to.equal(tok(el, 'mor'));
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(ring(el, 'mor')).to.include({ ring: 2, sector: 'friends' });
    expect(status(el)).to.equal('Mor er nu i ring 2, tæt på, Venner.');
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'ArrowDown' }); // already farthest: nothing
    await el.updateComplete;
    expect(ring(el, 'mor').ring).to.equal(3);
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(ring(el, 'mor')).to.include({ ring: 1, sector: 'others' });
    expect(counts).to.deep.equal({ input: 6, change: 6 });
    expect(el.shadowRoot!.activeElement).to.equal(tok(el, 'mor'));
  });

  it('a real pointer drag moves the person on drop: one input, one change; only the dragged token moves meanwhile', async () => {
    const el = await fixture<GkNetworkCircle>(html`<gk-network-circle style="width: 520px" .value=${simple()}></gk-network-circle>`);
    await settle(el);
    showCircle(el);
    const counts = countEvents(el);
    const r = tok(el, 'mor').getBoundingClientRect();
    const [x0, y0] = [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
    const [x1, y1] = pointIn(el, 3, 1);
    const changes: string[] = [];
    const mo = new MutationObserver((list) => list.forEach((m) => changes.push(`${(m.target as Element).localName}.${(m.target as Element).getAttribute('class')} ${m.attributeName}`)));
    mo.observe(el.shadowRoot!, { subtree: true, attributes: true, childList: true, characterData: true });
    await sendMouse({ type: 'move', position: [x0, y0] });
    await sendMouse({ type: 'down' });
    for (let i = 1; i <= 5; i++) await sendMouse({ type: 'move', position: [Math.round(x0 + ((x1 - x0) * i) / 5), Math.round(y0 + ((y1 - y0) * i) / 5)] });
    await el.updateComplete;
    expect(tok(el, 'mor').style.translate, 'follows the pointer').to.match(/px/);
    expect($(el, '.hl').getAttribute('d'), 'the place under the pointer lights up').to.match(/^M/);
    expect(counts, 'nothing changes before the drop').to.deep.equal({ input: 0, change: 0 });
    mo.disconnect();
    expect([...new Set(changes)].sort(), 'no re-render while dragging').to.deep.equal(['button.tok help drag style', 'button.tok help drag class', 'path.hl d'].sort());
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    expect(ring(el, 'mor')).to.include({ ring: 3, sector: 'friends' });
    expect(counts).to.deep.equal({ input: 1, change: 1 });
    expect(status(el)).to.equal('Mor er nu i ring 3, længere væk, Venner.');
    expect(tok(el, 'mor').style.translate).to.equal('');
    expect($(el, '.hl').getAttribute('d')).to.equal('');
  });

  it('tap the person, then tap the place (no dragging)', async () => {
    const el = await fixture<GkNetworkCircle>(html`<gk-network-circle style="width: 520px" .value=${simple()}></gk-network-circle>`);
    showCircle(el);
    const counts = countEvents(el);
    const r = tok(el, 'mor').getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
    await el.updateComplete;
    expect(tok(el, 'mor').getAttribute('aria-pressed')).to.equal('true');
    expect($(el, '.selection').textContent).to.contain('Mor er valgt. Tryk i cirklen, hvor Mor skal være.');
    await sendMouse({ type: 'click', position: pointIn(el, 3, 1, true) });
    await el.updateComplete;
    expect(ring(el, 'mor')).to.include({ ring: 3, sector: 'friends' });
    expect(tok(el, 'mor').getAttribute('aria-pressed')).to.equal('false');
    expect($(el, '.selection')).to.equal(null);
    expect(counts).to.deep.equal({ input: 1, change: 1 });
    expect(status(el)).to.equal('Mor er nu i ring 3, længere væk, Venner.');
  });

  it('keyboard, drag and tap-then-tap give identical values and the same events', async () => {
    const values: NetworkValue[] = [];
    const events: { input: number; change: number }[] = [];
    // keyboard
    let el = await fixture<GkNetworkCircle>(html`<gk-network-circle style="width: 520px" .value=${simple()}></gk-network-circle>`);
    let counts = countEvents(el);
    tok(el, 'mor').focus();
    for (const key of ['ArrowDown', 'ArrowDown', 'ArrowRight']) await sendKeys({ press: key });
    values.push(el.value);
    events.push({ input: counts.input / 3, change: counts.change / 3 }); // one of each per move
    // drag
    el = await fixture<GkNetworkCircle>(html`<gk-network-circle style="width: 520px" .value=${simple()}></gk-network-circle>`);
    showCircle(el);
    counts = countEvents(el);
    let r = tok(el, 'mor').getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: pointIn(el, 2, 1) });
    await sendMouse({ type: 'move', position: pointIn(el, 3, 1) });
    await sendMouse({ type: 'up' });
    values.push(el.value);
    events.push({ ...counts });
    // tap, then tap
    el = await fixture<GkNetworkCircle>(html`<gk-network-circle style="width: 520px" .value=${simple()}></gk-network-circle>`);
    showCircle(el);
    counts = countEvents(el);
    r = tok(el, 'mor').getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
    await el.updateComplete;
    await sendMouse({ type: 'click', position: pointIn(el, 3, 1, true) });
    values.push(el.value);
    events.push({ ...counts });

    expect(values[0].people[0]).to.include({ ring: 3, sector: 'friends' });
    expect(values[1]).to.deep.equal(values[0]);
    expect(values[2]).to.deep.equal(values[0]);
    expect(events).to.deep.equal([
      { input: 1, change: 1 },
      { input: 1, change: 1 },
      { input: 1, change: 1 },
    ]);
  });

  it('a drag dropped where the person already is, or outside the circle, changes nothing', async () => {
    const el = await fixture<GkNetworkCircle>(html`<gk-network-circle style="width: 520px" .value=${simple()}></gk-network-circle>`);
    showCircle(el);
    const counts = countEvents(el);
    const r = tok(el, 'mor').getBoundingClientRect();
    const start: [number, number] = [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
    await sendMouse({ type: 'move', position: start });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: pointIn(el, 1, 0) });
    await sendMouse({ type: 'up' });
    await sendMouse({ type: 'move', position: start });
    await sendMouse({ type: 'down' });
    const box = $(el, '.box').getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.right + 30), Math.round(box.top + 40)] });
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    expect(ring(el, 'mor')).to.include({ ring: 1, sector: 'family' });
    expect(counts).to.deep.equal({ input: 0, change: 0 });
    expect(tok(el, 'mor').style.translate).to.equal('');
  });

  it('Escape lets go of a chosen person; Enter chooses and moves focus to the person\'s buttons', async () => {
    const el = await fixture<GkNetworkCircle>(html`<gk-network-circle .value=${simple()}></gk-network-circle>`);
    tok(el, 'kim').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(tok(el, 'kim').getAttribute('aria-pressed')).to.equal('true');
    expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal('Ret');
    buttonNamed(el, 'Færdig').click();
    await el.updateComplete;
    expect(tok(el, 'kim').getAttribute('aria-pressed')).to.equal('false');
    expect(el.shadowRoot!.activeElement).to.equal(tok(el, 'kim'));
    tok(el, 'kim').click();
    await el.updateComplete;
    tok(el, 'kim').focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect($(el, '.selection')).to.equal(null);
  });
});

describe('gk-network-circle: removing and undo', () => {
  it('remove a chosen person, then undo puts them back in their place', async () => {
    const el = await fixture<GkNetworkCircle>(html`<gk-network-circle .value=${typical()}></gk-network-circle>`);
    const before = el.value;
    const counts = countEvents(el);
    tok(el, 'jens').click();
    await el.updateComplete;
    buttonNamed(el, 'Fjern').click();
    await el.updateComplete;
    expect(el.value.people.map((p) => p.id)).not.to.include('jens');
    expect(tok(el, 'jens')).to.equal(null);
    expect($(el, '.undo').textContent).to.contain('Jens er fjernet.');
    expect(status(el)).to.equal('Jens er fjernet.');
    expect(el.shadowRoot!.activeElement!.textContent!.trim(), 'focus on Fortryd').to.equal('Fortryd');
    buttonNamed(el, 'Fortryd').click();
    await el.updateComplete;
    expect(el.value).to.deep.equal(before);
    expect(status(el)).to.equal('Fortrudt.');
    expect($(el, '.undo')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(tok(el, 'jens'));
    expect(counts).to.deep.equal({ input: 2, change: 2 });
  });

  it('Delete on a token removes; undo keeps later changes; a new value forgets the history', async () => {
    const el = await fixture<GkNetworkCircle>(html`<gk-network-circle .value=${typical()}></gk-network-circle>`);
    tok(el, 'kim').focus();
    await sendKeys({ press: 'Delete' });
    await el.updateComplete;
    expect(el.value.people.some((p) => p.id === 'kim')).to.equal(false);
    tok(el, 'bo').focus();
    await sendKeys({ press: 'ArrowUp' });
    buttonNamed(el, 'Fortryd').click();
    await el.updateComplete;
    expect(el.value.people.map((p) => p.id)).to.deep.equal(typical().people.map((p) => p.id));
    expect(el.value.people.find((p) => p.id === 'bo')!.ring, 'the later move stays').to.equal(2);
    tok(el, 'kim').focus();
    await sendKeys({ press: 'Delete' });
    await el.updateComplete;
    el.value = typical();
    await el.updateComplete;
    expect($(el, '.undo'), 'no undo into another value').to.equal(null);
  });
});

describe('gk-network-circle: adding and editing', () => {
  it('adds a person with the form: name, marks, ring, sector, symbol, phone, note', async () => {
    const el = await fixture<GkNetworkCircle>(html`<gk-network-circle .value=${simple()}></gk-network-circle>`);
    const counts = countEvents(el);
    buttonNamed(el, 'Tilføj person').click();
    await el.updateComplete;
    const dlg = $<HTMLDialogElement>(el, 'dialog');
    expect(dlg.open).to.equal(true);
    expect($(el, '#dt').textContent).to.equal('Tilføj person');
    expect(el.shadowRoot!.activeElement).to.equal(dlg.querySelector('input[name=name]'));
    await sendKeys({ type: 'Søs' });
    dlg.querySelector<HTMLInputElement>('[name=canHelp]')!.click();
    dlg.querySelector<HTMLSelectElement>('[name=ring]')!.value = '2';
    dlg.querySelector<HTMLSelectElement>('[name=sector]')!.value = 'family';
    dlg.querySelector<HTMLInputElement>('[name=symbol][value=star]')!.click();
    dlg.querySelector<HTMLInputElement>('[name=phone]')!.value = '22 33 44 55';
    dlg.querySelector<HTMLTextAreaElement>('[name=note]')!.value = 'Min søster';
    buttonNamed(el, 'Gem').click();
    await el.updateComplete;
    const added = el.value.people.at(-1)!;
    expect(added).to.deep.include({ name: 'Søs', ring: 2, sector: 'family', symbol: 'star', canHelp: true, inSubstanceEnvironment: false, phone: '22 33 44 55', note: 'Min søster' });
    expect(added.id).to.match(/^p-/);
    expect(counts).to.deep.equal({ input: 1, change: 1 });
    expect(status(el)).to.equal('Søs er tilføjet.');
    expect($(el, 'dialog')).to.equal(null);
    expect(tok(el, added.id).querySelectorAll('svg.icon'), 'symbol and lifebuoy').to.have.length(2);
  });

  it('a name is needed: the form says so and keeps the value', async () => {
    const el = await fixture<GkNetworkCircle>(html`<gk-network-circle .value=${simple()}></gk-network-circle>`);
    const counts = countEvents(el);
    buttonNamed(el, 'Tilføj person').click();
    await el.updateComplete;
    buttonNamed(el, 'Gem').click();
    await el.updateComplete;
    const input = $(el, 'dialog input[name=name]');
    expect($(el, '#err').textContent).to.equal('Skriv et navn eller forbogstaver.');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(input);
    expect(counts).to.deep.equal({ input: 0, change: 0 });
    buttonNamed(el, 'Annuller').click();
    await el.updateComplete;
    expect($(el, 'dialog')).to.equal(null);
    expect(el.value).to.deep.equal(simple());
  });

  it('edits a chosen person; Escape closes the form without a change', async () => {
    const el = await fixture<GkNetworkCircle>(html`<gk-network-circle .value=${simple()}></gk-network-circle>`);
    tok(el, 'kim').click();
    await el.updateComplete;
    buttonNamed(el, 'Ret').click();
    await el.updateComplete;
    expect($(el, '#dt').textContent).to.equal('Ret Kim');
    const name = $<HTMLInputElement>(el, 'dialog input[name=name]');
    expect(name.value).to.equal('Kim');
    expect($<HTMLInputElement>(el, 'dialog [name=env]').checked).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect($(el, 'dialog')).to.equal(null);
    expect(el.shadowRoot!.activeElement!.textContent!.trim(), 'focus back on Ret').to.equal('Ret');
    buttonNamed(el, 'Ret').click();
    await el.updateComplete;
    $<HTMLInputElement>(el, 'dialog input[name=name]').value = 'Kimmi';
    $<HTMLInputElement>(el, 'dialog [name=env]').click();
    buttonNamed(el, 'Gem').click();
    await el.updateComplete;
    expect(el.value.people[1]).to.deep.equal({ id: 'kim', name: 'Kimmi', ring: 2, sector: 'friends', canHelp: false, inSubstanceEnvironment: false });
    expect($(el, '.selection'), 'done with Kim').to.equal(null);
  });
});

describe('gk-network-circle: forms', () => {
  it('puts the value in FormData as JSON (nothing while empty) and resets', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><gk-network-circle name="netvaerk"></gk-network-circle></form>`);
    const el = form.querySelector('gk-network-circle')!;
    expect(el.form).to.equal(form);
    expect(new FormData(form).has('netvaerk')).to.equal(false);
    el.value = simple();
    await el.updateComplete;
    expect(JSON.parse(new FormData(form).get('netvaerk') as string)).to.deep.equal(simple());
    tok(el, 'mor').focus();
    await sendKeys({ press: 'ArrowDown' });
    form.reset();
    await el.updateComplete;
    expect(el.value.people).to.deep.equal([]);
    expect(new FormData(form).has('netvaerk')).to.equal(false);
  });

  it('required: an empty circle is invalid, one person makes it valid', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><gk-network-circle name="n" required></gk-network-circle></form>`);
    const el = form.querySelector('gk-network-circle')!;
    await el.updateComplete;
    expect(el.validity.valueMissing).to.equal(true);
    expect(form.checkValidity()).to.equal(false);
    el.value = simple();
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(true);
    expect(el.validationMessage).to.equal('');
  });

  it("required says the tool's own words, in the active language, after every change", async () => {
    const form = await fixture<HTMLFormElement>(html`<form><gk-network-circle name="n" required .value=${simple()}></gk-network-circle></form>`);
    const el = form.querySelector('gk-network-circle')!;
    await el.updateComplete;
    expect(el.validity.valid).to.equal(true);
    // the user removes both people: the circle is empty again
    for (const id of ['mor', 'kim']) {
      tok(el, id).focus();
      await sendKeys({ press: 'Delete' });
      await el.updateComplete;
    }
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal('Tilføj mindst én person.');
    form.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(el.validationMessage).to.equal('Add at least one person.');
    el.strings = { required: 'Skriv mindst én person på.' };
    await el.updateComplete;
    expect(el.validationMessage, 'a host can override it like any string').to.equal('Skriv mindst én person på.');
    el.value = simple();
    await el.updateComplete;
    expect(el.validity.valid).to.equal(true);
  });

  it('a disabled fieldset disables it: no moves, no buttons, not submitted', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fieldset disabled><gk-network-circle name="n" .value=${simple()}></gk-network-circle></fieldset></form>`);
    const el = form.querySelector('gk-network-circle')!;
    await el.updateComplete;
    expect(tok(el, 'mor').hasAttribute('disabled')).to.equal(true);
    expect($(el, '[part=toolbar]')).to.equal(null);
    tok(el, 'mor').dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    expect(ring(el, 'mor').ring).to.equal(1);
    expect(new FormData(form).has('n')).to.equal(false);
  });

  it('restores its state after back navigation', async () => {
    const el = await fixture<GkNetworkCircle>(html`<gk-network-circle name="n"></gk-network-circle>`);
    el.formStateRestoreCallback(JSON.stringify(simple()));
    expect(el.value).to.deep.equal(simple());
    el.formStateRestoreCallback('{"version":2}');
    expect(el.value).to.deep.equal(simple());
  });

  it('rings and sectors attributes set up an empty circle', async () => {
    const el = await fixture<GkNetworkCircle>(html`<gk-network-circle rings="4" sectors></gk-network-circle>`);
    expect(el.value).to.deep.equal({ version: 1, rings: 4, sectors: true, people: [] });
    expect($$(el, '.box > svg circle:not(.me)')).to.have.length(4);
    const cap = captureInvalid(el);
    try {
      el.rings = 7;
      expect(el.rings, 'checked on assignment: the last good number stays').to.equal(4);
      expect(cap.events.map((e) => e.field)).to.deep.equal(['rings']);
    } finally {
      cap.stop();
    }
    el.rings = 2;
    await el.updateComplete;
    expect(el.value.rings, 'the empty circle follows').to.equal(2);
    const withValue = await fixture<GkNetworkCircle>(html`<gk-network-circle rings="2" .value=${simple()}></gk-network-circle>`);
    expect(withValue.value.rings, 'a value brings its own').to.equal(3);
  });
});

describe('gk-network-circle: bad input keeps the last good state', () => {
  it('rejects bad values with the field named, warns once per field, without the data', async () => {
    const el = await fixture<GkNetworkCircle>(html`<gk-network-circle .value=${simple()}></gk-network-circle>`);
    const cap = captureInvalid(el);
    try {
      el.value = { version: 1, people: [person('a', 'x'.repeat(10000), 1)] } as never;
      el.value = { version: 1, people: [person('a', 'secret-name', 7)] } as never;
      el.value = { version: 1, people: [person('a', 'secret-name', 7)] } as never;
      el.value = 'netværk' as never;
      el.setAttribute('rings', '9');
      el.view = 'grid' as never;
      await el.updateComplete;
      expect(el.value).to.deep.equal(simple());
      expect(el.view).to.equal('circle');
      expect(cap.events.map((e) => e.field)).to.deep.equal(['value.people[0].name', 'value.people[0].ring', 'value.people[0].ring', 'value', 'rings', 'view']);
      expect(cap.events[0]).to.deep.include({ tag: 'gk-network-circle' });
      expect(cap.warnings).to.have.length(5);
      expect(cap.warnings.join('\n')).not.to.contain('secret-name');
      expect(cap.warnings.join('\n')).not.to.contain('xxxx');
    } finally {
      cap.stop();
    }
  });

  it('a JSON round-trip of the value gives the same value', async () => {
    const el = await fixture<GkNetworkCircle>(html`<gk-network-circle .value=${typical()}></gk-network-circle>`);
    el.value = JSON.parse(JSON.stringify(el.value));
    expect(el.value).to.deep.equal(typical());
  });
});

describe('gk-network-circle: events', () => {
  it('fires nothing on a programmatic set', async () => {
    const el = await fixture<GkNetworkCircle>(html`<gk-network-circle></gk-network-circle>`);
    const counts = countEvents(el);
    el.value = typical();
    el.value = simple();
    await el.updateComplete;
    expect(counts).to.deep.equal({ input: 0, change: 0 });
  });

  it('change bubbles out of the shadow root as a native Event', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div><gk-network-circle .value=${simple()}></gk-network-circle></div>`);
    const el = wrap.querySelector('gk-network-circle')!;
    setTimeout(() => tok(el, 'mor').dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true })));
    const e = await oneEvent(wrap, 'change');
    expect(e.constructor).to.equal(Event);
    expect(e.composed).to.equal(true);
  });
});

describe('gk-network-circle: languages', () => {
  it('follows the nearest lang and switches live, both the circle and the working part', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="en"><gk-network-circle .value=${simple()}></gk-network-circle></div>`);
    const el = wrap.querySelector('gk-network-circle')!;
    await el.updateComplete;
    expect($(el, 'text.me').textContent).to.equal('Me');
    expect(tok(el, 'mor').textContent).to.contain('Mor, ring 1, closest, Family, Can help in hard situations');
    expect(buttonNamed(el, 'Add person')).to.exist;
    tok(el, 'mor').focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(status(el)).to.equal('Mor is now in ring 2, close, Family.');
    wrap.setAttribute('lang', 'nb');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect($(el, 'text.me').textContent).to.equal('Meg');
    expect(buttonNamed(el, 'Legg til person')).to.exist;
    el.setAttribute('lang', 'sv');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect($$(el, '.box > svg text:not(.me)').map((t) => t.textContent)).to.deep.equal(['Familj', 'Vänner', 'Arbete/skola', 'Yrkespersoner', 'Andra']);
    expect($(el, '.prompt').textContent).to.contain('Vem vet hur du mår?');
  });

  it('a host can override strings of both parts', async () => {
    const el = await fixture<GkNetworkCircle>(html`<gk-network-circle .strings=${{ me: 'Jeg', add: 'Ny person' }}></gk-network-circle>`);
    expect($(el, 'text.me').textContent).to.equal('Jeg');
    expect(buttonNamed(el, 'Ny person')).to.exist;
  });
});

describe('gk-network-circle: surfaces and views', () => {
  it('the shared screen shows no names, phones or notes, and cannot be changed', async () => {
    const el = await fixture<GkNetworkCircle>(html`<gk-network-circle surface="shared" .value=${typical()}></gk-network-circle>`);
    expect($$(el, '.tok[data-id] .nm').every((n) => n.textContent === '')).to.equal(true);
    expect(el.shadowRoot!.textContent).not.to.contain('Mor');
    expect(el.shadowRoot!.textContent).not.to.contain('12 34 56 78');
    expect($(el, '[part=toolbar]')).to.equal(null);
    expect($$(el, '.tok[data-id]').every((t) => t.hasAttribute('disabled'))).to.equal(true);
    const [first] = await findRole('button', /^Person 1,/);
    expect(first).to.exist;
  });

  it('the facilitator changes rings and sectors (people outside move in) and sees every question', async () => {
    const el = await fixture<GkNetworkCircle>(html`<gk-network-circle surface="facilitator" .value=${typical()}></gk-network-circle>`);
    const counts = countEvents(el);
    expect($$(el, '[part=facilitator] li')).to.have.length(7);
    const select = $<HTMLSelectElement>(el, '[part=facilitator] select');
    select.value = '2';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.value.rings).to.equal(2);
    expect(el.value.people.every((p) => p.ring <= 2)).to.equal(true);
    $<HTMLInputElement>(el, '[part=facilitator] input[type=checkbox]').click();
    await el.updateComplete;
    expect(el.value.sectors).to.equal(false);
    expect(counts).to.deep.equal({ input: 2, change: 2 });
  });

  it('the prompts go round with "Nyt spørgsmål"', async () => {
    const el = await fixture<GkNetworkCircle>(html`<gk-network-circle></gk-network-circle>`);
    const seen = [$(el, '.prompt p').textContent];
    for (let i = 0; i < 7; i++) {
      buttonNamed(el, 'Nyt spørgsmål').click();
      await el.updateComplete;
      seen.push($(el, '.prompt p').textContent);
    }
    expect(seen[1]).to.equal('Hvem kan du ringe til?');
    expect(new Set(seen).size).to.equal(7);
    expect(seen[7]).to.equal(seen[0]);
  });

  it('the list view shows everyone by ring with marks in words, and can edit and remove', async () => {
    const el = await fixture<GkNetworkCircle>(html`<gk-network-circle .value=${typical()}></gk-network-circle>`);
    buttonNamed(el, 'Vis som liste').click();
    await el.updateComplete;
    expect(el.view).to.equal('list');
    expect(getComputedStyle($(el, '.box')).display).to.equal('none');
    const list = $(el, '.list');
    expect(getComputedStyle(list).display).to.equal('block');
    expect($$(el, '.list h3').map((h) => h.textContent)).to.deep.equal(['Ring 1: tættest på', 'Ring 2: tæt på', 'Ring 3: længere væk']);
    expect(list.textContent).to.contain('Telefon: 12 34 56 78');
    expect(list.textContent).to.contain('Ring før kl. 15');
    const [remove] = await findRole('button', 'Fjern Jens');
    expect(remove).to.exist;
    buttonNamed(el, 'Fjern Jens').click();
    await el.updateComplete;
    expect(el.value.people.some((p) => p.id === 'jens')).to.equal(false);
    buttonNamed(el, 'Vis som cirkel').click();
    await el.updateComplete;
    expect(el.view).to.equal('circle');
  });
});

describe('gk-network-circle: many people', () => {
  it('40 people: no token covers another, and each has a 44 × 44 target', async () => {
    for (const v of [crowd(40), crowd(40, { sectors: true }), crowd(40, { ring: () => 1 })]) {
      const el = await fixture<GkNetworkCircle>(html`<gk-network-circle style="width: 760px" .value=${v}></gk-network-circle>`);
      await el.updateComplete;
      const toks = $$(el, '.tok[data-id]');
      expect(toks, 'all 40 in the circle').to.have.length(40);
      expect(overlaps(toks.map((t) => [t.dataset.id!, t.getBoundingClientRect()]))).to.deep.equal([]);
      expect(toks.filter((t) => t.getBoundingClientRect().width < 44 || t.getBoundingClientRect().height < 44)).to.deep.equal([]);
      // tokens stay inside the circle's box
      const box = $(el, '.box').getBoundingClientRect();
      expect(toks.every((t) => { const r = t.getBoundingClientRect(); return r.left >= box.left && r.right <= box.right && r.top >= box.top && r.bottom <= box.bottom; })).to.equal(true);
    }
  });

  it('150 people stay usable: no overlap, who does not fit is in the list, moves still work', async () => {
    const el = await fixture<GkNetworkCircle>(html`<gk-network-circle style="width: 760px" .value=${crowd(150, { sectors: true })}></gk-network-circle>`);
    await el.updateComplete;
    const toks = $$(el, '.tok[data-id]');
    expect(toks.length).to.be.greaterThan(60);
    expect(overlaps(toks.map((t) => [t.dataset.id!, t.getBoundingClientRect()]))).to.deep.equal([]);
    expect($(el, '[part=note]').textContent).to.contain('Der er ikke plads til alle i cirklen');
    const counts = countEvents(el);
    toks[0].focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(counts.change).to.equal(1);
    buttonNamed(el, 'Vis som liste').click();
    await el.updateComplete;
    expect($$(el, '.list li b')).to.have.length(150);
    await expect(el).to.be.accessible();
  });
});

describe('gk-network-circle: targets of 44 × 44 CSS px', () => {
  /** smallTargets, but a checkbox or radio counts with its label (a tap on the label works). */
  const small = (el: GkNetworkCircle) => [
    ...smallTargets(el.shadowRoot!, 'button, select, textarea, input:not([type=checkbox]):not([type=radio]), [tabindex]'),
    ...$$(el, 'label:has(input[type=checkbox]), label:has(input[type=radio])')
      .filter((l) => l.getBoundingClientRect().width < 44 || l.getBoundingClientRect().height < 44)
      .map((l) => `label ${l.textContent}`),
  ];

  it('participant, chosen person, undo bar, form, list view and facilitator controls', async () => {
    const el = await fixture<GkNetworkCircle>(html`<gk-network-circle style="width: 700px" .value=${typical()}></gk-network-circle>`);
    expect(small(el)).to.deep.equal([]);
    tok(el, 'mor').click();
    await el.updateComplete;
    expect(small(el)).to.deep.equal([]);
    buttonNamed(el, 'Fjern').click();
    await el.updateComplete;
    expect(small(el)).to.deep.equal([]);
    buttonNamed(el, 'Tilføj person').click();
    await el.updateComplete;
    expect(small(el)).to.deep.equal([]);
    buttonNamed(el, 'Annuller').click();
    el.view = 'list';
    await el.updateComplete;
    expect(small(el)).to.deep.equal([]);
    el.surface = 'facilitator';
    await el.updateComplete;
    expect(small(el)).to.deep.equal([]);
  });

  it('a phone: the circle is drawn at 520 units and scaled, so people still show (24 px or more) without overlap', async () => {
    const el = await fixture<GkNetworkCircle>(html`<gk-network-circle style="width: 360px" .value=${typical()}></gk-network-circle>`);
    const toks = $$(el, '.tok[data-id]');
    expect(toks).to.have.length(7);
    expect(toks.every((t) => t.getBoundingClientRect().height >= 24 && t.getBoundingClientRect().width >= 24)).to.equal(true);
    expect(overlaps(toks.map((t) => [t.dataset.id!, t.getBoundingClientRect()]))).to.deep.equal([]);
    // every function also has full-size buttons: the list view, and the form (ring and sector)
    expect(smallTargets(el.shadowRoot!, '[part=toolbar] .btn')).to.deep.equal([]);
  });
});

describe('gk-network-circle: strict Content-Security-Policy', () => {
  it("renders, opens the form and the list with no violation under style-src 'self'", async () => {
    const frame = document.createElement('iframe');
    const csp = "default-src 'self'; style-src 'self'; script-src 'self'; require-trusted-types-for 'script'";
    frame.style.width = '800px';
    frame.style.height = '900px';
    frame.srcdoc = `<!doctype html><html lang="da"><head><meta http-equiv="Content-Security-Policy" content="${csp}">
      <script type="module" src="${new URL('../../src/network-circle.ts', import.meta.url).href}"></script></head><body></body></html>`;
    document.body.append(frame);
    await new Promise((r) => frame.addEventListener('load', r, { once: true }));
    const win = frame.contentWindow as Window & typeof globalThis;
    const doc = frame.contentDocument!;
    const violations: string[] = [];
    doc.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
    await win.customElements.whenDefined('gk-network-circle');
    const el = doc.createElement('gk-network-circle') as GkNetworkCircle;
    el.value = typical();
    doc.body.append(el);
    await el.updateComplete;
    const mor = el.shadowRoot!.querySelector<HTMLElement>('[data-id="mor"]')!;
    expect(win.getComputedStyle(mor).position, 'styles applied').to.equal('absolute');
    expect(mor.getBoundingClientRect().width, 'placed through CSS custom properties').to.be.greaterThan(44);
    mor.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLElement>('.selection .btn')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('dialog')!.open).to.equal(true);
    el.view = 'list';
    await el.updateComplete;
    expect(violations).to.deep.equal([]);
    frame.remove();
  });
});

// (forced colours: the Chrome launcher here does not emulate them; checked in screenshots)
describe('gk-network-circle: print', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen', forcedColors: 'none' });
  });

  it('print: an A4 copy with the title, the circle (at most 17 cm) and everyone in a list, no buttons', async () => {
    const el = await fixture<GkNetworkCircle>(html`<gk-network-circle .value=${typical()}></gk-network-circle>`);
    await emulateMedia({ media: 'print' });
    await el.updateComplete;
    const shown = (sel: string) => getComputedStyle($(el, sel)).display !== 'none';
    expect(shown('h2.print'), 'title').to.equal(true);
    expect($(el, 'h2.print').textContent).to.equal('Mit netværk');
    expect(shown('.box')).to.equal(true);
    expect($(el, '.box').getBoundingClientRect().width).to.be.at.most(Math.ceil((17 / 2.54) * 96) + 1);
    expect(shown('.list')).to.equal(true);
    expect(shown('[part=toolbar]')).to.equal(false);
    expect(shown('[part=prompt]')).to.equal(false);
    expect($$(el, '.list .btn').every((b) => getComputedStyle(b).display === 'none')).to.equal(true);
    expect(getComputedStyle(tok(el, 'mor')).printColorAdjust, 'helpers stay filled on paper').to.equal('exact');
  });
});
