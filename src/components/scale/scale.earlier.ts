/**
 * Earlier answers (e.g. from earlier meetings), loaded when a scale first gets a `history`:
 * a faint hollow ring under each earlier number, so change over time shows by shape and not
 * only by colour, and a line that says them in words. The scale holds its update until this
 * part has arrived. Never on the shared screen.
 */
import { css, html } from 'lit';
import type { Table } from '../../core/localize.js';
import type { GkScale } from './scale.component.js';

const da = {
  earlier: 'Tidligere svar',
  earlierItem: '{label}: {value}',
};
export type ScaleEarlierStrings = typeof da;

/** Other languages: the same modules as SCALE_STRINGS (they hold every key). */
const EARLIER_STRINGS: Table<ScaleEarlierStrings> = {
  da,
  nb: () => import('./i18n/nb.js'),
  sv: () => import('./i18n/sv.js'),
  en: () => import('./i18n/en.js'),
};

export const styles = css`
  .was::after {
    content: '';
    position: absolute;
    inset: auto 50% -0.5rem auto;
    translate: 50%;
    inline-size: 0.65rem;
    aspect-ratio: 1;
    border: 2px solid var(--_muted);
    border-radius: 50%;
  }
  /* in a button the ring sits inside, under the number */
  .opt.was::after {
    inset-block-end: 0.2rem;
    border-color: currentColor;
  }
  .earlier {
    margin: 0;
    color: var(--_muted);
  }
`;

/** "Tidligere svar: Møde 1: 4 · Møde 2: 6". The rings come from the `was` class on the numbers. */
export function renderEarlier(el: GkScale) {
  el.adoptStyles(styles);
  const t = (key: keyof ScaleEarlierStrings, vars?: Record<string, string | number>) => el.tIn(EARLIER_STRINGS, key, vars);
  return html`<p class="earlier" part="earlier">
    ${t('earlier')}:
    ${el.history.map((m) => (m.label ? t('earlierItem', { label: m.label, value: m.value }) : String(m.value))).join(' · ')}
  </p>`;
}
