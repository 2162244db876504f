/** The network circle's own line icons (24 × 24, stroked with currentColor): no files are loaded. */
import { html } from 'lit';

/** "Kan hjælpe": a lifebuoy. */
export const HELP = 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8zM5.6 5.6l3.6 3.6M14.8 14.8l3.6 3.6M18.4 5.6l-3.6 3.6M9.2 14.8l-3.6 3.6';
/** "En del af miljøet med rusmidler": a capsule. */
export const ENV = 'M5 12.5l7.5-7.5a4.2 4.2 0 0 1 6 6L11 18.5a4.2 4.2 0 0 1-6-6zM8.8 8.8l6.4 6.4';
export const PLUS = 'M12 5v14M5 12h14';
export const LIST = 'M9 6h11M9 12h11M9 18h11M4 6h.01M4 12h.01M4 18h.01';
export const CIRCLE = 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8z';
export const NEXT = 'M5 12h14M13 6l6 6-6 6';

/** An icon (decorative: the word next to it carries the meaning). */
export const icon = (d: string) => html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d=${d}></path></svg>`;
