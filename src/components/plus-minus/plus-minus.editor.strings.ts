import type { Table } from '../../core/localize.js';

/**
 * The editor's strings: its own table, loaded with the editor (a sheet that is only looked at
 * or added to never downloads them). Hosts override them through the element's `strings` too.
 */
const da = {
  edit: 'Ret det, der står',
  done: 'Færdig',
  up: 'Flyt op',
  down: 'Flyt ned',
  toPlus: 'Flyt til plus',
  toMinus: 'Flyt til minus',
  remove: 'Fjern',
  weigh: 'Hvor meget betyder det?',
  weightMin: 'Ingenting',
  weightMax: 'Rigtig meget',
  noWeight: 'Intet tal',
  changed: 'Rettet: {text}',
  moved: 'Flyttet: {text}',
  removed: 'Fjernet: {text}',
};
export type PlusMinusEditorStrings = typeof da;

/**
 * A loader that hands out the same promise while its language loads (and after), so the editor
 * can wait for the very load the element started; a failed load is tried again next time.
 */
const once = <T>(load: () => Promise<T>) => {
  let p: Promise<T> | undefined;
  return () =>
    (p ??= load().catch((e: unknown) => {
      p = undefined;
      throw e;
    }));
};

export const PLUS_MINUS_EDITOR_STRINGS: Table<PlusMinusEditorStrings> = {
  da,
  nb: once(() => import('./i18n/editor.nb.js')),
  sv: once(() => import('./i18n/editor.sv.js')),
  en: once(() => import('./i18n/editor.en.js')),
};
