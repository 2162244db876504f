// Under a strict style policy (no inline styles), every layout and surface of the plus/minus
// sheet renders and is edited — the lazily loaded editor and 0–10 scale included — without a
// single violation. Its own file: a CSP cannot be lifted from a page again.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/plus-minus.js';
import type { GkPlusMinus, PlusMinusValue } from '../../src/plus-minus.js';
import { strictStylePolicy } from '../support/csp.js';
import { sendKeys } from '../support/helpers.js';

const VALUE: PlusMinusValue = {
  version: 1,
  layout: 'four',
  topic: 'Hash',
  entries: [
    { id: 'a', side: 'plus', row: 'continue', text: 'Jeg slapper af', weight: 6, by: 'Ali' },
    { id: 'b', side: 'minus', row: 'change', text: 'Jeg kan ikke sove' },
  ],
};

describe('gk-plus-minus under a strict CSP', () => {
  const csp = strictStylePolicy();

  it('the policy is in force (an inline style is reported)', () => csp.proveInForce());

  it('renders every surface and layout, edits and weighs an entry, without a violation', async () => {
    for (const surface of ['participant', 'facilitator', 'shared']) {
      const el = await fixture<GkPlusMinus>(html`<gk-plus-minus surface=${surface} .value=${structuredClone(VALUE)}></gk-plus-minus>`);
      const root = el.shadowRoot!;
      expect(getComputedStyle(root.querySelector('.grid')!).display, 'styles applied').to.equal('grid');
      expect(root.querySelector('.bar rect')!.getAttribute('width')).to.equal('6');
      (root.querySelector('.t') as HTMLElement).click();
      await el.updateComplete;
      [...root.querySelectorAll<HTMLElement>('.ed button')].find((b) => b.textContent!.includes('Hvor meget'))!.click();
      await el.updateComplete;
      const scale = root.querySelector('gk-scale') as HTMLElement & { updateComplete: Promise<unknown> };
      await scale.updateComplete;
      scale.shadowRoot!.querySelectorAll<HTMLElement>('[role=radio]')[9].click();
      await el.updateComplete;
      expect(el.value.entries[0].weight).to.equal(9);
      await sendKeys({ press: 'Escape' });
      expect(root.querySelector('[style]'), 'no style attribute anywhere').to.equal(null);
    }
    for (const layout of ['two', 'evaluation']) {
      const el = await fixture<GkPlusMinus>(html`<gk-plus-minus layout=${layout}></gk-plus-minus>`);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('.cell').length).to.be.greaterThan(1);
    }
    expect(await csp.settled()).to.deep.equal([]);
  });
});
