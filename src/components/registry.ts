/**
 * Every tool's tag and class, for the entries that register them all (`gruppekit`,
 * `gruppekit/react`). This module does nothing when imported: the entry calls `defineAll()`
 * at its top level. That matters to host bundlers: package.json `sideEffects` names only the
 * entry files, so a define() call must sit in an entry, never in a module that a build may
 * turn into a shared chunk.
 */
import { define } from '../core/define.js';
import { GkAgenda } from './agenda/agenda.component.js';
import { GkChangeCircle } from './change-circle/change-circle.component.js';
import { GkCheckinBoard } from './checkin-board/checkin-board.component.js';
import { GkEmergencyPlan } from './emergency-plan/emergency-plan.component.js';
import { GkFeelingsPicker } from './feelings/feelings.component.js';
import { GkNetworkCircle } from './network-circle/network-circle.component.js';
import { GkPlusMinus } from './plus-minus/plus-minus.component.js';
import { GkScale } from './scale/scale.component.js';

export const TOOLS = {
  'gk-scale': GkScale,
  'gk-feelings-picker': GkFeelingsPicker,
  'gk-checkin-board': GkCheckinBoard,
  'gk-agenda': GkAgenda,
  'gk-plus-minus': GkPlusMinus,
  'gk-change-circle': GkChangeCircle,
  'gk-network-circle': GkNetworkCircle,
  'gk-emergency-plan': GkEmergencyPlan,
} as const;

/** Registers every tool under its gk- tag (a tag already taken is kept, with a warning). */
export function defineAll(): void {
  for (const [tag, ctor] of Object.entries(TOOLS)) define(tag, ctor);
}
