import type { PlusMinusEditorStrings } from '../plus-minus.editor.strings.js';

export default {
  edit: 'Endre det som står',
  done: 'Ferdig',
  up: 'Flytt opp',
  down: 'Flytt ned',
  toPlus: 'Flytt til pluss',
  toMinus: 'Flytt til minus',
  remove: 'Fjern',
  weigh: 'Hvor mye betyr det?',
  weightMin: 'Ingenting',
  weightMax: 'Veldig mye',
  noWeight: 'Ikke noe tall',
  changed: 'Endret: {text}',
  moved: 'Flyttet: {text}',
  removed: 'Fjernet: {text}',
} satisfies PlusMinusEditorStrings;
