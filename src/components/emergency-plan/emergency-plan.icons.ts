import { html, nothing, type TemplateResult } from 'lit';
import type { CopingIdea } from './emergency-plan.model.js';

/**
 * The project's own pictograms: one stroked path each on a 24×24 grid (the `.icon` style of the
 * core draws them with currentColor, so they follow themes and forced colours).
 */
export const IDEA_ICONS: Record<CopingIdea, string> = {
  walk: 'M12 4a2 2 0 1 0 4 0 2 2 0 1 0-4 0M13 7l-2 6-2 4-3 3m5-7 3 3v5M7 11l6-4 3 4h3',
  exercise: 'M6 7v10M3 9v6m15-8v10m3-8v6M6 12h12',
  read: 'M12 6C9 4 6 4 3 5v14c3-1 6-1 9 1 3-2 6-2 9-1V5c-3-1-6-1-9 1zm0 0v14',
  film: 'M3 5h18v12H3zm7 3.5v5l4.5-2.5zM8 21h8m-4-4v4',
  call: 'M5 4h3l2 5-2 1.5a11 11 0 0 0 5.5 5.5L15 14l5 2v3a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2z',
  together: 'M6 8a3 3 0 1 0 6 0 3 3 0 1 0-6 0M2 20c0-4 3-6 7-6s7 2 7 6m-1-14a2.5 2.5 0 1 1 0 5m2 3c3 0 5 2 5 5',
  nice: 'M12 20S4 15 4 9a4 4 0 0 1 8-1 4 4 0 0 1 8 1c0 6-8 11-8 11z',
};

export const ICON = {
  add: 'M12 5v14M5 12h14',
  remove: 'M6 6l12 12M18 6 6 18',
  speak: 'M4 9h4l5-4v14l-5-4H4zm12 0a4 4 0 0 1 0 6m3-9a8 8 0 0 1 0 12',
  back: 'M19 12H5m6-6-6 6 6 6',
  tick: 'M5 12l5 5 9-10',
  date: 'M4 6h16v14H4zm0 4h16M8 3v4m8-4v4',
  calm: 'M12 3a9 9 0 1 0 0 18 9 9 0 1 0 0-18m0 5a4 4 0 1 0 0 8 4 4 0 1 0 0-8M5.6 5.6l3.6 3.6m9.2-3.6-3.6 3.6m-9.2 9.2 3.6-3.6m9.2 3.6-3.6-3.6',
  undo: 'M9 14 4 9l5-5M4 9h10a6 6 0 0 1 0 12h-3',
};

/** A decorative pictogram; the word next to it carries the meaning. */
export const icon = (d: string, cls = 'icon') =>
  html`<svg class=${cls} viewBox="0 0 24 24" aria-hidden="true"><path d=${d}></path></svg>`;

/** A button with a pictogram and a word (`aria` when the word alone is not enough, e.g. "Fjern Mor"). */
export const btn = (label: string, d: string, click: () => void, cls = '', aria?: string): TemplateResult =>
  html`<button type="button" class="btn ${cls}" aria-label=${aria ?? nothing} @click=${click}>${icon(d)}${label}</button>`;
