import { expect, fixture, html } from '@open-wc/testing';
import '../../src/network-circle.js';
import type { GkNetworkCircle } from '../../src/network-circle.js';

it('smoke', async () => {
  const el = await fixture<GkNetworkCircle>(html`<gk-network-circle .value=${{ version: 1, rings: 3, sectors: true, people: [{ id: 'a', name: 'Mor', ring: 1, sector: 'family', canHelp: true, inSubstanceEnvironment: false }] }}></gk-network-circle>`);
  await el.updateComplete;
  const tok = el.shadowRoot!.querySelector('.tok')!;
  expect(tok).to.exist;
  (el.shadowRoot!.querySelector('.bar .btn') as HTMLElement).click();
  await el.updateComplete;
  expect(el.shadowRoot!.querySelector('dialog')!.open).to.equal(true);
  await expect(el).to.be.accessible();
});
