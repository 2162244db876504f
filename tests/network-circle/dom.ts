// DOM helpers for the <gk-network-circle> tests.
import type { GkNetworkCircle } from '../../src/network-circle.js';

export const $ = <T extends Element = HTMLElement>(el: GkNetworkCircle, sel: string) => el.shadowRoot!.querySelector<T>(sel as string) as T;
export const $$ = <T extends Element = HTMLElement>(el: GkNetworkCircle, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel as string)] as T[];
export const tok = (el: GkNetworkCircle, id: string) => $(el, `.tok[data-id="${id}"]`);
export const status = (el: GkNetworkCircle) => $(el, '[role=status]').textContent!.trim();
export const buttonNamed = (el: GkNetworkCircle, text: string) =>
  $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.replace(/\s+/g, ' ').trim() === text)!;

const SLICE = (2 * Math.PI) / 5;

/**
 * A point (page coordinates) inside ring `ring` and sector `sector` (0–4, clockwise from the
 * top) of the drawn circle; with `empty`, one where no token is (for a tap on the place).
 */
export function pointIn(el: GkNetworkCircle, ring: number, sector?: number, empty = false): [number, number] {
  const svg = $(el, '.box > svg');
  const S = +svg.getAttribute('viewBox')!.split(' ')[2];
  const radii = $$(el, '.box > svg circle:not(.me)')
    .map((c) => +c.getAttribute('r')!)
    .reverse();
  const me = +$(el, 'circle.me').getAttribute('r')!;
  const [ri, ro] = [ring === 1 ? me : radii[ring - 2], radii[ring - 1]];
  const rect = $(el, '.box').getBoundingClientRect();
  const a0 = sector === undefined ? -Math.PI / 2 : -Math.PI / 2 + sector * SLICE;
  const span = sector === undefined ? 2 * Math.PI : SLICE;
  for (const f of [0.5, 0.3, 0.7, 0.2, 0.8]) {
    for (const g of [0.5, 0.15, 0.85, 0.3, 0.7, 0.05, 0.95]) {
      const r = ri + (ro - ri) * f;
      const t = a0 + span * g;
      const x = Math.round(rect.left + (0.5 + (r * Math.cos(t)) / S) * rect.width);
      const y = Math.round(rect.top + (0.5 + (r * Math.sin(t)) / S) * rect.height);
      const hit = el.shadowRoot!.elementFromPoint(x, y);
      if (!empty || (hit && !hit.closest('.tok') && hit.closest('.box'))) return [x, y];
    }
  }
  throw new Error(`no free point in ring ${ring}, sector ${sector}`);
}

/** Scrolls the circle into the middle of the viewport (sendMouse works in viewport coordinates). */
export function showCircle(el: GkNetworkCircle): void {
  $(el, '.box').scrollIntoView({ block: 'center' });
}
