import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/agenda.js';
import { AGENDA_TICK, loadAgendaTemplate, type AgendaItem, type AgendaValue, type GkAgenda } from '../../src/agenda.js';
import { captureInvalid, centerOf, countEvents, findRole, resetMouse, sendKeys, sendMouse, smallTargets } from '../support/helpers.js';

const T0 = '2026-03-01T10:00:00.000Z';
const at = (min: number) => () => Date.parse(T0) + min * 60000;

const sample = (): AgendaValue => ({
  version: 1,
  title: 'Gruppemøde 1: Velkommen',
  items: [
    { id: 'velkommen', title: 'Velkommen', kind: 'point', state: 'done', minutes: 15, pictogram: 'hello', responsible: 'Begge facilitatorer', checklist: ['Sig hej', 'Tjek ind med følelseskort'] },
    { id: 'hvorfor', title: 'Hvorfor er vi her?', kind: 'point', state: 'now', minutes: 15, pictogram: 'talk', started: T0, responsible: 'Anna', checklist: ['Runde: navn og alder'] },
    { id: 'pause', title: 'Pause', kind: 'break', state: 'planned', minutes: 10, pictogram: 'coffee' },
    { id: 'snak', title: 'Snak om alkohol og stoffer', kind: 'point', state: 'skipped', minutes: 25 },
    { id: 'mad', title: 'Fællesspisning', kind: 'meal', state: 'planned', minutes: 30, pictogram: 'meal' },
  ],
});
const many = (n: number): AgendaValue => ({
  version: 1,
  items: Array.from({ length: n }, (_, i): AgendaItem => ({ id: `p${i}`, title: `Punkt ${i + 1}`, kind: i % 4 === 3 ? 'break' : 'point', state: 'planned', minutes: 10 })),
});

const $ = <T extends HTMLElement = HTMLElement>(el: GkAgenda, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
const $$ = (el: GkAgenda, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const act = (el: GkAgenda, id: string, a: string) => $<HTMLButtonElement>(el, `[data-id="${id}"] [data-act=${a}]`);
const grip = (el: GkAgenda, id: string) => $<HTMLButtonElement>(el, `[data-move="${id}"]`);
const order = (el: GkAgenda) => el.value.items.map((x) => x.id);
const states = (el: GkAgenda) => el.value.items.map((x) => `${x.id}:${x.state}`).join(' ');
const row = (el: GkAgenda, title: string) => $$(el, 'li.item').find((li) => li.querySelector('.title')?.textContent === title)!;
const focused = (el: GkAgenda) => el.shadowRoot!.activeElement as HTMLElement | null;
const facilitator = (v = sample()) => fixture<GkAgenda>(html`<gk-agenda surface="facilitator" style="width: 900px" .clock=${at(20)} .value=${v}></gk-agenda>`);
const settle = async (el: GkAgenda) => {
  await new Promise((r) => setTimeout(r));
  await el.updateComplete;
};

afterEach(async () => {
  await resetMouse();
});

describe('gk-agenda: what participants see', () => {
  it('shows the points in order with kind, time box, pictogram and progress', async () => {
    const el = await fixture<GkAgenda>(html`<gk-agenda .value=${sample()}></gk-agenda>`);
    expect($(el, 'h2').textContent).to.equal('Gruppemøde 1: Velkommen');
    expect($$(el, 'li.item .title').map((t) => t.textContent)).to.deep.equal(['Velkommen', 'Hvorfor er vi her?', 'Pause', 'Snak om alkohol og stoffer', 'Fællesspisning']);
    expect($$(el, 'li.item .kind').map((k) => k.textContent!.trim())).to.deep.equal(['Punkt', 'Punkt', 'Pause', 'Punkt', 'Fællesspisning']);
    expect($$(el, 'li.item .kind svg').length, 'an icon beside every kind word').to.equal(5);
    expect(row(el, 'Pause').querySelector('.time')!.textContent).to.equal('10 min');
    expect($(el, '.progress').textContent!.trim()).to.equal('2 af 5 punkter');
    expect($$(el, '.bar i').map((i) => i.className)).to.deep.equal(['done', 'now', 'planned', 'skipped', 'planned']);
  });

  it('shows kind by colour too: green, red and blue borders from themable tokens', async () => {
    const el = await fixture<GkAgenda>(html`<gk-agenda .value=${sample()}></gk-agenda>`);
    const colour = (title: string) => getComputedStyle(row(el, title)).borderInlineStartColor;
    expect(colour('Hvorfor er vi her?'), 'the current point keeps its kind colour').to.equal('rgb(27, 122, 54)');
    expect(colour('Velkommen')).to.equal('rgb(27, 122, 54)');
    expect(colour('Pause')).to.equal('rgb(179, 38, 30)');
    expect(colour('Fællesspisning')).to.equal('rgb(11, 92, 173)');
    el.style.setProperty('--gk-color-red', 'rgb(200, 0, 100)');
    expect(colour('Pause')).to.equal('rgb(200, 0, 100)');
  });

  it('emphasises the current point: larger, "Nu", aria-current="step"', async () => {
    const el = await fixture<GkAgenda>(html`<gk-agenda .value=${sample()}></gk-agenda>`);
    const now = row(el, 'Hvorfor er vi her?');
    expect($$(el, '[aria-current]').length).to.equal(1);
    expect($$(el, '[aria-current]')[0] === now).to.equal(true);
    expect(now.getAttribute('aria-current')).to.equal('step');
    expect(now.querySelector('.state')!.textContent!.trim()).to.equal('Nu');
    const size = (li: HTMLElement) => parseFloat(getComputedStyle(li.querySelector('.title')!).fontSize);
    expect(size(now)).to.be.greaterThan(size(row(el, 'Pause')) * 1.2);
  });

  it('strikes through and dims finished points but keeps them visible, with the word "Færdig"', async () => {
    const el = await fixture<GkAgenda>(html`<gk-agenda .value=${sample()}></gk-agenda>`);
    const done = row(el, 'Velkommen');
    const title = getComputedStyle(done.querySelector('.title')!);
    expect(title.textDecorationLine).to.equal('line-through');
    expect(title.color, 'dimmed: the muted text colour').to.equal('rgb(74, 79, 85)');
    expect(done.getBoundingClientRect().height).to.be.greaterThan(30);
    const state = done.querySelector('.state')!;
    expect(state.textContent!.trim()).to.equal('Færdig');
    expect(state.classList.contains('vh')).to.equal(false);
    expect(row(el, 'Snak om alkohol og stoffer').querySelector('.state')!.textContent!.trim()).to.equal('Sprunget over');
    const planned = row(el, 'Pause').querySelector('.state')!;
    expect([planned.textContent!.trim(), planned.classList.contains('vh')]).to.deep.equal(['Senere', true]);
    expect(getComputedStyle(row(el, 'Pause').querySelector('.title')!).textDecorationLine).to.equal('none');
  });

  it('shows only titles, kinds, times and progress: no checklist, responsible or controls', async () => {
    for (const surface of ['participant', 'shared']) {
      const el = await fixture<GkAgenda>(html`<gk-agenda surface=${surface} .value=${sample()}></gk-agenda>`);
      expect(el.shadowRoot!.textContent).not.to.contain('Sig hej');
      expect(el.shadowRoot!.textContent).not.to.contain('Anna');
      expect($$(el, 'button, input, select, textarea, details, [tabindex]').length).to.equal(0);
    }
  });

  it('the shared screen is larger still', async () => {
    const p = await fixture<GkAgenda>(html`<gk-agenda .value=${sample()}></gk-agenda>`);
    const s = await fixture<GkAgenda>(html`<gk-agenda surface="shared" .value=${sample()}></gk-agenda>`);
    expect(parseFloat(getComputedStyle($(s, '.title')).fontSize)).to.be.greaterThan(parseFloat(getComputedStyle($(p, '.title')).fontSize));
  });

  it('renders markup in titles, checklists and names as text', async () => {
    const v = sample();
    v.items[0].title = '<img src=x onerror=alert(1)>Velkommen';
    v.items[0].checklist = ['<b>fed</b>'];
    v.items[0].responsible = '<script>x</script>';
    v.title = '<i>kursiv</i>';
    const el = await fixture<GkAgenda>(html`<gk-agenda surface="facilitator" .value=${v}></gk-agenda>`);
    expect($(el, '.title').textContent).to.equal('<img src=x onerror=alert(1)>Velkommen');
    expect($(el, 'h2').textContent).to.equal('<i>kursiv</i>');
    expect(el.shadowRoot!.querySelectorAll('img, b, script').length).to.equal(0);
    expect($(el, 'h2').children.length).to.equal(0);
    expect($(el, '.check li').textContent).to.equal('<b>fed</b>');
  });

  it('an empty agenda says so', async () => {
    const el = await fixture<GkAgenda>(html`<gk-agenda></gk-agenda>`);
    expect($(el, '.empty').textContent).to.equal('Der er ingen punkter endnu.');
    expect($(el, 'h2').textContent).to.equal('Dagsorden');
    expect(el.shadowRoot!.querySelectorAll('.progress').length).to.equal(0);
  });
});

describe('gk-agenda: assistive technology', () => {
  it('a named list whose items carry their state in the accessible description, not only as strike-through', async () => {
    await fixture<GkAgenda>(html`<gk-agenda .value=${sample()}></gk-agenda>`);
    const [list] = await findRole('list', 'Gruppemøde 1: Velkommen');
    expect(list, 'list named by the heading').to.exist;
    const items = (await findRole('listitem')).map((n) => [n.name, n.description]);
    expect(items).to.deep.equal([
      ['Velkommen', 'Punkt 15 min Færdig'],
      ['Hvorfor er vi her?', 'Punkt 15 min Nu'],
      ['Pause', 'Pause 10 min Senere'],
      ['Snak om alkohol og stoffer', 'Punkt 25 min Sprunget over'],
      ['Fællesspisning', 'Fællesspisning 30 min Senere'],
    ]);
  });

  it('done and undo change what assistive technology hears, and the status line says what happened', async () => {
    const el = await facilitator();
    act(el, 'hvorfor', 'done').click();
    await settle(el);
    let items = await findRole('listitem');
    expect(items.find((n) => n.name === 'Hvorfor er vi her?')!.description).to.equal('Punkt 15 min Færdig');
    expect(items.find((n) => n.name === 'Pause')!.description).to.equal('Pause 10 min Nu');
    expect($(el, '[role=status]').textContent).to.equal('Hvorfor er vi her?: Færdig');
    act(el, 'hvorfor', 'reopen').click();
    await settle(el);
    items = await findRole('listitem');
    expect(items.find((n) => n.name === 'Hvorfor er vi her?')!.description).to.equal('Punkt 15 min Senere');
    expect($(el, '[role=status]').textContent).to.equal('Hvorfor er vi her?: Senere');
  });

  it('every control has a name that starts with its visible word and names its point', async () => {
    const el = await facilitator();
    expect(act(el, 'hvorfor', 'done').getAttribute('aria-label')).to.equal('Færdig: Hvorfor er vi her?');
    expect(act(el, 'pause', 'start').getAttribute('aria-label')).to.equal('Start: Pause');
    expect(act(el, 'velkommen', 'reopen').getAttribute('aria-label')).to.equal('Åbn igen: Velkommen');
    const [handle] = await findRole('button', 'Flyt Pause');
    expect(handle.description).to.equal('Træk, eller brug pil op og pil ned.');
  });
});

describe('gk-agenda: accessibility (axe) in every state', () => {
  const states: Record<string, () => Promise<GkAgenda>> = {
    participant: () => fixture(html`<gk-agenda .value=${sample()}></gk-agenda>`),
    'shared screen': () => fixture(html`<gk-agenda surface="shared" .value=${sample()}></gk-agenda>`),
    empty: () => fixture(html`<gk-agenda></gk-agenda>`),
    'with countdown': () => fixture(html`<gk-agenda countdown .clock=${at(5)} .value=${sample()}></gk-agenda>`),
    facilitator: () => facilitator(),
    'facilitator, empty': () => fixture(html`<gk-agenda surface="facilitator"></gk-agenda>`),
    'facilitator, disabled': () => fixture(html`<gk-agenda surface="facilitator" disabled .value=${sample()}></gk-agenda>`),
    'facilitator, editing': async () => {
      const el = await facilitator();
      act(el, 'pause', 'edit').click();
      await settle(el);
      expect($(el, '.editing')).to.exist;
      return el;
    },
    'facilitator, title missing': async () => {
      const el = await facilitator();
      act(el, 'pause', 'edit').click();
      await settle(el);
      $<HTMLInputElement>(el, '[name=title]').value = '';
      $(el, '[data-act=save]').click();
      await settle(el);
      expect($(el, '.err')).to.exist;
      return el;
    },
    'facilitator, after a change (undo shown)': async () => {
      const el = await facilitator();
      act(el, 'pause', 'down').click();
      await settle(el);
      return el;
    },
    dark: () => fixture(html`<gk-agenda theme="dark" surface="facilitator" .value=${sample()}></gk-agenda>`),
    'high contrast': () => fixture(html`<gk-agenda theme="high-contrast" countdown .clock=${at(5)} .value=${sample()}></gk-agenda>`),
    english: () => fixture(html`<gk-agenda lang="en" surface="facilitator" .value=${sample()}></gk-agenda>`),
    '50 points, facilitator': () => fixture(html`<gk-agenda surface="facilitator" .value=${many(50)}></gk-agenda>`),
  };
  for (const [name, make] of Object.entries(states)) {
    it(name, async () => {
      const el = await make();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }
});

describe('gk-agenda: facilitator marks points', () => {
  it('shows each point\'s checklist and who is responsible; the current point\'s checklist is open', async () => {
    const el = await facilitator();
    expect(row(el, 'Velkommen').querySelector('.resp')!.textContent).to.equal('Ansvarlig: Begge facilitatorer');
    const details = $$(el, 'details.check') as HTMLDetailsElement[];
    expect(details.map((d) => d.querySelector('summary')!.textContent!.trim())).to.deep.equal(['Huskeliste (2)', 'Huskeliste (1)']);
    expect(details.map((d) => d.open)).to.deep.equal([false, true]);
  });

  it('start makes a point current with the clock as start time; done moves on; each is one change', async () => {
    const el = await facilitator();
    const counts = countEvents(el);
    act(el, 'pause', 'start').click();
    await settle(el);
    expect(states(el)).to.equal('velkommen:done hvorfor:planned pause:now snak:skipped mad:planned');
    expect(el.value.items[2].started).to.equal('2026-03-01T10:20:00.000Z');
    expect(focused(el) === act(el, 'pause', 'done')).to.equal(true);
    // keyboard: Enter on the focused "Færdig"
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(states(el)).to.equal('velkommen:done hvorfor:planned pause:done snak:skipped mad:now');
    expect(focused(el) === act(el, 'mad', 'done'), 'focus follows to the new current point').to.equal(true);
    expect(counts).to.deep.equal({ input: 2, change: 2 });
  });

  it('skip and reopen', async () => {
    const el = await facilitator();
    act(el, 'pause', 'skip').click();
    await settle(el);
    expect(states(el)).to.equal('velkommen:done hvorfor:now pause:skipped snak:skipped mad:planned');
    act(el, 'snak', 'reopen').click();
    await settle(el);
    expect(states(el)).to.equal('velkommen:done hvorfor:now pause:skipped snak:planned mad:planned');
    expect($(el, '.progress').textContent!.trim()).to.equal('2 af 5 punkter');
  });

  it('disabled (also by a fieldset): controls are disabled and clicks change nothing', async () => {
    const el = await fixture<GkAgenda>(html`<gk-agenda surface="facilitator" disabled .value=${sample()}></gk-agenda>`);
    const buttons = $$(el, 'button') as HTMLButtonElement[];
    expect(buttons.length).to.be.greaterThan(10);
    expect(buttons.every((b) => b.disabled)).to.equal(true);
    act(el, 'hvorfor', 'done').click();
    expect(states(el)).to.equal('velkommen:done hvorfor:now pause:planned snak:skipped mad:planned');
  });
});

describe('gk-agenda: reorder by buttons, keyboard and drag give the same result', () => {
  const expected = ['hvorfor', 'pause', 'velkommen', 'snak', 'mad'];

  it('buttons: "Ned" twice; focus stays on the moved point\'s button', async () => {
    const el = await facilitator();
    const counts = countEvents(el);
    act(el, 'velkommen', 'down').click();
    await settle(el);
    expect(focused(el) === act(el, 'velkommen', 'down')).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(order(el)).to.deep.equal(expected);
    expect(counts).to.deep.equal({ input: 2, change: 2 });
    expect(act(el, 'hvorfor', 'up').disabled, 'no "Op" at the top').to.equal(true);
    expect(act(el, 'mad', 'down').disabled, 'no "Ned" at the bottom').to.equal(true);
  });

  it('keyboard: arrow down twice on the handle; the handle keeps focus; the move is announced', async () => {
    const el = await facilitator();
    const counts = countEvents(el);
    grip(el, 'velkommen').focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(order(el)).to.deep.equal(expected);
    expect(focused(el) === grip(el, 'velkommen')).to.equal(true);
    expect($(el, '[role=status]').textContent).to.equal('Velkommen er nu nummer 3 af 5.');
    expect(counts).to.deep.equal({ input: 2, change: 2 });
    await sendKeys({ press: 'Home' });
    await settle(el);
    expect(order(el)[0]).to.equal('velkommen');
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(order(el).at(-1)).to.equal('velkommen');
  });

  it('pointer: drag the handle below "Pause"; input while dragging, one change at the end', async () => {
    const el = await facilitator();
    const counts = countEvents(el);
    row(el, 'Velkommen').scrollIntoView();
    const pause = row(el, 'Pause').getBoundingClientRect();
    expect(pause.bottom, 'the rows fit in the window').to.be.below(innerHeight);
    const [x, y] = centerOf(grip(el, 'velkommen'));
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await settle(el);
    expect(row(el, 'Velkommen').classList.contains('dragging')).to.equal(true);
    await sendMouse({ type: 'move', position: [x, Math.round(pause.top + pause.height / 2 + 5)] });
    await settle(el);
    expect(counts.change, 'no change while dragging').to.equal(0);
    expect(counts.input).to.equal(1);
    await sendMouse({ type: 'up' });
    await settle(el);
    expect(order(el)).to.deep.equal(expected);
    expect(counts).to.deep.equal({ input: 1, change: 1 });
    expect($$(el, '.dragging').length).to.equal(0);
    expect(focused(el) === grip(el, 'velkommen')).to.equal(true);
    // the drag is one step to undo
    $(el, '.undo').click();
    await settle(el);
    expect(order(el)).to.deep.equal(sample().items.map((i) => i.id));
  });

  it('keyboard reorder equals pointer reorder, item for item', async () => {
    const byKeys = await facilitator();
    grip(byKeys, 'mad').focus();
    for (let i = 0; i < 3; i++) {
      await sendKeys({ press: 'ArrowUp' });
      await settle(byKeys);
    }
    const byPointer = await facilitator();
    row(byPointer, 'Hvorfor er vi her?').scrollIntoView();
    const target = row(byPointer, 'Hvorfor er vi her?').getBoundingClientRect();
    expect(grip(byPointer, 'mad').getBoundingClientRect().bottom, 'the rows fit in the window').to.be.below(innerHeight);
    const [x, y] = centerOf(grip(byPointer, 'mad'));
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    // just above the middle of "Hvorfor er vi her?": the point lands before it
    await sendMouse({ type: 'move', position: [x, Math.round(target.top + target.height / 2 - 4)] });
    await sendMouse({ type: 'up' });
    await settle(byPointer);
    expect(order(byKeys)).to.deep.equal(['velkommen', 'mad', 'hvorfor', 'pause', 'snak']);
    expect(byPointer.value).to.deep.equal(byKeys.value);
  });

  it('a click on the handle without moving changes nothing', async () => {
    const el = await facilitator();
    const counts = countEvents(el);
    const [x, y] = centerOf(grip(el, 'pause'));
    await sendMouse({ type: 'click', position: [x, y] });
    await settle(el);
    expect(counts).to.deep.equal({ input: 0, change: 0 });
    expect($$(el, '.undo').length).to.equal(0);
  });
});

describe('gk-agenda: add, edit, remove, undo', () => {
  it('adds a point and opens its form with the title selected for typing', async () => {
    const el = await facilitator();
    const counts = countEvents(el);
    $(el, '[data-act=add]').click();
    await settle(el);
    expect(el.value.items).to.have.length(6);
    expect(el.value.items[5]).to.include({ title: 'Nyt punkt', kind: 'point', state: 'planned' });
    const input = $<HTMLInputElement>(el, '.editing [name=title]');
    expect(focused(el) === input).to.equal(true);
    input.select();
    await sendKeys({ type: 'Kaffe og kage' });
    $<HTMLInputElement>(el, '.editing [name=minutes]').value = '20';
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.value.items[5]).to.deep.include({ title: 'Kaffe og kage', minutes: 20 });
    expect(counts).to.deep.equal({ input: 2, change: 2 });
    expect($$(el, '.editing').length, 'the form closed').to.equal(0);
    expect(focused(el) === act(el, el.value.items[5].id, 'edit')).to.equal(true);
  });

  it('edits every field of a point', async () => {
    const el = await facilitator();
    const counts = countEvents(el);
    act(el, 'pause', 'edit').click();
    await settle(el);
    expect($(el, '.editing legend').textContent).to.equal('Ret: Pause');
    const f = <T extends HTMLElement>(n: string) => $<T & { value: string }>(el, `.editing [name=${n}]`);
    expect([f('title').value, f('kind').value, f('minutes').value, f('pictogram').value]).to.deep.equal(['Pause', 'break', '10', 'coffee']);
    f('title').value = 'Kaffepause';
    f('kind').value = 'meal';
    f('minutes').value = '7';
    f('pictogram').value = 'star';
    f('responsible').value = ' Anna ';
    f('checklist').value = 'Sæt kaffe over\n\n  Find kopper  ';
    $(el, '[data-act=save]').click();
    await settle(el);
    expect(el.value.items[2]).to.deep.equal({
      id: 'pause', title: 'Kaffepause', kind: 'meal', state: 'planned', minutes: 7, pictogram: 'star', responsible: 'Anna', checklist: ['Sæt kaffe over', 'Find kopper'],
    });
    expect(counts).to.deep.equal({ input: 1, change: 1 });
    expect($$(el, '.editing').length).to.equal(0);
  });

  it('clearing minutes, picture and checklist removes them; a bad number means no time box', async () => {
    const el = await facilitator();
    act(el, 'velkommen', 'edit').click();
    await settle(el);
    $<HTMLInputElement>(el, '.editing [name=minutes]').value = '9999';
    $<HTMLSelectElement>(el, '.editing [name=pictogram]').value = '';
    $<HTMLTextAreaElement>(el, '.editing [name=checklist]').value = '';
    $<HTMLInputElement>(el, '.editing [name=responsible]').value = '';
    $(el, '[data-act=save]').click();
    await settle(el);
    expect(el.value.items[0]).to.deep.equal({ id: 'velkommen', title: 'Velkommen', kind: 'point', state: 'done' });
  });

  it('an empty title is refused with a message; nothing changes', async () => {
    const el = await facilitator();
    const counts = countEvents(el);
    act(el, 'pause', 'edit').click();
    await settle(el);
    $<HTMLInputElement>(el, '.editing [name=title]').value = '   ';
    $(el, '[data-act=save]').click();
    await settle(el);
    const input = $<HTMLInputElement>(el, '.editing [name=title]');
    expect($(el, '.err').textContent).to.equal('Skriv en titel.');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(focused(el) === input).to.equal(true);
    const [box] = await findRole('textbox', 'Titel');
    expect(box.description).to.equal('Skriv en titel.');
    expect(el.value).to.deep.equal(sample());
    expect(counts).to.deep.equal({ input: 0, change: 0 });
  });

  it('Escape cancels the form and returns focus to "Ret"', async () => {
    const el = await facilitator();
    act(el, 'pause', 'edit').click();
    await settle(el);
    $<HTMLInputElement>(el, '.editing [name=title]').value = 'Noget andet';
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect($$(el, '.editing').length).to.equal(0);
    expect(el.value).to.deep.equal(sample());
    expect(focused(el) === act(el, 'pause', 'edit')).to.equal(true);
  });

  it('removes a point; "Fortryd" brings it back in its place', async () => {
    const el = await facilitator();
    const counts = countEvents(el);
    act(el, 'pause', 'edit').click();
    await settle(el);
    $(el, '[data-act=remove]').click();
    await settle(el);
    expect(order(el)).to.deep.equal(['velkommen', 'hvorfor', 'snak', 'mad']);
    const undo = $(el, '.undo');
    expect(undo.textContent!.trim()).to.equal('Fortryd (Fjernet: Pause)');
    expect(focused(el) === undo).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.value).to.deep.equal(sample());
    expect($(el, '[role=status]').textContent).to.equal('Fortrudt.');
    expect(counts).to.deep.equal({ input: 2, change: 2 });
    expect($$(el, '.undo').length, 'nothing more to undo').to.equal(0);
  });

  it('undo steps back through state changes and moves in order', async () => {
    const el = await facilitator();
    act(el, 'hvorfor', 'done').click();
    await settle(el);
    act(el, 'mad', 'up').click();
    await settle(el);
    expect($(el, '.undo').textContent!.trim()).to.equal('Fortryd (Flyttet: Fællesspisning)');
    $(el, '.undo').click();
    await settle(el);
    expect($(el, '.undo').textContent!.trim()).to.equal('Fortryd (Hvorfor er vi her?: Færdig)');
    $(el, '.undo').click();
    await settle(el);
    expect(el.value).to.deep.equal(sample());
  });

  it('a value set by the host starts a new history', async () => {
    const el = await facilitator();
    act(el, 'pause', 'down').click();
    await settle(el);
    expect($(el, '.undo')).to.exist;
    el.value = many(3);
    await settle(el);
    expect($$(el, '.undo').length).to.equal(0);
  });
});

describe('gk-agenda: templates', () => {
  it('the template attribute starts an empty agenda from a fresh copy; reset returns to it', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><gk-agenda name="dagsorden" template="meeting-3"></gk-agenda></form>`);
    const el = form.querySelector('gk-agenda')!;
    await el.updateComplete;
    expect(el.value.title).to.equal('Gruppemøde 3: Abstinenser og trang');
    expect(el.value.items[1].title).to.equal('Tre gode ting ved gruppen');
    const copy = structuredClone(el.value);
    el.value = { ...el.value, items: el.value.items.slice(1) };
    form.reset();
    expect(el.value).to.deep.equal(copy);
  });

  it('never overrides a value the host has set', async () => {
    const el = await fixture<GkAgenda>(html`<gk-agenda template="meeting-1" .value=${sample()}></gk-agenda>`);
    await el.updateComplete;
    expect(el.value).to.deep.equal(sample());
  });

  it('the facilitator picks a template: today\'s copy replaces the agenda (one change, undoable), the template stays as it was', async () => {
    const el = await facilitator();
    const counts = countEvents(el);
    const select = $<HTMLSelectElement>(el, '.tools select');
    select.value = 'youth';
    select.dispatchEvent(new Event('change'));
    $(el, '[data-act=template]').click();
    await oneEvent(el, 'change');
    await settle(el);
    expect(el.value.title).to.equal('Gruppemøde for unge');
    expect(el.value.template).to.equal('youth');
    expect(el.value.items[0].title).to.equal('Vejrudsigten');
    expect(counts).to.deep.equal({ input: 1, change: 1 });
    // editing today's copy …
    const first = el.value.items[0].id;
    act(el, first, 'edit').click();
    await settle(el);
    $<HTMLInputElement>(el, '.editing [name=title]').value = 'Vejret i dag';
    $(el, '[data-act=save]').click();
    await settle(el);
    expect(el.value.items[0].title).to.equal('Vejret i dag');
    // … leaves the template as it was
    expect((await loadAgendaTemplate('youth'))!.items[0].title).to.equal('Vejrudsigten');
    $(el, '.undo').click();
    await settle(el);
    $(el, '.undo').click();
    await settle(el);
    expect(el.value).to.deep.equal(sample());
  });

  it('the picker starts at today\'s agenda\'s own template', async () => {
    const el = await fixture<GkAgenda>(html`<gk-agenda surface="facilitator" template="meeting-5"></gk-agenda>`);
    await el.updateComplete;
    expect($<HTMLSelectElement>(el, '.tools select').value).to.equal('meeting-5');
    const plain = await facilitator();
    expect($<HTMLSelectElement>(plain, '.tools select').value).to.equal('meeting-1');
  });

  it('an unknown template is reported and ignored', async () => {
    const el = await fixture<GkAgenda>(html`<gk-agenda></gk-agenda>`);
    const cap = captureInvalid(el);
    try {
      el.setAttribute('template', 'meeting-9');
      await el.updateComplete;
      expect(el.value.items).to.deep.equal([]);
      expect(cap.events.map((e) => e.field)).to.deep.equal(['template']);
      expect(el.template).to.equal(undefined);
    } finally {
      cap.stop();
    }
  });
});

describe('gk-agenda: silent countdown', () => {
  it('shows a shrinking bar and the minutes left of the current point, from an injected clock', async () => {
    let now = at(5)();
    const el = await fixture<GkAgenda>(html`<gk-agenda countdown .clock=${() => now} .value=${sample()}></gk-agenda>`);
    const timer = $(el, '[role=timer]');
    expect(timer.closest('li') === row(el, 'Hvorfor er vi her?')).to.equal(true);
    expect(timer.textContent!.trim()).to.equal('10 min tilbage');
    expect($(el, '.fill').style.getPropertyValue('--_f')).to.equal('0.667');
    expect($(el, '.fill').getAttribute('style'), 'set through the CSSOM').to.contain('--_f');
    now = at(14.5)();
    el.requestUpdate();
    await el.updateComplete;
    expect($(el, '[role=timer]').textContent!.trim()).to.equal('1 min tilbage');
    now = at(16)();
    el.requestUpdate();
    await el.updateComplete;
    expect($(el, '[role=timer]').textContent!.trim()).to.equal('Tiden er gået');
    expect($(el, '.fill').style.getPropertyValue('--_f')).to.equal('0.000');
  });

  it('is silent: no sound, no live announcements, and nothing without the attribute or a start time', async () => {
    const el = await fixture<GkAgenda>(html`<gk-agenda countdown .clock=${at(5)} .value=${sample()}></gk-agenda>`);
    expect(el.shadowRoot!.querySelectorAll('audio, video, [aria-live]').length).to.equal(0);
    const off = await fixture<GkAgenda>(html`<gk-agenda .clock=${at(5)} .value=${sample()}></gk-agenda>`);
    expect(off.shadowRoot!.querySelectorAll('[role=timer]').length).to.equal(0);
    const v = sample();
    delete v.items[1].started;
    const unstarted = await fixture<GkAgenda>(html`<gk-agenda countdown .value=${v}></gk-agenda>`);
    expect(unstarted.shadowRoot!.querySelectorAll('[role=timer]').length).to.equal(0);
  });

  it('redraws at most every few seconds while a countdown runs, and stops when it is gone', async () => {
    const original = { set: window.setInterval, clear: window.clearInterval };
    const timers: { delay: number; fn: () => void; cleared: boolean }[] = [];
    window.setInterval = ((fn: () => void, delay: number) => timers.push({ delay, fn, cleared: false })) as typeof setInterval;
    window.clearInterval = ((n: number) => {
      if (timers[n - 1]) timers[n - 1].cleared = true;
    }) as typeof clearInterval;
    try {
      let now = at(5)();
      const el = await fixture<GkAgenda>(html`<gk-agenda countdown .clock=${() => now} .value=${sample()}></gk-agenda>`);
      expect(timers.map((t) => t.delay)).to.deep.equal([AGENDA_TICK]);
      expect(AGENDA_TICK).to.be.at.least(3000);
      now = at(12)();
      timers[0].fn();
      await el.updateComplete;
      expect($(el, '[role=timer]').textContent!.trim()).to.equal('3 min tilbage');
      el.countdown = false;
      await el.updateComplete;
      expect(timers[0].cleared).to.equal(true);
    } finally {
      window.setInterval = original.set;
      window.clearInterval = original.clear;
    }
  });

  it('does not animate when the user asks for reduced motion', async () => {
    const el = await fixture<GkAgenda>(html`<gk-agenda countdown .clock=${at(5)} .value=${sample()}></gk-agenda>`);
    const rules = [...el.shadowRoot!.adoptedStyleSheets].flatMap((s) => [...s.cssRules]);
    const reduce = rules.find((r) => r instanceof CSSMediaRule && r.conditionText.includes('prefers-reduced-motion')) as CSSMediaRule;
    expect(reduce.cssText).to.match(/transition: none|transition-duration: 0\.001ms/);
    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    expect(getComputedStyle($(el, '.fill')).transitionDuration).to.equal(reduced ? '0s' : '1s');
  });
});

describe('gk-agenda: forms', () => {
  it('puts the agenda in FormData as JSON that round-trips; nothing while empty; reset', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><gk-agenda name="dagsorden" surface="facilitator" .clock=${at(20)}></gk-agenda></form>`);
    const el = form.querySelector('gk-agenda')!;
    expect(el.form === form).to.equal(true);
    expect(new FormData(form).has('dagsorden')).to.equal(false);
    el.value = sample();
    await el.updateComplete;
    const text = new FormData(form).get('dagsorden') as string;
    expect(JSON.parse(text)).to.deep.equal(sample());
    const again = document.createElement('gk-agenda');
    again.value = JSON.parse(text);
    expect(again.value).to.deep.equal(el.value);
    act(el, 'hvorfor', 'done').click();
    await settle(el);
    expect(JSON.parse(new FormData(form).get('dagsorden') as string).items[1].state).to.equal('done');
    form.reset();
    await el.updateComplete;
    expect(el.value).to.deep.equal({ version: 1, items: [] });
  });

  it('required: an empty agenda is invalid with a message', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><gk-agenda name="d" required></gk-agenda></form>`);
    const el = form.querySelector('gk-agenda')!;
    await el.updateComplete;
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.be.a('string').and.not.equal('');
    expect(form.checkValidity()).to.equal(false);
    el.value = sample();
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(true);
  });

  it('a disabled fieldset disables the controls and leaves the agenda out of FormData', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fieldset disabled><gk-agenda name="d" surface="facilitator" .value=${sample()}></gk-agenda></fieldset></form>`);
    const el = form.querySelector('gk-agenda')!;
    await el.updateComplete;
    expect(($$(el, 'button') as HTMLButtonElement[]).every((b) => b.disabled)).to.equal(true);
    expect(new FormData(form).has('d')).to.equal(false);
    form.querySelector('fieldset')!.disabled = false;
    await el.updateComplete;
    expect(act(el, 'hvorfor', 'done').disabled).to.equal(false);
  });

  it('restores its state after back navigation, ignoring bad state', async () => {
    const el = await fixture<GkAgenda>(html`<gk-agenda name="d"></gk-agenda>`);
    el.formStateRestoreCallback(JSON.stringify(sample()));
    expect(el.value).to.deep.equal(sample());
    el.formStateRestoreCallback('{"version":1,"items":"x"}');
    el.formStateRestoreCallback('ikke json');
    expect(el.value).to.deep.equal(sample());
  });
});

describe('gk-agenda: bad input keeps the last good state', () => {
  it('rejects malformed values, names the field, warns once per field without the data', async () => {
    const el = await fixture<GkAgenda>(html`<gk-agenda .value=${sample()}></gk-agenda>`);
    const cap = captureInvalid(el);
    const long = 'x'.repeat(10000);
    try {
      const bad = (patch: (v: AgendaValue) => void) => {
        const v = sample();
        patch(v);
        return v;
      };
      el.value = 'dagsorden' as never;
      el.value = { items: [] } as never;
      el.value = bad((v) => (v.items[2].title = long));
      el.value = bad((v) => (v.items[2].title = long));
      el.value = bad((v) => (v.items[3].kind = 'lunch' as never));
      el.value = bad((v) => (v.items[4].state = 'now'));
      el.value = bad((v) => (v.items[4].id = 'velkommen'));
      el.value = bad((v) => (v.items[0].pictogram = 'rocket' as never));
      el.value = bad((v) => (v.items[0].checklist = [long]));
      el.value = null as never;
      await el.updateComplete;
      expect(el.value).to.deep.equal(sample());
      expect(cap.events.map((e) => e.field)).to.deep.equal([
        'value',
        'value.version',
        'value.items[2].title',
        'value.items[2].title',
        'value.items[3].kind',
        'value.items[4].state',
        'value.items[4].id',
        'value.items[0].pictogram',
        'value.items[0].checklist[0]',
        'value',
      ]);
      expect(cap.events[0].tag).to.equal('gk-agenda');
      expect(cap.warnings, 'one warning per field and reason').to.have.length(8);
      expect(cap.warnings.join('\n')).not.to.contain('xxxxxxxx');
      expect(cap.warnings.join('\n')).not.to.contain('lunch');
      expect($$(el, 'li.item')).to.have.length(5);
    } finally {
      cap.stop();
    }
  });

  it('rejects an unknown surface and a bad defaultValue', async () => {
    const el = await fixture<GkAgenda>(html`<gk-agenda .value=${sample()}></gk-agenda>`);
    const cap = captureInvalid(el);
    try {
      el.surface = 'everyone' as never;
      el.defaultValue = { version: 1, items: [{ id: 'a' }] } as never;
      await el.updateComplete;
      expect(el.surface).to.equal('participant');
      expect(el.defaultValue).to.deep.equal({ version: 1, items: [] });
      expect(cap.events.map((e) => e.field).sort()).to.deep.equal(['defaultValue.items[0].title', 'surface']);
    } finally {
      cap.stop();
    }
  });
});

describe('gk-agenda: events', () => {
  it('fires no input or change on a programmatic set', async () => {
    const el = await facilitator();
    const counts = countEvents(el);
    el.value = many(4);
    el.value = sample();
    await el.updateComplete;
    expect(counts).to.deep.equal({ input: 0, change: 0 });
  });

  it('change bubbles out of the shadow root as a native Event', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div><gk-agenda surface="facilitator" .value=${sample()}></gk-agenda></div>`);
    const el = wrap.querySelector('gk-agenda')!;
    await el.updateComplete;
    setTimeout(() => act(el, 'hvorfor', 'done').click());
    const e = await oneEvent(wrap, 'change');
    expect(e.constructor).to.equal(Event);
    expect(e.composed && e.bubbles).to.equal(true);
  });
});

describe('gk-agenda: languages', () => {
  it('follows the nearest lang and switches live, the facilitator\'s controls too', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="en"><gk-agenda surface="facilitator" .value=${sample()}></gk-agenda></div>`);
    const el = wrap.querySelector('gk-agenda')!;
    await el.updateComplete;
    expect($(el, '.progress').textContent!.trim()).to.equal('2 of 5 items');
    expect(row(el, 'Fællesspisning').querySelector('.kind')!.textContent!.trim()).to.equal('Shared meal');
    expect(act(el, 'hvorfor', 'done').textContent!.trim()).to.equal('Done');
    expect($(el, '[data-act=add]').textContent!.trim()).to.equal('Add item');
    wrap.setAttribute('lang', 'nb');
    await settle(el);
    expect($(el, '.progress').textContent!.trim()).to.equal('2 av 5 punkter');
    expect(act(el, 'hvorfor', 'done').textContent!.trim()).to.equal('Ferdig');
    expect(row(el, 'Hvorfor er vi her?').querySelector('.state')!.textContent!.trim()).to.equal('Nå');
    el.setAttribute('lang', 'sv-SE');
    await settle(el);
    expect(row(el, 'Fællesspisning').querySelector('.kind')!.textContent!.trim()).to.equal('Gemensam måltid');
    expect(act(el, 'pause', 'skip').textContent!.trim()).to.equal('Hoppa över');
    act(el, 'pause', 'edit').click();
    await settle(el);
    expect($(el, '.editing legend').textContent).to.equal('Ändra: Pause');
    expect($(el, '[data-act=save]').textContent!.trim()).to.equal('Spara');
  });

  it('a host can override any string, the controls\' included', async () => {
    const el = await fixture<GkAgenda>(
      html`<gk-agenda surface="facilitator" .strings=${{ 'kind.meal': 'Frokost', done: 'Klaret', progress: '{passed}/{total}' }} .value=${sample()}></gk-agenda>`,
    );
    expect(row(el, 'Fællesspisning').querySelector('.kind')!.textContent!.trim()).to.equal('Frokost');
    expect(act(el, 'hvorfor', 'done').textContent!.trim()).to.equal('Klaret');
    expect($(el, '.progress').textContent!.trim()).to.equal('2/5');
  });
});

describe('gk-agenda: 50 points', () => {
  it('renders all fifty, counts them, and reorders the last to the top by keyboard', async () => {
    const t0 = performance.now();
    const el = await fixture<GkAgenda>(html`<gk-agenda surface="facilitator" .value=${many(50)}></gk-agenda>`);
    expect(performance.now() - t0, 'renders quickly').to.be.below(2000);
    expect($$(el, 'li.item')).to.have.length(50);
    expect($(el, '.progress').textContent!.trim()).to.equal('0 af 50 punkter');
    grip(el, 'p49').focus();
    await sendKeys({ press: 'Home' });
    await settle(el);
    expect(order(el).slice(0, 2)).to.deep.equal(['p49', 'p0']);
    expect(focused(el) === grip(el, 'p49')).to.equal(true);
    act(el, 'p10', 'start').click();
    await settle(el);
    expect(el.value.items.filter((x) => x.state === 'now').map((x) => x.id)).to.deep.equal(['p10']);
    expect((await findRole('listitem')).length).to.equal(50);
  });
});

describe('gk-agenda: touch targets', () => {
  it('every control is at least 44×44 CSS px, on a tablet and on a phone, in the form too', async () => {
    for (const width of [768, 360]) {
      const el = await fixture<GkAgenda>(html`<gk-agenda surface="facilitator" style="width: ${width}px" .value=${sample()}></gk-agenda>`);
      expect(smallTargets(el.shadowRoot!, 'button, select, input, textarea, summary'), `${width}px`).to.deep.equal([]);
      act(el, 'pause', 'edit').click();
      await settle(el);
      expect(smallTargets(el.shadowRoot!, 'button, select, input, textarea, summary'), `${width}px form`).to.deep.equal([]);
    }
  });
});
