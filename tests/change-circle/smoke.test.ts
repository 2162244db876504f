import { expect, fixture, html } from '@open-wc/testing';
import '../../src/change-circle.js';
import type { GkChangeCircle } from '../../src/change-circle.js';

describe('gk-change-circle smoke', () => {
  it('renders six radios and the wheel', async () => {
    const el = await fixture<GkChangeCircle>(html`<gk-change-circle topic="at ryge mindre hash"></gk-change-circle>`);
    expect(el.shadowRoot!.querySelectorAll('[role=radio]')).to.have.length(6);
    expect(el.shadowRoot!.querySelectorAll('.nd')).to.have.length(6);
    await expect(el).to.be.accessible();
  });
});
