/** Entry `gruppekit/change-circle.js`: registers <gk-change-circle> and exports its class and model. */
import { define } from './core/define.js';
import { GkChangeCircle } from './components/change-circle/change-circle.component.js';

define('gk-change-circle', GkChangeCircle);

export * from './components/change-circle/index.js';
export type * from './core/public.js';
