/**
 * Entry `gruppekit`: registers every tool. Prefer the per-tool entries
 * (`gruppekit/scale.js` …) on pages that use only some tools.
 */
export * from './core/public.js';
export * from './scale.js';
export * from './feelings.js';
export * from './checkin-board.js';
export * from './agenda.js';
export * from './plus-minus.js';
export * from './change-circle.js';
export * from './network-circle.js';
export * from './emergency-plan.js';
