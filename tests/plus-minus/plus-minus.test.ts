import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/plus-minus.js';
import type { GkPlusMinus, PlusMinusEntry, PlusMinusValue } from '../../src/plus-minus.js';
import { emulateMedia } from '@web/test-runner-commands';
import { captureInvalid, centerOf, countEvents, findRole, resetMouse, sendKeys, sendMouse, smallTargets } from '../support/helpers.js';

/** A key with a modifier held (the runner's keyboard takes one key per press). */
async function combo(modifier: 'Shift' | 'Alt' | 'Control', key: string) {
  await sendKeys({ down: modifier });
  await sendKeys({ press: key });
  await sendKeys({ up: modifier });
}

const $ = <T extends HTMLElement = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const texts = (el: Element, sel: string) => $$(el, sel).map((n) => n.textContent!.replace(/\s+/g, ' ').trim());
/** The entry buttons of one field, e.g. field(el, 'main-plus'). */
const entries = (el: GkPlusMinus, cell: string) => [...$(el, `ul[aria-labelledby="h-${cell}"]`).querySelectorAll<HTMLElement>('.t')];
const button = (root: ParentNode, label: string) => [...root.querySelectorAll<HTMLElement>('button')].find((b) => b.textContent!.trim() === label)!;
const settle = async (el: GkPlusMinus) => {
  await new Promise((r) => setTimeout(r));
  await el.updateComplete;
};
const active = (el: GkPlusMinus) => el.shadowRoot!.activeElement as HTMLElement | null;

const e = (id: string, side: 'plus' | 'minus', text: string, more: Partial<PlusMinusEntry> = {}): PlusMinusEntry => ({ id, side, text, ...more });
const sample = (): PlusMinusValue => ({
  version: 1,
  layout: 'two',
  topic: 'Hash',
  entries: [
    e('p1', 'plus', 'Jeg slapper af', { weight: 7, by: 'Ali' }),
    e('p2', 'plus', 'Jeg sover bedre', { by: 'Bo' }),
    e('m1', 'minus', 'Jeg mangler penge', { weight: 9, by: 'Ali' }),
  ],
});
const ids = (el: GkPlusMinus) => el.value.entries.map((x) => x.id);

afterEach(async () => {
  await resetMouse();
});

describe('gk-plus-minus: first look', () => {
  it('two fields with icon and word, the method questions as prompts, and a topic', async () => {
    const el = await fixture<GkPlusMinus>(html`<gk-plus-minus></gk-plus-minus>`);
    expect(el.layout).to.equal('two');
    expect(el.value).to.deep.equal({ version: 1, layout: 'two', topic: '', entries: [] });
    expect($(el, 'h2').textContent).to.equal('Plus og minus');
    const heads = $$(el, '.h');
    expect(heads.map((h) => h.querySelector('b')!.textContent)).to.deep.equal(['Plus', 'Minus']);
    expect(heads.every((h) => h.querySelector('svg.icon'))).to.equal(true);
    expect(heads[0].textContent).to.contain('Hvad kan du godt lide ved det? Hvad gør det godt for dig i dit liv?');
    expect(heads[1].textContent).to.contain('Hvad er dårligt ved det? Hvilke problemer giver det dig?');
    const headings = await findRole('heading');
    expect(headings.map((h) => h.name)).to.include.members(['Plus og minus', 'Plus Hvad kan du godt lide ved det? Hvad gør det godt for dig i dit liv?']);
    const [topic] = await findRole('textbox', 'Det handler om');
    expect(topic, 'topic field with its label').to.exist;
    const boxes = await findRole('textbox', /^Minus Hvad er dårligt/);
    expect(boxes, 'the add box is named by its field').to.have.length(1);
  });

  it('four fields: going on as now and changing, plus and minus each', async () => {
    const el = await fixture<GkPlusMinus>(html`<gk-plus-minus layout="four"></gk-plus-minus>`);
    expect(el.value.layout).to.equal('four');
    expect($(el, 'h2').textContent).to.equal('Plus og minus: fortsætte eller ændre');
    expect(texts(el, 'h3')).to.deep.equal(['At fortsætte som nu', 'At stoppe eller ændre forbruget']);
    expect(texts(el, '.h span')).to.deep.equal([
      'Hvad er godt ved at fortsætte som nu?',
      'Hvad er dårligt ved at fortsætte som nu?',
      'Hvad er godt ved at stoppe eller ændre forbruget?',
      'Hvad er dårligt ved at stoppe eller ændre forbruget?',
    ]);
  });

  it("meeting 6's evaluation table: one row per dimension, plus and minus per row", async () => {
    const el = await fixture<GkPlusMinus>(html`<gk-plus-minus layout="evaluation"></gk-plus-minus>`);
    expect(texts(el, 'h3')).to.deep.equal([
      'At mødes i gruppen',
      'At tale om rusmidler',
      'At tale om drømme om det gode liv',
      'At tale om forandring af forbruget og lave nødplaner',
    ]);
    expect($$(el, '.cell')).to.have.length(8);
    expect(texts(el, '.h span').slice(0, 2)).to.deep.equal(['Hvad har været plusser ved at mødes i gruppen?', 'Hvad har været minusser ved at mødes i gruppen?']);
    const levels = (await findRole('heading')).map((h) => h.level);
    expect(levels.filter((l) => l === 3)).to.have.length(4);
    expect(levels.filter((l) => l === 4)).to.have.length(8);
  });

  it('shows entries with their weight in words and a bar, and no total or verdict', async () => {
    const el = await fixture<GkPlusMinus>(html`<gk-plus-minus .value=${sample()}></gk-plus-minus>`);
    expect(texts(el, '.t')).to.deep.equal(['Jeg slapper af betyder 7/10', 'Jeg sover bedre', 'Jeg mangler penge betyder 9/10']);
    expect($$(el, '.bar rect').map((r) => r.getAttribute('width'))).to.deep.equal(['7', '9']);
    expect($$(el, '[style]'), 'no style attributes (strict CSP)').to.deep.equal([]);
    const all = el.shadowRoot!.textContent!;
    // 7 (plus) against 9 (minus): a tool that added or compared would show 16, 7 vs 9, a winner…
    expect(all).not.to.match(/16|−2|-2|\+2|i alt|total|vinder|flest|mest/i);
  });

  it('renders markup in entries and the topic as text', async () => {
    const v = sample();
    v.topic = '<img src=x onerror="window.pwned=1">';
    v.entries[0].text = '<b>fed</b><script>window.pwned=1</script>';
    const el = await fixture<GkPlusMinus>(html`<gk-plus-minus surface="facilitator" .value=${v}></gk-plus-minus>`);
    expect($(el, '.x').textContent).to.equal('<b>fed</b><script>window.pwned=1</script>');
    expect($<HTMLInputElement>(el, '#topic').value).to.equal(v.topic);
    expect(el.shadowRoot!.querySelector('img, b:not(.h b), script')).to.equal(null);
    expect((window as unknown as { pwned?: number }).pwned).to.equal(undefined);
  });

  it('long entries wrap instead of overflowing', async () => {
    const v = sample();
    v.entries[0].text = 'langtordudenmellemrum'.repeat(23);
    v.entries[1].text = 'Det er rart at have noget at se frem til om aftenen, når dagen har været lang og svær. '.repeat(5).trim();
    const el = await fixture<GkPlusMinus>(html`<gk-plus-minus style="width: 700px" .value=${v}></gk-plus-minus>`);
    for (const b of $$(el, '.t')) expect(b.scrollWidth, 'no horizontal overflow').to.be.at.most(b.clientWidth + 1);
    expect($$(el, '.t')[0].getBoundingClientRect().height, 'wrapped onto several lines').to.be.greaterThan(100);
    expect(el.scrollWidth).to.be.at.most(700);
  });
});

describe('gk-plus-minus: accessibility (axe) in every state', () => {
  const states: Record<string, () => ReturnType<typeof html>> = {
    'two, empty': () => html`<gk-plus-minus></gk-plus-minus>`,
    'two, entries (participant)': () => html`<gk-plus-minus .value=${sample()}></gk-plus-minus>`,
    'facilitator with names': () => html`<gk-plus-minus surface="facilitator" .value=${sample()}></gk-plus-minus>`,
    'shared screen': () => html`<gk-plus-minus surface="shared" .value=${sample()}></gk-plus-minus>`,
    four: () => html`<gk-plus-minus layout="four"></gk-plus-minus>`,
    evaluation: () => html`<gk-plus-minus layout="evaluation" surface="facilitator"></gk-plus-minus>`,
    disabled: () => html`<gk-plus-minus disabled .value=${sample()}></gk-plus-minus>`,
    required: () => html`<gk-plus-minus required></gk-plus-minus>`,
    dark: () => html`<gk-plus-minus theme="dark" .value=${sample()}></gk-plus-minus>`,
    'high contrast': () => html`<gk-plus-minus theme="high-contrast" .value=${sample()}></gk-plus-minus>`,
    english: () => html`<gk-plus-minus lang="en" layout="four"></gk-plus-minus>`,
  };
  for (const [name, tpl] of Object.entries(states)) {
    it(name, async () => {
      const el = await fixture<GkPlusMinus>(tpl());
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }

  it('editor open, with the weight scale and after an undoable change', async () => {
    const el = await fixture<GkPlusMinus>(html`<gk-plus-minus surface="facilitator" .value=${sample()}></gk-plus-minus>`);
    entries(el, 'main-plus')[0].click();
    await settle(el);
    expect($(el, '.ed')).to.exist;
    await expect(el).to.be.accessible();
    button($(el, '.ed'), 'Hvor meget betyder det?').click();
    await settle(el);
    const scale = $(el, 'gk-scale') as HTMLElement & { updateComplete: Promise<unknown> };
    await scale.updateComplete;
    expect(scale.shadowRoot, 'the scale loaded').to.exist;
    expect(scale.getAttribute('surface'), "a weight is the participant's: no follow-up questions").to.equal('participant');
    expect(scale.shadowRoot!.querySelector('.followups')).to.equal(null);
    await expect(el).to.be.accessible();
    button($(el, '.ed'), 'Fjern').click();
    await settle(el);
    expect($(el, '.undo button')).to.exist;
    await expect(el).to.be.accessible();
  });
});

describe('gk-plus-minus: keyboard-complete editing', () => {
  it('add, open, rewrite, move, remove and undo with the keyboard only', async () => {
    const before = document.createElement('button');
    before.textContent = 'før';
    document.body.append(before);
    const el = await fixture<GkPlusMinus>(html`<gk-plus-minus></gk-plus-minus>`);
    const counts = countEvents(el);
    before.focus();
    // Tab: the topic, then the plus field's box (an empty list has no tab stop)
    await sendKeys({ press: 'Tab' });
    expect(active(el)?.id).to.equal('topic');
    await sendKeys({ type: 'Hash' });
    await sendKeys({ press: 'Tab' });
    expect(el.value.topic, 'the topic commits when leaving the field').to.equal('Hash');
    expect(active(el)?.id).to.equal('n-main-plus');
    for (const t of ['Jeg slapper af', 'Jeg får det sjovt', 'Jeg sover godt']) {
      await sendKeys({ type: t });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
    }
    expect(el.value.entries.map((x) => [x.side, x.text])).to.deep.equal([
      ['plus', 'Jeg slapper af'],
      ['plus', 'Jeg får det sjovt'],
      ['plus', 'Jeg sover godt'],
    ]);
    expect(active(el)?.id, 'focus stays in the box for the next one').to.equal('n-main-plus');
    expect($<HTMLTextAreaElement>(el, '#n-main-plus').value).to.equal('');
    expect($(el, '[role=status]').textContent).to.equal('Tilføjet: Jeg sover godt');
    // Shift+Tab back into the list: one tab stop, the first entry
    await combo('Shift', 'Tab');
    expect(active(el)).to.equal(entries(el, 'main-plus')[0]);
    expect(entries(el, 'main-plus').map((b) => b.tabIndex)).to.deep.equal([0, -1, -1]);
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(active(el)?.textContent).to.contain('Jeg får det sjovt');
    expect(entries(el, 'main-plus').map((b) => b.tabIndex), 'the tab stop follows').to.deep.equal([-1, 0, -1]);
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(active(el)?.textContent).to.contain('Jeg sover godt');
    // Enter opens it; type and Enter saves
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(active(el)?.id).to.equal('ed');
    await sendKeys({ type: ' om natten' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.value.entries[2].text).to.equal('Jeg sover godt om natten');
    expect(active(el)?.textContent, 'focus back on the entry').to.contain('Jeg sover godt om natten');
    // Escape leaves without saving
    await sendKeys({ press: 'Enter' });
    await settle(el);
    await sendKeys({ type: ' XXX' });
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(el.value.entries[2].text).to.equal('Jeg sover godt om natten');
    expect($(el, '.ed')).to.equal(null);
    // Alt+ArrowUp moves it, focus stays on it
    await combo('Alt', 'ArrowUp');
    await settle(el);
    expect(el.value.entries.map((x) => x.text)).to.deep.equal(['Jeg slapper af', 'Jeg sover godt om natten', 'Jeg får det sjovt']);
    expect(active(el)?.textContent).to.contain('Jeg sover godt om natten');
    // Delete removes it, focus moves to the next entry; Ctrl+Z brings it back
    await sendKeys({ press: 'Delete' });
    await settle(el);
    expect(el.value.entries.map((x) => x.text)).to.deep.equal(['Jeg slapper af', 'Jeg får det sjovt']);
    expect($(el, '[role=status]').textContent).to.equal('Fjernet: Jeg sover godt om natten');
    expect(active(el)?.textContent).to.contain('Jeg får det sjovt');
    await combo('Control', 'z');
    await settle(el);
    expect(el.value.entries.map((x) => x.text)).to.deep.equal(['Jeg slapper af', 'Jeg sover godt om natten', 'Jeg får det sjovt']);
    expect($(el, '[role=status]').textContent).to.equal('Fortrudt.');
    expect(active(el)?.textContent, 'focus on what came back').to.contain('Jeg sover godt om natten');
    // every user change fired input and change: topic, 3 adds, rewrite, move, remove, undo
    expect(counts).to.deep.equal({ input: 8, change: 8 });
    before.remove();
  });

  it('in the editor, Tab reaches every action; the buttons move to the other side and remove', async () => {
    const el = await fixture<GkPlusMinus>(html`<gk-plus-minus .value=${sample()}></gk-plus-minus>`);
    entries(el, 'main-plus')[1].focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const order: string[] = [];
    for (let i = 0; i < 7; i++) {
      await sendKeys({ press: 'Tab' });
      order.push(active(el)!.id || active(el)!.textContent!.trim());
    }
    expect(order).to.deep.equal(['Færdig', 'up', 'dn', 'fl', 'Fjern', 'Hvor meget betyder det?', 'n-main-plus']);
    for (let i = 0; i < 3; i++) await combo('Shift', 'Tab');
    expect(active(el)!.textContent!.trim()).to.equal('Flyt til minus');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.value.entries.find((x) => x.id === 'p2')!.side).to.equal('minus');
    expect(active(el)!.textContent!.trim(), 'still in the editor, now offering the way back').to.equal('Flyt til plus');
    await sendKeys({ press: 'Tab' });
    expect(active(el)!.textContent!.trim()).to.equal('Fjern');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(ids(el)).to.deep.equal(['p1', 'm1']);
    expect(active(el), 'focus goes to the neighbour in the field').to.equal(entries(el, 'main-minus')[0]);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    button($(el, '.ed'), 'Fjern').click();
    await settle(el);
    expect(active(el)?.id, 'the last one gone: focus goes to the field box').to.equal('n-main-minus');
  });

  it('a weight is set with the 0–10 scale (loaded on demand) and shown on the entry', async () => {
    const el = await fixture<GkPlusMinus>(html`<gk-plus-minus .value=${sample()}></gk-plus-minus>`);
    const counts = countEvents(el);
    entries(el, 'main-plus')[1].focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    for (let i = 0; i < 6; i++) await sendKeys({ press: 'Tab' });
    expect(active(el)!.getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(active(el)!.getAttribute('aria-expanded')).to.equal('true');
    const scale = $(el, 'gk-scale') as HTMLElement & { updateComplete: Promise<unknown>; value: number | null };
    await scale.updateComplete;
    expect(scale.getAttribute('presentation')).to.equal('buttons');
    expect(scale.value, 'no preselected weight').to.equal(null);
    const [group] = await findRole('radiogroup', 'Hvor meget betyder det?');
    expect(group, 'the scale is named by the question').to.exist;
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(el.value.entries[1].weight).to.equal(2);
    expect(counts, 'one input and change per step; none leak from the inner scale').to.deep.equal({ input: 2, change: 2 });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect($(el, '.ed'), 'Enter on a number chooses it and leaves the editor open').to.exist;
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(entries(el, 'main-plus')[1].textContent!.replace(/\s+/g, ' ').trim()).to.equal('Jeg sover bedre betyder 2/10');
  });
});

describe('gk-plus-minus: pointer', () => {
  it('tap to open, tap the buttons to move and remove, tap Fortryd', async () => {
    const el = await fixture<GkPlusMinus>(html`<gk-plus-minus style="width: 900px" .value=${sample()}></gk-plus-minus>`);
    const counts = countEvents(el);
    await sendMouse({ type: 'click', position: centerOf(entries(el, 'main-plus')[0]) });
    await settle(el);
    expect($(el, '.ed')).to.exist;
    expect(smallTargets(el.shadowRoot!), 'editor buttons are big enough').to.deep.equal([]);
    await sendMouse({ type: 'click', position: centerOf(button($(el, '.ed'), 'Flyt ned')) });
    await settle(el);
    expect(ids(el)).to.deep.equal(['p2', 'p1', 'm1']);
    await sendMouse({ type: 'click', position: centerOf(button($(el, '.ed'), 'Fjern')) });
    await settle(el);
    expect(ids(el)).to.deep.equal(['p2', 'm1']);
    await sendMouse({ type: 'click', position: centerOf($(el, '.undo button')) });
    await settle(el);
    expect(el.value.entries.filter((x) => x.side === 'plus').map((x) => x.id)).to.deep.equal(['p2', 'p1']);
    await sendMouse({ type: 'click', position: centerOf($(el, '.undo button')) });
    await settle(el);
    expect(ids(el), 'back to the start').to.deep.equal(['p1', 'p2', 'm1']);
    expect($(el, '.undo button'), 'nothing left to undo').to.equal(null);
    expect(counts).to.deep.equal({ input: 4, change: 4 });
  });

  it('add with a tap on Tilføj', async () => {
    const el = await fixture<GkPlusMinus>(html`<gk-plus-minus></gk-plus-minus>`);
    const box = $<HTMLTextAreaElement>(el, '#n-main-minus');
    await sendMouse({ type: 'click', position: centerOf(box) });
    await sendKeys({ type: 'Jeg bliver træt' });
    await sendMouse({ type: 'click', position: centerOf(button($$(el, '.cell')[1], 'Tilføj')) });
    await el.updateComplete;
    expect(el.value.entries.map((x) => [x.side, x.text])).to.deep.equal([['minus', 'Jeg bliver træt']]);
  });

  it('every target is at least 44×44 CSS px, also on a phone', async () => {
    for (const w of [900, 320]) {
      const el = await fixture<GkPlusMinus>(html`<gk-plus-minus style="width: ${w}px" surface="facilitator" .value=${sample()}></gk-plus-minus>`);
      expect(smallTargets(el.shadowRoot!), `${w}px`).to.deep.equal([]);
    }
  });
});

describe('gk-plus-minus: attribution (who said it)', () => {
  it('the facilitator notes a name when adding; it shows as "sagt af"', async () => {
    const el = await fixture<GkPlusMinus>(html`<gk-plus-minus surface="facilitator" .value=${sample()}></gk-plus-minus>`);
    expect(texts(el, '.t')[0]).to.equal('Jeg slapper af betyder 7/10 sagt af Ali');
    $<HTMLInputElement>(el, '#b-main-minus').focus();
    await sendKeys({ type: 'Cem' });
    $<HTMLTextAreaElement>(el, '#n-main-minus').focus();
    await sendKeys({ type: 'Jeg skændes med min mor' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.value.entries[3]).to.include({ side: 'minus', text: 'Jeg skændes med min mor', by: 'Cem' });
    expect($<HTMLInputElement>(el, '#b-main-minus').value, 'the name stays for the next thing the same person says').to.equal('Cem');
    expect([...$(el, 'datalist').querySelectorAll('option')].map((o) => o.value), 'names offered again').to.deep.equal(['Ali', 'Bo', 'Cem']);
    // and changes it in the editor
    entries(el, 'main-plus')[1].click();
    await settle(el);
    const who = $<HTMLInputElement>(el, '#edby');
    expect(who.value).to.equal('Bo');
    who.value = 'Dorte';
    button($(el, '.ed'), 'Færdig').click();
    await settle(el);
    expect(el.value.entries[1].by).to.equal('Dorte');
  });

  it('names are hidden on the shared screen and on the participant view, and kept in the value', async () => {
    for (const surface of ['shared', 'participant'] as const) {
      const el = await fixture<GkPlusMinus>(html`<gk-plus-minus surface=${surface} .value=${sample()}></gk-plus-minus>`);
      const text = el.shadowRoot!.textContent!;
      expect(text, surface).not.to.contain('Ali');
      expect(text).not.to.contain('Bo');
      expect($(el, 'datalist'), 'no list of names').to.equal(null);
      expect($(el, '#b-main-plus'), 'no name field').to.equal(null);
      const tree = JSON.stringify(await findRole('button'));
      expect(tree, 'not in the accessibility tree either').not.to.match(/Ali|"Bo/);
      // editing on the shared screen keeps the name it cannot see
      entries(el, 'main-plus')[0].click();
      await settle(el);
      expect($(el, '#edby')).to.equal(null);
      button($(el, '.ed'), 'Hvor meget betyder det?').click();
      await settle(el);
      expect($(el, 'gk-scale').getAttribute('surface'), 'big numbers on the shared screen').to.equal(surface);
      $<HTMLTextAreaElement>(el, '#ed').value = 'Jeg slapper godt af';
      button($(el, '.ed'), 'Færdig').click();
      await settle(el);
      expect(el.value.entries[0]).to.deep.equal(e('p1', 'plus', 'Jeg slapper godt af', { weight: 7, by: 'Ali' }));
      expect(el.shadowRoot!.textContent).not.to.contain('Ali');
    }
  });

  it('switching the surface live hides the names at once', async () => {
    const el = await fixture<GkPlusMinus>(html`<gk-plus-minus surface="facilitator" .value=${sample()}></gk-plus-minus>`);
    expect(el.shadowRoot!.textContent).to.contain('sagt af Ali');
    el.surface = 'shared';
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).not.to.contain('Ali');
  });
});

describe('gk-plus-minus: forms', () => {
  it('puts the sheet in FormData as JSON, nothing while empty, and resets', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><gk-plus-minus name="pm"></gk-plus-minus></form>`);
    const el = form.querySelector('gk-plus-minus')!;
    expect(el.form).to.equal(form);
    expect(new FormData(form).has('pm')).to.equal(false);
    $<HTMLTextAreaElement>(el, '#n-main-plus').focus();
    await sendKeys({ type: 'Jeg slapper af' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const sent = JSON.parse(new FormData(form).get('pm') as string);
    expect(sent).to.deep.equal(el.value);
    expect(sent.entries[0]).to.include({ side: 'plus', text: 'Jeg slapper af' });
    form.reset();
    await el.updateComplete;
    expect(el.value.entries).to.deep.equal([]);
    expect(new FormData(form).has('pm')).to.equal(false);
  });

  it('reset returns to defaultValue and keeps the layout', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><gk-plus-minus name="pm" layout="four"></gk-plus-minus></form>`);
    const el = form.querySelector('gk-plus-minus')!;
    await el.updateComplete;
    $<HTMLTextAreaElement>(el, '#n-change-plus').focus();
    await sendKeys({ type: 'Flere penge' });
    await sendKeys({ press: 'Enter' });
    expect(el.value.entries[0]).to.include({ row: 'change', side: 'plus' });
    form.reset();
    await el.updateComplete;
    expect(el.value).to.deep.equal({ version: 1, layout: 'four', topic: '', entries: [] });
    expect($$(el, 'h3')).to.have.length(2);
  });

  it('required: no entries is invalid with a Danish message', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><gk-plus-minus name="pm" required></gk-plus-minus></form>`);
    const el = form.querySelector('gk-plus-minus')!;
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(false);
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.contain('Vælg et svar');
    el.value = sample();
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(true);
  });

  it('a disabled fieldset disables it: nothing to add, open or undo', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fieldset disabled><gk-plus-minus name="pm" .value=${sample()}></gk-plus-minus></fieldset></form>`);
    const el = form.querySelector('gk-plus-minus')!;
    await el.updateComplete;
    expect($$(el, 'button, textarea, input').every((b) => (b as HTMLButtonElement).disabled)).to.equal(true);
    entries(el, 'main-plus')[0].click();
    await settle(el);
    expect($(el, '.ed')).to.equal(null);
    expect(new FormData(form).has('pm')).to.equal(false);
    form.querySelector('fieldset')!.disabled = false;
    await el.updateComplete;
    expect(entries(el, 'main-plus')[0].hasAttribute('disabled')).to.equal(false);
  });

  it('restores its state after back navigation; ignores garbage', async () => {
    const el = await fixture<GkPlusMinus>(html`<gk-plus-minus name="pm"></gk-plus-minus>`);
    el.formStateRestoreCallback(JSON.stringify(sample()));
    expect(ids(el)).to.deep.equal(['p1', 'p2', 'm1']);
    el.formStateRestoreCallback('{not json');
    expect(ids(el)).to.deep.equal(['p1', 'p2', 'm1']);
  });
});

describe('gk-plus-minus: bad input keeps the last good state', () => {
  it('malformed values are rejected with the field named and one warning without the data', async () => {
    const el = await fixture<GkPlusMinus>(html`<gk-plus-minus .value=${sample()}></gk-plus-minus>`);
    const cap = captureInvalid(el);
    try {
      const long = sample();
      long.entries[1].text = 'x'.repeat(10000);
      el.value = long;
      el.value = { ...sample(), entries: [{ id: 'q', side: 'plus', text: 'Hemmelig Ali', weight: 12 }] } as never;
      el.value = 'nonsense' as never;
      el.value = { ...sample(), version: 2 } as never;
      el.value = { ...sample(), entries: [...sample().entries, sample().entries[0]] };
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(['p1', 'p2', 'm1']);
      expect(cap.events.map((x) => x.field)).to.deep.equal(['value.entries[1].text', 'value.entries[0].weight', 'value', 'value.version', 'value.entries[3].id']);
      expect(cap.events[0]).to.deep.equal({ tag: 'gk-plus-minus', field: 'value.entries[1].text', reason: 'must be at most 500 characters (got 10000)' });
      expect(cap.warnings).to.have.length(5);
      expect(cap.warnings.join(' '), 'no data in the console').not.to.match(/xxxx|Hemmelig|nonsense/);
    } finally {
      cap.stop();
    }
  });

  it('a full sheet (1000 entries) refuses one more and keeps the words in the box', async () => {
    const v: PlusMinusValue = { version: 1, layout: 'two', topic: '', entries: Array.from({ length: 1000 }, (_, i) => e(`e${i}`, 'plus', `${i}`)) };
    const el = await fixture<GkPlusMinus>(html`<gk-plus-minus .value=${v}></gk-plus-minus>`);
    const cap = captureInvalid(el);
    try {
      $<HTMLTextAreaElement>(el, '#n-main-minus').focus();
      await sendKeys({ type: 'En for meget' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.value.entries).to.have.length(1000);
      expect($<HTMLTextAreaElement>(el, '#n-main-minus').value).to.equal('En for meget');
      expect(cap.events.map((x) => x.field)).to.deep.equal(['value.entries']);
      expect($(el, '.undo button'), 'nothing to undo').to.equal(null);
    } finally {
      cap.stop();
    }
  });

  it('an unknown layout reverts; a sheet with entries keeps its own layout', async () => {
    const el = await fixture<GkPlusMinus>(html`<gk-plus-minus .value=${sample()}></gk-plus-minus>`);
    const cap = captureInvalid(el);
    try {
      el.layout = 'three' as never;
      await el.updateComplete;
      expect(el.layout).to.equal('two');
      el.layout = 'four';
      await el.updateComplete;
      expect(el.layout).to.equal('two');
      expect(el.value.layout).to.equal('two');
      expect(cap.events.map((x) => [x.field, x.reason])).to.deep.equal([
        ['layout', 'must be one of: two, four, evaluation'],
        ['layout', 'cannot change a sheet with entries'],
      ]);
      el.surface = 'everyone' as never;
      await el.updateComplete;
      expect(el.surface).to.equal('participant');
    } finally {
      cap.stop();
    }
  });

  it('an empty sheet follows the layout; a value brings its own', async () => {
    const el = await fixture<GkPlusMinus>(html`<gk-plus-minus></gk-plus-minus>`);
    el.layout = 'evaluation';
    await el.updateComplete;
    expect(el.value.layout).to.equal('evaluation');
    expect($$(el, '.cell')).to.have.length(8);
    el.value = { version: 1, layout: 'four', topic: '', entries: [e('a', 'plus', 'Mere tid', { row: 'change' })] };
    await el.updateComplete;
    expect(el.layout).to.equal('four');
    expect(el.getAttribute('layout')).to.equal('four');
    expect(texts(el, '.t')).to.deep.equal(['Mere tid']);
    // a value without layout takes the element's
    el.value = { version: 1, entries: [e('b', 'minus', 'Kedeligt', { row: 'continue' })] } as never;
    expect(el.value.layout).to.equal('four');
  });
});

describe('gk-plus-minus: events and undo', () => {
  it('fires no input or change on a programmatic set, and forgets the undo history', async () => {
    const el = await fixture<GkPlusMinus>(html`<gk-plus-minus .value=${sample()}></gk-plus-minus>`);
    entries(el, 'main-plus')[0].focus();
    await sendKeys({ press: 'Delete' });
    await settle(el);
    expect($(el, '.undo button')).to.exist;
    const counts = countEvents(el);
    el.value = sample();
    el.defaultValue = sample();
    await el.updateComplete;
    expect(counts).to.deep.equal({ input: 0, change: 0 });
    expect($(el, '.undo button'), "another sheet: the old one's history is gone").to.equal(null);
  });

  it('change bubbles out of the shadow root as a native Event; inner events do not leak', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div><gk-plus-minus></gk-plus-minus></div>`);
    const el = wrap.querySelector('gk-plus-minus')!;
    const seen: string[] = [];
    wrap.addEventListener('input', (ev) => seen.push(`input:${(ev.target as Element).localName}`));
    $<HTMLTextAreaElement>(el, '#n-main-plus').focus();
    await sendKeys({ type: 'ab' });
    expect(seen, 'typing in a box is not a change of the value').to.deep.equal([]);
    setTimeout(() => button($$(el, '.cell')[0], 'Tilføj').click());
    const ev = await oneEvent(wrap, 'change');
    expect(ev.constructor).to.equal(Event);
    expect(ev.composed).to.equal(true);
    expect(seen).to.deep.equal(['input:gk-plus-minus']);
  });

  it('undo after a rewrite keeps the topic as typed', async () => {
    const el = await fixture<GkPlusMinus>(html`<gk-plus-minus .value=${sample()}></gk-plus-minus>`);
    entries(el, 'main-minus')[0].click();
    await settle(el);
    $<HTMLTextAreaElement>(el, '#ed').value = 'Jeg mangler mange penge';
    button($(el, '.ed'), 'Færdig').click();
    await settle(el);
    const topic = $<HTMLInputElement>(el, '#topic');
    topic.value = 'Hash og alkohol';
    topic.dispatchEvent(new Event('change'));
    $(el, '.undo button').click();
    await settle(el);
    expect(el.value.entries[2].text).to.equal('Jeg mangler penge');
    expect(el.value.topic).to.equal('Hash og alkohol');
  });
});

describe('gk-plus-minus: languages', () => {
  it('follows the nearest ancestor lang and switches live', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="en"><gk-plus-minus layout="evaluation"></gk-plus-minus></div>`);
    const el = wrap.querySelector('gk-plus-minus')!;
    await el.updateComplete;
    expect($(el, 'h2').textContent).to.equal('Evaluation: plus and minus');
    expect(texts(el, 'h3')[0]).to.equal('Meeting in the group');
    expect(texts(el, '.h span')[1]).to.equal('What has been bad about meeting in the group?');
    wrap.setAttribute('lang', 'nb');
    await settle(el);
    expect(texts(el, '.h b')[0]).to.equal('Pluss');
    expect(texts(el, '.h span')[0]).to.equal('Hva har vært plusser ved å møtes i gruppen?');
    el.setAttribute('lang', 'sv-SE');
    await settle(el);
    expect(texts(el, 'h3')[3]).to.equal('Att prata om att ändra användningen och göra nödplaner');
  });

  it('the editor speaks the language too, and a host can override any string', async () => {
    const el = await fixture<GkPlusMinus>(html`<gk-plus-minus lang="en" .strings=${{ add: 'Put it up', remove: 'Take away' }} .value=${sample()}></gk-plus-minus>`);
    await el.updateComplete;
    expect(button($$(el, '.cell')[0], 'Put it up')).to.exist;
    entries(el, 'main-plus')[0].click();
    await settle(el);
    expect([...$(el, '.ed').querySelectorAll('button')].map((b) => b.textContent!.trim())).to.deep.equal([
      'Done',
      'Move up',
      'Move down',
      'Move to minus',
      'Take away',
      'How much does it matter?',
    ]);
    expect(texts(el, '.t')[1]).to.equal('Jeg mangler penge matters 9/10');
  });

  it("the editor opens in the sheet's language at once: no Danish labels first", async () => {
    const el = await fixture<GkPlusMinus>(html`<gk-plus-minus lang="sv" .value=${sample()}></gk-plus-minus>`);
    await el.updateComplete;
    const seen: string[] = [];
    const watch = new MutationObserver(() => {
      const label = el.shadowRoot!.querySelector('.ed label');
      if (label) seen.push(label.textContent!);
    });
    watch.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    entries(el, 'main-plus')[0].click();
    await settle(el);
    watch.disconnect();
    expect(seen.length, 'the editor opened').to.be.greaterThan(0);
    expect([...new Set(seen)]).to.deep.equal(['Ändra det som står']);
  });
});

describe('gk-plus-minus: a poster with 500 entries', () => {
  it('renders them all and editing still works', async () => {
    const v: PlusMinusValue = {
      version: 1,
      layout: 'two',
      topic: 'Alkohol',
      entries: Array.from({ length: 500 }, (_, i) => e(`e${i}`, i % 2 ? 'minus' : 'plus', `Punkt nummer ${i}`, i % 3 ? {} : { weight: i % 11, by: `P${i % 8}` })),
    };
    const el = await fixture<GkPlusMinus>(html`<gk-plus-minus surface="facilitator" .value=${v}></gk-plus-minus>`);
    expect(entries(el, 'main-plus')).to.have.length(250);
    expect(entries(el, 'main-minus')).to.have.length(250);
    expect(entries(el, 'main-minus')[249].textContent).to.contain('Punkt nummer 499');
    // keyboard: End, open, rewrite, save
    entries(el, 'main-plus')[0].focus();
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(active(el)?.textContent).to.contain('Punkt nummer 498');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    await sendKeys({ type: ' (rettet)' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.value.entries[498].text).to.equal('Punkt nummer 498 (rettet)');
    expect(el.value.entries.filter((x, i) => x.text !== v.entries[i].text)).to.have.length(1);
    // and adding one more
    $<HTMLTextAreaElement>(el, '#n-main-minus').focus();
    await sendKeys({ type: 'Nummer 501' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(entries(el, 'main-minus')).to.have.length(251);
    expect(entries(el, 'main-minus')[250].textContent).to.contain('Nummer 501');
  });
});

describe('gk-plus-minus: print', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
  });

  it('prints the entries without boxes and buttons, in sheet type on A4', async () => {
    const el = await fixture<GkPlusMinus>(html`<gk-plus-minus surface="shared" .value=${sample()}></gk-plus-minus>`);
    entries(el, 'main-plus')[0].click();
    await settle(el);
    // the editor is open: its buttons must not print either
    await emulateMedia({ media: 'print' });
    const shown = (n: Element) => n.checkVisibility();
    expect($$(el, '.add').some(shown), 'no add boxes').to.equal(false);
    expect($$(el, '.acts').some(shown), 'no editor buttons').to.equal(false);
    expect(shown($(el, '#ed')), 'the words being changed do print').to.equal(true);
    expect(shown($(el, '.undo'))).to.equal(false);
    expect($$(el, '.t').every(shown)).to.equal(true);
    expect($$(el, '.h').every(shown)).to.equal(true);
    // the viewport is narrower than A4 landscape: sheet type, also for the shared screen
    expect(parseFloat(getComputedStyle(el).fontSize)).to.be.closeTo((11 * 96) / 72, 0.01);
    await emulateMedia({ media: 'screen' });
    expect(getComputedStyle(el).fontSize).to.equal('25.6px');
    expect($$(el, '.add').every(shown)).to.equal(true);
  });
});
