export { GkScale } from './scale.component.js';
export * from './scale.model.js';
export { SCALE_STRINGS, type ScaleStrings } from './scale.strings.js';
