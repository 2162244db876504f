// The change circle's pure model and the wheel's geometry, without pixels.
import { expect } from '@open-wc/testing';
import {
  checkChangeCircleDate,
  checkChangeCircleTopic,
  checkChangeCircleValue,
  checkGroup,
  dayOf,
  emptyChangeCircle,
  groupCounts,
  isDay,
  place,
  readinessOf,
  STAGES,
  type ChangeCircleValue,
} from '../../src/change-circle.js';
import { CYCLE, DOT, NODE, nodeAt, trailDots, TRAIL_MAX, VIEWBOX, WAY_IN } from '../../src/components/change-circle/change-circle.wheel.js';

const v0 = emptyChangeCircle('at ryge mindre hash');

describe('change-circle model: placing', () => {
  it('adds a placement per date and corrects one on the same date', () => {
    let v = place(v0, 'contemplation', '2026-03-02');
    expect(v).to.deep.equal({ version: 1, topic: 'at ryge mindre hash', stage: 'contemplation', history: [{ stage: 'contemplation', date: '2026-03-02' }] });
    v = place(v, 'preparation', '2026-03-02');
    expect(v.history, 'a second tap the same day corrects the first').to.deep.equal([{ stage: 'preparation', date: '2026-03-02' }]);
    v = place(v, 'action', '2026-03-09');
    v = place(v, 'lapse', '2026-03-16');
    v = place(v, 'contemplation', '2026-03-23');
    expect(v.history.map((p) => p.stage)).to.deep.equal(['preparation', 'action', 'lapse', 'contemplation']);
    expect(v.stage).to.equal('contemplation');
    // still at the same stage a week later is a placement of its own
    expect(place(v, 'contemplation', '2026-03-30').history).to.have.length(5);
  });

  it('returns the same value when nothing changes and never mutates its input', () => {
    const v = place(v0, 'action', '2026-03-02');
    const copy = structuredClone(v);
    expect(place(v, 'action', '2026-03-02')).to.equal(v);
    place(v, 'maintenance', '2026-03-09');
    expect(v).to.deep.equal(copy);
  });

  it('takes the topic from the host when the value has none, and keeps its own', () => {
    expect(place(emptyChangeCircle(), 'action', '2026-03-02', 'at drikke mindre').topic).to.equal('at drikke mindre');
    expect(place(v0, 'action', '2026-03-02', 'andet').topic).to.equal('at ryge mindre hash');
  });

  it('maps stages to readiness as seeds/001 does; a lapse means thinking it over again', () => {
    expect(STAGES.map(readinessOf)).to.deep.equal(['low', 'medium', 'high', 'high', 'high', 'medium']);
  });

  it('counts the group per stage in wheel order', () => {
    expect(groupCounts([{ name: 'A', stage: 'lapse' }, { name: 'B', stage: 'lapse' }, { name: 'C', stage: 'precontemplation' }])).to.deep.equal([1, 0, 0, 0, 0, 2]);
  });

  it('dates: local calendar day and strict YYYY-MM-DD', () => {
    expect(dayOf(new Date(2026, 2, 5, 23, 59))).to.equal('2026-03-05');
    expect(isDay('2026-03-05')).to.equal(true);
    for (const bad of ['2026-3-5', '5/3/2026', '2026-03-05T10:00', '2026-13-45', '', 5]) expect(isDay(bad), String(bad)).to.equal(false);
  });

  it('checks the topic and date properties: none is fine, too long or not a day is rejected', () => {
    for (const none of [undefined, null, '']) {
      expect(checkChangeCircleTopic(none)).to.deep.equal({ ok: true, value: none });
      expect(checkChangeCircleDate(none)).to.deep.equal({ ok: true, value: none });
    }
    expect(checkChangeCircleTopic('at ryge mindre hash')).to.deep.equal({ ok: true, value: 'at ryge mindre hash' });
    expect(checkChangeCircleTopic('t'.repeat(201))).to.include({ ok: false, field: 'topic' });
    expect(checkChangeCircleDate('2026-03-05')).to.deep.equal({ ok: true, value: '2026-03-05' });
    for (const bad of ['i morgen', '2026-3-5', '2026-13-45']) expect(checkChangeCircleDate(bad), bad).to.include({ ok: false, field: 'date' });
  });
});

describe('change-circle model: checking values', () => {
  it('normalises null to the empty value and fills a missing stage from the history', () => {
    expect(checkChangeCircleValue(null)).to.deep.equal({ ok: true, value: emptyChangeCircle() });
    const r = checkChangeCircleValue({ version: 1, history: [{ stage: 'action', date: '2026-03-02' }] });
    expect(r.ok && r.value).to.deep.equal({ version: 1, topic: '', stage: 'action', history: [{ stage: 'action', date: '2026-03-02' }] });
    const own = checkChangeCircleValue({ version: 1, topic: 'x', stage: 'lapse' });
    expect(own.ok && own.value.stage, 'a stage without history is allowed').to.equal('lapse');
  });

  it('returns a copy, not the input', () => {
    const input: ChangeCircleValue = { version: 1, topic: '', stage: 'action', history: [{ stage: 'action', date: '2026-03-02' }] };
    const r = checkChangeCircleValue(input);
    expect(r.ok && r.value).to.deep.equal(input);
    expect(r.ok && r.value.history).not.to.equal(input.history);
  });

  const bad: [string, unknown, string][] = [
    ['a string', 'handling', 'value'],
    ['an array', [], 'value'],
    ['wrong version', { version: 2, stage: 'action' }, 'value.version'],
    ['unknown stage', { version: 1, stage: 'relapse' }, 'value.stage'],
    ['10,000-character topic', { version: 1, topic: 'x'.repeat(10000) }, 'value.topic'],
    ['history not a list', { version: 1, history: {} }, 'value.history'],
    ['history entry not an object', { version: 1, history: ['action'] }, 'value.history[0]'],
    ['history stage unknown', { version: 1, history: [{ stage: 'x', date: '2026-03-02' }] }, 'value.history[0].stage'],
    ['history date missing', { version: 1, history: [{ stage: 'action' }] }, 'value.history[0].date'],
    ['history date garbage', { version: 1, history: [{ stage: 'action', date: 'i går' }] }, 'value.history[0].date'],
    ['stage not the last placement', { version: 1, stage: 'action', history: [{ stage: 'lapse', date: '2026-03-02' }] }, 'value.stage'],
    ['history too long', { version: 1, history: Array.from({ length: 201 }, () => ({ stage: 'action', date: '2026-03-02' })) }, 'value.history'],
  ];
  for (const [name, input, field] of bad) {
    it(`rejects ${name} (field ${field})`, () => {
      const r = checkChangeCircleValue(input);
      expect(r.ok).to.equal(false);
      if (!r.ok) {
        expect(r.field).to.equal(field);
        expect(r.reason).not.to.contain('xxxxxxxx');
      }
    });
  }

  it('checks the group: names as text up to 60 characters, known stages, at most 60 people', () => {
    expect(checkGroup([{ name: '<b>Ali</b>', stage: 'action' }])).to.deep.equal({ ok: true, value: [{ name: '<b>Ali</b>', stage: 'action' }] });
    const long = checkGroup([{ name: 'x'.repeat(10000), stage: 'action' }]);
    expect(!long.ok && long.field).to.equal('group[0].name');
    const stage = checkGroup([{ name: 'A', stage: 'action' }, { name: 'B', stage: 'start' }]);
    expect(!stage.ok && stage.field).to.equal('group[1].stage');
    expect(checkGroup(Array.from({ length: 61 }, () => ({ name: 'A', stage: 'action' }))).ok).to.equal(false);
    expect(checkGroup('Ali').ok).to.equal(false);
  });
});

describe('change-circle wheel geometry', () => {
  const [vx, vy, vw, vh] = VIEWBOX.split(' ').map(Number);
  const inside = (x: number, y: number, r: number) => x - r >= vx && y - r >= vy && x + r <= vx + vw && y + r <= vy + vh;

  it('never lets two trail dots, or a dot and a node, cover each other; all stay in the drawing', () => {
    let worst = Infinity;
    // every split of the last 8 placements between two stages (and all 8 at one stage)
    for (let i = 0; i < 6; i++) {
      for (let j = 0; j < 6; j++) {
        for (let a = 1; a <= TRAIL_MAX; a++) {
          const dots = trailDots([...Array(a).fill(i), ...Array(TRAIL_MAX - a).fill(j)]);
          for (const p of dots) {
            expect(inside(p.x, p.y, DOT), `dot ${p.n} at stage ${p.i} inside the viewBox`).to.equal(true);
            for (let k = 0; k < 6; k++) {
              const [nx, ny] = nodeAt(k);
              // the chosen node's ring reaches NODE + 12 + half its 10-unit stroke
              expect(Math.hypot(p.x - nx, p.y - ny), 'dot clear of every node and its ring').to.be.greaterThan(NODE + 17 + DOT);
            }
            for (const q of dots) if (q !== p) worst = Math.min(worst, Math.hypot(p.x - q.x, p.y - q.y));
          }
        }
      }
    }
    expect(worst).to.be.greaterThan(2 * DOT);
  });

  it('keeps every node inside the drawing', () => {
    for (let i = 0; i < 6; i++) expect(inside(...nodeAt(i), NODE + 17), `node ${i}`).to.equal(true);
  });

  it('numbers the trail as in the whole history and shows the last eight', () => {
    const dots = trailDots([0, 1, 2, 3, 5, 1, 2, 3, 4, 5]);
    expect(dots.map((d) => d.n)).to.deep.equal([3, 4, 5, 6, 7, 8, 9, 10]);
    expect(dots.map((d) => d.i)).to.deep.equal([2, 3, 5, 1, 2, 3, 4, 5]);
  });

  it('draws the lapse arc on to overvejelse, not back to førovervejelse, and the way in to overvejelse', () => {
    const end = (d: string) => d.match(/(-?[\d.]+) (-?[\d.]+)Z$/) ?? d.match(/(-?[\d.]+) (-?[\d.]+)$/);
    const dist = (m: RegExpMatchArray | null, i: number) => Math.hypot(Number(m![1]) - nodeAt(i)[0], Number(m![2]) - nodeAt(i)[1]);
    const lapseArc = end(CYCLE[4][0]);
    expect(dist(lapseArc, 1), 'lapse arc ends at overvejelse').to.be.lessThan(NODE + 40);
    expect(dist(lapseArc, 0), 'and not at førovervejelse').to.be.greaterThan(NODE + 40);
    expect(dist(end(WAY_IN), 1), 'the way in ends at overvejelse').to.be.lessThan(NODE + 40);
    // the cycle is overvejelse → forberedelse → handling → vedligeholdelse → slip → overvejelse
    expect(CYCLE).to.have.length(5);
  });
});
