// Its own test file, so its own page: nothing else has loaded drawings yet.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/feelings.js';
import type { GkFeelingsPicker } from '../../src/feelings.js';

const loaded = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((n) => n.includes('/feelings/drawings/'))
    .map((n) => n.split('/').pop()!.split('?')[0]);

describe('gk-feelings-picker: drawings load lazily, per persona', () => {
  it('a page showing one persona loads only that persona`s drawings', async () => {
    const before = loaded();
    expect(before.some((f) => /young-|middle-aged-/.test(f)), 'no persona before any picker is shown').to.equal(false);
    const el = await fixture<GkFeelingsPicker>(html`<gk-feelings-picker persona="middle-aged-woman"></gk-feelings-picker>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.card svg.face path'), 'faces shown').to.exist;
    const after = loaded();
    expect(after).to.include('middle-aged-woman.ts');
    expect(after.filter((f) => /^(young-man|young-woman|middle-aged-man)\.ts$/.test(f))).to.deep.equal([]);
    el.persona = 'young-man';
    await el.updateComplete;
    expect(loaded()).to.include('young-man.ts');
  });
});
