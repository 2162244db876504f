/**
 * The pictograms an agenda point can show next to its title (ids in AGENDA_PICTOGRAMS),
 * drawn for this project as 24×24 stroke paths. Loaded the first time a point has one.
 */
import type { AgendaPictogram } from './agenda.model.js';

// Self-contained on purpose: a lazy part imports nothing from the entry's chunks.
const ring = (r: number, cy = 12) => `M${12 - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0-${2 * r} 0`;

export const PICTOGRAMS: Record<AgendaPictogram, string> = {
  hello: 'M8 13V6a1.5 1.5 0 0 1 3 0v5m0-1V4a1.5 1.5 0 0 1 3 0v7m0-1V6a1.5 1.5 0 0 1 3 0v8c0 4-3 7-7 7-3 0-5-2-6.5-5L5 12a1.5 1.5 0 0 1 3 1',
  feelings: ring(9) + 'M8 14s1.5 2 4 2 4-2 4-2M9 9h0m6 0h0',
  talk: 'M3 4h12v9H8l-5 4zm15 4h3v9l-4-3h-6v-1',
  info: 'M3 5c3-1 6-1 9 1 3-2 6-2 9-1v14c-3-1-6-1-9 1-3-2-6-2-9-1zm9 1v14',
  plusminus: 'M3 8h8M7 4v8m6 8h8',
  home: 'M3 11l9-7 9 7M5 10v10h14V10m-9 10v-6h4v6',
  thanks: 'M12 20s-8-5-8-11a4 4 0 0 1 8-1 4 4 0 0 1 8 1c0 6-8 11-8 11z',
  star: 'M12 3l2.7 5.6 6.1.9-4.4 4.3 1 6.1L12 17l-5.4 2.9 1-6.1-4.4-4.3 6.1-.9z',
  dream: 'M7 19a4 4 0 0 1-.6-8A6 6 0 0 1 18 10a4.5 4.5 0 0 1-1 9z',
  goal: 'M5 21V4h11l-2 4 2 4H5',
  people: 'M9 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm-6 9c0-4 3-6 6-6s6 2 6 6m1-15a3 3 0 0 1 0 6m2 3c2 1 3 3 3 6',
  plan: 'M12 3l8 3v6c0 5-4 8-8 9-4-1-8-4-8-9V6zm-4 9l3 3 5-5',
  diploma: ring(6, 9) + 'M8 14l-2 7 6-3 6 3-2-7',
  weather: 'M8 2v2M2 8h2m.8-5.2l1.4 1.4M12 6.5A4 4 0 0 0 4.5 10M9 21a4 4 0 0 1-.5-8 5.5 5.5 0 0 1 10.4 1.6A3.5 3.5 0 0 1 18 21z',
  write: 'M5 3h10l4 4v14H5zm9 0v5h5M8 13h8m-8 4h5',
  coffee: 'M4 9h12v5a5 5 0 0 1-5 5H9a5 5 0 0 1-5-5zm12 1h2a3 3 0 0 1 0 6h-2M8 3v3m4-3v3',
  meal: 'M7 3v18M4 3v5a3 3 0 0 0 6 0V3m7 18V3c-2 2-3 5-3 9h3',
};
