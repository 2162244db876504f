/** What every entry re-exports from the core: the contract types and helpers hosts need. */
export { define } from './define.js';
export type { InvalidValueDetail, InvalidValueEvent, Surface, Theme } from './base-element.js';
export { SURFACES, THEMES } from './base-element.js';
export { LANGS, type Lang } from './localize.js';
export type { Check } from './validation.js';
export * from './people.js';
