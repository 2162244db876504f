export { GkScale } from './scale.component.js';
// The model: the checks (to test data before assigning it), the allowed values and types.
// How input becomes an answer (scale.input.ts) stays internal.
export * from './scale.model.js';
export { SCALE_STRINGS, type ScaleBaseStrings, type ScaleStrings } from './scale.strings.js';
export type { ScaleEarlierStrings } from './scale.extras.js';
export type { ScaleTextStrings } from './scale.texts.js';
