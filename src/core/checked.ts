import type { PropertyDeclaration, PropertyDeclarations } from 'lit';
import type { GkElement } from './base-element.js';
import type { Check } from './validation.js';

/**
 * A reactive property declaration with an optional `check`: the setter validates every
 * assignment (property or attribute) and keeps the last good value when the check fails,
 * reporting it like `value`.
 */
export interface GkPropertyDeclaration extends PropertyDeclaration {
  check?: (v: unknown) => Check<unknown>;
}

export type GkPropertyDeclarations = { readonly [key: string]: GkPropertyDeclaration };

/**
 * Gives the properties a class declares with `check` a validating accessor, before Lit makes
 * them reactive (Lit wraps it: requestUpdate only when the value changed). Call it in the class
 * body after `static properties`; a tool without checked properties does not carry this code.
 *
 *   static override properties: GkPropertyDeclarations = { labels: { attribute: false, check: checkCardLabels } };
 *   static { checkProperties(this); }
 */
export function checkProperties(cls: { properties: PropertyDeclarations; prototype: object }): void {
  for (const [name, { check }] of Object.entries(cls.properties as GkPropertyDeclarations)) {
    if (!check || Object.getOwnPropertyDescriptor(cls.prototype, name)) continue;
    const key = Symbol(name);
    Object.defineProperty(cls.prototype, name, {
      get(this: Record<symbol, unknown>) {
        return this[key];
      },
      set(this: GkElement & Record<symbol, unknown>, v: unknown) {
        const r = check(v);
        if (this.accept(r)) this[key] = r.value;
      },
      configurable: true,
    });
  }
}
