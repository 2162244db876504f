/** Entry `gruppekit/scale.js`: registers <gk-scale> and exports its class and model. */
import { define } from './core/define.js';
import { GkScale } from './components/scale/scale.component.js';

define('gk-scale', GkScale);

export * from './components/scale/index.js';
export type * from './core/public.js';
