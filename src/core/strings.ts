import type { Table } from './localize.js';

/**
 * Strings the core itself shows (validation messages, undo). Tools have their own tables.
 * Like theirs, Danish is in the entry and the other languages load on first use.
 */
const da = {
  required: 'Vælg et svar, før du går videre.',
  undo: 'Fortryd',
  undone: 'Fortrudt.',
};
export type CoreStrings = typeof da;

export const CORE_STRINGS: Table<CoreStrings> = {
  da,
  nb: () => import('./i18n/nb.js'),
  sv: () => import('./i18n/sv.js'),
  en: () => import('./i18n/en.js'),
};
