import type { CoreStrings } from '../strings.js';

export default {
  required: 'Välj ett svar innan du går vidare.',
  undo: 'Ångra',
  undone: 'Ångrat.',
} satisfies CoreStrings;
