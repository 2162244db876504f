export { GkChangeCircle } from './change-circle.component.js';
export * from './change-circle.model.js';
export { CHANGE_CIRCLE_STRINGS, type ChangeCircleStrings } from './change-circle.strings.js';
export type { ChangeCircleFacilitatorStrings } from './change-circle.facilitator.strings.js';
