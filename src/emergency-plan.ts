/** Entry `gruppekit/emergency-plan.js`: registers <gk-emergency-plan> and exports its class and model. */
import { define } from './core/define.js';
import { GkEmergencyPlan } from './components/emergency-plan/emergency-plan.component.js';

define('gk-emergency-plan', GkEmergencyPlan);

export * from './components/emergency-plan/index.js';
export type * from './core/public.js';
