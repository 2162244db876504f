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
// The base classes, for type references and documentation (custom-elements.json names them
// as every element's superclass); extend a tool's class, not these, for an own tag name.
export { GkElement } from './core/base-element.js';
export { GkFormElement } from './core/form-element.js';
