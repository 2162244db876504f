// Helpers for the tests of the scale's lazily loaded parts (each test file is its own page).
import type { GkScale } from '../../src/scale.js';

export const PARTS = ['scale.extras.ts', 'scale.facilitator.ts', 'scale.texts.ts'];
/** The scale's lazy parts this page has fetched (the test server serves each source file). */
export const loaded = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name.split('/').pop()!.split('?')[0])
    .filter((n) => PARTS.includes(n))
    .sort();

/** What the scale's shadow root showed after its first update. */
export function firstRender(el: GkScale): Promise<{ question: string; radios: number; tube: boolean; earlier: string; followUps: number }> {
  return new Promise((resolve) => {
    let done = false;
    el.addController({
      hostUpdated() {
        if (done) return;
        done = true;
        const root = el.shadowRoot!;
        resolve({
          question: root.querySelector('.question')!.textContent!.trim(),
          radios: root.querySelectorAll('[role=radio]').length,
          tube: root.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes('.vertical .track'))),
          earlier: root.querySelector('.earlier')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
          followUps: root.querySelectorAll('.followups li').length,
        });
      },
    });
  });
}

