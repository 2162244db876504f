import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/change-circle.js';
import { STAGES, type ChangeCircleValue, type GroupMember, type Stage } from '../../src/change-circle.js';
import type { GkChangeCircle } from '../../src/change-circle.js';
import { VIEWBOX } from '../../src/components/change-circle/change-circle.wheel.js';
import { captureInvalid, centerOf, countEvents, findRole, resetMouse, sendKeys, sendMouse, smallTargets } from '../support/helpers.js';

const TOPIC = 'at ryge mindre hash';
const $ = (el: GkChangeCircle, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel)!;
const $$ = (el: GkChangeCircle, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const radios = (el: GkChangeCircle) => $$(el, '[role=radio]');
const checked = (el: GkChangeCircle) => radios(el).filter((r) => r.getAttribute('aria-checked') === 'true');
const focused = (el: GkChangeCircle) => el.shadowRoot!.activeElement as HTMLElement | null;
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const at = (stage: Stage, date = '2026-03-02'): ChangeCircleValue => ({ version: 1, topic: TOPIC, stage, history: [{ stage, date }] });
const tick = () => new Promise((r) => setTimeout(r));
/** A real click in the middle of `target`, scrolled into view first. */
async function tap(target: Element) {
  target.scrollIntoView({ block: 'center' });
  await sendMouse({ type: 'click', position: centerOf(target) });
}

/** Thirteen participants: five at overvejelse, nobody at førovervejelse or vedligeholdelse twice. */
const GROUP: GroupMember[] = [
  ['Ali', 'contemplation'],
  ['Bente', 'action'],
  ['Carsten', 'contemplation'],
  ['Dorte', 'precontemplation'],
  ['Emil', 'contemplation'],
  ['Fatima', 'maintenance'],
  ['Gustav', 'lapse'],
  ['Hanne', 'contemplation'],
  ['Ib', 'preparation'],
  ['Jonas', 'contemplation'],
  ['Karin', 'action'],
  ['Lars', 'preparation'],
  ['Mette', 'maintenance'],
].map(([name, stage]) => ({ name, stage: stage as Stage }));

const MOVES: ChangeCircleValue = {
  version: 1,
  topic: TOPIC,
  stage: 'preparation',
  history: [
    { stage: 'precontemplation', date: '2026-02-02' },
    { stage: 'contemplation', date: '2026-02-09' },
    { stage: 'preparation', date: '2026-02-16' },
    { stage: 'action', date: '2026-02-23' },
    { stage: 'lapse', date: '2026-03-02' },
    { stage: 'contemplation', date: '2026-03-09' },
    { stage: 'preparation', date: '2026-03-16' },
  ],
};

afterEach(async () => {
  await resetMouse();
});

describe('gk-change-circle: first look', () => {
  it('shows the six stages in wheel order with icon, name and a first-person sentence; nothing chosen', async () => {
    const el = await fixture<GkChangeCircle>(html`<gk-change-circle topic=${TOPIC}></gk-change-circle>`);
    expect(el.value).to.deep.equal({ version: 1, topic: '', stage: null, history: [] });
    expect(radios(el).map((r) => text(r.querySelector('b')))).to.deep.equal([
      'Førovervejelse',
      'Overvejelse',
      'Forberedelse',
      'Handling',
      'Vedligeholdelse',
      'Slip eller tilbagefald',
    ]);
    for (const r of radios(el)) {
      expect(r.querySelector('svg.icon path'), 'an icon').to.exist;
      expect(text(r.querySelector('.say'))).to.match(/\bjeg\b|\bmig\b/i);
    }
    expect(checked(el)).to.have.length(0);
    expect($(el, '.here')).to.equal(null);
    expect(text($(el, '.topic'))).to.equal('Forandringen: at ryge mindre hash');
    expect(text($(el, '.note'))).to.contain('normalt at flytte sig frem og tilbage');
    expect($(el, '.hist')).to.equal(null);
  });

  it('draws the wheel: six nodes, the cycle with arrowheads and the way in, in its viewBox', async () => {
    const el = await fixture<GkChangeCircle>(html`<gk-change-circle></gk-change-circle>`);
    const svg = $(el, 'svg.wheel');
    expect(svg.getAttribute('viewBox')).to.equal(VIEWBOX);
    expect(svg.getAttribute('aria-hidden')).to.equal('true');
    expect($$(el, '.nd')).to.have.length(6);
    expect($$(el, '.arc')).to.have.length(6); // five arcs of the cycle + the way in
    expect($$(el, '.ah')).to.have.length(6);
    expect($$(el, '.dot')).to.have.length(0);
  });

  it('exposes a named radio group with six described radios in the accessibility tree', async () => {
    await fixture<GkChangeCircle>(html`<gk-change-circle topic=${TOPIC} .value=${at('lapse')}></gk-change-circle>`);
    const [group] = await findRole('radiogroup');
    expect(group.name).to.equal('Hvor er du lige nu? Forandringen: at ryge mindre hash');
    expect(group.description).to.contain('normalt');
    const nodes = await findRole('radio');
    expect(nodes.map((n) => n.name)).to.deep.equal(['Førovervejelse', 'Overvejelse', 'Forberedelse', 'Handling', 'Vedligeholdelse', 'Slip eller tilbagefald']);
    expect(nodes[0].description).to.equal('Det er ikke et problem for mig.');
    expect(nodes.filter((n) => n.checked === 'true').map((n) => n.name)).to.deep.equal(['Slip eller tilbagefald']);
  });

  it('marks the chosen stage with more than colour: a thick border, a check mark and "Her er jeg nu"', async () => {
    const el = await fixture<GkChangeCircle>(html`<gk-change-circle .value=${at('action')}></gk-change-circle>`);
    const [r] = checked(el);
    expect(text(r.querySelector('b'))).to.equal('Handling');
    expect(text(r.querySelector('.here'))).to.equal('Her er jeg nu');
    expect(r.querySelector('.here svg')).to.exist;
    const unchosen = radios(el)[0];
    expect(parseFloat(getComputedStyle(r).borderTopWidth)).to.be.greaterThan(parseFloat(getComputedStyle(unchosen).borderTopWidth) + 1);
    expect($$(el, '.nd.on')).to.have.length(1);
    expect($(el, '.nd.on').dataset.i).to.equal('3');
    const rim = (n: Element) => parseFloat(getComputedStyle(n.querySelector('circle')!).strokeWidth);
    expect(rim($(el, '.nd.on')), 'the chosen node is filled and has a heavier rim').to.be.greaterThan(rim($(el, '.nd:not(.on)')) + 3);
  });

  it('renders markup in the topic and in names as text', async () => {
    const el = await fixture<GkChangeCircle>(
      html`<gk-change-circle surface="facilitator" topic="<img src=x onerror=alert(1)>hash" .group=${[{ name: '<b>Ali</b>', stage: 'action' }]}></gk-change-circle>`,
    );
    expect(text($(el, '.topic b'))).to.equal('<img src=x onerror=alert(1)>hash');
    expect(text($(el, '.name'))).to.equal('<b>Ali</b>');
    expect(el.shadowRoot!.querySelector('img, .name b')).to.equal(null);
  });
});

describe('gk-change-circle: accessibility (axe) in every state', () => {
  const states = {
    empty: html`<gk-change-circle topic=${TOPIC}></gk-change-circle>`,
    ...Object.fromEntries(STAGES.map((s) => [`at ${s}`, html`<gk-change-circle .value=${at(s)}></gk-change-circle>`])),
    'trail after several moves': html`<gk-change-circle .value=${MOVES}></gk-change-circle>`,
    facilitator: html`<gk-change-circle surface="facilitator" .value=${MOVES}></gk-change-circle>`,
    'facilitator, lapse': html`<gk-change-circle surface="facilitator" .value=${at('lapse')}></gk-change-circle>`,
    'group of 13, facilitator': html`<gk-change-circle surface="facilitator" .group=${GROUP} .value=${MOVES}></gk-change-circle>`,
    'group of 13, shared screen': html`<gk-change-circle surface="shared" .group=${GROUP}></gk-change-circle>`,
    'shared screen': html`<gk-change-circle surface="shared" .value=${MOVES}></gk-change-circle>`,
    disabled: html`<gk-change-circle disabled .value=${MOVES}></gk-change-circle>`,
    required: html`<gk-change-circle required></gk-change-circle>`,
    dark: html`<gk-change-circle theme="dark" .value=${MOVES} .group=${GROUP}></gk-change-circle>`,
    'high contrast': html`<gk-change-circle theme="high-contrast" surface="facilitator" .value=${MOVES}></gk-change-circle>`,
    english: html`<gk-change-circle lang="en" surface="facilitator" .value=${MOVES}></gk-change-circle>`,
    phone: html`<gk-change-circle style="width: 340px" .value=${MOVES}></gk-change-circle>`,
  };
  for (const [name, tpl] of Object.entries(states)) {
    it(name, async () => {
      const el = await fixture<GkChangeCircle>(tpl);
      await expect(el).to.be.accessible();
    });
  }
});

describe('gk-change-circle: APG radio group keyboard', () => {
  it('is one tab stop: the first stage while nothing is chosen, else the chosen one', async () => {
    const el = await fixture<GkChangeCircle>(html`<gk-change-circle></gk-change-circle>`);
    expect(radios(el).map((r) => r.tabIndex)).to.deep.equal([0, -1, -1, -1, -1, -1]);
    el.value = at('maintenance');
    await el.updateComplete;
    expect(radios(el).map((r) => r.tabIndex)).to.deep.equal([-1, -1, -1, -1, 0, -1]);
  });

  it('Tab enters at the chosen stage and leaves the group with one more Tab', async () => {
    const before = document.createElement('button');
    before.textContent = 'før';
    const after = document.createElement('button');
    after.textContent = 'efter';
    const el = await fixture<GkChangeCircle>(html`<gk-change-circle .value=${at('action')}></gk-change-circle>`);
    el.before(before);
    el.after(after);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(radios(el)[3]);
    expect(getComputedStyle(radios(el)[3]).outlineStyle, 'visible focus').to.equal('solid');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(after);
    before.remove();
    after.remove();
  });

  it('arrow keys follow the wheel clockwise and anticlockwise, wrapping round; focus and check move together', async () => {
    const el = await fixture<GkChangeCircle>(html`<gk-change-circle date="2026-03-02"></gk-change-circle>`);
    const counts = countEvents(el);
    radios(el)[0].focus();
    await sendKeys({ press: 'Space' });
    expect(el.value.stage, 'Space checks the focused stage').to.equal('precontemplation');
    const seen: string[] = [];
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowRight', 'ArrowDown', 'ArrowRight', 'ArrowRight']) {
      await sendKeys({ press: key });
      await el.updateComplete;
      seen.push(el.value.stage!);
      expect(focused(el), `focus follows ${key}`).to.equal(checked(el)[0]);
    }
    expect(seen, 'clockwise, and from slip round to the start of the list').to.deep.equal([
      'contemplation',
      'preparation',
      'action',
      'maintenance',
      'lapse',
      'precontemplation',
    ]);
    for (const key of ['ArrowLeft', 'ArrowUp']) {
      await sendKeys({ press: key });
      await el.updateComplete;
    }
    expect(el.value.stage, 'anticlockwise').to.equal('maintenance');
    expect(focused(el)).to.equal(radios(el)[4]);
    expect(radios(el).filter((r) => r.tabIndex === 0)).to.deep.equal([radios(el)[4]]);
    expect(counts).to.deep.equal({ input: 9, change: 9 });
    // all on one date: the moves corrected one placement, they did not make nine
    expect(el.value.history).to.deep.equal([{ stage: 'maintenance', date: '2026-03-02' }]);
  });

  it('keys do nothing when disabled; the stages cannot be focused', async () => {
    const el = await fixture<GkChangeCircle>(html`<gk-change-circle disabled .value=${at('action')}></gk-change-circle>`);
    expect(radios(el).every((r) => (r as HTMLButtonElement).disabled)).to.equal(true);
    expect($(el, '[role=radiogroup]').getAttribute('aria-disabled')).to.equal('true');
    radios(el)[3].focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(el.value.stage).to.equal('action');
  });
});

describe('gk-change-circle: pointer', () => {
  it('a tap on a stage card places the participant there (one input, one change)', async () => {
    const el = await fixture<GkChangeCircle>(html`<gk-change-circle style="width: 700px" date="2026-03-02" topic=${TOPIC}></gk-change-circle>`);
    const counts = countEvents(el);
    await tap(radios(el)[2]);
    expect(el.value).to.deep.equal({ version: 1, topic: TOPIC, stage: 'preparation', history: [{ stage: 'preparation', date: '2026-03-02' }] });
    expect(counts).to.deep.equal({ input: 1, change: 1 });
    await tap(radios(el)[2]);
    expect(counts, 'the same stage again the same day changes nothing').to.deep.equal({ input: 1, change: 1 });
  });

  it('a tap on a node of the drawn wheel works too', async () => {
    const el = await fixture<GkChangeCircle>(html`<gk-change-circle style="width: 700px" date="2026-03-02"></gk-change-circle>`);
    await tap(el.shadowRoot!.querySelector('.nd[data-i="5"] circle')!);
    expect(el.value.stage).to.equal('lapse');
  });

  it('every target is at least 44×44 CSS px, from a phone to a smartboard', async () => {
    for (const width of [320, 600, 1000, 1800]) {
      const el = await fixture<GkChangeCircle>(
        html`<gk-change-circle style="width: ${width}px" surface="facilitator" .value=${MOVES} .group=${GROUP}></gk-change-circle>`,
      );
      expect(smallTargets(el.shadowRoot!), `${width}px`).to.deep.equal([]);
      // and the wheel's nodes, which take taps too
      for (const n of $$(el, '.nd > circle:not(.bdg)')) {
        const r = n.getBoundingClientRect();
        expect(Math.min(r.width, r.height), `node at ${width}px`).to.be.at.least(44);
      }
    }
  });

  it('lays out for the screen: one column on a phone, two on a tablet, round the wheel on a big screen', async () => {
    const cols = async (width: number) => {
      const el = await fixture<GkChangeCircle>(html`<gk-change-circle style="width: ${width}px"></gk-change-circle>`);
      return new Set($$(el, '.card').map((c) => Math.round(c.getBoundingClientRect().left))).size;
    };
    expect(await cols(340)).to.equal(1);
    expect(await cols(700)).to.equal(2);
    expect(await cols(1400)).to.equal(2); // left and right of the wheel
    const el = await fixture<GkChangeCircle>(html`<gk-change-circle style="width: 1400px"></gk-change-circle>`);
    const wheel = $(el, 'svg.wheel').getBoundingClientRect();
    const [c0, c1] = $$(el, '.card').map((c) => c.getBoundingClientRect());
    expect(c0.right).to.be.at.most(wheel.left);
    expect(c1.left).to.be.at.least(wheel.right);
  });
});

describe('gk-change-circle: history and the trail', () => {
  it('after several moves on different dates: every placement with its date, and a numbered trail', async () => {
    const el = await fixture<GkChangeCircle>(html`<gk-change-circle topic=${TOPIC} date="2026-02-02"></gk-change-circle>`);
    const counts = countEvents(el);
    const moves: [Stage, string][] = [
      ['precontemplation', '2026-02-02'],
      ['contemplation', '2026-02-09'],
      ['action', '2026-02-16'],
      ['lapse', '2026-02-23'],
      ['contemplation', '2026-03-02'],
      ['preparation', '2026-03-09'],
    ];
    for (const [stage, date] of moves) {
      el.date = date;
      await el.updateComplete;
      radios(el)[STAGES.indexOf(stage)].click();
      await el.updateComplete;
    }
    expect(counts.change).to.equal(6);
    expect(el.value.stage).to.equal('preparation');
    expect(el.value.history).to.deep.equal(moves.map(([stage, date]) => ({ stage, date })));
    // the trail: six numbered dots at their stages, five connecting lines with arrows
    const dots = $$(el, '.dot');
    expect(dots.map((d) => text(d))).to.deep.equal(['1', '2', '3', '4', '5', '6']);
    expect($$(el, '.tl')).to.have.length(5);
    expect($$(el, '.th')).to.have.length(5);
    expect(dots.map((d) => d.classList.contains('last'))).to.deep.equal([false, false, false, false, false, true]);
    // both visits to overvejelse are visible, side by side, not on top of each other
    const [a, b] = [dots[1], dots[4]].map((d) => d.querySelector('circle')!.getBoundingClientRect());
    expect(Math.hypot(a.x - b.x, a.y - b.y)).to.be.greaterThan(a.width);
    // the list says the same in words, with dates
    expect($$(el, '.hist li').map(text)).to.deep.equal([
      '2. feb.: Førovervejelse',
      '9. feb.: Overvejelse',
      '16. feb.: Handling',
      '23. feb.: Slip eller tilbagefald',
      '2. mar.: Overvejelse',
      '9. mar.: Forberedelse',
    ]);
    expect(text($(el, '.hist h3'))).to.equal('Sådan har du flyttet dig');
  });

  it('a change of mind on the same date corrects the placement rather than adding one', async () => {
    const el = await fixture<GkChangeCircle>(html`<gk-change-circle date="2026-03-02" .value=${at('contemplation', '2026-02-23')}></gk-change-circle>`);
    radios(el)[2].click();
    radios(el)[3].click();
    await el.updateComplete;
    expect(el.value.history).to.deep.equal([
      { stage: 'contemplation', date: '2026-02-23' },
      { stage: 'action', date: '2026-03-02' },
    ]);
    expect($$(el, '.dot')).to.have.length(2);
  });

  it("uses today's date when no date is given", async () => {
    const el = await fixture<GkChangeCircle>(html`<gk-change-circle></gk-change-circle>`);
    radios(el)[1].click();
    const d = new Date();
    const today = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    expect(el.value.history).to.deep.equal([{ stage: 'contemplation', date: today }]);
  });

  it('shows the last eight placements on the wheel, numbered as in the full list, and the year when it differs', async () => {
    const history = Array.from({ length: 11 }, (_, k) => ({ stage: STAGES[(k % 5) + 1], date: `2025-12-${String(k + 10).padStart(2, '0')}` }));
    const el = await fixture<GkChangeCircle>(html`<gk-change-circle date="2026-01-05" .value=${{ version: 1, topic: '', history }}></gk-change-circle>`);
    expect($$(el, '.dot').map(text)).to.deep.equal(['4', '5', '6', '7', '8', '9', '10', '11']);
    expect($$(el, '.hist li')).to.have.length(11);
    expect(text($(el, '.hist li'))).to.equal('10. dec. 2025: Overvejelse');
  });
});

describe('gk-change-circle: forms and value', () => {
  it('puts the value in FormData as JSON, nothing before the first placement, and resets', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><gk-change-circle name="forandring" topic=${TOPIC} date="2026-03-02"></gk-change-circle></form>`);
    const el = form.querySelector('gk-change-circle')!;
    expect(el.form).to.equal(form);
    expect(new FormData(form).has('forandring')).to.equal(false);
    radios(el)[3].click();
    await el.updateComplete;
    expect(JSON.parse(new FormData(form).get('forandring') as string)).to.deep.equal({
      version: 1,
      topic: TOPIC,
      stage: 'action',
      history: [{ stage: 'action', date: '2026-03-02' }],
    });
    form.reset();
    await el.updateComplete;
    expect(el.value.stage).to.equal(null);
    expect(new FormData(form).has('forandring')).to.equal(false);
  });

  it('reset returns to the defaultValue', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><gk-change-circle name="f" date="2026-03-09" .defaultValue=${at('lapse')}></gk-change-circle></form>`);
    const el = form.querySelector('gk-change-circle')!;
    expect(el.value.stage).to.equal('lapse');
    radios(el)[1].click();
    expect(el.value.history).to.have.length(2);
    form.reset();
    expect(el.value).to.deep.equal(at('lapse'));
  });

  it('required: invalid with a Danish message until a stage is chosen', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><gk-change-circle name="f" required></gk-change-circle></form>`);
    const el = form.querySelector('gk-change-circle')!;
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(false);
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.contain('Vælg et svar');
    expect($(el, '[role=radiogroup]').getAttribute('aria-required')).to.equal('true');
    radios(el)[0].click();
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(true);
    expect(form.checkValidity()).to.equal(true);
  });

  it('a disabled fieldset disables it and keeps it out of FormData', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fieldset disabled><gk-change-circle name="f" .value=${at('action')}></gk-change-circle></fieldset></form>`);
    const el = form.querySelector('gk-change-circle')!;
    await el.updateComplete;
    expect(radios(el).every((r) => (r as HTMLButtonElement).disabled)).to.equal(true);
    radios(el)[1].click();
    expect(el.value.stage).to.equal('action');
    expect(new FormData(form).has('f')).to.equal(false);
    form.querySelector('fieldset')!.disabled = false;
    await el.updateComplete;
    expect(radios(el)[3].tabIndex).to.equal(0);
    expect((radios(el)[3] as HTMLButtonElement).disabled).to.equal(false);
  });

  it('restores its state after back navigation, ignoring garbage', async () => {
    const el = await fixture<GkChangeCircle>(html`<gk-change-circle name="f"></gk-change-circle>`);
    el.formStateRestoreCallback(JSON.stringify(at('maintenance')));
    expect(el.value.stage).to.equal('maintenance');
    el.formStateRestoreCallback('{"version":1,"stage":"nowhere"}');
    el.formStateRestoreCallback('not json');
    expect(el.value.stage).to.equal('maintenance');
  });

  it('fires no input or change on a programmatic set', async () => {
    const el = await fixture<GkChangeCircle>(html`<gk-change-circle></gk-change-circle>`);
    const counts = countEvents(el);
    el.value = MOVES;
    el.value = at('action');
    el.group = GROUP;
    await el.updateComplete;
    expect(counts).to.deep.equal({ input: 0, change: 0 });
  });

  it('change is a native Event that bubbles out of the shadow root', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div><gk-change-circle></gk-change-circle></div>`);
    const el = wrap.querySelector('gk-change-circle')!;
    setTimeout(() => radios(el)[4].click());
    const e = await oneEvent(wrap, 'change');
    expect(e.constructor).to.equal(Event);
    expect(e.composed).to.equal(true);
    expect(el.value.stage).to.equal('maintenance');
  });
});

describe('gk-change-circle: bad input keeps the last good state', () => {
  it('rejects malformed values, names the field, warns once per field without the data', async () => {
    const el = await fixture<GkChangeCircle>(html`<gk-change-circle .value=${MOVES}></gk-change-circle>`);
    const cap = captureInvalid(el);
    try {
      const bad = [
        'handling',
        { version: 2, stage: 'action' },
        { version: 1, stage: 'start' },
        { version: 1, topic: 'hemmelig'.repeat(1250) },
        { version: 1, history: [{ stage: 'action', date: 'i går' }] },
        { version: 1, stage: 'action', history: [{ stage: 'lapse', date: '2026-03-02' }] },
        { version: 1, topic: 'x', stage: 'action' },
      ];
      for (const b of bad.slice(0, 6)) el.value = b as never;
      el.value = { version: 1, topic: 'hemmelig'.repeat(1250) } as never;
      await el.updateComplete;
      expect(el.value).to.deep.equal(MOVES);
      expect(cap.events.map((e) => e.field)).to.deep.equal([
        'value',
        'value.version',
        'value.stage',
        'value.topic',
        'value.history[0].date',
        'value.stage',
        'value.topic',
      ]);
      expect(cap.events[0].tag).to.equal('gk-change-circle');
      expect(cap.warnings, 'one warning per field and reason').to.have.length(6);
      for (const w of cap.warnings) expect(w).not.to.contain('hemmelig');
      expect($$(el, '.dot'), 'the trail is untouched').to.have.length(7);
    } finally {
      cap.stop();
    }
  });

  it('rejects a bad group, a long topic attribute, a bad date and an unknown surface', async () => {
    const el = await fixture<GkChangeCircle>(html`<gk-change-circle topic=${TOPIC} date="2026-03-02" .group=${GROUP}></gk-change-circle>`);
    const cap = captureInvalid(el);
    try {
      el.group = [{ name: 'x'.repeat(10000), stage: 'action' }];
      el.group = [{ name: 'Ali', stage: 'forfra' }] as never;
      el.group = 'Ali' as never;
      el.setAttribute('topic', 't'.repeat(10000));
      el.setAttribute('date', 'i morgen');
      el.surface = 'everyone' as never;
      await el.updateComplete;
      expect(el.group).to.deep.equal(GROUP);
      expect(el.topic).to.equal(TOPIC);
      expect(el.date).to.equal('2026-03-02');
      expect(el.surface).to.equal('participant');
      expect(cap.events.map((e) => e.field)).to.deep.equal(['group[0].name', 'group[0].stage', 'group', 'topic', 'date', 'surface']);
      radios(el)[1].click();
      expect(el.value.history[0].date, 'the last good date is used').to.equal('2026-03-02');
      expect(el.value.topic).to.equal(TOPIC);
    } finally {
      cap.stop();
    }
  });
});

describe('gk-change-circle: languages', () => {
  it('follows the nearest lang and switches live, dates included', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="en"><gk-change-circle .value=${MOVES}></gk-change-circle></div>`);
    const el = wrap.querySelector('gk-change-circle')!;
    await el.updateComplete;
    expect(text($(el, '.q'))).to.equal('Where are you right now?');
    expect(text(radios(el)[5].querySelector('b'))).to.equal('Lapse or relapse');
    expect(text($(el, '.hist li'))).to.equal('Feb 2: Precontemplation');
    wrap.setAttribute('lang', 'nb');
    await tick();
    await el.updateComplete;
    expect(text(radios(el)[5].querySelector('b'))).to.equal('Sprekk eller tilbakefall');
    el.setAttribute('lang', 'sv-SE');
    await tick();
    await el.updateComplete;
    expect(text(radios(el)[4].querySelector('b'))).to.equal('Vidmakthållande');
    expect(text($(el, '.here'))).to.equal('Här är jag nu');
  });

  it('the facilitator part speaks the language too', async () => {
    const el = await fixture<GkChangeCircle>(html`<gk-change-circle lang="nb" surface="facilitator" .value=${at('precontemplation')}></gk-change-circle>`);
    await el.updateComplete;
    expect(text($(el, '.fac h3'))).to.equal('Parathet: lav');
    expect(text($(el, '.fac'))).to.contain('Styrk håpet');
  });

  it('a host can override any string', async () => {
    const el = await fixture<GkChangeCircle>(html`<gk-change-circle .strings=${{ question: 'Hvor er du i forhold til dit mål?', here: 'Her står jeg' }} .value=${at('action')}></gk-change-circle>`);
    expect(text($(el, '.q'))).to.equal('Hvor er du i forhold til dit mål?');
    expect(text($(el, '.here'))).to.equal('Her står jeg');
  });
});

describe('gk-change-circle: surfaces', () => {
  it('the participant sees no readiness or focus points', async () => {
    const el = await fixture<GkChangeCircle>(html`<gk-change-circle .value=${MOVES}></gk-change-circle>`);
    expect($(el, '.fac')).to.equal(null);
    expect($(el, '.rd')).to.equal(null);
    expect(el.shadowRoot!.textContent).not.to.contain('Parathed');
  });

  it('the facilitator sees the readiness of the chosen stage and its focus points', async () => {
    const expected: Record<Stage, [string, string]> = {
      precontemplation: ['Parathed: lav', 'Styrk håbet'],
      contemplation: ['Parathed: middel', 'ambivalensen'],
      preparation: ['Parathed: høj', 'Gør målet klart'],
      action: ['Parathed: høj', 'Giv ros'],
      maintenance: ['Parathed: høj', 'retningen'],
      lapse: ['Parathed: middel', 'Et slip er en normal del'],
    };
    for (const s of STAGES) {
      const el = await fixture<GkChangeCircle>(html`<gk-change-circle surface="facilitator" .value=${at(s)}></gk-change-circle>`);
      const [h, point] = expected[s];
      expect(text($(el, '.fac h3')), s).to.equal(h);
      expect(text($(el, '.fac')), s).to.contain(point);
      expect($$(el, '.fac li').length, s).to.be.at.least(3);
      expect(parseFloat(getComputedStyle($(el, '.fac')).borderInlineStartWidth), `${s}: the notes' own styles are adopted`).to.be.greaterThan(4);
    }
  });

  it('the facilitator sees the readiness of every stage on its card, also in the accessibility tree', async () => {
    const el = await fixture<GkChangeCircle>(html`<gk-change-circle surface="facilitator" .value=${at('action')}></gk-change-circle>`);
    expect($$(el, '.rd').map(text)).to.deep.equal(['Parathed: lav', 'Parathed: middel', 'Parathed: høj', 'Parathed: høj', 'Parathed: høj', 'Parathed: middel']);
    const [node] = (await findRole('radio')).filter((n) => n.checked === 'true');
    expect(node.name).to.equal('Handling');
    expect(node.description).to.equal('Jeg er i gang med at ændre det. Parathed: høj');
  });

  it('the facilitator sees no focus points before a stage is chosen', async () => {
    const el = await fixture<GkChangeCircle>(html`<gk-change-circle surface="facilitator"></gk-change-circle>`);
    expect($(el, '.fac')).to.equal(null);
    expect($$(el, '.rd')).to.have.length(6);
  });

  it('the shared screen shows no history and no trail', async () => {
    const el = await fixture<GkChangeCircle>(html`<gk-change-circle surface="shared" .value=${MOVES}></gk-change-circle>`);
    expect($(el, '.hist')).to.equal(null);
    expect($$(el, '.dot')).to.have.length(0);
    expect(checked(el)).to.have.length(1);
  });
});

describe('gk-change-circle: group view with 13 participants', () => {
  const expectedCounts = [1, 5, 2, 2, 2, 1];

  it('facilitator: every name at its stage, the counts on the wheel', async () => {
    const el = await fixture<GkChangeCircle>(html`<gk-change-circle surface="facilitator" .group=${GROUP}></gk-change-circle>`);
    const cards = $$(el, '.card');
    expect(cards.map((c) => c.querySelectorAll('.name').length)).to.deep.equal(expectedCounts);
    expect([...cards[1].querySelectorAll('.name')].map(text)).to.deep.equal(['Ali', 'Carsten', 'Emil', 'Hanne', 'Jonas']);
    expect(cards.map((c) => text(c.querySelector('.cnt')))).to.deep.equal(expectedCounts.map((n) => `${n} fra gruppen`));
    expect($$(el, '.nd text').map(text)).to.deep.equal(expectedCounts.map(String));
  });

  it('shared screen: no names and no initials, only markers and counts', async () => {
    const el = await fixture<GkChangeCircle>(html`<gk-change-circle surface="shared" .group=${GROUP}></gk-change-circle>`);
    const all = el.shadowRoot!.textContent!;
    for (const m of GROUP) expect(all, m.name).not.to.contain(m.name);
    expect($$(el, '.name')).to.have.length(0);
    const cards = $$(el, '.card');
    expect(cards.map((c) => c.querySelectorAll('.tok').length)).to.deep.equal(expectedCounts);
    for (const t of $$(el, '.tok')) expect(text(t), 'a marker carries no initials').to.equal('');
    expect(cards.map((c) => text(c.querySelector('.cnt')))).to.deep.equal(expectedCounts.map((n) => `${n} fra gruppen`));
    const [over] = (await findRole('radio', 'Overvejelse'));
    expect(over.description).to.contain('5 fra gruppen');
  });

  it('the participant view hides names as well', async () => {
    const el = await fixture<GkChangeCircle>(html`<gk-change-circle .group=${GROUP}></gk-change-circle>`);
    expect($$(el, '.name')).to.have.length(0);
    expect($$(el, '.tok')).to.have.length(13);
  });

  it('tokens never hide each other, even with all 13 at one stage on a phone', async () => {
    const everyone = GROUP.map((m) => ({ ...m, stage: 'contemplation' as Stage }));
    for (const surface of ['shared', 'facilitator']) {
      for (const width of [320, 1400]) {
        const el = await fixture<GkChangeCircle>(html`<gk-change-circle style="width: ${width}px" surface=${surface} .group=${everyone}></gk-change-circle>`);
        const boxes = $$(el, '.tok').map((t) => t.getBoundingClientRect());
        expect(boxes).to.have.length(13);
        for (let i = 0; i < boxes.length; i++) {
          expect(boxes[i].width, 'visible').to.be.greaterThan(0);
          for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i];
            const b = boxes[j];
            const overlap = a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
            expect(overlap, `${surface} ${width}px: tokens ${i} and ${j}`).to.equal(false);
          }
        }
        const card = $$(el, '.card')[1].getBoundingClientRect();
        for (const b of boxes) expect(b.right, 'inside its card').to.be.at.most(card.right + 0.5);
        expect(text($$(el, '.card')[1].querySelector('.cnt'))).to.equal('13 fra gruppen');
      }
    }
  });
});
