export { GkScale } from './scale.component.js';
export * from './scale.model.js';
export { SCALE_STRINGS, type ScaleBaseStrings, type ScaleStrings } from './scale.strings.js';
export type { ScaleTextStrings } from './scale.texts.js';
