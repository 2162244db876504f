// Its own test file, so its own page: no part of the scale has been loaded yet.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/scale.js';
import type { GkScale } from '../../src/scale.js';
import { firstRender, loaded, PARTS } from './parts.js';

describe('gk-scale: parts load on first use, before the first render', () => {
  it('a plain slider loads none of them', async () => {
    const el = await fixture<GkScale>(html`<gk-scale></gk-scale>`);
    expect(el.shadowRoot!.querySelector('[role=slider]')).to.exist;
    expect(loaded()).to.deep.equal([]);
  });

  it('buttons, thermometer, preset texts, earlier answers and follow-ups are all in the very first render', async () => {
    const el = document.createElement('gk-scale');
    el.presentation = 'buttons';
    el.orientation = 'vertical';
    el.preset = 'craving';
    el.surface = 'facilitator';
    el.value = 7;
    el.history = [{ value: 4, label: 'Møde 1' }];
    const first = firstRender(el);
    document.body.append(el);
    try {
      const seen = await first;
      // no blank or generic question, no slider before the buttons, no horizontal row first
      expect(seen.question).to.equal('Hvor meget trang har du lige nu?');
      expect(seen.radios).to.equal(11);
      expect(seen.tube, 'the thermometer styles are adopted').to.equal(true);
      expect(seen.earlier).to.equal('Tidligere svar: Møde 1: 4');
      expect(seen.followUps).to.be.greaterThan(0);
      expect(loaded()).to.deep.equal(PARTS);
    } finally {
      el.remove();
    }
  });

  it('the shared screen shows no earlier answers (they are personal)', async () => {
    const el = await fixture<GkScale>(html`<gk-scale surface="shared" .history=${[{ value: 2 }]}></gk-scale>`);
    expect(el.shadowRoot!.querySelector('.earlier')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.was')).to.equal(null);
  });
});
