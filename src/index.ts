/**
 * Entry `gruppekit`: registers every tool. Prefer the per-tool entries
 * (`gruppekit/scale.js` …) on pages that use only some tools.
 *
 * The registrations are made here and not by importing the per-tool entries: an entry that
 * another entry imports becomes a shared chunk in the build, and a host bundler that honours
 * package.json `sideEffects` (which names only the entry files) would then drop its define().
 */
import { define } from './core/define.js';
import {
  GkAgenda,
  GkChangeCircle,
  GkCheckinBoard,
  GkEmergencyPlan,
  GkFeelingsPicker,
  GkNetworkCircle,
  GkPlusMinus,
  GkScale,
} from './classes.js';

define('gk-scale', GkScale);
define('gk-feelings-picker', GkFeelingsPicker);
define('gk-checkin-board', GkCheckinBoard);
define('gk-agenda', GkAgenda);
define('gk-plus-minus', GkPlusMinus);
define('gk-change-circle', GkChangeCircle);
define('gk-network-circle', GkNetworkCircle);
define('gk-emergency-plan', GkEmergencyPlan);

export * from './classes.js';
