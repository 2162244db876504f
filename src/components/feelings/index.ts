export { GkFeelingsPicker } from './feelings.component.js';
export * from './feelings.model.js';
export { FEELINGS_STRINGS, type FeelingsStrings } from './feelings.strings.js';
export { FEELINGS_WORDS, type FeelingsWords } from './words.js';
