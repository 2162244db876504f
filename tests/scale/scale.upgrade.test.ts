// Its own test file, so its own page: no part of the scale has been loaded yet.
import { expect } from '@open-wc/testing';
// the class alone (classes.js would also bring the facilitator part and its texts)
import { GkScale } from '../../src/components/scale/scale.component.js';
import { firstRender, loaded } from './parts.js';

describe('gk-scale: the parts are waited for whenever the data arrives', () => {
  it('properties set before the tag is defined, and changes while a part loads, are in the first render', async () => {
    // A framework that sets properties before gruppekit has loaded (Lit moves them onto the
    // accessors only when the element first updates), then one more change during the wait.
    const el = document.createElement('gk-scale-early') as GkScale;
    el.preset = 'craving';
    el.value = 3;
    document.body.append(el);
    customElements.define('gk-scale-early', class extends GkScale {});
    const first = firstRender(el); // the first update is still to come (a microtask away)
    expect(loaded(), 'nothing loaded yet').to.deep.equal([]);
    el.presentation = 'buttons'; // while the preset's texts are on their way
    try {
      const seen = await first;
      expect(seen.question).to.equal('Hvor meget trang har du lige nu?');
      expect(seen.radios, 'the buttons, not the slider first').to.equal(11);
      expect(el.shadowRoot!.querySelector('[aria-checked=true]')!.textContent!.trim()).to.equal('3');
      expect(loaded()).to.deep.equal(['scale.extras.ts', 'scale.texts.ts']);
    } finally {
      el.remove();
    }
  });
});
