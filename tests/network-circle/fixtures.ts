// Values for the network-circle tests and stories' checks.
import { NETWORK_SECTORS, type NetworkPerson, type NetworkValue } from '../../src/network-circle.js';

export const person = (id: string, name: string, ring: number, more: Partial<NetworkPerson> = {}): NetworkPerson => ({
  id,
  name,
  ring,
  canHelp: false,
  inSubstanceEnvironment: false,
  ...more,
});

/** A typical circle: family, friends, a contact person, someone from the old crowd. */
export const typical = (): NetworkValue => ({
  version: 1,
  rings: 3,
  sectors: true,
  people: [
    person('mor', 'Mor', 1, { sector: 'family', canHelp: true, phone: '12 34 56 78', symbol: 'heart' }),
    person('bror', 'Lillebror', 2, { sector: 'family' }),
    person('jens', 'Jens', 2, { sector: 'friends', canHelp: true, inSubstanceEnvironment: true }),
    person('kp', 'Hanne (kontaktperson)', 1, { sector: 'professionals', canHelp: true, note: 'Ring før kl. 15' }),
    person('kim', 'Kim', 3, { sector: 'friends', inSubstanceEnvironment: true }),
    person('bo', 'Bo', 3, { sector: 'work' }),
    person('hund', 'Fido', 1, { sector: 'others', symbol: 'paw' }),
  ],
});

const NAMES = ['Mor', 'Far', 'Lise Marie', 'Jens', 'Hanne', 'Bo', 'Ahmed', 'Søs', 'Onkel Niels', 'Bedste', 'Kim', 'Mia 👩‍👧', 'Lærer Ole', 'Kontaktperson'];

/** n people; `ring(i)` and `sector(i)` decide where person i goes. */
export function crowd(n: number, { rings = 3, sectors = false, ring = (i: number) => 1 + (i % rings), sector = (i: number) => NETWORK_SECTORS[(i * 7) % 5] } = {}): NetworkValue {
  return {
    version: 1,
    rings: rings as 3,
    sectors,
    people: Array.from({ length: n }, (_, i) =>
      person(`p${i}`, `${NAMES[i % NAMES.length]}${i >= NAMES.length ? ` ${i}` : ''}`, ring(i), {
        sector: sector(i),
        canHelp: i % 3 === 0,
        inSubstanceEnvironment: i % 4 === 0,
        ...(i % 5 === 0 ? { symbol: 'star' as const } : {}),
      }),
    ),
  };
}

/** Pairs of boxes (with their ids) that overlap; boxes are { x, y, w, h } by centre or DOMRects. */
export function overlaps(boxes: [string, { left: number; right: number; top: number; bottom: number }][]): string[] {
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i][1], boxes[j][1]];
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) out.push(`${boxes[i][0]} × ${boxes[j][0]}`);
    }
  }
  return out;
}

export const edges = (b: { x: number; y: number; w: number; h: number }) => ({ left: b.x - b.w / 2, right: b.x + b.w / 2, top: b.y - b.h / 2, bottom: b.y + b.h / 2 });
