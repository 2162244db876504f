/**
 * Entry `gruppekit/classes.js`: every class and model, with no registration (no side effects),
 * for hosts that register their own tag names:
 *   customElements.define('kommune-scale', class extends GkScale {});
 */
export * from './core/public.js';
export * from './components/scale/index.js';
export { followUps, type FollowUpKey } from './components/scale/scale.facilitator.js';
export * from './components/feelings/index.js';
export * from './components/checkin-board/index.js';
export * from './components/agenda/index.js';
export * from './components/plus-minus/index.js';
export * from './components/change-circle/index.js';
export * from './components/network-circle/index.js';
export * from './components/emergency-plan/index.js';
