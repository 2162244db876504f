import type { PlusMinusEditorStrings } from '../plus-minus.editor.strings.js';

export default {
  edit: 'Change what it says',
  done: 'Done',
  up: 'Move up',
  down: 'Move down',
  toPlus: 'Move to plus',
  toMinus: 'Move to minus',
  remove: 'Remove',
  weigh: 'How much does it matter?',
  weightMin: 'Not at all',
  weightMax: 'Very much',
  noWeight: 'No number',
  changed: 'Changed: {text}',
  moved: 'Moved: {text}',
  removed: 'Removed: {text}',
} satisfies PlusMinusEditorStrings;
