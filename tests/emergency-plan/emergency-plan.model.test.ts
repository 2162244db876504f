// The emergency plan's pure model, without pixels.
import { expect } from '@open-wc/testing';
import { supportPeople } from '../../src/core/people.js';
import {
  checkEmergencyPlanValue,
  checkPeople,
  COPING_IDEAS,
  emptyPlan,
  isEmptyPlan,
  reviewDue,
  toggleIdea,
  type EmergencyPlanValue,
} from '../../src/components/emergency-plan/emergency-plan.model.js';
import {
  availablePeople,
  crisisContent,
  entryFromPerson,
  newEntry,
  orderedSupport,
  telHref,
} from '../../src/components/emergency-plan/emergency-plan.support.js';
import { FILLED, NETWORK } from './fixtures.js';

const bad = (v: unknown) => {
  const r = checkEmergencyPlanValue(v);
  if (r.ok) throw new Error('expected a failure');
  return { field: r.field, reason: r.reason };
};
const plan = (over: Partial<EmergencyPlanValue>): EmergencyPlanValue => ({ ...emptyPlan(), ...over });

describe('emergency-plan model: value', () => {
  it('a filled plan survives a JSON round trip unchanged', () => {
    const r = checkEmergencyPlanValue(JSON.parse(JSON.stringify(FILLED)));
    expect(r.ok).to.equal(true);
    expect(r.ok && r.value).to.deep.equal(FILLED);
    expect(r.ok && r.value).not.to.equal(FILLED);
  });

  it('null and undefined are the empty plan; missing optional fields are filled in', () => {
    for (const v of [null, undefined]) expect(checkEmergencyPlanValue(v)).to.deep.equal({ ok: true, value: emptyPlan() });
    const r = checkEmergencyPlanValue({ version: 1, coping: [{ id: 'r1', ideas: ['nice', 'walk'] }], support: [{ id: 'p1', name: 'Mor' }] });
    expect(r.ok && r.value).to.deep.equal({
      version: 1,
      reviewBy: '',
      notice: '',
      coping: [{ id: 'r1', when: '', text: '', ideas: ['walk', 'nice'] }],
      support: [{ id: 'p1', name: 'Mor', phone: '', professional: false, help: '', when: '', see: '', deal: '' }],
    });
  });

  it('names the first bad field and never echoes the data', () => {
    expect(bad('plan')).to.deep.equal({ field: 'value', reason: 'must be an object like { version: 1, coping: [], support: [] }' });
    expect(bad({ version: 2 }).field).to.equal('value.version');
    expect(bad({ version: 1, reviewBy: '2026-02-30' }).field).to.equal('value.reviewBy');
    expect(bad({ version: 1, reviewBy: 'i morgen' }).reason).to.equal('must be a date written YYYY-MM-DD, such as 2026-03-01');
    expect(bad({ version: 1, coping: 'gå en tur' })).to.deep.equal({ field: 'value.coping', reason: 'must be a list' });
    expect(bad({ version: 1, coping: [{ id: 'r1', ideas: ['drink'] }] }).field).to.equal('value.coping[0].ideas');
    expect(bad({ version: 1, coping: [{ id: 'r1' }, { id: 'r1' }] })).to.deep.equal({ field: 'value.coping[1].id', reason: 'must be unique' });
    expect(bad({ version: 1, support: [{ id: 'has space' }] }).field).to.equal('value.support[0].id');
    expect(bad({ version: 1, support: [{ id: 'p', phone: 12345678 }] })).to.deep.equal({ field: 'value.support[0].phone', reason: 'must be text' });
    expect(bad({ version: 1, support: [{ id: 'p', professional: 'yes' }] }).field).to.equal('value.support[0].professional');
    expect(bad({ version: 1, coping: Array.from({ length: 21 }, (_, i) => ({ id: `r${i}` })) }).reason).to.contain('at most 20 items');
  });

  it('rejects 10,000 characters in every text field with a clear reason', () => {
    const long = 'x'.repeat(10000);
    const cases: [unknown, string, number][] = [
      [{ version: 1, notice: long }, 'value.notice', 500],
      [{ version: 1, coping: [{ id: 'r', when: long }] }, 'value.coping[0].when', 200],
      [{ version: 1, coping: [{ id: 'r', text: long }] }, 'value.coping[0].text', 500],
      [{ version: 1, support: [{ id: 'p', name: long }] }, 'value.support[0].name', 80],
      [{ version: 1, support: [{ id: 'p', phone: long }] }, 'value.support[0].phone', 40],
      ...(['help', 'when', 'see', 'deal'] as const).map((k): [unknown, string, number] => [{ version: 1, support: [{ id: 'p', [k]: long }] }, `value.support[0].${k}`, 500]),
    ];
    for (const [v, field, max] of cases) {
      expect(bad(v), field).to.deep.equal({ field, reason: `must be at most ${max} characters (got 10000)` });
    }
  });

  it('checks the people property: id and name required, the rest copied', () => {
    expect(checkPeople(supportPeople(NETWORK)).ok).to.equal(true);
    expect(checkPeople(null)).to.deep.equal({ ok: true, value: [] });
    const r = checkPeople([{ id: 'a', name: 'x'.repeat(10000) }]);
    expect(r.ok || r.field).to.equal('people[0].name');
    const r2 = checkPeople([{ name: 'Mor' }]);
    expect(r2.ok || r2.field).to.equal('people[0].id');
  });
});

describe('emergency-plan model: operations', () => {
  it('toggleIdea keeps the method order; isEmptyPlan; reviewDue', () => {
    let row = { id: 'r', when: '', text: '', ideas: [] as (typeof COPING_IDEAS)[number][] };
    row = toggleIdea(toggleIdea(row, 'nice'), 'walk');
    expect(row.ideas).to.deep.equal(['walk', 'nice']);
    expect(toggleIdea(row, 'walk').ideas).to.deep.equal(['nice']);
    expect(isEmptyPlan(emptyPlan())).to.equal(true);
    expect(isEmptyPlan(plan({ notice: 'Jeg sover dårligt' }))).to.equal(false);
    expect(reviewDue('2026-03-01', '2026-03-02')).to.equal(true);
    expect(reviewDue('2026-03-01', '2026-03-01')).to.equal(false);
    expect(reviewDue('', '2030-01-01')).to.equal(false);
  });

  it('orders support from people to professionals, each as added', () => {
    const list = [newEntry('a', true), newEntry('b'), newEntry('c', true), newEntry('d')];
    expect(orderedSupport(list).map((e) => e.id)).to.deep.equal(['b', 'd', 'a', 'c']);
  });

  it('picks people from a network-circle value: only "can help", each once, not twice', () => {
    const people = supportPeople(NETWORK);
    expect(people.map((p) => p.name)).to.deep.equal(['Mor', 'Lise (kontaktperson)', 'Bo']);
    const fresh = availablePeople([people, people], emptyPlan());
    expect(fresh.map((p) => p.id)).to.deep.equal(['n-mor', 'n-lise', 'n-bo']);
    const e = entryFromPerson(people[1], 'p-1');
    expect(e).to.deep.equal({ id: 'p-1', personId: 'n-lise', name: 'Lise (kontaktperson)', phone: '70 20 30 40', professional: true, help: '', when: '', see: '', deal: '' });
    expect(checkEmergencyPlanValue(plan({ support: [e] })).ok, 'an entry from the network is a valid value').to.equal(true);
    expect(availablePeople([people], plan({ support: [e] })).map((p) => p.id)).to.deep.equal(['n-mor', 'n-bo']);
    expect(availablePeople([[{ id: 'bad id', name: 'X' }, { id: 'ok', name: '  ' }]], emptyPlan())).to.deep.equal([]);
    expect(entryFromPerson({ id: 'x', name: 'X'.repeat(80), phone: 'mobil: 12 34 56 78' }, 'p'), 'the network allows 80-character names').to.include({
      name: 'X'.repeat(80),
      phone: 'mobil: 12 34 56 78',
    });
  });

  it('the crisis view lists each picked idea once, own words, and people with a name or phone', () => {
    const c = crisisContent(FILLED, COPING_IDEAS);
    expect(c.ideas).to.deep.equal(['walk', 'call', 'nice']);
    expect(c.texts).to.deep.equal(['Drikke en kop te og høre musik']);
    expect(c.people.map((p) => p.name)).to.deep.equal(['Mor', 'Lise']);
  });

  it('phone numbers become tel: addresses, nothing else does', () => {
    expect(telHref('+45 12 34 56 78')).to.equal('tel:+4512345678');
    expect(telHref('(70) 20-30.40')).to.equal('tel:70203040');
    expect(telHref('1+2')).to.equal('');
    expect(telHref('')).to.equal('');
    expect(telHref('12')).to.equal('');
    expect(telHref('12+34+56'), 'a plus only at the start').to.equal('');
    expect(telHref('mobil 12 34, fastnet 56 78'), 'text with words stays text').to.equal('');
    expect(telHref('javascript:alert(1)')).to.equal('');
  });
});
