/**
 * The scale's ends, 0 and 10 (the method's 0–10 scale). Internal: a host checks data with
 * checkScaleValue. Constants only, so bundlers inline them and this module never becomes a
 * chunk of its own, not even for the lazily loaded parts that use it.
 */
export const SCALE_MIN = 0;
export const SCALE_MAX = 10;
