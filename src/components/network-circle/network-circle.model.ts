/**
 * The network circle's pure model: no DOM. The participant is in the centre; the people in
 * their network sit in rings by closeness (ring 1 = closest) and, optionally, in sectors.
 * Each person can be marked "kan hjælpe i svære situationer" and "en del af miljøet med
 * rusmidler". The emergency plan reads the helpers through `supportPeople(value)`.
 */
import {
  checkArray,
  checkBool,
  checkEnum,
  checkId,
  checkInt,
  checkText,
  checkUniqueIds,
  fail,
  isRecord,
  ok,
  type Check,
  isVersioned,
  notVersioned,
} from '../../core/validation.js';

/** The sectors, clockwise from the top: familie, venner, arbejde/skole, fagpersoner, andre. */
export const NETWORK_SECTORS = ['family', 'friends', 'work', 'professionals', 'others'] as const;
export type NetworkSector = (typeof NETWORK_SECTORS)[number];

/** Built-in symbols a person can have (drawn by the component, no pictures are loaded). */
export const NETWORK_SYMBOLS = ['heart', 'home', 'star', 'paw', 'work', 'health', 'music', 'ball'] as const;
export type NetworkSymbol = (typeof NETWORK_SYMBOLS)[number];

export const NETWORK_VIEWS = ['circle', 'list'] as const;
export type NetworkView = (typeof NETWORK_VIEWS)[number];

export type RingCount = 2 | 3 | 4;

/** One person in the circle. */
export interface NetworkPerson {
  /** Stable id (1–64 letters, digits, `_ . : -`). */
  id: string;
  /** Nickname or networkInitials, as the participant writes it (1–80 characters). */
  name: string;
  /** 1 = closest … `rings` = farthest away. */
  ring: number;
  /** Where the person belongs; drawn in "andre" when sectors are on and this is missing. */
  sector?: NetworkSector;
  /** Id of a built-in symbol (see NETWORK_SYMBOLS). */
  symbol?: NetworkSymbol;
  /** "Kan hjælpe i svære situationer". */
  canHelp: boolean;
  /** "En del af miljøet med rusmidler". */
  inSubstanceEnvironment: boolean;
  /** Phone number as typed (at most 40 characters). */
  phone?: string;
  /** A note (at most 1000 characters). */
  note?: string;
}

/** The value of `<gk-network-circle>`: plain JSON. */
export interface NetworkValue {
  version: 1;
  /** Number of rings: 2, 3 (default) or 4. */
  rings: RingCount;
  /** Whether the circle is divided into the five sectors. */
  sectors: boolean;
  people: NetworkPerson[];
}

export const NETWORK_MAX_PEOPLE = 200;
export const NETWORK_MAX_NAME = 80;
export const NETWORK_MAX_PHONE = 40;
export const NETWORK_MAX_NOTE = 1000;

/** The element's `rings` property: 2, 3 or 4, or unset (null/undefined: 3 rings). */
export const checkNetworkRings = (v: unknown): Check<number | undefined> =>
  v == null || [2, 3, 4].includes(v as number) ? ok(v as number | undefined) : fail('rings', 'must be 2, 3 or 4');

export const emptyNetwork = (rings: RingCount = 3, sectors = false): NetworkValue => ({ version: 1, rings, sectors, people: [] });

function checkPerson(x: unknown, f: string, rings: number): Check<NetworkPerson> {
  if (!isRecord(x)) return fail(f, 'must be a person: { id, name, ring, … }');
  const id = checkId(`${f}.id`, x.id);
  if (!id.ok) return id;
  const name = checkText(`${f}.name`, x.name, { max: NETWORK_MAX_NAME });
  if (!name.ok) return name;
  if (!name.value.trim()) return fail(`${f}.name`, 'must not be empty');
  const ring = checkInt(`${f}.ring`, x.ring, 1, rings);
  if (!ring.ok) return ring;
  const p: NetworkPerson = { id: id.value, name: name.value.trim(), ring: ring.value, canHelp: false, inSubstanceEnvironment: false };
  for (const [k, list] of [['sector', NETWORK_SECTORS], ['symbol', NETWORK_SYMBOLS]] as const) {
    if (x[k] === undefined || x[k] === null) continue;
    const r = checkEnum(`${f}.${k}`, x[k], list as readonly string[]);
    if (!r.ok) return r;
    (p as unknown as Record<string, unknown>)[k] = r.value;
  }
  for (const k of ['canHelp', 'inSubstanceEnvironment'] as const) {
    const r = checkBool(`${f}.${k}`, x[k]);
    if (!r.ok) return r;
    p[k] = r.value;
  }
  for (const [k, max] of [['phone', NETWORK_MAX_PHONE], ['note', NETWORK_MAX_NOTE]] as const) {
    const r = checkText(`${f}.${k}`, x[k], { max, optional: true });
    if (!r.ok) return r;
    if (r.value.trim()) p[k] = r.value.trim();
  }
  return ok(p);
}

/**
 * Validates a network-circle value and returns a normalised copy (names, phones and notes
 * trimmed; `rings` 3 and `sectors` false when missing). null/undefined is the empty circle.
 */
export function checkNetworkValue(v: unknown, field = 'value'): Check<NetworkValue> {
  if (v === null || v === undefined) return ok(emptyNetwork());
  if (!isVersioned(v)) return notVersioned(field, v, '{ version: 1, rings, sectors, people }');
  const rings = v.rings === undefined ? ok(3) : checkInt(`${field}.rings`, v.rings, 2, 4);
  if (!rings.ok) return rings;
  const sectors = checkBool(`${field}.sectors`, v.sectors);
  if (!sectors.ok) return sectors;
  const people = checkArray(`${field}.people`, v.people ?? [], (x, f) => checkPerson(x, f, rings.value), NETWORK_MAX_PEOPLE);
  if (!people.ok) return people;
  const unique = checkUniqueIds(`${field}.people`, people.value);
  if (!unique.ok) return unique;
  return ok({ version: 1, rings: rings.value as RingCount, sectors: sectors.value, people: people.value });
}

/** The sector a person is drawn in while sectors are on. */
export const networkSector = (p: NetworkPerson): NetworkSector => p.sector ?? 'others';

/** A place in the circle: a ring and, when sectors are on, a sector. */
export interface NetworkPlace {
  ring: number;
  sector?: NetworkSector;
}

/** Up to two letters for a compact token: networkInitials of two words, else the first two letters. */
export function networkInitials(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  const chars = words.length > 1 ? [[...words[0]][0], [...words[1]][0]] : [...name].slice(0, 2);
  return chars.join('');
}

/** The people in drawing and reading order: by ring, then sector (when on), then list order. */
export function networkOrder(v: NetworkValue): NetworkPerson[] {
  const key = (p: NetworkPerson) => p.ring * 8 + (v.sectors ? NETWORK_SECTORS.indexOf(networkSector(p)) : 0);
  return v.people.map((p, i) => [p, i] as const).sort((a, b) => key(a[0]) - key(b[0]) || a[1] - b[1]).map(([p]) => p);
}
