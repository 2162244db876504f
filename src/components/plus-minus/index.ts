export { GkPlusMinus } from './plus-minus.component.js';
export {
  checkPlusMinusEntry,
  checkPlusMinusValue,
  emptyPlusMinus,
  PLUS_MINUS_LAYOUTS,
  PLUS_MINUS_ROWS,
  PLUS_MINUS_SIDES,
  type PlusMinusEntry,
  type PlusMinusLayout,
  type PlusMinusSide,
  type PlusMinusValue,
} from './plus-minus.model.js';
export { PLUS_MINUS_STRINGS, type PlusMinusStrings } from './plus-minus.strings.js';
export type { PlusMinusEditorStrings } from './plus-minus.editor.strings.js';
