import type { PlusMinusEditorStrings } from '../plus-minus.editor.strings.js';

export default {
  edit: 'Ändra det som står',
  done: 'Klar',
  up: 'Flytta upp',
  down: 'Flytta ner',
  toPlus: 'Flytta till plus',
  toMinus: 'Flytta till minus',
  remove: 'Ta bort',
  weigh: 'Hur mycket betyder det?',
  weightMin: 'Ingenting',
  weightMax: 'Väldigt mycket',
  noWeight: 'Inget tal',
  changed: 'Ändrat: {text}',
  moved: 'Flyttat: {text}',
  removed: 'Borttaget: {text}',
} satisfies PlusMinusEditorStrings;
