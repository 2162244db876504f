/**
 * What the circle and its lazily loaded parts (working part, panels) share: loading a part
 * once, the bar and button markup, and the words for a place in the circle.
 */
import { html, nothing } from 'lit';
import type { GkNetworkCircle } from './network-circle.component.js';
import { icon } from './network-circle.icons.js';
import { networkSector, type NetworkPerson } from './network-circle.model.js';

export { lazy } from '../../core/lazy.js';

/** A button with an icon (none when `d` is '') and a word. */
export const btn = (d: string, text: unknown, go: () => void, cls = '') =>
  html`<button type="button" class="btn ${cls}" @click=${go}>${d ? icon(d) : nothing}${text}</button>`;

/** A boxed bar (`part` and class `cls`): a line of text and buttons; not printed. */
export const bar = (cls: string, text: string, ...buttons: unknown[]) =>
  html`<div class="bar note ${cls} no-print" part=${cls}><p>${text}</p>${buttons}</div>`;

/** "tættest på" … for ring `n` of `v` (with two rings, the outer one is "længere væk"). */
export const ringName = (el: GkNetworkCircle, n: number, v = el.value) => el.t(`ring${v.rings === 2 && n === 2 ? 3 : n}` as 'ring1');

/** "ring 2, tæt på, Venner": where a person is. */
export const placeName = (el: GkNetworkCircle, p: NetworkPerson, v = el.value) =>
  el.t('where', { n: p.ring, ring: ringName(el, p.ring, v) }) + (v.sectors ? `, ${el.t(networkSector(p))}` : '');
