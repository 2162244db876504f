/**
 * The built-in symbols a person can have (24 × 24 line drawings, stroked with currentColor).
 * Loaded on first use: a circle where nobody has a symbol never downloads them.
 */
import type { NetworkSymbol } from './network-circle.model.js';

export const SYMBOL_PATHS: Record<NetworkSymbol, string> = {
  heart: 'M12 20s-8-5-8-11a4 4 0 0 1 8-1 4 4 0 0 1 8 1c0 6-8 11-8 11z',
  home: 'M3 11l9-7 9 7M6 9v11h12V9M10 20v-6h4v6',
  star: 'M12 3l2.8 5.8 6.2.9-4.5 4.4 1 6.2L12 17.4l-5.5 2.9 1-6.2L3 9.7l6.2-.9z',
  paw: 'M12 13c-3 0-5 3-5 5 0 2 2 2 5 1 3 1 5 1 5-1 0-2-2-5-5-5zM6 9a1.5 2 0 1 0 0 .1M10 5a1.5 2 0 1 0 0 .1M14 5a1.5 2 0 1 0 0 .1M18 9a1.5 2 0 1 0 0 .1',
  work: 'M3 8h18v12H3zM9 8V5h6v3M3 13h18',
  health: 'M9 3h6v6h6v6h-6v6H9v-6H3V9h6z',
  music: 'M9 18V5l11-2v13M9 18a3 3 0 1 1-6 0 3 3 0 0 1 6 0zM20 16a3 3 0 1 1-6 0 3 3 0 0 1 6 0z',
  ball: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM5.6 5.6a9 9 0 0 1 0 12.8M18.4 5.6a9 9 0 0 0 0 12.8',
};
