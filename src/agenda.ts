/** Entry `gruppekit/agenda.js`: registers <gk-agenda> and exports its class and model. */
import { define } from './core/define.js';
import { GkAgenda } from './components/agenda/agenda.component.js';

define('gk-agenda', GkAgenda);

export * from './components/agenda/exports.js';
export type * from './core/public.js';
