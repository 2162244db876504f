/** Entry `gruppekit/feelings.js`: registers <gk-feelings-picker> and exports its class and model. */
import { define } from './core/define.js';
import { GkFeelingsPicker } from './components/feelings/feelings.component.js';

define('gk-feelings-picker', GkFeelingsPicker);

export * from './components/feelings/index.js';
export type * from './core/public.js';
