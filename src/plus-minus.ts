/** Entry `gruppekit/plus-minus.js`: registers <gk-plus-minus> and exports its class and model. */
import { define } from './core/define.js';
import { GkPlusMinus } from './components/plus-minus/plus-minus.component.js';

define('gk-plus-minus', GkPlusMinus);

export * from './components/plus-minus/index.js';
export type * from './core/public.js';
