/**
 * Everything the lazily loaded parts use from the model, the core and the pictograms, handed to
 * them at run time. The parts chunk imports only Lit, so it stays small and never pulls in a
 * second copy of shared code.
 */
import { createId } from '../../core/id.js';
import { ICON, icon, IDEA_ICONS } from './emergency-plan.icons.js';
import { COPING_IDEAS, MAX, SUPPORT_FIELDS } from './emergency-plan.model.js';

export const LIB = {
  createId,
  ICON,
  icon,
  IDEA_ICONS,
  COPING_IDEAS,
  MAX,
  SUPPORT_FIELDS,
};
export type Lib = typeof LIB;
