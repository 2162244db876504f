import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/checkin-board.js';
import type { BoardValue, GkCheckinBoard } from '../../src/checkin-board.js';
import { PERSONAS } from '../../src/checkin-board.js';
import { captureInvalid, centerOf, countEvents, findRole, resetMouse, sendKeys, sendMouse, smallTargets } from '../support/helpers.js';

const $ = (el: GkCheckinBoard, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel)!;
const $$ = (el: GkCheckinBoard, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const rows = (el: GkCheckinBoard) => $$(el, 'tbody tr:not(.editing)');
const cell = (el: GkCheckinBoard, id: string, phase: 'check-in' | 'check-out') => $(el, `[data-cell="${id}|${phase}"]`);
const pick = (el: GkCheckinBoard, word: string) => $$(el, '.editor .pick').find((b) => b.textContent!.trim() === word)!;
const tiles = (el: GkCheckinBoard) =>
  Object.fromEntries($$(el, '.tile').map((t) => [t.querySelector('.word')!.textContent, [...t.querySelectorAll('.count b')].map((b) => Number(b.textContent))]));
const tick = () => new Promise((r) => setTimeout(r));

const NAMES = ['AB', 'Camilla', 'DE', 'Fie', 'GH', 'Ib', 'JK', 'Lone', 'MN', 'Ole', 'PQ', 'Rasmus', 'ST'];
const FEELINGS = ['afraid', 'ok', 'sad', 'happy', 'angry'] as const;
/** Thirteen participants, all personas; the last two have not checked in; five have checked out. */
const thirteen = (): BoardValue => ({
  version: 1,
  participants: NAMES.map((name, i) => ({
    id: `p${i}`,
    name,
    persona: PERSONAS[i % 4],
    checkIn: i < 11 ? [FEELINGS[i % 5]] : [],
    checkOut: i < 5 ? [i % 2 ? 'happy' : 'ok'] : [],
  })),
});

afterEach(async () => {
  await resetMouse();
});

describe('gk-checkin-board: the logbook with 13 participants', () => {
  it('shows one row per participant with persona, check-in and check-out side by side, and who has not chosen', async () => {
    const el = await fixture<GkCheckinBoard>(html`<gk-checkin-board surface="facilitator" .value=${thirteen()}></gk-checkin-board>`);
    await el.updateComplete;
    expect(rows(el)).to.have.length(13);
    const first = rows(el)[0];
    expect(first.querySelector('.name')!.textContent).to.equal('AB');
    expect(first.querySelector('.persona')!.textContent).to.equal('Ung mand');
    expect(rows(el)[3].querySelector('.persona')!.textContent).to.equal('Midaldrende kvinde');
    expect(cell(el, 'p0', 'check-in').textContent!.trim()).to.equal('Bange');
    expect(cell(el, 'p0', 'check-out').textContent!.trim()).to.equal('OK');
    expect(cell(el, 'p12', 'check-in').textContent!.trim()).to.equal('Ikke valgt endnu');
    expect(cell(el, 'p0', 'check-in').querySelector('svg.face path'), 'small faces in the persona of the participant').to.exist;
    expect($(el, '.missing').textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Mangler at vælge: Tjek ind: 2 Rasmus, ST Tjek ud: 8 Ib, JK, Lone, MN, Ole, PQ, Rasmus, ST',
    );
    expect(tiles(el)).to.deep.equal({ 'Ked af det': [2, 0], Glad: [2, 2], Vred: [2, 0], OK: [2, 3], Bange: [3, 0] });
    const [table] = await findRole('table');
    expect(table.name).to.equal('Logbog: tjek ind og tjek ud');
    expect((await findRole('rowheader')).map((r) => r.name)).to.deep.equal(NAMES.map((n, i) => `${n} ${PERSONAS_DA[i % 4]}`));
    expect((await findRole('button', 'Tjek ind for AB: Bange')).length).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('the add form is closed at 13 and says why', async () => {
    const el = await fixture<GkCheckinBoard>(html`<gk-checkin-board surface="facilitator" .value=${thirteen()}></gk-checkin-board>`);
    expect(($(el, 'fieldset') as HTMLFieldSetElement).disabled).to.equal(true);
    expect($(el, '.add .msg').textContent).to.equal('Der kan højst være 13 deltagere.');
  });

  it('one participant works too', async () => {
    const el = await fixture<GkCheckinBoard>(html`<gk-checkin-board surface="facilitator" .value=${{ version: 1, participants: [thirteen().participants[0]] }}></gk-checkin-board>`);
    expect(rows(el)).to.have.length(1);
    await expect(el).to.be.accessible();
  });
});

const PERSONAS_DA = ['Ung mand', 'Ung kvinde', 'Midaldrende mand', 'Midaldrende kvinde'];

describe('gk-checkin-board: recording choices', () => {
  it('a tap on a cell opens the cards; Space toggles; at most three; Escape closes and returns focus', async () => {
    const el = await fixture<GkCheckinBoard>(html`<gk-checkin-board surface="facilitator" .value=${thirteen()}></gk-checkin-board>`);
    const counts = countEvents(el);
    cell(el, 'p12', 'check-in').scrollIntoView({ block: 'center' });
    await sendMouse({ type: 'click', position: centerOf(cell(el, 'p12', 'check-in')) });
    await el.updateComplete;
    expect(cell(el, 'p12', 'check-in').getAttribute('aria-expanded')).to.equal('true');
    const [group] = await findRole('group', 'Tjek ind for ST');
    expect(group, 'the editor is a named group').to.exist;
    // focus moves to the first card of the editor row below
    expect(el.shadowRoot!.activeElement).to.equal(pick(el, 'Ked af det'));
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' }); // Glad
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' }); // Vred
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' }); // OK: a fourth is refused
    await el.updateComplete;
    expect(el.value.participants[12].checkIn).to.deep.equal(['sad', 'happy', 'angry']);
    expect($(el, '.editor [role=status]').textContent).to.equal('Højst 3 kort for hver deltager.');
    expect((await findRole('button')).filter((b) => b.pressed === 'true').map((b) => b.name)).to.deep.equal(['Ked af det', 'Glad', 'Vred']);
    expect(counts).to.deep.equal({ input: 3, change: 3 });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect($(el, '.editor')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(cell(el, 'p12', 'check-in'));
    expect(cell(el, 'p12', 'check-in').getAttribute('aria-label')).to.equal('Tjek ind for ST: Ked af det, Glad, Vred');
    expect(el.value.participants[0], 'nobody else changed').to.deep.equal(thirteen().participants[0]);
  });

  it('a chosen card is removed with a second tap; Færdig closes', async () => {
    const el = await fixture<GkCheckinBoard>(html`<gk-checkin-board surface="facilitator" .value=${thirteen()}></gk-checkin-board>`);
    cell(el, 'p0', 'check-out').click();
    await el.updateComplete;
    pick(el, 'OK').click();
    await el.updateComplete;
    expect(el.value.participants[0].checkOut).to.deep.equal([]);
    $(el, '.editor .btn.primary').click();
    await el.updateComplete;
    expect(cell(el, 'p0', 'check-out').textContent!.trim()).to.equal('Ikke valgt endnu');
  });
});

describe('gk-checkin-board: adding and removing never loses a choice', () => {
  it('adds a participant by typing and Enter; an empty name is refused with a message', async () => {
    const el = await fixture<GkCheckinBoard>(html`<gk-checkin-board surface="facilitator"></gk-checkin-board>`);
    const counts = countEvents(el);
    expect($(el, '.empty').textContent).to.equal('Ingen deltagere endnu.');
    const input = $(el, 'input[name=n]') as HTMLInputElement;
    input.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.value.participants).to.have.length(0);
    expect($(el, '#add-msg').textContent).to.equal('Skriv et navn eller initialer.');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    await sendKeys({ type: 'Ida' });
    ($(el, 'select') as HTMLSelectElement).value = 'middle-aged-woman';
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.value.participants.map((p) => [p.name, p.persona, p.checkIn, p.checkOut])).to.deep.equal([['Ida', 'middle-aged-woman', [], []]]);
    expect(input.value).to.equal('');
    expect(el.shadowRoot!.activeElement, 'ready for the next name').to.equal(input);
    expect(counts).to.deep.equal({ input: 1, change: 1 });
    const [box] = await findRole('textbox', 'Navn eller initialer');
    expect(box).to.exist;
  });

  it('removing keeps everybody else`s choices; undo brings the participant back in place with theirs', async () => {
    const before = thirteen().participants.slice(0, 5);
    const el = await fixture<GkCheckinBoard>(html`<gk-checkin-board surface="facilitator" .value=${{ version: 1, participants: before }}></gk-checkin-board>`);
    const counts = countEvents(el);
    $(el, '[data-rm="p2"]').click();
    await el.updateComplete;
    expect(el.value.participants).to.deep.equal(before.filter((p) => p.id !== 'p2'));
    expect($(el, '.status').textContent!.replace(/\s+/g, ' ').trim()).to.equal('Fjernet: DE. Fortryd');
    expect(el.shadowRoot!.activeElement, 'focus on undo').to.equal($(el, '.status button'));
    // a participant added meanwhile stays when the removal is undone
    ($(el, 'input[name=n]') as HTMLInputElement).value = 'Nyt';
    ($(el, 'form') as HTMLFormElement).requestSubmit();
    await el.updateComplete;
    $(el, '.status button').click();
    await el.updateComplete;
    expect(el.value.participants.map((p) => p.name)).to.deep.equal(['AB', 'Camilla', 'DE', 'Fie', 'GH', 'Nyt']);
    expect(el.value.participants.slice(0, 5), 'every choice is still there').to.deep.equal(before);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[data-rm="p2"]'));
    expect($(el, '.status').textContent!.trim()).to.equal('');
    expect(counts).to.deep.equal({ input: 3, change: 3 });
  });

  it('undo waits while the board is full', async () => {
    const el = await fixture<GkCheckinBoard>(html`<gk-checkin-board surface="facilitator" .value=${thirteen()}></gk-checkin-board>`);
    const status = () => $(el, '.status').textContent!.replace(/\s+/g, ' ').trim();
    $(el, '[data-rm="p0"]').click();
    await el.updateComplete;
    ($(el, 'input[name=n]') as HTMLInputElement).value = 'Nyt';
    ($(el, 'form') as HTMLFormElement).requestSubmit();
    await el.updateComplete;
    expect(($(el, '.status button') as HTMLButtonElement).disabled, 'no room for AB now').to.equal(true);
    const nyt = el.value.participants[12];
    $(el, `[data-rm="${nyt.id}"]`).click();
    await el.updateComplete;
    expect(status()).to.equal('Fjernet: Nyt. Fortryd');
    $(el, '.status button').click();
    await el.updateComplete;
    expect(el.value.participants.at(-1)).to.deep.equal(nyt);
    expect(status(), 'the earlier removal can still be undone later').to.equal('Fjernet: AB. Fortryd');
    expect(($(el, '.status button') as HTMLButtonElement).disabled).to.equal(true);
  });
});

describe('gk-checkin-board: the shared screen', () => {
  it('shows only how many chose each feeling until the facilitator reveals names', async () => {
    const el = await fixture<GkCheckinBoard>(html`<gk-checkin-board surface="shared" .value=${thirteen()}></gk-checkin-board>`);
    const counts = countEvents(el);
    const text = () => el.shadowRoot!.textContent!;
    for (const n of NAMES) expect(text(), n).not.to.match(new RegExp(`\\b${n}\\b`));
    expect($(el, 'table')).to.equal(null);
    expect(tiles(el)).to.deep.equal({ 'Ked af det': [2, 0], Glad: [2, 2], Vred: [2, 0], OK: [2, 3], Bange: [3, 0] });
    expect($(el, '.tile .dots').textContent).to.equal('●●');
    expect($(el, '.missing').textContent!.replace(/\s+/g, ' ').trim()).to.equal('Mangler at vælge: Tjek ind: 2 Tjek ud: 8');
    const [toggle] = await findRole('button', 'Vis navne');
    expect(toggle.pressed).to.equal('false');
    await expect(el).to.be.accessible();
    setTimeout(() => $(el, '.head .btn').click());
    const e = await oneEvent(el, 'gk-reveal');
    expect(e.detail).to.deep.equal({ revealed: true });
    await el.updateComplete;
    expect(el.revealed).to.equal(true);
    expect(text()).to.contain('AB');
    expect([...el.shadowRoot!.querySelectorAll('.tile')].find((t) => t.textContent!.includes('Bange'))!.querySelector('.who')!.textContent).to.equal('AB, Ib, PQ');
    expect((await findRole('button', 'Vis navne'))[0].pressed).to.equal('true');
    await expect(el).to.be.accessible();
    expect(counts, 'revealing is not a value change').to.deep.equal({ input: 0, change: 0 });
  });

  it('before anybody checks out, only check-in is counted', async () => {
    const v = thirteen();
    for (const p of v.participants) p.checkOut = [];
    const el = await fixture<GkCheckinBoard>(html`<gk-checkin-board surface="shared" .value=${v}></gk-checkin-board>`);
    expect(tiles(el).Glad).to.deep.equal([2]);
  });

  it('the participant surface shows counts without names and without the reveal button', async () => {
    const el = await fixture<GkCheckinBoard>(html`<gk-checkin-board .value=${thirteen()}></gk-checkin-board>`);
    expect(el.shadowRoot!.textContent).not.to.contain('Camilla');
    expect($(el, '.head .btn')).to.equal(null);
    el.revealed = true;
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Camilla');
  });
});

describe('gk-checkin-board: forms and events', () => {
  it('puts the board in FormData as JSON, resets, and is required while empty', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><gk-checkin-board name="logbog" surface="facilitator" required></gk-checkin-board></form>`);
    const el = form.querySelector('gk-checkin-board')!;
    await el.updateComplete;
    expect(new FormData(form).has('logbog')).to.equal(false);
    expect(el.validity.valueMissing).to.equal(true);
    ($(el, 'input[name=n]') as HTMLInputElement).value = 'AB';
    ($(el, 'form') as HTMLFormElement).requestSubmit();
    await el.updateComplete;
    const sent = JSON.parse(new FormData(form).get('logbog') as string);
    expect(sent.participants.map((p: { name: string }) => p.name)).to.deep.equal(['AB']);
    expect(el.checkValidity()).to.equal(true);
    form.reset();
    await el.updateComplete;
    expect(el.value.participants).to.have.length(0);
  });

  it('round-trips through JSON', async () => {
    const el = await fixture<GkCheckinBoard>(html`<gk-checkin-board .value=${thirteen()}></gk-checkin-board>`);
    expect(JSON.parse(JSON.stringify(el.value))).to.deep.equal(thirteen());
  });

  it('a disabled fieldset disables every control', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fieldset disabled><gk-checkin-board surface="facilitator" .value=${thirteen()}></gk-checkin-board></fieldset></form>`);
    const el = form.querySelector('gk-checkin-board')!;
    await el.updateComplete;
    expect($$(el, '.cell, [data-rm]').every((b) => (b as HTMLButtonElement).disabled)).to.equal(true);
    expect(($(el, '.add fieldset') as HTMLFieldSetElement).disabled).to.equal(true);
  });

  it('fires nothing on a programmatic set', async () => {
    const el = await fixture<GkCheckinBoard>(html`<gk-checkin-board surface="facilitator"></gk-checkin-board>`);
    const counts = countEvents(el);
    el.value = thirteen();
    await el.updateComplete;
    expect(counts).to.deep.equal({ input: 0, change: 0 });
  });
});

describe('gk-checkin-board: bad input keeps the last good state', () => {
  it('rejects bad persona, feeling, oversized and duplicate data; renders names as text', async () => {
    const el = await fixture<GkCheckinBoard>(html`<gk-checkin-board surface="facilitator" .value=${thirteen()}></gk-checkin-board>`);
    const cap = captureInvalid(el);
    try {
      const p = thirteen().participants[0];
      el.value = { version: 1, participants: [{ ...p, persona: 'child' }] } as never;
      el.value = { version: 1, participants: [{ ...p, checkIn: ['bored'] }] } as never;
      el.value = { version: 1, participants: [{ ...p, name: 'x'.repeat(10000) }] };
      el.value = { version: 1, participants: [...thirteen().participants, { ...p, id: 'p13' }] };
      el.setAttribute('persona', 'child');
      await el.updateComplete;
      expect(el.value).to.deep.equal(thirteen());
      expect(el.persona).to.equal('young-man');
      expect(cap.events.map((e) => e.field)).to.deep.equal([
        'value.participants[0].persona',
        'value.participants[0].checkIn[0]',
        'value.participants[0].name',
        'value.participants',
        'persona',
      ]);
      expect(cap.warnings.join(' ')).not.to.contain('xxxx');
    } finally {
      cap.stop();
    }
    el.value = { version: 1, participants: [{ id: 'x', name: '<img src=x onerror=alert(1)>', persona: 'young-man', checkIn: [], checkOut: [] }] };
    await el.updateComplete;
    expect($(el, '.name').textContent).to.equal('<img src=x onerror=alert(1)>');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });
});

describe('gk-checkin-board: accessibility (axe) in every state', () => {
  const small = (): BoardValue => ({ version: 1, participants: thirteen().participants.slice(0, 4) });
  const states = {
    'facilitator, empty board': () => html`<gk-checkin-board surface="facilitator"></gk-checkin-board>`,
    'facilitator, disabled': () => html`<gk-checkin-board surface="facilitator" disabled .value=${small()}></gk-checkin-board>`,
    'participant surface': () => html`<gk-checkin-board .value=${small()}></gk-checkin-board>`,
    'dark, facilitator': () => html`<gk-checkin-board theme="dark" surface="facilitator" .value=${small()}></gk-checkin-board>`,
    'high contrast, shared, names shown': () => html`<gk-checkin-board theme="high-contrast" surface="shared" revealed .value=${small()}></gk-checkin-board>`,
    'English, facilitator, blank card': () => html`<gk-checkin-board lang="en" other surface="facilitator" .value=${small()}></gk-checkin-board>`,
  };
  for (const [name, tpl] of Object.entries(states)) {
    it(name, async () => {
      const el = await fixture<GkCheckinBoard>(tpl());
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }

  it('facilitator with the card editor open, at the limit, and after a removal', async () => {
    const el = await fixture<GkCheckinBoard>(html`<gk-checkin-board surface="facilitator" .value=${thirteen()}></gk-checkin-board>`);
    cell(el, 'p10', 'check-in').click();
    await el.updateComplete;
    for (const w of ['OK', 'Glad', 'Vred']) pick(el, w).click();
    await el.updateComplete;
    expect(el.value.participants[10].checkIn).to.deep.equal(['afraid', 'ok', 'happy']);
    expect($(el, '.editor [role=status]').textContent).to.equal('Højst 3 kort for hver deltager.');
    await expect(el).to.be.accessible();
    $(el, '[data-rm="p3"]').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});

describe('gk-checkin-board: languages, labels, targets', () => {
  it('speaks English and switches live', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="en"><gk-checkin-board surface="facilitator" .value=${thirteen()}></gk-checkin-board></div>`);
    const el = wrap.querySelector('gk-checkin-board')!;
    await el.updateComplete;
    expect($(el, 'caption').textContent!.trim()).to.equal('Logbook: check-in and check-out');
    expect(cell(el, 'p12', 'check-in').textContent!.trim()).to.equal('Not chosen yet');
    wrap.setAttribute('lang', 'sv');
    await tick();
    await el.updateComplete;
    expect($(el, 'h3').textContent).to.equal('Så mår gruppen');
    expect(cell(el, 'p0', 'check-in').textContent!.trim()).to.equal('Rädd');
  });

  it('uses the facilitator`s labels and the blank card', async () => {
    const v = thirteen();
    v.participants[0].checkIn = ['other'];
    const el = await fixture<GkCheckinBoard>(html`<gk-checkin-board surface="facilitator" .labels=${{ other: 'Træt', sad: 'Trist' }} .value=${v}></gk-checkin-board>`);
    expect(cell(el, 'p0', 'check-in').textContent!.trim()).to.equal('Træt');
    expect(Object.keys(tiles(el))).to.deep.equal(['Trist', 'Glad', 'Vred', 'OK', 'Bange', 'Træt']);
  });

  it('draws the blank card as a dashed outline, like the picker does (not a filled disc)', async () => {
    const v = thirteen();
    v.participants[0].checkIn = ['other'];
    const el = await fixture<GkCheckinBoard>(html`<gk-checkin-board surface="facilitator" .value=${v}></gk-checkin-board>`);
    const blanks = $$(el, '.gk-blank');
    expect(blanks.length, 'in the tile and in the cell').to.equal(2);
    for (const b of blanks) {
      const s = getComputedStyle(b);
      expect([s.fill, s.strokeDasharray]).to.deep.equal(['none', '7px, 6px']);
    }
  });

  it('every target is at least 44×44 CSS px, on a tablet and on a smartboard', async () => {
    for (const width of [768, 1920]) {
      const el = await fixture<GkCheckinBoard>(html`<gk-checkin-board surface="facilitator" style=${`width: ${width}px`} .value=${thirteen()}></gk-checkin-board>`);
      cell(el, 'p1', 'check-in').click();
      await el.updateComplete;
      expect(smallTargets(el.shadowRoot!), `${width}px`).to.deep.equal([]);
      const shared = await fixture<GkCheckinBoard>(html`<gk-checkin-board surface="shared" style=${`width: ${width}px`} .value=${thirteen()}></gk-checkin-board>`);
      expect(smallTargets(shared.shadowRoot!), `${width}px shared`).to.deep.equal([]);
    }
  });
});
