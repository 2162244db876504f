import type { CoreStrings } from '../strings.js';

export default {
  required: 'Choose an answer before you continue.',
  undo: 'Undo',
  undone: 'Undone.',
} satisfies CoreStrings;
