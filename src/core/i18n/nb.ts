import type { CoreStrings } from '../strings.js';

export default {
  required: 'Velg et svar før du går videre.',
  undo: 'Angre',
  undone: 'Angret.',
} satisfies CoreStrings;
