/**
 * Registers a custom element unless the tag is already taken. Two copies of gruppekit on one
 * portal page (say, two embedded widgets bundled separately) must not crash each other: the
 * second copy warns and keeps the first registration.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== ctor) {
      console.warn(`[gruppekit] <${tag}> is already defined on this page (another copy of gruppekit?); keeping the first definition.`);
    }
    return;
  }
  customElements.define(tag, ctor);
}
