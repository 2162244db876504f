import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/feelings.js';
import type { FeelingsValue, GkFeelingsPicker } from '../../src/feelings.js';
import { captureInvalid, centerOf, countEvents, findRole, resetMouse, sendKeys, sendMouse, smallTargets } from '../support/helpers.js';

const $ = (el: GkFeelingsPicker, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel)!;
const $$ = (el: GkFeelingsPicker, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const cards = (el: GkFeelingsPicker) => $$(el, '.deck .card');
const card = (el: GkFeelingsPicker, word: string) => cards(el).find((c) => c.querySelector('.word')!.textContent === word)!;
const words = (el: GkFeelingsPicker) => cards(el).map((c) => c.querySelector('.word')!.textContent);
const focused = (el: GkFeelingsPicker) => (el.shadowRoot!.activeElement as HTMLElement | null)?.querySelector('.word')?.textContent;
const shiftTab = async () => {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
};
const tick = () => new Promise((r) => setTimeout(r));

afterEach(async () => {
  await resetMouse();
});

describe('gk-feelings-picker: first look', () => {
  it('asks the question, names the phase and shows the five cards with words under the faces', async () => {
    const el = await fixture<GkFeelingsPicker>(html`<gk-feelings-picker persona="young-woman"></gk-feelings-picker>`);
    await el.updateComplete;
    expect(el.value).to.equal(null);
    expect($(el, '.question').textContent).to.equal('Hvordan har du det lige nu?');
    expect($(el, '.phase').textContent!.trim()).to.equal('Tjek ind');
    expect(words(el)).to.deep.equal(['Ked af det', 'Glad', 'Vred', 'OK', 'Bange']);
    for (const c of cards(el)) {
      const svg = c.querySelector('svg.face')!;
      expect(svg.getAttribute('aria-hidden')).to.equal('true');
      expect(svg.getAttribute('viewBox')).to.equal('0 0 120 120');
      expect(svg.querySelector('path'), 'the drawing has arrived').to.exist;
    }
  });

  it('exposes a radio group named by the question, with radios named by the words', async () => {
    await fixture<GkFeelingsPicker>(html`<gk-feelings-picker .value=${{ version: 1, persona: 'young-man', phase: 'check-in', feelings: ['afraid'] }}></gk-feelings-picker>`);
    const [group] = await findRole('radiogroup');
    expect(group.name).to.equal('Hvordan har du det lige nu?');
    expect(group.description).to.equal('Vælg et kort.');
    const radios = await findRole('radio');
    expect(radios.map((r) => r.name)).to.deep.equal(['Ked af det', 'Glad', 'Vred', 'OK', 'Bange']);
    expect(radios.filter((r) => r.checked === 'true').map((r) => r.name)).to.deep.equal(['Bange']);
  });

  it('ranks no feeling: every card has the same size, frame and colour', async () => {
    const el = await fixture<GkFeelingsPicker>(html`<gk-feelings-picker other style="width: 900px"></gk-feelings-picker>`);
    const boxes = cards(el).map((c) => c.getBoundingClientRect());
    const styles = cards(el).map((c) => getComputedStyle(c));
    for (const b of boxes) {
      expect(Math.round(b.width)).to.equal(Math.round(boxes[0].width));
      expect(Math.round(b.height)).to.equal(Math.round(boxes[0].height));
      expect(Math.round(b.top), 'one row on a wide screen').to.equal(Math.round(boxes[0].top));
    }
    for (const s of styles) {
      expect([s.borderColor, s.borderWidth, s.backgroundColor, s.fontSize]).to.deep.equal([
        styles[0].borderColor,
        styles[0].borderWidth,
        styles[0].backgroundColor,
        styles[0].fontSize,
      ]);
    }
    const faces = cards(el).map((c) => c.querySelector('svg.face')!.getBoundingClientRect().width);
    expect(new Set(faces.map(Math.round)).size).to.equal(1);
  });

  it('renders markup in a facilitator label as text', async () => {
    const el = await fixture<GkFeelingsPicker>(html`<gk-feelings-picker other .labels=${{ other: '<img src=x onerror=alert(1)>' }}></gk-feelings-picker>`);
    expect(words(el).at(-1)).to.equal('<img src=x onerror=alert(1)>');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });
});

describe('gk-feelings-picker: accessibility (axe) in every state', () => {
  const ci = (feelings: string[]) => ({ version: 1, persona: 'middle-aged-woman', phase: 'check-in', feelings });
  const co = (feelings: string[], checkIn: string[]) => ({ version: 1, persona: 'middle-aged-man', phase: 'check-out', feelings, checkIn });
  const states = {
    'one card, nothing chosen': html`<gk-feelings-picker></gk-feelings-picker>`,
    'one card, chosen': html`<gk-feelings-picker .value=${ci(['ok'])}></gk-feelings-picker>`,
    'up to three, two chosen': html`<gk-feelings-picker max="3" .value=${ci(['ok', 'sad'])}></gk-feelings-picker>`,
    'up to three, full': html`<gk-feelings-picker max="3" .value=${ci(['ok', 'sad', 'afraid'])}></gk-feelings-picker>`,
    'check-out with the check-in faded': html`<gk-feelings-picker .value=${co(['happy'], ['afraid'])}></gk-feelings-picker>`,
    'facilitator, check-out': html`<gk-feelings-picker surface="facilitator" max="3" .value=${co(['happy'], ['afraid', 'sad'])}></gk-feelings-picker>`,
    'shared screen': html`<gk-feelings-picker surface="shared" .value=${co(['happy'], ['afraid'])}></gk-feelings-picker>`,
    'blank card, relabelled': html`<gk-feelings-picker other .labels=${{ other: 'Træt', sad: 'Trist' }} .value=${ci(['other'])}></gk-feelings-picker>`,
    'required, disabled': html`<gk-feelings-picker required disabled></gk-feelings-picker>`,
    dark: html`<gk-feelings-picker theme="dark" max="2" .value=${ci(['ok'])}></gk-feelings-picker>`,
    'high contrast': html`<gk-feelings-picker theme="high-contrast" .value=${co(['ok'], ['sad'])}></gk-feelings-picker>`,
    english: html`<gk-feelings-picker lang="en" surface="facilitator" .value=${co(['ok'], ['sad'])}></gk-feelings-picker>`,
  };
  for (const [name, tpl] of Object.entries(states)) {
    it(name, async () => {
      const el = await fixture<GkFeelingsPicker>(tpl);
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }
});

describe('gk-feelings-picker: one card (APG radio group)', () => {
  it('one tab stop; arrows move focus and check, wrapping; Space checks; each move is one input and one change', async () => {
    const before = document.createElement('button');
    before.textContent = 'før';
    document.body.append(before);
    const el = await fixture<GkFeelingsPicker>(html`<gk-feelings-picker></gk-feelings-picker>`);
    const counts = countEvents(el);
    expect(cards(el).filter((c) => c.tabIndex === 0)).to.have.length(1);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el), 'Tab lands on the first card when none is chosen').to.equal('Ked af det');
    expect(el.value, 'focus alone chooses nothing').to.equal(null);
    await sendKeys({ press: 'Space' });
    expect(el.value!.feelings).to.deep.equal(['sad']);
    await sendKeys({ press: 'ArrowRight' });
    expect(el.value!.feelings).to.deep.equal(['happy']);
    expect(focused(el)).to.equal('Glad');
    await sendKeys({ press: 'ArrowDown' });
    expect(el.value!.feelings).to.deep.equal(['angry']);
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    expect(el.value!.feelings, 'wraps from the first to the last').to.deep.equal(['afraid']);
    expect(focused(el)).to.equal('Bange');
    await sendKeys({ press: 'Home' });
    expect(el.value!.feelings).to.deep.equal(['sad']);
    await sendKeys({ press: 'End' });
    expect(el.value!.feelings).to.deep.equal(['afraid']);
    expect(counts).to.deep.equal({ input: 8, change: 8 });
    await el.updateComplete;
    expect(cards(el).filter((c) => c.tabIndex === 0).map((c) => c.textContent!.trim())).to.deep.equal(['Bange']);
    // Tab leaves the group: one tab stop only
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(null);
    // Shift+Tab comes back to the checked card
    await shiftTab();
    expect(focused(el)).to.equal('Bange');
    expect(getComputedStyle(el.shadowRoot!.activeElement!).outlineStyle, 'focus ring').to.equal('solid');
    before.remove();
  });

  it('a second tap on the chosen card changes nothing', async () => {
    const el = await fixture<GkFeelingsPicker>(html`<gk-feelings-picker></gk-feelings-picker>`);
    const counts = countEvents(el);
    card(el, 'OK').click();
    card(el, 'OK').click();
    expect(el.value!.feelings).to.deep.equal(['ok']);
    expect(counts).to.deep.equal({ input: 1, change: 1 });
  });

  it('a real click chooses the card', async () => {
    const el = await fixture<GkFeelingsPicker>(html`<gk-feelings-picker persona="young-man" style="width: 800px"></gk-feelings-picker>`);
    const counts = countEvents(el);
    await sendMouse({ type: 'click', position: centerOf(card(el, 'Vred')) });
    expect(el.value).to.deep.equal({ version: 1, persona: 'young-man', phase: 'check-in', feelings: ['angry'] });
    expect(counts).to.deep.equal({ input: 1, change: 1 });
    await sendMouse({ type: 'click', position: centerOf(card(el, 'Glad').querySelector('.word')!) });
    expect(el.value!.feelings).to.deep.equal(['happy']);
  });
});

describe('gk-feelings-picker: up to three cards (checkbox group)', () => {
  it('every card is a tab stop; Space toggles; a fourth card is refused and the limit is announced', async () => {
    const el = await fixture<GkFeelingsPicker>(html`<gk-feelings-picker max="3"></gk-feelings-picker>`);
    const counts = countEvents(el);
    const [group] = await findRole('group', 'Hvordan har du det lige nu?');
    expect(group, 'a group named by the question').to.exist;
    expect((await findRole('checkbox')).map((c) => c.name)).to.deep.equal(['Ked af det', 'Glad', 'Vred', 'OK', 'Bange']);
    expect(cards(el).every((c) => c.tabIndex === 0)).to.equal(true);
    cards(el)[0].focus();
    await sendKeys({ press: 'Space' }); // Ked af det
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' }); // Vred
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' }); // OK
    expect(el.value!.feelings).to.deep.equal(['sad', 'angry', 'ok']);
    await el.updateComplete;
    expect($(el, '.hint').textContent).to.equal('Vælg op til 3 kort. Du har valgt 3 af 3.');
    expect(cards(el).filter((c) => c.getAttribute('aria-disabled') === 'true').map((c) => c.textContent!.trim())).to.deep.equal(['Glad', 'Bange']);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' }); // Bange: refused
    await el.updateComplete;
    expect(el.value!.feelings).to.deep.equal(['sad', 'angry', 'ok']);
    const status = $(el, '[role=status]');
    expect(status.textContent).to.equal('Du kan højst vælge 3 kort. Tryk på et valgt kort for at fjerne det.');
    const checked = (await findRole('checkbox')).filter((c) => c.checked === 'true').map((c) => c.name);
    expect(checked).to.deep.equal(['Ked af det', 'Vred', 'OK']);
    // removing one frees a place
    await shiftTab();
    await sendKeys({ press: 'Space' }); // OK off
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' }); // Bange on
    expect(el.value!.feelings).to.deep.equal(['sad', 'angry', 'afraid']);
    expect(counts).to.deep.equal({ input: 5, change: 5 });
    expect($(el, '.hint').textContent).to.equal('Vælg op til 3 kort. Du har valgt 3 af 3.');
  });

  it('arrow keys do not choose in the checkbox group', async () => {
    const el = await fixture<GkFeelingsPicker>(html`<gk-feelings-picker max="2"></gk-feelings-picker>`);
    cards(el)[0].focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(el.value).to.equal(null);
  });

  it('real clicks toggle; the hint counts', async () => {
    const el = await fixture<GkFeelingsPicker>(html`<gk-feelings-picker max="2" style="width: 700px"></gk-feelings-picker>`);
    await sendMouse({ type: 'click', position: centerOf(card(el, 'Glad')) });
    await sendMouse({ type: 'click', position: centerOf(card(el, 'OK')) });
    await sendMouse({ type: 'click', position: centerOf(card(el, 'Glad')) });
    expect(el.value!.feelings).to.deep.equal(['ok']);
    await el.updateComplete;
    expect($(el, '.hint').textContent).to.equal('Vælg op til 2 kort. Du har valgt 1 af 2.');
  });
});

describe('gk-feelings-picker: check-out', () => {
  it('shows the check-in choice faded, keeps it in the value, and the facilitator hears the change', async () => {
    const el = await fixture<GkFeelingsPicker>(html`<gk-feelings-picker surface="facilitator" phase="check-out" check-in="afraid"></gk-feelings-picker>`);
    expect($(el, '.phase').textContent!.replace(/\s+/g, ' ').trim()).to.equal('Tjek ud · Ung mand');
    expect($(el, '.before').textContent!.replace(/\s+/g, ' ').trim()).to.equal('Ved tjek ind valgte du: Bange');
    expect(getComputedStyle($(el, '.before .face')).opacity).to.equal('0.7');
    expect($(el, '.change').textContent).to.equal('Da du tjekkede ind, var du bange.');
    card(el, 'Glad').click();
    await el.updateComplete;
    expect(el.value).to.deep.equal({ version: 1, persona: 'young-man', phase: 'check-out', feelings: ['happy'], checkIn: ['afraid'] });
    expect($(el, '.change').textContent).to.equal('Da du tjekkede ind, var du bange – nu er du glad.');
    expect($(el, '.talk').textContent).to.contain('Hvad er sket?');
    card(el, 'Bange').click();
    await el.updateComplete;
    expect($(el, '.change').textContent).to.equal('Da du tjekkede ind, var du bange – nu er du stadig bange.');
    expect($(el, '.talk').textContent).not.to.contain('Hvad er sket?');
  });

  it('says several cards as a list, with the facilitator`s words', async () => {
    const el = await fixture<GkFeelingsPicker>(html`<gk-feelings-picker
      surface="facilitator"
      max="3"
      .labels=${{ sad: 'Trist' }}
      .value=${{ version: 1, persona: 'young-woman', phase: 'check-out', feelings: ['ok', 'happy'], checkIn: ['ok', 'sad', 'afraid'] }}
    ></gk-feelings-picker>`);
    expect($(el, '.change').textContent).to.equal('Da du tjekkede ind, var du ok, trist og bange – nu er du ok og glad.');
  });

  it('participants see no facilitator text; the shared screen hides the check-in', async () => {
    const v = { version: 1, persona: 'young-woman', phase: 'check-out', feelings: ['ok'], checkIn: ['sad'] };
    const p = await fixture<GkFeelingsPicker>(html`<gk-feelings-picker .value=${v}></gk-feelings-picker>`);
    expect($(p, '.talk')).to.equal(null);
    expect($(p, '.before')).to.exist;
    const s = await fixture<GkFeelingsPicker>(html`<gk-feelings-picker surface="shared" .value=${v}></gk-feelings-picker>`);
    expect($(s, '.before')).to.equal(null);
    expect($(s, '.talk')).to.equal(null);
  });

  it('turning a chosen check-in into check-out keeps it for comparison and asks again', async () => {
    const el = await fixture<GkFeelingsPicker>(html`<gk-feelings-picker persona="middle-aged-woman"></gk-feelings-picker>`);
    card(el, 'Bange').click();
    const counts = countEvents(el);
    el.phase = 'check-out';
    await el.updateComplete;
    expect(el.value).to.deep.equal({ version: 1, persona: 'middle-aged-woman', phase: 'check-out', feelings: [], checkIn: ['afraid'] });
    expect(counts, 'a host change fires nothing').to.deep.equal({ input: 0, change: 0 });
    expect(cards(el).filter((c) => c.getAttribute('aria-checked') === 'true')).to.have.length(0);
    expect($(el, '.before').textContent).to.contain('Bange');
  });
});

describe('gk-feelings-picker: the value', () => {
  it('round-trips: a stored value restores persona, phase and check-in', async () => {
    const stored: FeelingsValue = { version: 1, persona: 'middle-aged-man', phase: 'check-out', feelings: ['ok', 'other'], checkIn: ['angry'], otherLabel: 'Træt' };
    const el = await fixture<GkFeelingsPicker>(html`<gk-feelings-picker max="3"></gk-feelings-picker>`);
    el.value = JSON.parse(JSON.stringify(stored));
    await el.updateComplete;
    expect(el.persona).to.equal('middle-aged-man');
    expect(el.phase).to.equal('check-out');
    expect(el.checkIn).to.deep.equal(['angry']);
    expect(words(el).at(-1), 'the blank card shows its stored word').to.equal('Træt');
    expect(JSON.parse(JSON.stringify(el.value))).to.deep.equal(stored);
    card(el, 'Glad').click();
    expect(el.value).to.deep.equal({ ...stored, feelings: ['ok', 'other', 'happy'] });
  });

  it('the blank card "Andet" is added by configuration and carries its word into the value', async () => {
    const el = await fixture<GkFeelingsPicker>(html`<gk-feelings-picker other></gk-feelings-picker>`);
    expect(words(el)).to.deep.equal(['Ked af det', 'Glad', 'Vred', 'OK', 'Bange', 'Andet']);
    expect(cards(el).at(-1)!.querySelector('.gk-blank')).to.exist;
    el.labels = { other: 'Træt', happy: 'Glad i dag' };
    await el.updateComplete;
    expect(words(el)).to.deep.equal(['Ked af det', 'Glad i dag', 'Vred', 'OK', 'Bange', 'Træt']);
    card(el, 'Træt').click();
    expect(el.value).to.deep.equal({ version: 1, persona: 'young-man', phase: 'check-in', feelings: ['other'], otherLabel: 'Træt' });
  });

  it('fires no input or change on a programmatic set', async () => {
    const el = await fixture<GkFeelingsPicker>(html`<gk-feelings-picker></gk-feelings-picker>`);
    const counts = countEvents(el);
    el.value = { version: 1, persona: 'young-man', phase: 'check-in', feelings: ['ok'] };
    el.persona = 'young-woman';
    el.value = null;
    await el.updateComplete;
    expect(counts).to.deep.equal({ input: 0, change: 0 });
  });

  it('change bubbles out of the shadow root as a native Event', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div><gk-feelings-picker></gk-feelings-picker></div>`);
    const el = wrap.querySelector('gk-feelings-picker')!;
    setTimeout(() => card(el, 'OK').click());
    const e = await oneEvent(wrap, 'change');
    expect(e.constructor).to.equal(Event);
    expect(e.composed).to.equal(true);
  });
});

describe('gk-feelings-picker: forms', () => {
  it('puts the value in FormData as JSON, nothing while nothing is chosen, and resets', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><gk-feelings-picker name="tjekind" persona="young-woman"></gk-feelings-picker></form>`);
    const el = form.querySelector('gk-feelings-picker')!;
    expect(el.form).to.equal(form);
    expect(new FormData(form).has('tjekind')).to.equal(false);
    card(el, 'Glad').click();
    await el.updateComplete;
    expect(JSON.parse(new FormData(form).get('tjekind') as string)).to.deep.equal({ version: 1, persona: 'young-woman', phase: 'check-in', feelings: ['happy'] });
    form.reset();
    await el.updateComplete;
    expect(el.value).to.equal(null);
    expect(new FormData(form).has('tjekind')).to.equal(false);
  });

  it('required: nothing chosen (or all cards removed) is invalid with a Danish message', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><gk-feelings-picker name="f" max="3" required></gk-feelings-picker></form>`);
    const el = form.querySelector('gk-feelings-picker')!;
    await el.updateComplete;
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.contain('Vælg et svar');
    card(el, 'OK').click();
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(true);
    card(el, 'OK').click();
    await el.updateComplete;
    expect(el.value!.feelings).to.deep.equal([]);
    expect(el.checkValidity()).to.equal(false);
    expect(new FormData(form).has('f')).to.equal(false);
  });

  it('a disabled fieldset disables every card', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fieldset disabled><gk-feelings-picker name="f" .value=${{ version: 1, persona: 'young-man', phase: 'check-in', feelings: ['ok'] }}></gk-feelings-picker></fieldset></form>`);
    const el = form.querySelector('gk-feelings-picker')!;
    await el.updateComplete;
    expect(cards(el).every((c) => (c as HTMLButtonElement).disabled)).to.equal(true);
    card(el, 'Glad').click();
    expect(el.value!.feelings).to.deep.equal(['ok']);
    expect(new FormData(form).has('f')).to.equal(false);
    form.querySelector('fieldset')!.disabled = false;
    await el.updateComplete;
    expect(cards(el).some((c) => (c as HTMLButtonElement).disabled)).to.equal(false);
  });

  it('restores its state after back navigation, ignoring bad state', async () => {
    const el = await fixture<GkFeelingsPicker>(html`<gk-feelings-picker name="f"></gk-feelings-picker>`);
    el.formStateRestoreCallback(JSON.stringify({ version: 1, persona: 'young-woman', phase: 'check-in', feelings: ['sad'] }));
    expect(el.value!.feelings).to.deep.equal(['sad']);
    el.formStateRestoreCallback('{"version":1,"persona":"x"}');
    expect(el.value!.feelings).to.deep.equal(['sad']);
  });
});

describe('gk-feelings-picker: bad input keeps the last good state', () => {
  it('rejects bad persona and feeling values, names the field, warns once without the data', async () => {
    const good = { version: 1, persona: 'young-woman', phase: 'check-in', feelings: ['ok'] };
    const el = await fixture<GkFeelingsPicker>(html`<gk-feelings-picker .value=${good}></gk-feelings-picker>`);
    const cap = captureInvalid(el);
    try {
      el.value = { ...good, persona: 'old-man' } as never;
      el.value = { ...good, feelings: ['ok', 'bored'] } as never;
      el.value = { ...good, feelings: ['ok', 'sad', 'afraid', 'happy'] } as never;
      el.value = { ...good, persona: 'old-man' } as never;
      el.value = 'glad' as never;
      expect(el.value).to.deep.equal(good);
      expect(cap.events.map((e) => e.field)).to.deep.equal(['value.persona', 'value.feelings[1]', 'value.feelings', 'value.persona', 'value']);
      expect(cap.events[0]).to.deep.equal({ tag: 'gk-feelings-picker', field: 'value.persona', reason: 'must be one of: young-man, young-woman, middle-aged-man, middle-aged-woman' });
      expect(cap.warnings, 'one warning per field and reason').to.have.length(4);
      expect(cap.warnings.join(' ')).not.to.contain('old-man');
      expect(cap.warnings.join(' ')).not.to.contain('bored');
    } finally {
      cap.stop();
    }
  });

  it('rejects bad attributes and configuration: persona, phase, max, labels, check-in', async () => {
    const el = await fixture<GkFeelingsPicker>(html`<gk-feelings-picker persona="young-woman" max="3" .labels=${{ sad: 'Trist' }}></gk-feelings-picker>`);
    const cap = captureInvalid(el);
    try {
      el.setAttribute('persona', 'child');
      el.setAttribute('phase', 'lunch');
      el.setAttribute('max', '7');
      el.labels = { sad: 'x'.repeat(10000) };
      el.labels = { bored: 'Kedsomt' } as never;
      el.setAttribute('check-in', 'afraid cross');
      await el.updateComplete;
      expect([el.persona, el.phase, el.max]).to.deep.equal(['young-woman', 'check-in', 3]);
      expect(el.labels).to.deep.equal({ sad: 'Trist' });
      expect(el.checkIn).to.deep.equal([]);
      expect(words(el)[0]).to.equal('Trist');
      expect(cap.events.map((e) => e.field).sort()).to.deep.equal(['checkIn[1]', 'labels.bored', 'labels.sad', 'max', 'persona', 'phase']);
    } finally {
      cap.stop();
    }
  });
});

describe('gk-feelings-picker: languages', () => {
  it('follows the nearest lang and switches live, words and sentence included', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="en">
      <gk-feelings-picker surface="facilitator" .value=${{ version: 1, persona: 'young-man', phase: 'check-out', feelings: ['happy'], checkIn: ['afraid'] }}></gk-feelings-picker>
    </div>`);
    const el = wrap.querySelector('gk-feelings-picker')!;
    await el.updateComplete;
    expect($(el, '.question').textContent).to.equal('How are you feeling right now?');
    expect(words(el)).to.deep.equal(['Sad', 'Happy', 'Angry', 'OK', 'Afraid']);
    expect($(el, '.change').textContent).to.equal('When you checked in, you were afraid – now you are happy.');
    wrap.setAttribute('lang', 'nb');
    await tick();
    await el.updateComplete;
    expect($(el, '.change').textContent).to.equal('Da du sjekket inn, var du redd – nå er du glad.');
    el.setAttribute('lang', 'sv-SE');
    await tick();
    await el.updateComplete;
    expect($(el, '.question').textContent).to.equal('Hur mår du just nu?');
    expect(words(el)).to.deep.equal(['Ledsen', 'Glad', 'Arg', 'OK', 'Rädd']);
  });

  it('a host can override any string', async () => {
    const el = await fixture<GkFeelingsPicker>(html`<gk-feelings-picker .strings=${{ question: 'Hvordan har jeg det lige nu?' }}></gk-feelings-picker>`);
    expect($(el, '.question').textContent).to.equal('Hvordan har jeg det lige nu?');
  });
});

describe('gk-feelings-picker: read-aloud', () => {
  // A stand-in for the browser's speech engine with one on-device Danish voice.
  function fakeSpeech() {
    const spoken: { text: string; lang: string }[] = [];
    const saved = { getVoices: speechSynthesis.getVoices, speak: speechSynthesis.speak, cancel: speechSynthesis.cancel, Utterance: window.SpeechSynthesisUtterance };
    const voices = [
      { lang: 'da-DK', localService: false, name: 'cloud' },
      { lang: 'da-DK', localService: true, name: 'local' },
    ];
    speechSynthesis.getVoices = () => voices as never;
    speechSynthesis.speak = (u: SpeechSynthesisUtterance) => void spoken.push({ text: u.text, lang: u.lang });
    speechSynthesis.cancel = () => {};
    window.SpeechSynthesisUtterance = class {
      text: string;
      voice: unknown;
      lang = '';
      rate = 1;
      constructor(text: string) {
        this.text = text;
      }
    } as never;
    return {
      spoken,
      restore() {
        Object.assign(speechSynthesis, { getVoices: saved.getVoices, speak: saved.speak, cancel: saved.cancel });
        window.SpeechSynthesisUtterance = saved.Utterance;
      },
    };
  }

  it('reads the chosen card`s word with an on-device voice, only when the host enables it', async () => {
    const speech = fakeSpeech();
    try {
      const off = await fixture<GkFeelingsPicker>(html`<gk-feelings-picker></gk-feelings-picker>`);
      card(off, 'Glad').click();
      expect(speech.spoken).to.deep.equal([]);
      const on = await fixture<GkFeelingsPicker>(html`<gk-feelings-picker read-aloud max="2" .labels=${{ sad: 'Trist' }}></gk-feelings-picker>`);
      card(on, 'Trist').click();
      card(on, 'Bange').click();
      card(on, 'Trist').click(); // removing a card says nothing
      expect(speech.spoken).to.deep.equal([
        { text: 'Trist', lang: 'da-DK' },
        { text: 'Bange', lang: 'da-DK' },
      ]);
    } finally {
      speech.restore();
    }
  });
});

describe('gk-feelings-picker: targets', () => {
  it('every card is at least 44×44 CSS px, on a phone too', async () => {
    for (const width of [320, 768, 1400]) {
      const el = await fixture<GkFeelingsPicker>(html`<gk-feelings-picker other max="3" style=${`width: ${width}px`}></gk-feelings-picker>`);
      expect(smallTargets(el.shadowRoot!), `${width}px`).to.deep.equal([]);
    }
  });
});
