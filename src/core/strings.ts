import type { Lang } from './localize.js';

/** Strings the core itself shows (validation messages, undo). Tools have their own tables. */
const da = {
  required: 'Vælg et svar, før du går videre.',
  undo: 'Fortryd',
  undone: 'Fortrudt.',
};
export type CoreStrings = typeof da;

export const CORE_STRINGS: Record<Lang, CoreStrings> = {
  da,
  nb: { required: 'Velg et svar før du går videre.', undo: 'Angre', undone: 'Angret.' },
  sv: { required: 'Välj ett svar innan du går vidare.', undo: 'Ångra', undone: 'Ångrat.' },
  en: { required: 'Choose an answer before you continue.', undo: 'Undo', undone: 'Undone.' },
};
