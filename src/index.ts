/**
 * Entry `gruppekit`: registers every tool. Prefer the per-tool entries
 * (`gruppekit/scale.js` …) on pages that use only some tools.
 *
 * The call is made here and not by importing the per-tool entries: an entry that another
 * entry imports becomes a shared chunk in the build, and a host bundler that honours
 * package.json `sideEffects` (which names only the entry files) would drop its define().
 */
import { defineAll } from './components/registry.js';

defineAll();

export * from './classes.js';
