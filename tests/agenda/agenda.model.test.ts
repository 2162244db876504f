// The agenda's pure model and operations, and the templates' content: no pixels.
import { expect } from '@open-wc/testing';
import {
  AGENDA_PICTOGRAMS,
  AGENDA_TEMPLATES,
  agendaCountdown,
  agendaProgress,
  checkAgendaValue,
  loadAgendaTemplate,
  type AgendaItem,
  type AgendaValue,
} from '../../src/agenda.js';
import { addAgendaItem, moveAgendaItem, removeAgendaItem, setAgendaState, updateAgendaItem } from '../../src/components/agenda/agenda.ops.js';

const item = (id: string, over: Partial<AgendaItem> = {}): AgendaItem => ({ id, title: id.toUpperCase(), kind: 'point', state: 'planned', ...over });
const agenda = (...items: AgendaItem[]): AgendaValue => ({ version: 1, items });
const T0 = '2026-03-01T10:00:00.000Z';
const states = (v: AgendaValue) => v.items.map((x) => `${x.id}:${x.state}`).join(' ');

describe('agenda model: checkAgendaValue', () => {
  it('accepts a full value and returns an equal, normalised copy', () => {
    const v: AgendaValue = {
      version: 1,
      title: 'Gruppemøde 1: Velkommen',
      template: 'meeting-1',
      items: [
        item('a', { state: 'done', minutes: 15, pictogram: 'hello', responsible: 'Begge', checklist: ['Sig hej'] }),
        item('b', { state: 'now', kind: 'break', minutes: 10, started: T0 }),
        item('c', { kind: 'meal', minutes: 30 }),
      ],
    };
    const r = checkAgendaValue(v);
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    expect(r.value).to.deep.equal(v);
    expect(r.value).not.to.equal(v);
    expect(r.value.items[0]).not.to.equal(v.items[0]);
    // round-trips through JSON text (what FormData carries)
    expect(checkAgendaValue(JSON.parse(JSON.stringify(r.value)))).to.deep.equal(r);
  });

  it('fills in the state and leaves out empty optional fields', () => {
    const r = checkAgendaValue({ version: 1, items: [{ id: 'a', title: 'A', kind: 'point', minutes: null, checklist: [], responsible: '', started: T0 }] });
    expect(r).to.deep.equal({ ok: true, value: { version: 1, items: [{ id: 'a', title: 'A', kind: 'point', state: 'planned' }] } });
  });

  const bad: [string, unknown, string][] = [
    ['not an object', 'dagsorden', 'value'],
    ['a list', [], 'value'],
    ['no version', { items: [] }, 'value.version'],
    ['version 2', { version: 2, items: [] }, 'value.version'],
    ['items not a list', { version: 1, items: {} }, 'value.items'],
    ['101 items', agenda(...Array.from({ length: 101 }, (_, i) => item(`p${i}`))), 'value.items'],
    ['item not an object', { version: 1, items: [item('a'), 'b'] }, 'value.items[1]'],
    ['missing id', { version: 1, items: [{ title: 'A', kind: 'point' }] }, 'value.items[0].id'],
    ['id with spaces', agenda(item('a b')), 'value.items[0].id'],
    ['duplicate ids', agenda(item('a'), item('a')), 'value.items[1].id'],
    ['empty title', agenda(item('a', { title: '   ' })), 'value.items[0].title'],
    ['10,000-character title', agenda(item('a', { title: 'x'.repeat(10000) })), 'value.items[0].title'],
    ['title a number', agenda(item('a', { title: 7 as never })), 'value.items[0].title'],
    ['unknown kind', agenda(item('a', { kind: 'lunch' as never })), 'value.items[0].kind'],
    ['unknown state', agenda(item('a', { state: 'maybe' as never })), 'value.items[0].state'],
    ['two current items', agenda(item('a', { state: 'now' }), item('b'), item('c', { state: 'now' })), 'value.items[2].state'],
    ['0 minutes', agenda(item('a', { minutes: 0 })), 'value.items[0].minutes'],
    ['fractional minutes', agenda(item('a', { minutes: 2.5 })), 'value.items[0].minutes'],
    ['minutes as text', agenda(item('a', { minutes: '20' as never })), 'value.items[0].minutes'],
    ['unknown pictogram', agenda(item('a', { pictogram: 'rocket' as never })), 'value.items[0].pictogram'],
    ['checklist not a list', agenda(item('a', { checklist: 'Sig hej' as never })), 'value.items[0].checklist'],
    ['checklist with a number', agenda(item('a', { checklist: ['ok', 3 as never] })), 'value.items[0].checklist[1]'],
    ['21 checklist points', agenda(item('a', { checklist: Array.from({ length: 21 }, () => 'x') })), 'value.items[0].checklist'],
    ['10,000-character responsible', agenda(item('a', { responsible: 'x'.repeat(10000) })), 'value.items[0].responsible'],
    ['started not a date', agenda(item('a', { state: 'now', started: 'i går' })), 'value.items[0].started'],
    ['title not text', { version: 1, title: ['x'], items: [] }, 'value.title'],
  ];
  for (const [name, v, field] of bad) {
    it(`rejects ${name} and names the field`, () => {
      const r = checkAgendaValue(v);
      expect(r.ok).to.equal(false);
      if (r.ok) return;
      expect(r.field).to.equal(field);
      expect(r.reason).to.be.a('string').and.not.contain('xxxx');
    });
  }

  it('accepts markup in a title as plain text (rendering keeps it text)', () => {
    const r = checkAgendaValue(agenda(item('a', { title: '<img src=x onerror=alert(1)>' })));
    expect(r.ok && r.value.items[0].title).to.equal('<img src=x onerror=alert(1)>');
  });
});

describe('agenda model: progress and countdown', () => {
  it('counts done and skipped points out of all points', () => {
    expect(agendaProgress(agenda())).to.deep.equal({ passed: 0, total: 0 });
    const v = agenda(item('a', { state: 'done' }), item('b', { state: 'skipped' }), item('c', { state: 'now' }), item('d'));
    expect(agendaProgress(v)).to.deep.equal({ passed: 2, total: 4 });
  });

  it('gives the time left of the current point, and nothing without a time box or start', () => {
    const now = item('a', { state: 'now', minutes: 20, started: T0 });
    const at = (min: number) => Date.parse(T0) + min * 60000;
    expect(agendaCountdown(now, at(5))).to.deep.equal({ left: 15 * 60000, fraction: 0.75 });
    expect(agendaCountdown(now, at(0))!.fraction).to.equal(1);
    expect(agendaCountdown(now, at(25))).to.deep.equal({ left: -5 * 60000, fraction: 0 });
    expect(agendaCountdown(item('a', { state: 'now', started: T0 }), at(1))).to.equal(undefined);
    expect(agendaCountdown(item('a', { state: 'now', minutes: 5 }), at(1))).to.equal(undefined);
    expect(agendaCountdown(item('a', { minutes: 5, started: T0 }), at(1))).to.equal(undefined);
    expect(agendaCountdown(undefined, at(1))).to.equal(undefined);
  });
});

describe('agenda operations', () => {
  const v = agenda(item('a', { state: 'now', started: T0 }), item('b', { state: 'skipped' }), item('c'), item('d'));
  const T1 = '2026-03-01T10:20:00.000Z';

  it('done on the current point moves "now" to the next planned point, with a new start time', () => {
    const next = setAgendaState(v, 'a', 'done', T1);
    expect(states(next)).to.equal('a:done b:skipped c:now d:planned');
    expect(next.items[0].started).to.equal(undefined);
    expect(next.items[2].started).to.equal(T1);
    expect(states(v), 'input not changed').to.equal('a:now b:skipped c:planned d:planned');
  });

  it('skip on the current point also moves on; at the end nothing is current', () => {
    expect(states(setAgendaState(v, 'a', 'skipped', T1))).to.equal('a:skipped b:skipped c:now d:planned');
    const last = agenda(item('a', { state: 'done' }), item('b', { state: 'now', started: T0 }));
    expect(states(setAgendaState(last, 'b', 'done', T1))).to.equal('a:done b:done');
  });

  it('moving on wraps round to an earlier planned point', () => {
    const w = agenda(item('a'), item('b', { state: 'now', started: T0 }), item('c', { state: 'done' }));
    expect(states(setAgendaState(w, 'b', 'done', T1))).to.equal('a:now b:done c:done');
  });

  it('start makes one point current and returns the old one to planned', () => {
    const next = setAgendaState(v, 'd', 'now', T1);
    expect(states(next)).to.equal('a:planned b:skipped c:planned d:now');
    expect(next.items[0].started).to.equal(undefined);
    expect(checkAgendaValue(next).ok).to.equal(true);
  });

  it('reopen (planned) undoes done and skipped; an unknown id changes nothing', () => {
    expect(states(setAgendaState(v, 'b', 'planned', T1))).to.equal('a:now b:planned c:planned d:planned');
    expect(setAgendaState(v, 'zz', 'done', T1)).to.equal(v);
  });

  it('moves, adds, edits and removes without touching the input', () => {
    expect(moveAgendaItem(v, 0, 2).items.map((x) => x.id)).to.deep.equal(['b', 'c', 'a', 'd']);
    expect(moveAgendaItem(v, 3, -5).items.map((x) => x.id)).to.deep.equal(['d', 'a', 'b', 'c']);
    expect(addAgendaItem(v, item('e')).items.map((x) => x.id)).to.deep.equal(['a', 'b', 'c', 'd', 'e']);
    expect(addAgendaItem(v, item('e'), 1).items.map((x) => x.id)).to.deep.equal(['a', 'e', 'b', 'c', 'd']);
    expect(removeAgendaItem(v, 'b').items.map((x) => x.id)).to.deep.equal(['a', 'c', 'd']);
    const edited = updateAgendaItem(agenda(item('a', { minutes: 5, pictogram: 'talk' })), 'a', { title: 'Ny', minutes: undefined, pictogram: undefined, checklist: [] });
    expect(edited.items[0]).to.deep.equal({ id: 'a', title: 'Ny', kind: 'point', state: 'planned' });
    expect(v.items.map((x) => x.id)).to.deep.equal(['a', 'b', 'c', 'd']);
  });
});

describe('agenda templates', () => {
  const meetings = AGENDA_TEMPLATES.filter((id) => id.startsWith('meeting-'));

  it('has the six meetings of the 003 course, the 16-week session and the youth meeting', async () => {
    expect(AGENDA_TEMPLATES).to.deep.equal(['meeting-1', 'meeting-2', 'meeting-3', 'meeting-4', 'meeting-5', 'meeting-6', 'weekly', 'youth']);
    const titles = await Promise.all(meetings.map(async (id) => (await loadAgendaTemplate(id))!.title));
    expect(titles).to.deep.equal([
      'Gruppemøde 1: Velkommen',
      'Gruppemøde 2: Alkohol og stoffer',
      'Gruppemøde 3: Abstinenser og trang',
      'Gruppemøde 4: Forandring',
      'Gruppemøde 5: Hold fast',
      'Gruppemøde 6: Afslutning',
    ]);
    expect(await loadAgendaTemplate('nope')).to.equal(undefined);
    expect(await loadAgendaTemplate('toString')).to.equal(undefined);
  });

  for (const id of AGENDA_TEMPLATES) {
    it(`${id}: a valid agenda, all planned, with time boxes; breaks of at most 10 minutes after at most 40 minutes`, async () => {
      const v = (await loadAgendaTemplate(id))!;
      expect(checkAgendaValue(v)).to.deep.equal({ ok: true, value: v });
      expect(v.template).to.equal(id);
      expect(v.items.length).to.be.within(6, 9);
      let since = 0;
      for (const x of v.items) {
        expect(x.state, x.title).to.equal('planned');
        expect(x.minutes, x.title).to.be.a('number');
        expect(x.pictogram && AGENDA_PICTOGRAMS.includes(x.pictogram), x.title).to.equal(true);
        expect(x.checklist?.length, `${x.title} has a checklist`).to.be.greaterThan(0);
        if (x.kind === 'break') {
          expect(x.minutes, 'break length').to.be.at.most(10);
          expect(since, `talk before the break at ${x.title}`).to.be.within(1, 40);
          since = 0;
        } else if (x.kind === 'point') {
          expect(x.responsible, `${x.title} has someone responsible`).to.be.a('string');
          since += x.minutes!;
        }
      }
      expect(since, 'talk after the last break').to.be.at.most(40);
    });
  }

  it('the 003 meetings: welcome first, thanks/diplomas and the shared meal last, the seed\'s points in between', async () => {
    const points: Record<string, string[]> = {
      'meeting-1': ['Velkommen', 'Hvorfor er vi her?', 'Snak om alkohol og stoffer', 'Hjemmeopgave: Plusser og minusser', 'Tak for i dag'],
      'meeting-2': ['Velkommen', 'Plusser og minusser', 'Alkohol og stoffer', 'Hjemmeopgave: Hvad er godt ved gruppen?', 'Tak for i dag'],
      'meeting-3': ['Velkommen', 'Tre gode ting ved gruppen', 'Abstinenser og trang', 'Hvordan stoppe?', 'Hjemmeopgave: At turde drømme', 'Tak for i dag'],
      'meeting-4': ['Velkommen', 'Min drøm', 'Alkohol, stoffer og drømme', 'Hjemmeopgave: Mit mål, og hvem kan hjælpe mig?', 'Tak for i dag'],
      'meeting-5': ['Velkommen', 'Mit mål – og hvem kan hjælpe?', 'Mestring af svære situationer', 'Hjemmeopgave: Personlig nødplan 1 og 2', 'Tak for i dag'],
      'meeting-6': ['Velkommen', 'Min nødplan 1 og 2', 'Hvad har vi lært?', 'Hvordan har det været at være med?', 'Diplomer'],
    };
    for (const id of meetings) {
      const v = (await loadAgendaTemplate(id))!;
      expect(v.items.filter((x) => x.kind === 'point').map((x) => x.title), id).to.deep.equal(points[id]);
      expect(v.items.at(-1)!.kind, `${id} ends with the meal`).to.equal('meal');
      expect(v.items.at(-1)!.title).to.equal('Fællesspisning');
      // check-in is part of the welcome, check-out part of the last point (the seed's tables)
      expect(v.items[0].checklist!.join(' '), id).to.match(/Tjek ind/);
      expect(v.items.at(-2)!.checklist!.join(' '), id).to.match(/Tjek ud/);
    }
    const first = (await loadAgendaTemplate('meeting-1'))!;
    const total = first.items.reduce((n, x) => n + x.minutes!, 0);
    expect(total, 'the first meeting is short, about two hours').to.be.within(110, 130);
  });

  it('the youth meeting opens with "vejrudsigten"; the 16-week session ends with the goal round and closing', async () => {
    const youth = (await loadAgendaTemplate('youth'))!;
    expect(youth.items[0].title).to.equal('Vejrudsigten');
    expect(youth.items[0].checklist!.join(' ')).to.contain('her og nu');
    const weekly = (await loadAgendaTemplate('weekly'))!;
    expect(weekly.items.map((x) => x.title).slice(-2)).to.deep.equal(['Målrunde', 'Afslutning']);
  });

  it('each use is a fresh copy with new ids; changing a copy never changes the template', async () => {
    const a = (await loadAgendaTemplate('meeting-2'))!;
    const b = (await loadAgendaTemplate('meeting-2'))!;
    const ids = a.items.map((x) => x.id);
    expect(new Set(ids).size).to.equal(ids.length);
    expect(b.items.map((x) => x.id).some((id) => ids.includes(id))).to.equal(false);
    a.items[1].title = 'Ændret';
    a.items[1].checklist!.push('ny');
    a.items.pop();
    const c = (await loadAgendaTemplate('meeting-2'))!;
    expect(c.items.map((x) => x.title)).to.deep.equal(b.items.map((x) => x.title));
    expect(c.items[1].checklist).to.deep.equal(b.items[1].checklist);
  });
});
