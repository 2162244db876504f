// Shared test helpers: real keyboard and pointer input through the browser, the browser's own
// accessibility tree, and capture of the bad-input contract (event + console warning).
import { executeServerCommand, sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import type { InvalidValueDetail } from '../../src/core/base-element.js';

export { sendKeys, sendMouse, resetMouse };

/** One node of Chromium's accessibility tree (see tests/support/ax-plugin.mjs). */
export interface AxNode {
  role: string;
  name: string;
  value?: string | number;
  description?: string;
  checked?: 'true' | 'false' | 'mixed';
  pressed?: 'true' | 'false' | 'mixed';
  selected?: boolean;
  disabled?: boolean;
  required?: boolean;
  expanded?: boolean;
  level?: number;
  valuetext?: string;
  orientation?: string;
  [prop: string]: unknown;
}

/** Chromium's accessibility tree for the page, as a flat list of the nodes it exposes. */
export async function axTree(): Promise<AxNode[]> {
  return (await executeServerCommand('ax-tree')) as AxNode[];
}

/** The exposed nodes with `role` (and, when given, a matching accessible name). */
export async function findRole(role: string, name?: string | RegExp): Promise<AxNode[]> {
  return (await axTree()).filter(
    (n) => n.role === role && (name === undefined || (typeof name === 'string' ? n.name === name : name.test(n.name))),
  );
}

/** Records gk-invalid-value events and console.warn calls on `el` until `stop()`. */
export function captureInvalid(el: EventTarget) {
  const events: InvalidValueDetail[] = [];
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
  };
  const onInvalid = (e: Event) => events.push((e as CustomEvent<InvalidValueDetail>).detail);
  el.addEventListener('gk-invalid-value', onInvalid);
  return {
    events,
    warnings,
    stop() {
      console.warn = original;
      el.removeEventListener('gk-invalid-value', onInvalid);
    },
  };
}

/** Counts `input` and `change` events on `el`. */
export function countEvents(el: EventTarget) {
  const counts = { input: 0, change: 0 };
  el.addEventListener('input', () => counts.input++);
  el.addEventListener('change', () => counts.change++);
  return counts;
}

/**
 * The centre of an element in viewport coordinates, for sendMouse. Scrolls it into view first
 * if it is not fully visible (an earlier test may have left the page scrolled).
 */
export function centerOf(el: Element): [number, number] {
  let r = el.getBoundingClientRect();
  if (r.top < 0 || r.left < 0 || r.bottom > innerHeight || r.right > innerWidth) {
    el.scrollIntoView({ block: 'center', inline: 'center' });
    r = el.getBoundingClientRect();
  }
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
}

/** Every rendered interactive target in a shadow root that is smaller than 44×44 CSS px. */
export function smallTargets(root: ShadowRoot | Element, selector = 'button, [role=slider], [role=radio], [role=checkbox], input, select, textarea, a[href], [tabindex]'): string[] {
  return [...root.querySelectorAll<HTMLElement>(selector)]
    .filter((t) => t.offsetParent !== null || t.getClientRects().length > 0)
    // a heading or region with tabindex="-1" only receives focus from script; it is no target
    .filter((t) => !(t.getAttribute('tabindex') === '-1' && !t.matches('button, input, select, textarea, a[href], [role]')))
    .filter((t) => {
      const r = t.getBoundingClientRect();
      return r.width < 44 || r.height < 44;
    })
    .map((t) => `${t.localName}${t.className ? '.' + t.className : ''} ${Math.round(t.getBoundingClientRect().width)}×${Math.round(t.getBoundingClientRect().height)}`);
}
