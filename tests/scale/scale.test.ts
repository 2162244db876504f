import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/scale.js';
import type { GkScale } from '../../src/scale.js';
import { followUps } from '../../src/components/scale/scale.facilitator.js';
import { captureInvalid, centerOf, countEvents, findRole, resetMouse, sendKeys, sendMouse, smallTargets } from '../support/helpers.js';

const $ = (el: GkScale, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel)!;
const $$ = (el: GkScale, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const slider = (el: GkScale) => $(el, '[role=slider]');
const cell = (el: GkScale, n: number) => $$(el, '.cell').find((c) => c.textContent!.trim() === String(n))!;

afterEach(async () => {
  await resetMouse();
});

describe('gk-scale: first look', () => {
  it('has no value and no thumb until the participant chooses', async () => {
    const el = await fixture<GkScale>(html`<gk-scale preset="importance"></gk-scale>`);
    expect(el.value).to.equal(null);
    expect($$(el, '.cell.on')).to.have.length(0);
    expect(slider(el).hasAttribute('aria-valuenow')).to.equal(false);
    expect(slider(el).getAttribute('aria-valuetext')).to.equal('Ikke besvaret');
    expect($(el, '.question').textContent).to.equal('Hvor vigtigt er det for dig at nå dit mål?');
    expect($(el, '#min').textContent).to.contain('Slet ikke vigtigt');
    expect($(el, '#max').textContent).to.contain('Meget vigtigt');
    // all eleven numbers are shown (partial ticks bias answers)
    expect($$(el, '.cell').map((c) => c.textContent!.trim())).to.deep.equal(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
  });

  it('shows a set value large, with "7 af 10" for assistive technology', async () => {
    const el = await fixture<GkScale>(html`<gk-scale .value=${7}></gk-scale>`);
    expect(slider(el).getAttribute('aria-valuenow')).to.equal('7');
    expect(slider(el).getAttribute('aria-valuetext')).to.equal('7 af 10');
    expect($(el, '.readout b').textContent).to.equal('7');
    expect(cell(el, 7).classList.contains('on')).to.equal(true);
  });

  it('exposes a named slider in the browser accessibility tree', async () => {
    const el = await fixture<GkScale>(html`<gk-scale preset="craving" .value=${3}></gk-scale>`);
    const [node] = await findRole('slider');
    expect(node, 'slider in tree').to.exist;
    expect(node.name).to.equal('Hvor meget trang har du lige nu?');
    expect(node.value).to.equal(3);
    expect([node.valuemin, node.valuemax]).to.deep.equal([0, 10]);
    // Chromium 156's CDP tree leaves valuetext empty, so the attribute is checked in the DOM.
    expect(el.shadowRoot!.querySelector('[role=slider]')!.getAttribute('aria-valuetext')).to.equal('3 af 10');
    expect(node.description).to.equal('0 = Ingen trang 10 = Meget stærk trang');
  });

  it('renders markup in host text as text', async () => {
    const el = await fixture<GkScale>(html`<gk-scale question="<img src=x onerror=alert(1)>Hvad?"></gk-scale>`);
    expect($(el, '.question').textContent).to.equal('<img src=x onerror=alert(1)>Hvad?');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });
});

describe('gk-scale: accessibility (axe) in every state', () => {
  const states = {
    'slider, unanswered': html`<gk-scale preset="importance"></gk-scale>`,
    'slider, answered': html`<gk-scale preset="importance" .value=${6}></gk-scale>`,
    'buttons, unanswered': html`<gk-scale presentation="buttons" preset="willingness"></gk-scale>`,
    'buttons, answered, required': html`<gk-scale presentation="buttons" required .value=${4}></gk-scale>`,
    'vertical thermometer': html`<gk-scale orientation="vertical" preset="craving" .value=${8}></gk-scale>`,
    'vertical buttons': html`<gk-scale orientation="vertical" presentation="buttons" preset="craving" .value=${2}></gk-scale>`,
    'facilitator with follow-ups and history': html`<gk-scale surface="facilitator" preset="confidence" .value=${6} .history=${[{ value: 4, label: 'Møde 1' }]}></gk-scale>`,
    'shared screen': html`<gk-scale surface="shared" .value=${5}></gk-scale>`,
    disabled: html`<gk-scale disabled .value=${5}></gk-scale>`,
    dark: html`<gk-scale theme="dark" .value=${5}></gk-scale>`,
    'high contrast': html`<gk-scale theme="high-contrast" presentation="buttons" .value=${5}></gk-scale>`,
    english: html`<gk-scale lang="en" preset="motivation-readiness" .value=${9}></gk-scale>`,
  };
  for (const [name, tpl] of Object.entries(states)) {
    it(name, async () => {
      const el = await fixture<GkScale>(tpl);
      await expect(el).to.be.accessible();
    });
  }
});

describe('gk-scale: slider keyboard (APG)', () => {
  it('arrows, PageUp/PageDown, Home/End and digits move the value; each move fires input and change', async () => {
    const el = await fixture<GkScale>(html`<gk-scale></gk-scale>`);
    const counts = countEvents(el);
    slider(el).focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(el.value, 'first step from unanswered lands on 0').to.equal(0);
    await sendKeys({ press: 'ArrowUp' });
    expect(el.value).to.equal(1);
    await sendKeys({ press: 'PageUp' });
    expect(el.value).to.equal(3);
    await sendKeys({ press: 'End' });
    expect(el.value).to.equal(10);
    await sendKeys({ press: 'ArrowRight' });
    expect(el.value, 'stays at the end').to.equal(10);
    await sendKeys({ press: 'PageDown' });
    expect(el.value).to.equal(8);
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowDown' });
    expect(el.value).to.equal(6);
    await sendKeys({ press: '4' });
    expect(el.value).to.equal(4);
    await sendKeys({ press: 'Home' });
    expect(el.value).to.equal(0);
    expect(counts).to.deep.equal({ input: 9, change: 9 });
    await el.updateComplete;
    expect(slider(el).getAttribute('aria-valuetext')).to.equal('0 af 10');
  });

  it('vertical: ArrowUp raises the thermometer', async () => {
    const el = await fixture<GkScale>(html`<gk-scale orientation="vertical" .value=${5}></gk-scale>`);
    slider(el).focus();
    await sendKeys({ press: 'ArrowUp' });
    expect(el.value).to.equal(6);
    expect(slider(el).getAttribute('aria-orientation')).to.equal('vertical');
  });

  it('is reachable with Tab and shows a focus ring', async () => {
    const before = document.createElement('button');
    before.textContent = 'før';
    document.body.append(before);
    const el = await fixture<GkScale>(html`<gk-scale></gk-scale>`);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(slider(el));
    expect(getComputedStyle(slider(el)).outlineStyle).to.equal('solid');
    before.remove();
  });
});

describe('gk-scale: pointer', () => {
  it('a tap anywhere on the track chooses that number (one input, one change)', async () => {
    const el = await fixture<GkScale>(html`<gk-scale style="width: 700px"></gk-scale>`);
    const counts = countEvents(el);
    const [x, y] = centerOf(cell(el, 7));
    await sendMouse({ type: 'click', position: [x, y] });
    expect(el.value).to.equal(7);
    expect(counts).to.deep.equal({ input: 1, change: 1 });
  });

  it('dragging fires input while moving and one change at the end', async () => {
    const el = await fixture<GkScale>(html`<gk-scale style="width: 700px"></gk-scale>`);
    const counts = countEvents(el);
    const [x2, y] = centerOf(cell(el, 2));
    const [x8] = centerOf(cell(el, 8));
    await sendMouse({ type: 'move', position: [x2, y] });
    await sendMouse({ type: 'down' });
    expect(el.value).to.equal(2);
    await sendMouse({ type: 'move', position: [Math.round((x2 + x8) / 2), y] });
    await sendMouse({ type: 'move', position: [x8, y] });
    expect(counts.change, 'no change while still dragging').to.equal(0);
    await sendMouse({ type: 'up' });
    expect(el.value).to.equal(8);
    expect(counts.input).to.be.greaterThanOrEqual(2);
    expect(counts.change).to.equal(1);
  });

  it('a finger: a tap chooses, a sideways drag chooses, a swipe that scrolls the page chooses nothing', async () => {
    const el = await fixture<GkScale>(html`<gk-scale style="width: 700px"></gk-scale>`);
    const below = document.createElement('div');
    below.className = 'tall-page';
    below.style.blockSize = '3000px';
    document.body.append(below);
    try {
      window.scrollTo(0, 0);
      const counts = countEvents(el);
      const touch = (...points: [number, number][]) => executeServerCommand('touch', { points });
      await touch(centerOf(cell(el, 7)));
      await el.updateComplete;
      expect(el.value, 'tap').to.equal(7);
      expect(counts).to.deep.equal({ input: 1, change: 1 });

      const [x2, y] = centerOf(cell(el, 2));
      await touch([x2, y], centerOf(cell(el, 9)));
      await el.updateComplete;
      expect(el.value, 'sideways drag').to.equal(9);
      expect(counts.change, 'one change at the end of the drag').to.equal(2);

      const [x3, y3] = centerOf(cell(el, 3));
      await touch([x3, y3], [x3, y3 - 250]); // finger up: the page scrolls down
      await el.updateComplete;
      expect(window.scrollY, 'the page scrolled').to.be.greaterThan(50);
      expect(el.value, 'a scroll that started on 3 is no answer').to.equal(9);
      expect(counts.change).to.equal(2);
    } finally {
      below.remove();
    }
  });

  it('a click with no pointer before it (assistive technology activating the slider) picks nothing', async () => {
    const el = await fixture<GkScale>(html`<gk-scale style="width: 700px"></gk-scale>`);
    const counts = countEvents(el);
    slider(el).click();
    await el.updateComplete;
    expect(el.value, 'no middle answer suggested').to.equal(null);
    expect(counts).to.deep.equal({ input: 0, change: 0 });
  });

  it('vertical: a tap near the top chooses 10', async () => {
    const el = await fixture<GkScale>(html`<gk-scale orientation="vertical"></gk-scale>`);
    const [x, y] = centerOf(cell(el, 10));
    await sendMouse({ type: 'click', position: [x, y] });
    expect(el.value).to.equal(10);
  });

  it('every target is at least 44×44 CSS px', async () => {
    const slide = await fixture<GkScale>(html`<gk-scale style="width: 600px" surface="facilitator" .value=${3}></gk-scale>`);
    expect(smallTargets(slide.shadowRoot!)).to.deep.equal([]);
    const buttons = await fixture<GkScale>(html`<gk-scale style="width: 600px" presentation="buttons"></gk-scale>`);
    expect(smallTargets(buttons.shadowRoot!)).to.deep.equal([]);
    const narrow = await fixture<GkScale>(html`<gk-scale style="width: 320px" presentation="buttons"></gk-scale>`);
    expect(smallTargets(narrow.shadowRoot!), 'wraps on a phone rather than shrinking').to.deep.equal([]);
  });
});

describe('gk-scale: eleven buttons (APG radio group)', () => {
  it('has one tab stop; arrows move and check; Space checks', async () => {
    const el = await fixture<GkScale>(html`<gk-scale presentation="buttons"></gk-scale>`);
    const radios = $$(el, '[role=radio]');
    expect(radios).to.have.length(11);
    expect(radios.filter((r) => r.tabIndex === 0)).to.have.length(1);
    radios[0].focus();
    await sendKeys({ press: 'Space' });
    expect(el.value).to.equal(0);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.value).to.equal(1);
    expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('1');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(el.value).to.equal(10);
    expect(radios.filter((r) => r.tabIndex === 0).map((r) => r.textContent!.trim())).to.deep.equal(['10']);
    const checked = (await findRole('radio')).filter((n) => n.checked === 'true');
    expect(checked.map((n) => n.name)).to.deep.equal(['10']);
    const [group] = await findRole('radiogroup');
    expect(group.name).to.equal('Hvor er du på skalaen?');
  });

  it('a click checks the number', async () => {
    const el = await fixture<GkScale>(html`<gk-scale presentation="buttons"></gk-scale>`);
    const counts = countEvents(el);
    const [x, y] = centerOf($$(el, '[role=radio]')[6]);
    await sendMouse({ type: 'click', position: [x, y] });
    expect(el.value).to.equal(6);
    expect(counts).to.deep.equal({ input: 1, change: 1 });
  });
});

describe('gk-scale: forms', () => {
  it('restores its answer after back navigation; a state that fails the check is reported, not taken', async () => {
    const el = await fixture<GkScale>(html`<gk-scale name="n"></gk-scale>`);
    const counts = countEvents(el);
    el.formStateRestoreCallback('7');
    expect(el.value).to.equal(7);
    const cap = captureInvalid(el);
    try {
      el.formStateRestoreCallback('12');
      el.formStateRestoreCallback('syv');
    } finally {
      cap.stop();
    }
    expect(el.value).to.equal(7);
    expect(cap.events.map((e) => e.field)).to.deep.equal(['value', 'value']);
    expect(cap.warnings.join('\n'), 'the data itself is never printed').not.to.contain('syv');
    expect(counts, 'a restore is not a user change').to.deep.equal({ input: 0, change: 0 });
  });

  it('puts the number in FormData, nothing while unanswered, and resets', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><gk-scale name="vigtighed"></gk-scale></form>`);
    const el = form.querySelector('gk-scale')!;
    expect(el.form).to.equal(form);
    expect(new FormData(form).has('vigtighed')).to.equal(false);
    slider(el).focus();
    await sendKeys({ press: '6' });
    await el.updateComplete;
    expect(new FormData(form).get('vigtighed')).to.equal('6');
    form.reset();
    await el.updateComplete;
    expect(el.value).to.equal(null);
    expect(new FormData(form).has('vigtighed')).to.equal(false);
  });

  it('the value attribute is the default that reset returns to', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><gk-scale name="s" value="3"></gk-scale></form>`);
    const el = form.querySelector('gk-scale')!;
    expect(el.value).to.equal(3);
    slider(el).focus();
    await sendKeys({ press: '9' });
    expect(el.value).to.equal(9);
    form.reset();
    expect(el.value).to.equal(3);
  });

  it('required: unanswered is invalid with a Danish message, answered is valid', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><gk-scale name="s" required></gk-scale></form>`);
    const el = form.querySelector('gk-scale')!;
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(false);
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.contain('Vælg et svar');
    expect(form.checkValidity()).to.equal(false);
    el.value = 5;
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(true);
  });

  it('a disabled fieldset disables it: no keyboard, not focusable', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fieldset disabled><gk-scale name="s" .value=${4}></gk-scale></fieldset></form>`);
    const el = form.querySelector('gk-scale')!;
    await el.updateComplete;
    expect(slider(el).getAttribute('aria-disabled')).to.equal('true');
    expect(slider(el).tabIndex).to.equal(-1);
    slider(el).focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(el.value).to.equal(4);
    expect(new FormData(form).has('s'), 'disabled controls are not submitted').to.equal(false);
    form.querySelector('fieldset')!.disabled = false;
    await el.updateComplete;
    expect(slider(el).tabIndex).to.equal(0);
  });

  it('own disabled attribute: buttons are disabled and clicks do nothing', async () => {
    const el = await fixture<GkScale>(html`<gk-scale presentation="buttons" disabled></gk-scale>`);
    $$(el, '[role=radio]')[3].click();
    expect(el.value).to.equal(null);
    expect($$(el, '[role=radio]').every((b) => (b as HTMLButtonElement).disabled)).to.equal(true);
  });

  it('restores its state after back navigation', async () => {
    const el = await fixture<GkScale>(html`<gk-scale name="s"></gk-scale>`);
    el.formStateRestoreCallback('8');
    expect(el.value).to.equal(8);
    el.formStateRestoreCallback('not a number');
    expect(el.value).to.equal(8);
  });
});

describe('gk-scale: bad input keeps the last good state', () => {
  it('rejects out-of-range, fractional and string values, names the field, warns once', async () => {
    const el = await fixture<GkScale>(html`<gk-scale .value=${5}></gk-scale>`);
    const cap = captureInvalid(el);
    try {
      for (const bad of [11, -1, 2.5, 'syv', NaN, {}, [3]]) el.value = bad as never;
      expect(el.value).to.equal(5);
      expect(cap.events).to.have.length(7);
      expect(cap.events[0]).to.deep.equal({ tag: 'gk-scale', field: 'value', reason: 'must be a whole number from 0 to 10' });
      expect(cap.warnings).to.have.length(1);
      expect(cap.warnings[0]).to.contain('value');
      expect(cap.warnings[0], 'no data in the console').not.to.contain('11');
    } finally {
      cap.stop();
    }
  });

  it('takes a number as text, as a native range input does (Svelte and Vue hand over strings); an empty string is no answer', async () => {
    const el = await fixture<GkScale>(html`<gk-scale .value=${5}></gk-scale>`);
    const cap = captureInvalid(el);
    try {
      el.value = '7' as never;
      expect(el.value).to.equal(7);
      el.value = '' as never;
      expect(el.value, "Vue's v-model writes '' for null").to.equal(null);
      expect(cap.events, 'nothing reported').to.have.length(0);
      el.value = '7.5' as never;
      expect(el.value).to.equal(null);
      expect(cap.events).to.have.length(1);
    } finally {
      cap.stop();
    }
  });

  it('rejects a bad value attribute, unknown preset and malformed history', async () => {
    const el = await fixture<GkScale>(html`<gk-scale preset="craving" .value=${2}></gk-scale>`);
    const cap = captureInvalid(el);
    try {
      el.setAttribute('value', 'syv');
      el.preset = 'bogus' as never;
      el.presentation = 'wheel' as never;
      el.history = [{ value: 12 }] as never;
      el.surface = 'everyone' as never;
      await el.updateComplete;
      expect(el.value).to.equal(2);
      expect(el.preset).to.equal('craving');
      expect(el.presentation).to.equal('slider');
      expect(el.surface).to.equal('participant');
      expect(el.history).to.deep.equal([]);
      expect(cap.events.map((e) => e.field).sort()).to.deep.equal(['history[0].value', 'presentation', 'preset', 'surface', 'value']);
    } finally {
      cap.stop();
    }
  });

  it('a 10,000-character label is rejected; the earlier history stays', async () => {
    const el = await fixture<GkScale>(html`<gk-scale .history=${[{ value: 3, label: 'Møde 1' }]}></gk-scale>`);
    const cap = captureInvalid(el);
    try {
      el.history = [{ value: 4, label: 'x'.repeat(10000) }];
      expect(el.history).to.deep.equal([{ value: 3, label: 'Møde 1' }]);
      expect(cap.events[0].field).to.equal('history[0].label');
    } finally {
      cap.stop();
    }
  });
});

describe('gk-scale: events', () => {
  it('fires no input or change on a programmatic set', async () => {
    const el = await fixture<GkScale>(html`<gk-scale></gk-scale>`);
    const counts = countEvents(el);
    el.value = 4;
    el.value = null;
    await el.updateComplete;
    expect(counts).to.deep.equal({ input: 0, change: 0 });
  });

  it('change bubbles out of the shadow root as a native Event', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div><gk-scale presentation="buttons"></gk-scale></div>`);
    const el = wrap.querySelector('gk-scale')!;
    setTimeout(() => $$(el, '[role=radio]')[2].click());
    const e = await oneEvent(wrap, 'change');
    expect(e.constructor).to.equal(Event);
    expect(e.composed).to.equal(true);
    expect(el.value).to.equal(2);
  });
});

describe('gk-scale: embedding', () => {
  it('keeps data a framework set before the tag was defined (value, history, preset)', async () => {
    // A host page that loads gruppekit lazily: the element exists, and gets its properties,
    // before its class is registered. Lit moves such own properties onto its accessors.
    const { GkScale } = await import('../../src/classes.js');
    const early = document.createElement('gk-scale-late') as GkScale;
    early.value = 7;
    early.history = [{ value: 3, label: 'Møde 1' }];
    early.preset = 'confidence';
    document.body.append(early);
    try {
      customElements.define('gk-scale-late', class extends GkScale {});
      await early.updateComplete;
      expect(early.value).to.equal(7);
      expect(early.history).to.deep.equal([{ value: 3, label: 'Møde 1' }]);
      expect($(early, '.question').textContent!.trim()).to.equal('Hvor sikker er du på, at du kan nå dit mål?');
      expect(slider(early).getAttribute('aria-valuenow')).to.equal('7');
      expect($(early, '.earlier').textContent).to.contain('Møde 1: 3');
      // and the value still goes through the check: an own property would have taken anything
      early.value = 11;
      expect(early.value).to.equal(7);
    } finally {
      early.remove();
    }
  });
});

describe('gk-scale: languages', () => {
  it('follows the nearest ancestor lang and switches live', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="en"><gk-scale preset="craving" .value=${7}></gk-scale></div>`);
    const el = wrap.querySelector('gk-scale')!;
    expect(slider(el).getAttribute('aria-valuetext')).to.equal('7 of 10');
    expect($(el, '.question').textContent).to.equal('How much craving do you have right now?');
    wrap.setAttribute('lang', 'nb');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(slider(el).getAttribute('aria-valuetext')).to.equal('7 av 10');
    el.setAttribute('lang', 'sv-SE');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect($(el, '.question').textContent).to.equal('Hur mycket sug har du just nu?');
  });

  it("a preset's texts and another language's validation message arrive with their lazy parts", async () => {
    const el = await fixture<GkScale>(html`<gk-scale lang="en" preset="willingness" required></gk-scale>`);
    expect($(el, '.question').textContent).to.equal('How willing are you to work for your goal?');
    expect(el.validationMessage).to.equal('Choose an answer before you continue.');
    // a host override of a preset text wins in every language
    el.strings = { 'willingness.question': 'Hvor meget vil du?' };
    await el.updateComplete;
    expect($(el, '.question').textContent).to.equal('Hvor meget vil du?');
  });

  it('a host can override any string', async () => {
    const el = await fixture<GkScale>(html`<gk-scale .strings=${{ valueText: '{value} ud af 10', question: 'Hvor glad er du for gruppen?' }} .value=${2}></gk-scale>`);
    expect(slider(el).getAttribute('aria-valuetext')).to.equal('2 ud af 10');
    expect($(el, '.question').textContent).to.equal('Hvor glad er du for gruppen?');
  });
});

describe('gk-scale: surfaces', () => {
  it('facilitator view shows follow-ups for the chosen number, never "why not 10"', async () => {
    const el = await fixture<GkScale>(html`<gk-scale surface="facilitator" .value=${6}></gk-scale>`);
    const text = $(el, '.followups').textContent!;
    expect(text).to.contain('Hvad gør, at du er på 6 og ikke på 4?');
    expect(text).to.contain('Hvad skal der til for at komme et trin højere?');
    for (let v = 0; v <= 10; v++) {
      for (const f of followUps(v)) expect(JSON.stringify(f)).not.to.match(/"other":10/);
    }
  });

  it('participant view has no follow-ups; shared screen hides earlier answers', async () => {
    const history = [{ value: 4, label: 'Møde 1' }];
    const p = await fixture<GkScale>(html`<gk-scale .value=${6} .history=${history}></gk-scale>`);
    expect($(p, '.followups')).to.equal(null);
    expect($(p, '.earlier').textContent).to.contain('Møde 1: 4');
    expect(cell(p, 4).classList.contains('was')).to.equal(true);
    const s = await fixture<GkScale>(html`<gk-scale surface="shared" .value=${6} .history=${history}></gk-scale>`);
    expect($(s, '.earlier')).to.equal(null);
    expect(cell(s, 4).classList.contains('was')).to.equal(false);
  });

  it("the thermometer's tube is filled from 0 up to the answer, and no further", async () => {
    const el = await fixture<GkScale>(html`<gk-scale orientation="vertical" .value=${4}></gk-scale>`);
    const filled = () => $$(el, '.cell').map((c) => getComputedStyle(c, '::before').content !== 'none');
    expect(filled()).to.deep.equal([false, true, true, true, true, false, false, false, false, false, false]);
    // the top of the fill is the middle of the chosen number
    const four = cell(el, 4).getBoundingClientRect();
    const piece = getComputedStyle(cell(el, 4), '::before');
    expect(Math.abs(parseFloat(piece.top) - four.height / 2)).to.be.below(1);
    el.value = 0;
    await el.updateComplete;
    expect(filled().some(Boolean)).to.equal(false);
  });

  it('an earlier answer is a ring centred under its number, in both presentations', async () => {
    const history = [{ value: 3 }];
    for (const presentation of ['slider', 'buttons']) {
      const el = await fixture<GkScale>(html`<gk-scale presentation=${presentation} .history=${history}></gk-scale>`);
      const marked = $$(el, '.was');
      expect(marked.length, presentation).to.equal(1);
      expect(marked[0].textContent!.trim()).to.equal('3');
      const ring = getComputedStyle(marked[0], '::after');
      // positioned in its own number's (padding) box: right = half of that box's width
      expect(Math.abs(parseFloat(ring.right) - marked[0].clientWidth / 2), presentation).to.be.below(1);
    }
  });

  it('the facilitator can clear an answer', async () => {
    const el = await fixture<GkScale>(html`<gk-scale surface="facilitator" .value=${6}></gk-scale>`);
    const counts = countEvents(el);
    $(el, '.tools button').click();
    expect(el.value).to.equal(null);
    expect(counts).to.deep.equal({ input: 1, change: 1 });
  });

  it('craving turns the follow-ups round', () => {
    const keys = followUps(7, 'craving').map((f) => f.key);
    expect(keys).to.deep.equal(['cravingWhyNotHigher', 'cravingOneStepDown', 'cravingWhatHelps']);
  });
});
