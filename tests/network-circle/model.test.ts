// The pure model and layout, without pixels.
import { expect } from '@open-wc/testing';
import { checkNetworkRings, checkNetworkValue, emptyNetwork, layoutNetwork, networkInitials, networkOrder, supportPeople, type NetworkValue } from '../../src/network-circle.js';
import { moveNetworkPerson, networkKeyPlace, networkPlaceAt } from '../../src/components/network-circle/network-circle.editor.js';
import { putNetworkPerson, setNetworkLayout } from '../../src/components/network-circle/network-circle.panels.js';
import { packNetwork } from '../../src/components/network-circle/network-circle.pack.js';
import type { NetworkLayout } from '../../src/components/network-circle/network-circle.layout.js';
import { crowd, edges, overlaps, person, typical } from './fixtures.js';

/** The layout the element uses: the even spread, or the packer when someone does not fit. */
const lay = (v: NetworkValue, size = 720, names = true): NetworkLayout => {
  const l = layoutNetwork(v, { size, labels: [7, 6, 13, 11, 5], names });
  return l.hidden.length ? packNetwork(v, { size, labels: [7, 6, 13, 11, 5], names }) : l;
};
const overlapsIn = (l: NetworkLayout) => overlaps([...Object.entries(l.boxes), ...l.labels.map((b, i) => [`label${i}`, b] as const)].map(([id, b]) => [id, edges(b)]));

describe('network-circle model: values', () => {
  it('accepts and normalises a good value (JSON round-trip)', () => {
    const v = typical();
    const r = checkNetworkValue(JSON.parse(JSON.stringify(v)));
    expect(r.ok).to.equal(true);
    if (r.ok) expect(r.value).to.deep.equal(v);
  });

  it('fills defaults and trims text', () => {
    const r = checkNetworkValue({ version: 1, people: [{ id: 'a', name: '  Mor ', ring: 1, phone: ' 12 ', note: '   ' }] });
    expect(r.ok && r.value).to.deep.equal({ version: 1, rings: 3, sectors: false, people: [{ id: 'a', name: 'Mor', ring: 1, canHelp: false, inSubstanceEnvironment: false, phone: '12' }] });
    expect(checkNetworkValue(null)).to.deep.equal({ ok: true, value: emptyNetwork() });
  });

  const bad: [string, unknown, string][] = [
    ['not an object', 'mor', 'value'],
    ['wrong version', { version: 2, people: [] }, 'value.version'],
    ['five rings', { version: 1, rings: 5, people: [] }, 'value.rings'],
    ['sectors not boolean', { version: 1, sectors: 'ja', people: [] }, 'value.sectors'],
    ['people not a list', { version: 1, people: {} }, 'value.people'],
    ['ring outside the rings', { version: 1, rings: 2, people: [person('a', 'A', 3)] }, 'value.people[0].ring'],
    ['empty name', { version: 1, people: [person('a', '  ', 1)] }, 'value.people[0].name'],
    ['10,000-character name', { version: 1, people: [person('a', 'x'.repeat(10000), 1)] }, 'value.people[0].name'],
    ['10,000-character note', { version: 1, people: [person('a', 'A', 1, { note: 'x'.repeat(10000) })] }, 'value.people[0].note'],
    ['unknown sector', { version: 1, people: [{ ...person('a', 'A', 1), sector: 'gang' }] }, 'value.people[0].sector'],
    ['unknown symbol', { version: 1, people: [{ ...person('a', 'A', 1), symbol: 'skull' }] }, 'value.people[0].symbol'],
    ['canHelp not boolean', { version: 1, people: [{ ...person('a', 'A', 1), canHelp: 'yes' }] }, 'value.people[0].canHelp'],
    ['bad id', { version: 1, people: [person('a b', 'A', 1)] }, 'value.people[0].id'],
    ['duplicate ids', { version: 1, people: [person('a', 'A', 1), person('a', 'B', 2)] }, 'value.people[1].id'],
    ['201 people', { version: 1, people: Array.from({ length: 201 }, (_, i) => person(`p${i}`, 'A', 1)) }, 'value.people'],
  ];
  for (const [what, v, field] of bad) {
    it(`rejects ${what} (${field})`, () => {
      const r = checkNetworkValue(v);
      expect(r.ok).to.equal(false);
      if (!r.ok) {
        expect(r.field).to.equal(field);
        expect(r.reason).not.to.contain('xxxx');
      }
    });
  }

  it("the element's rings: 2, 3, 4 or unset; anything else is named", () => {
    for (const n of [2, 3, 4, null, undefined]) expect(checkNetworkRings(n)).to.deep.equal({ ok: true, value: n });
    for (const bad of [1, 5, 3.5, Number.NaN, '3', {}]) expect(checkNetworkRings(bad)).to.deep.equal({ ok: false, field: 'rings', reason: 'must be 2, 3 or 4' });
  });

  it('keeps markup and emoji in names as plain text', () => {
    const r = checkNetworkValue({ version: 1, people: [person('a', '<img src=x onerror=alert(1)>', 1), person('b', 'Mia 👩‍👧', 2)] });
    expect(r.ok && r.value.people.map((p) => p.name)).to.deep.equal(['<img src=x onerror=alert(1)>', 'Mia 👩‍👧']);
  });
});

describe('network-circle model: operations', () => {
  it('moves a person; the same place gives the same value object back', () => {
    const v = typical();
    const moved = moveNetworkPerson(v, 'mor', { ring: 3, sector: 'friends' });
    expect(moved.people.find((p) => p.id === 'mor')).to.include({ ring: 3, sector: 'friends' });
    expect(moved.people.map((p) => p.id), 'list order kept').to.deep.equal(v.people.map((p) => p.id));
    expect(moveNetworkPerson(v, 'mor', { ring: 1, sector: 'family' })).to.equal(v);
    expect(moveNetworkPerson(v, 'nobody', { ring: 2 })).to.equal(v);
    expect(v.people[0].ring, 'input untouched').to.equal(1);
  });

  it('without sectors a move keeps the sector; with sectors a person without one lands in "andre"', () => {
    const v: NetworkValue = { version: 1, rings: 3, sectors: false, people: [person('a', 'A', 1, { sector: 'work' })] };
    expect(moveNetworkPerson(v, 'a', { ring: 2, sector: 'family' }).people[0]).to.include({ ring: 2, sector: 'work' });
    const w: NetworkValue = { version: 1, rings: 3, sectors: true, people: [person('a', 'A', 1)] };
    expect(moveNetworkPerson(w, 'a', { ring: 1, sector: 'others' }), 'already drawn in andre').to.equal(w);
    expect(moveNetworkPerson(w, 'a', { ring: 2 }).people[0]).to.include({ ring: 2, sector: 'others' });
  });

  it('keys: up closer, down farther, Home/End, left/right through the sectors (wrapping)', () => {
    const v = typical();
    const jens = v.people.find((p) => p.id === 'jens')!;
    expect(networkKeyPlace(v, jens, 'ArrowUp')).to.deep.equal({ ring: 1 });
    expect(networkKeyPlace(v, jens, 'ArrowDown')).to.deep.equal({ ring: 3 });
    expect(networkKeyPlace(v, jens, 'End')).to.deep.equal({ ring: 3 });
    expect(networkKeyPlace(v, { ...jens, ring: 3 }, 'ArrowDown')).to.deep.equal({ ring: 3 });
    expect(networkKeyPlace(v, jens, 'ArrowRight')).to.deep.equal({ ring: 2, sector: 'work' });
    expect(networkKeyPlace(v, { ...jens, sector: 'family' }, 'ArrowLeft')).to.deep.equal({ ring: 2, sector: 'others' });
    expect(networkKeyPlace({ ...v, sectors: false }, jens, 'ArrowRight'), 'no sectors: no sideways move').to.equal(null);
    expect(networkKeyPlace(v, jens, 'a')).to.equal(null);
  });

  it('adds, replaces, and changes the layout (people outside the rings move in)', () => {
    const v = typical();
    const added = putNetworkPerson(v, person('ny', 'Ny', 2));
    expect(added.people.at(-1)!.id).to.equal('ny');
    const edited = putNetworkPerson(v, { ...v.people[0], name: 'Mama' });
    expect(edited.people[0].name).to.equal('Mama');
    expect(edited.people).to.have.length(v.people.length);
    const two = setNetworkLayout(v, 2, false);
    expect(two.people.every((p) => p.ring <= 2)).to.equal(true);
    expect(two.sectors).to.equal(false);
  });

  it('initials and order', () => {
    expect(networkInitials('Lise Marie')).to.equal('LM');
    expect(networkInitials('Mor')).to.equal('Mo');
    expect(networkInitials('👩‍👧 Mia')).to.equal('👩M');
    expect(networkOrder(typical()).map((p) => p.id)).to.deep.equal(['mor', 'kp', 'hund', 'bror', 'jens', 'kim', 'bo']);
  });

  it('supportPeople: the helpers, outside the substance environment first, in the emergency plan shape', () => {
    expect(supportPeople(typical())).to.deep.equal([
      { id: 'mor', name: 'Mor', phone: '12 34 56 78', sector: 'family' },
      { id: 'kp', name: 'Hanne (kontaktperson)', sector: 'professionals' },
      { id: 'jens', name: 'Jens', inSubstanceEnvironment: true, sector: 'friends' },
    ]);
    expect(supportPeople(null)).to.deep.equal([]);
  });
});

describe('network-circle layout', () => {
  it('is deterministic, and places a typical circle with full names', () => {
    const a = lay(typical());
    expect(lay(typical())).to.deep.equal(a);
    expect(a.hidden).to.deep.equal([]);
    expect(a.max).to.equal(136);
    expect(overlapsIn(a)).to.deep.equal([]);
  });

  it('every token lies inside its own ring and sector', () => {
    const v = typical();
    const l = lay(v);
    for (const p of v.people) {
      const b = l.boxes[p.id];
      expect(networkPlaceAt(l, v, b.x, b.y), p.name).to.deep.equal({ ring: p.ring, sector: p.sector });
    }
  });

  const cases: [string, NetworkValue][] = [];
  for (const rings of [2, 3, 4]) {
    for (const sectors of [false, true]) {
      cases.push([`40 spread, ${rings} rings${sectors ? ', sectors' : ''}`, crowd(40, { rings, sectors })]);
      cases.push([`40 in the closest ring, ${rings} rings${sectors ? ', sectors' : ''}`, crowd(40, { rings, sectors, ring: () => 1 })]);
      cases.push([`40 in the outer ring, ${rings} rings${sectors ? ', sectors' : ''}`, crowd(40, { rings, sectors, ring: () => rings })]);
    }
  }
  cases.push(['18 in one sector of the closest ring', crowd(18, { sectors: true, ring: () => 1, sector: () => 'family' })]);
  for (const [what, v] of cases) {
    it(`no token covers another: ${what}`, () => {
      const l = lay(v);
      expect(overlapsIn(l)).to.deep.equal([]);
      const hidden = l.hidden.length;
      // everyone fits, except 40 people in the 4-ring circle with sectors (spread), where the list takes over
      if (!/^40 spread, 4 rings, sectors/.test(what)) expect(hidden, 'hidden').to.equal(0);
      else expect(hidden).to.be.below(3);
    });
  }

  it('the shared screen (no names) makes every token 44 × 44', () => {
    const l = lay(typical(), 720, false);
    expect(Object.values(l.boxes).every((b) => b.w === 44 && b.h === 44)).to.equal(true);
  });

  it('150 people: no overlap, most of them in the circle, the rest listed as hidden', () => {
    const v = crowd(150, { sectors: true });
    const t = performance.now();
    const l = lay(v);
    const ms = performance.now() - t;
    expect(overlapsIn(l)).to.deep.equal([]);
    expect(Object.keys(l.boxes).length + l.hidden.length).to.equal(150);
    expect(Object.keys(l.boxes).length).to.be.greaterThan(60);
    expect(ms, 'layout time').to.be.below(1000);
  });

  it('a narrow circle (a phone) keeps 44-unit tokens and hides who does not fit', () => {
    const l = lay(crowd(40, { sectors: true }), 320);
    expect(overlapsIn(l)).to.deep.equal([]);
    expect(Object.values(l.boxes).every((b) => b.h >= 44 && b.w >= 44)).to.equal(true);
  });
});
