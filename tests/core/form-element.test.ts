// The value/forms/bad-input/language contract through a minimal element, with no tool around it.
import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { GkFormElement } from '../../src/core/form-element.js';
import type { Table } from '../../src/core/localize.js';
import { checkProperties } from '../../src/core/checked.js';
import { controls } from '../../src/core/controls.js';
import { base, tokens } from '../../src/core/styles.js';
import { checkArray, checkText, checkVersion, fail, isRecord, ok, type Check } from '../../src/core/validation.js';
import { captureInvalid, countEvents } from '../support/helpers.js';

interface Notes {
  version: 1;
  notes: string[];
}
const da = { title: 'Noter', add: 'Tilføj' };
const TABLE: Table<typeof da> = {
  da,
  nb: () => Promise.resolve({ default: { title: 'Notater', add: 'Legg til' } }),
  sv: () => Promise.resolve({ default: { title: 'Anteckningar', add: 'Lägg till' } }),
  en: () => Promise.resolve({ default: { title: 'Notes', add: 'Add' } }),
};

function checkNotes(v: unknown): Check<Notes> {
  if (!isRecord(v)) return fail('value', 'must be an object');
  const version = checkVersion('value.version', v.version, 1);
  if (!version.ok) return version;
  const notes = checkArray('value.notes', v.notes, (x, f) => checkText(f, x, { max: 20 }), 10);
  if (!notes.ok) return notes;
  return ok({ version: 1, notes: notes.value });
}

class TestNotes extends GkFormElement<Notes, typeof da> {
  static override styles = [tokens, base, controls];
  protected readonly table = TABLE;
  protected checkValue(v: unknown) {
    return checkNotes(v);
  }
  protected emptyValue(): Notes {
    return { version: 1, notes: [] };
  }
  protected override isEmpty(v: Notes) {
    return v.notes.length === 0;
  }
  add(text: string) {
    this.setUserValue({ version: 1, notes: [...this.value.notes, text] });
  }
  override render() {
    return litHtml`<h2>${this.t('title')}</h2>
      <ul>
        ${this.value.notes.map((n) => litHtml`<li>${n}</li>`)}
      </ul>
      <button class="btn" @click=${() => this.add('ny')}>${this.t('add')}</button>`;
  }
}
customElements.define('gk-test-notes', TestNotes);

describe('core/form-element contract', () => {
  it('puts objects in FormData as JSON, nothing while empty, resets to defaultValue', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><gk-test-notes name="n"></gk-test-notes></form>`);
    const el = form.querySelector<TestNotes>('gk-test-notes')!;
    expect(new FormData(form).has('n')).to.equal(false);
    el.defaultValue = { version: 1, notes: ['start'] };
    expect(el.value.notes, 'defaultValue sets value while untouched').to.deep.equal(['start']);
    el.add('mere');
    await el.updateComplete;
    expect(JSON.parse(new FormData(form).get('n') as string)).to.deep.equal({ version: 1, notes: ['start', 'mere'] });
    form.reset();
    await el.updateComplete;
    expect(el.value.notes).to.deep.equal(['start']);
  });

  it('keeps a copy: mutating the assigned object does not change the element', async () => {
    const el = await fixture<TestNotes>(html`<gk-test-notes></gk-test-notes>`);
    const data = { version: 1 as const, notes: ['a'] };
    el.value = data;
    data.notes.push('b');
    expect(el.value.notes).to.deep.equal(['a']);
  });

  it('rejects bad data with the field path, keeps the last good value, renders text as text', async () => {
    const el = await fixture<TestNotes>(html`<gk-test-notes></gk-test-notes>`);
    el.value = { version: 1, notes: ['<b>fed</b>'] };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('li')!.textContent).to.equal('<b>fed</b>');
    expect(el.shadowRoot!.querySelector('li b')).to.equal(null);
    const cap = captureInvalid(el);
    try {
      el.value = { version: 2, notes: [] } as never;
      el.value = { version: 1, notes: ['ok', 'x'.repeat(10000)] };
      el.value = 'nonsense' as never;
      expect(el.value.notes).to.deep.equal(['<b>fed</b>']);
      expect(cap.events.map((e) => e.field)).to.deep.equal(['value.version', 'value.notes[1]', 'value']);
      expect(cap.events[1].reason).to.equal('must be at most 20 characters (got 10000)');
      expect(cap.warnings.join('\n')).not.to.contain('xxxx');
    } finally {
      cap.stop();
    }
  });

  it('a report made while detached is made once more on connect, and the warning names the element, not the data', async () => {
    const form = await fixture<HTMLFormElement>(html`<form></form>`);
    const el = document.createElement('gk-test-notes') as TestNotes;
    el.setAttribute('name', 'noter');
    const heard: string[] = [];
    form.addEventListener('gk-invalid-value', (e) => heard.push((e as CustomEvent).detail.field));
    const cap = captureInvalid(el);
    try {
      // a framework sets the property before it inserts the element
      el.value = { version: 1, notes: ['Anna Hansen 010203-1234'.repeat(2)] } as never;
      expect(heard, 'a detached element reaches no listener of the page').to.deep.equal([]);
      form.append(el);
      expect(heard, 'told again once connected').to.deep.equal(['value.notes[0]']);
      el.remove();
      form.append(el);
      expect(heard, 'only once').to.have.length(1);
      expect(cap.warnings).to.have.length(1);
      expect(cap.warnings[0]).to.contain('<gk-test-notes name="noter">');
      expect(cap.warnings[0], 'no data').not.to.contain('Anna');
    } finally {
      cap.stop();
    }
  });

  it('required: empty is invalid; user changes fire input and change; programmatic sets fire nothing', async () => {
    const el = await fixture<TestNotes>(html`<gk-test-notes required></gk-test-notes>`);
    expect(el.checkValidity()).to.equal(false);
    const counts = countEvents(el);
    el.value = { version: 1, notes: ['x'] };
    await el.updateComplete;
    expect(counts).to.deep.equal({ input: 0, change: 0 });
    expect(el.checkValidity()).to.equal(true);
    el.shadowRoot!.querySelector('button')!.click();
    expect(counts).to.deep.equal({ input: 1, change: 1 });
  });

  it('loads another language lazily and updateComplete waits for it', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="nb"><gk-test-notes></gk-test-notes></div>`);
    const el = wrap.querySelector<TestNotes>('gk-test-notes')!;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Notater');
    document.documentElement.lang = 'en';
    wrap.removeAttribute('lang');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Notes');
    document.documentElement.lang = '';
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h2')!.textContent, 'no lang anywhere → Danish').to.equal('Noter');
  });

  it('reverts unknown surface and theme values', async () => {
    const el = await fixture<TestNotes>(html`<gk-test-notes surface="shared" theme="dark"></gk-test-notes>`);
    const cap = captureInvalid(el);
    try {
      el.setAttribute('surface', 'projector');
      el.setAttribute('theme', 'pink');
      await el.updateComplete;
      expect(el.surface).to.equal('shared');
      expect(el.theme).to.equal('dark');
      expect(el.getAttribute('surface')).to.equal('shared');
      expect(cap.events.map((e) => e.field).sort()).to.deep.equal(['surface', 'theme']);
    } finally {
      cap.stop();
    }
  });

  it('themes change the tokens; forced-colors and focus ring come from the base', async () => {
    const light = await fixture<TestNotes>(html`<gk-test-notes></gk-test-notes>`);
    const dark = await fixture<TestNotes>(html`<gk-test-notes theme="dark"></gk-test-notes>`);
    const hc = await fixture<TestNotes>(html`<gk-test-notes theme="high-contrast"></gk-test-notes>`);
    const bg = (e: Element) => getComputedStyle(e.shadowRoot!.querySelector('button')!).backgroundColor;
    expect(bg(light)).to.equal('rgb(255, 255, 255)');
    expect(bg(dark)).to.equal('rgb(22, 25, 29)');
    expect(getComputedStyle(hc.shadowRoot!.querySelector('button')!).borderTopWidth).to.equal('3px');
    const styled = await fixture<HTMLDivElement>(html`<div style="--gk-color-surface: rgb(1, 2, 3)"><gk-test-notes></gk-test-notes></div>`);
    expect(bg(styled.firstElementChild!), 'an ancestor token wins in the light theme').to.equal('rgb(1, 2, 3)');
    const btn = light.shadowRoot!.querySelector('button')!;
    expect(btn.getBoundingClientRect().height).to.be.at.least(44);
  });
});

describe('core: checked properties, adoptStyles, tIn', () => {
  class Checked extends TestNotes {
    static override properties = {
      tags: { attribute: false, check: (v: unknown) => checkArray('tags', v, (x, f) => checkText(f, x, { max: 5 }), 3) },
    };
    static {
      checkProperties(this);
    }
    declare tags: string[];
    constructor() {
      super();
      this.tags = [];
    }
  }
  customElements.define('gk-test-checked', Checked);

  it('a property declared with check keeps its last good value and reports the field', async () => {
    const el = await fixture<Checked>(html`<gk-test-checked></gk-test-checked>`);
    el.tags = ['a', 'b'];
    const cap = captureInvalid(el);
    try {
      el.tags = ['a', 'toolong'];
      el.tags = 'x' as never;
      expect(el.tags).to.deep.equal(['a', 'b']);
      expect(cap.events.map((e) => e.field)).to.deep.equal(['tags[1]', 'tags']);
    } finally {
      cap.stop();
    }
  });

  it('adoptStyles adds a lazy part sheet once; tIn reads another table with host overrides', async () => {
    const el = await fixture<Checked>(html`<gk-test-checked></gk-test-checked>`);
    const { css } = await import('lit');
    const extra = css`h2 { color: rgb(9, 8, 7); }`;
    el.adoptStyles(extra);
    el.adoptStyles(extra);
    expect(el.shadowRoot!.adoptedStyleSheets.filter((s) => s === extra.styleSheet)).to.have.length(1);
    expect(getComputedStyle(el.shadowRoot!.querySelector('h2')!).color).to.equal('rgb(9, 8, 7)');
    const more: Table<{ save: string }> = {
      da: { save: 'Gem' },
      nb: () => Promise.resolve({ default: { save: 'Lagre' } }),
      sv: () => Promise.resolve({ default: { save: 'Spara' } }),
      en: () => Promise.resolve({ default: { save: 'Save' } }),
    };
    expect(el.tIn(more, 'save')).to.equal('Gem');
    el.strings = { save: 'Gem nu' } as never;
    expect(el.tIn(more, 'save')).to.equal('Gem nu');
  });
});
