/** Entry `gruppekit/checkin-board.js`: registers <gk-checkin-board> and exports its class and model. */
import { define } from './core/define.js';
import { GkCheckinBoard } from './components/checkin-board/checkin-board.component.js';

define('gk-checkin-board', GkCheckinBoard);

export * from './components/checkin-board/index.js';
export type * from './core/public.js';
