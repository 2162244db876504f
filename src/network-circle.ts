/** Entry `gruppekit/network-circle.js`: registers <gk-network-circle> and exports its class and model. */
import { define } from './core/define.js';
import { GkNetworkCircle } from './components/network-circle/network-circle.component.js';

define('gk-network-circle', GkNetworkCircle);

export * from './components/network-circle/index.js';
export type * from './core/public.js';
