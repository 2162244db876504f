/**
 * The agenda's icons, compact 24×24 stroke paths drawn for this project. One icon, one
 * meaning. The kinds and states are here; the pictograms (agenda.pictograms.ts) and the
 * facilitator's control icons (agenda.editor.ts) load with the parts that use them.
 */
import { html } from 'lit';

const ring = (r: number, cy = 12) => `M${12 - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0-${2 * r} 0`;

export const ICONS: Record<string, string> = {
  // kinds: agenda point, break, shared meal
  point: ring(9) + ring(3),
  break: 'M4 9h12v5a5 5 0 0 1-5 5H9a5 5 0 0 1-5-5zm12 1h2a3 3 0 0 1 0 6h-2M8 3v3m4-3v3',
  meal: 'M7 3v18M4 3v5a3 3 0 0 0 6 0V3m7 18V3c-2 2-3 5-3 9h3',
  // states
  now: 'M8 5l11 7-11 7z',
  done: 'M5 12l5 5L20 7',
  skipped: 'M5 5l9 7-9 7zm14 0v14',
};

/** An icon as inline SVG, hidden from assistive technology (the word next to it carries the meaning). */
export const icon = (d: string | undefined, cls = 'icon') =>
  html`<svg class=${cls} viewBox="0 0 24 24" aria-hidden="true"><path d=${d ?? ''}></path></svg>`;
