// The shared field style (core/fields.ts) on its own, in a small test element.
import { expect, fixture, html as fx } from '@open-wc/testing';
import { css, html, LitElement } from 'lit';
import { fields } from '../../src/core/fields.js';
import { palette } from '../../src/core/palette.js';
import { base, tokens } from '../../src/core/styles.js';

// Small type and a host asking for small targets: the 44 px floor must still hold.
const small = css`
  :host {
    --gk-target-size: 10px;
    font-size: 12px;
  }
`;

class FieldsProbe extends LitElement {
  static override styles = [tokens, palette, base, fields, small];
  override render() {
    return html`
      <input id="text" />
      <input id="tel" type="tel" />
      <input id="bad" aria-invalid="true" />
      <input id="off" disabled />
      <select id="sel"><option>a</option></select>
      <textarea id="ta" rows="1"></textarea>
      <input id="box" type="checkbox" />
    `;
  }
}
customElements.define('gk-fields-probe', FieldsProbe);

/** Like a lazy part: the tool's own rule comes first, the shared fields are adopted after it. */
class FieldsLate extends LitElement {
  static override styles = [tokens, palette, base, css`textarea { min-block-size: 6em; resize: none; }`];
  override connectedCallback() {
    super.connectedCallback();
    const root = this.renderRoot as ShadowRoot;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, fields.styleSheet!];
  }
  override render() {
    return html`<textarea rows="1"></textarea><input />`;
  }
}
customElements.define('gk-fields-late', FieldsLate);

const BORDER = 'rgb(116, 122, 128)'; // --_border's light default, #747a80

describe('core/fields', () => {
  it('gives every text field a 44 px minimum height and the tokens\' solid border', async () => {
    const el = await fixture<FieldsProbe>(fx`<gk-fields-probe></gk-fields-probe>`);
    for (const id of ['text', 'tel', 'bad', 'off', 'sel', 'ta']) {
      const f = el.renderRoot.querySelector<HTMLElement>(`#${id}`)!;
      const cs = getComputedStyle(f);
      expect(f.getBoundingClientRect().height, `${id} height`).to.be.at.least(44);
      expect(cs.borderTopStyle, `${id} border style`).to.equal('solid');
      expect(cs.borderTopWidth, `${id} border width`).to.equal('2px');
      if (id !== 'bad') expect(cs.borderTopColor, `${id} border colour`).to.equal(BORDER);
      expect(cs.fontWeight, `${id} weight`).to.equal('400');
    }
  });

  it('leaves checkboxes and radio buttons alone', async () => {
    const el = await fixture<FieldsProbe>(fx`<gk-fields-probe></gk-fields-probe>`);
    const box = el.renderRoot.querySelector<HTMLElement>('#box')!;
    expect(box.getBoundingClientRect().height).to.be.below(44);
    expect(getComputedStyle(box).paddingTop).to.equal('0px');
  });

  it('marks aria-invalid="true" by more than colour: a thicker start border', async () => {
    const el = await fixture<FieldsProbe>(fx`<gk-fields-probe></gk-fields-probe>`);
    const ok = getComputedStyle(el.renderRoot.querySelector('#text')!);
    const bad = getComputedStyle(el.renderRoot.querySelector('#bad')!);
    expect(parseFloat(bad.borderLeftWidth)).to.be.greaterThan(parseFloat(ok.borderLeftWidth) * 2);
    expect(bad.borderTopColor).to.not.equal(ok.borderTopColor);
  });

  it('shows a disabled field as not editable', async () => {
    const el = await fixture<FieldsProbe>(fx`<gk-fields-probe></gk-fields-probe>`);
    const on = getComputedStyle(el.renderRoot.querySelector('#text')!);
    const off = getComputedStyle(el.renderRoot.querySelector('#off')!);
    expect(off.backgroundColor).to.not.equal(on.backgroundColor);
    expect(off.cursor).to.equal('not-allowed');
  });

  it('yields to any rule of the tool, even when adopted after it (as lazy parts do)', async () => {
    const el = await fixture<FieldsLate>(fx`<gk-fields-late></gk-fields-late>`);
    const ta = el.renderRoot.querySelector('textarea')!;
    const cs = getComputedStyle(ta);
    expect(cs.resize).to.equal('none');
    expect(ta.getBoundingClientRect().height).to.be.at.least(6 * parseFloat(cs.fontSize) - 1);
    expect(getComputedStyle(el.renderRoot.querySelector('input')!).borderTopStyle).to.equal('solid');
  });
});
