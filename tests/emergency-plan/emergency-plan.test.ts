import { expect, fixture, html } from '@open-wc/testing';
import '../../src/emergency-plan.js';
import type { GkEmergencyPlan } from '../../src/emergency-plan.js';
import { checkEmergencyPlanValue, emptyPlan, type EmergencyPlanValue } from '../../src/emergency-plan.js';
import { supportPeople } from '../../src/core/people.js';
import { captureInvalid, centerOf, countEvents, findRole, resetMouse, sendKeys, sendMouse, smallTargets } from '../support/helpers.js';
import { FILLED, NETWORK } from './fixtures.js';

const $ = (el: GkEmergencyPlan, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel)!;
const $$ = (el: GkEmergencyPlan, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const active = (el: GkEmergencyPlan) => el.shadowRoot!.activeElement as HTMLElement | null;
const byText = (el: GkEmergencyPlan, sel: string, text: string) => $$(el, sel).find((b) => b.textContent!.replace(/\s+/g, ' ').trim() === text)!;
const shown = (e: Element | null) => !!e && getComputedStyle(e).display !== 'none' && e.getClientRects().length > 0;
const copy = <T>(v: T): T => structuredClone(v);
const tick = () => new Promise((r) => setTimeout(r));
async function press(...keys: string[]) {
  for (const k of keys) await sendKeys({ press: k });
}

afterEach(async () => {
  await resetMouse();
});

describe('gk-emergency-plan: first look', () => {
  it('an empty plan: title, no review date yet, both plans with their steps, no crisis view', async () => {
    const el = await fixture<GkEmergencyPlan>(html`<gk-emergency-plan></gk-emergency-plan>`);
    expect(el.value).to.deep.equal(emptyPlan());
    expect($(el, 'h2').textContent).to.equal('Min nødplan');
    expect($(el, '.review').textContent).to.contain('Gennemgås senest');
    expect($(el, '.day').textContent).to.equal('Ingen dato endnu');
    expect($(el, '#p1').textContent).to.equal('Nødplan 1: Det kan jeg selv gøre');
    expect($(el, '#p2').textContent).to.equal('Nødplan 2: Dem, der kan hjælpe mig');
    expect($$(el, '.step h4').map((h) => h.textContent!.trim())).to.deep.equal(['1Mig selv', '2Personer, der kan hjælpe mig', '3Fagpersoner']);
    expect(shown($(el, '.crisis'))).to.equal(false);
    expect(el.getAttribute('view')).to.equal('plan');
    expect(el.getAttribute('print-layout')).to.equal('a4');
  });

  it('a filled plan shows rows, picked suggestions as pressed buttons, and people before professionals', async () => {
    const el = await fixture<GkEmergencyPlan>(html`<gk-emergency-plan .value=${FILLED}></gk-emergency-plan>`);
    expect($$(el, '[part=plan1] li.card')).to.have.length(2);
    const pressed = $$(el, '[part=plan1] li.card')[0].querySelectorAll('.idea[aria-pressed=true]');
    expect([...pressed].map((b) => b.textContent!.trim())).to.deep.equal(['gå en tur', 'ringe til en']);
    expect(($(el, '[id="w-r1"]') as HTMLInputElement).value).to.equal('når jeg er alene om aftenen');
    // Lise (a professional) was added first but is listed in step 3, after the people
    const names = $$(el, '[part=plan2] .card input:not([type=tel])').map((i) => (i as HTMLInputElement).value);
    expect(names).to.deep.equal(['Mor', '', 'Lise']);
    expect($$(el, '.step')[2].textContent).to.contain('Fagpersoner');
    expect(($$(el, '.step')[2].querySelector('.card input') as HTMLInputElement).value).to.equal('Lise');
    expect($(el, '[part=plan2] label[for="help-p1"]').textContent).to.equal('Hvad kan Mor hjælpe mig med?');
    expect($(el, '[part=plan2] label[for="help-p3"]').textContent, 'a person without a name yet').to.equal('Hvad kan personen hjælpe mig med?');
    expect($(el, '.day').textContent).to.equal('1. marts 2026');
  });

  it('exposes named groups, toggle buttons and fields in the browser accessibility tree', async () => {
    await fixture<GkEmergencyPlan>(html`<gk-emergency-plan .value=${FILLED}></gk-emergency-plan>`);
    const walk = await findRole('button', 'gå en tur');
    expect(walk.map((n) => n.pressed)).to.deep.equal(['true', 'true']);
    expect((await findRole('button', 'se en film')).map((n) => n.pressed)).to.deep.equal(['false', 'false']);
    expect((await findRole('group', '… så kan jeg'))).to.have.length(2);
    expect((await findRole('textbox', 'Hvis jeg får trang …'))).to.have.length(2);
    expect((await findRole('textbox', 'Hvornår kan Mor hjælpe?'))).to.have.length(1);
    expect((await findRole('textbox', 'Sådan mærker jeg, at jeg har brug for hjælp'))).to.have.length(1);
    expect((await findRole('button', 'Fjern situation 2'))).to.have.length(1);
    expect((await findRole('button', 'Fjern Mor'))).to.have.length(1);
    expect((await findRole('heading', 'Nødplan 1: Det kan jeg selv gøre'))[0].level).to.equal(3);
  });

  it('renders markup in names and texts as text', async () => {
    const v = copy(FILLED);
    v.support[1].name = '<img src=x onerror=alert(1)>';
    v.coping[0].text = '<b>fed</b>';
    const el = await fixture<GkEmergencyPlan>(html`<gk-emergency-plan .value=${v} view="crisis"></gk-emergency-plan>`);
    expect(el.shadowRoot!.querySelector('img, b:not(.day)')).to.equal(null);
    expect($(el, '.calls').textContent).to.contain('Ring til <img src=x onerror=alert(1)>');
    expect($(el, '.now').textContent).to.contain('<b>fed</b>');
    expect($(el, 'label[for="help-p1"]').textContent).to.equal('Hvad kan <img src=x onerror=alert(1)> hjælpe mig med?');
  });
});

describe('gk-emergency-plan: accessibility (axe) in every state', () => {
  const due = { ...FILLED, reviewBy: '2025-01-01' };
  const states = {
    empty: html`<gk-emergency-plan></gk-emergency-plan>`,
    filled: html`<gk-emergency-plan .value=${FILLED}></gk-emergency-plan>`,
    'review date passed': html`<gk-emergency-plan .value=${due} today="2026-01-01"></gk-emergency-plan>`,
    'with a network circle to pick from': html`<gk-emergency-plan .network=${NETWORK}></gk-emergency-plan>`,
    'crisis view': html`<gk-emergency-plan view="crisis" .value=${FILLED}></gk-emergency-plan>`,
    'crisis view, empty': html`<gk-emergency-plan view="crisis"></gk-emergency-plan>`,
    facilitator: html`<gk-emergency-plan surface="facilitator" .value=${FILLED} .network=${NETWORK}></gk-emergency-plan>`,
    'shared screen': html`<gk-emergency-plan surface="shared" .value=${FILLED}></gk-emergency-plan>`,
    disabled: html`<gk-emergency-plan disabled .value=${FILLED}></gk-emergency-plan>`,
    'required, empty': html`<gk-emergency-plan required></gk-emergency-plan>`,
    dark: html`<gk-emergency-plan theme="dark" .value=${FILLED}></gk-emergency-plan>`,
    'high contrast, crisis view': html`<gk-emergency-plan theme="high-contrast" view="crisis" .value=${FILLED}></gk-emergency-plan>`,
    english: html`<gk-emergency-plan lang="en" .value=${FILLED}></gk-emergency-plan>`,
    'print preview A4': html`<gk-emergency-plan print-preview .value=${FILLED}></gk-emergency-plan>`,
    'print preview pocket card': html`<gk-emergency-plan print-preview print-layout="pocket" .value=${FILLED}></gk-emergency-plan>`,
  };
  for (const [name, tpl] of Object.entries(states)) {
    it(name, async () => {
      const el = await fixture<GkEmergencyPlan>(tpl);
      await expect(el).to.be.accessible();
    });
  }
});

describe('gk-emergency-plan: building plan 1 by keyboard', () => {
  it('add a situation, write it, pick suggestions with Space/Enter, add own words, remove and undo', async () => {
    const el = await fixture<GkEmergencyPlan>(html`<gk-emergency-plan></gk-emergency-plan>`);
    const counts = countEvents(el);
    byText(el, '[part=plan1] .add', 'Tilføj en situation').focus();
    await press('Enter');
    await el.updateComplete;
    expect(el.value.coping).to.have.length(1);
    const id = el.value.coping[0].id;
    expect(active(el)?.id, 'focus moves into the new row').to.equal(`w-${id}`);
    await sendKeys({ type: 'jeg keder mig' });
    expect(el.value.coping[0].when).to.equal('jeg keder mig');
    await press('Tab');
    expect(active(el)?.textContent?.trim()).to.equal('gå en tur');
    await press('Space');
    await press('Tab', 'Tab', 'Tab', 'Tab');
    expect(active(el)?.textContent?.trim()).to.equal('ringe til en');
    await press('Enter');
    await press('Tab', 'Tab', 'Tab');
    await sendKeys({ type: 'Se mine billeder' });
    await press('Tab');
    await el.updateComplete;
    expect(el.value.coping[0]).to.deep.equal({ id, when: 'jeg keder mig', ideas: ['walk', 'call'], text: 'Se mine billeder' });
    expect(checkEmergencyPlanValue(el.value).ok).to.equal(true);
    // one input per key or pick (the inner inputs' own events are not let through), one change per commit
    expect(counts.input).to.equal('jeg keder mig'.length + 1 + 2 + 'Se mine billeder'.length);
    expect(counts.change).to.equal(1 + 1 + 2 + 1);
    // remove with the keyboard, then undo
    expect(active(el)?.textContent?.trim()).to.equal('Fjern');
    await press('Enter');
    await el.updateComplete;
    expect(el.value.coping).to.deep.equal([]);
    expect($(el, '.status').textContent).to.contain('Fjernet.');
    expect(active(el)?.textContent?.trim(), 'focus goes to the undo button').to.equal('Fortryd');
    await press('Enter');
    await el.updateComplete;
    expect(el.value.coping.map((r) => r.text)).to.deep.equal(['Se mine billeder']);
    expect($(el, '.status').textContent!.trim()).to.equal('');
  });

  it('a tap picks a suggestion too (real pointer)', async () => {
    const el = await fixture<GkEmergencyPlan>(html`<gk-emergency-plan .value=${{ version: 1, coping: [{ id: 'r1' }] }}></gk-emergency-plan>`);
    const counts = countEvents(el);
    byText(el, '.idea', 'gøre noget rart').scrollIntoView({ block: 'center' });
    const [x, y] = centerOf(byText(el, '.idea', 'gøre noget rart'));
    await sendMouse({ type: 'click', position: [x, y] });
    await el.updateComplete;
    expect(el.value.coping[0].ideas).to.deep.equal(['nice']);
    expect(counts).to.deep.equal({ input: 1, change: 1 });
    expect(byText(el, '.idea', 'gøre noget rart').getAttribute('aria-pressed')).to.equal('true');
  });
});

describe('gk-emergency-plan: building plan 2 by keyboard', () => {
  it('how I notice, a typed person with phone and answers, a professional; order kept', async () => {
    const el = await fixture<GkEmergencyPlan>(html`<gk-emergency-plan></gk-emergency-plan>`);
    ($(el, '#nt') as HTMLTextAreaElement).focus();
    await sendKeys({ type: 'Jeg sover dårligt' });
    await press('Tab');
    expect(active(el)?.textContent?.trim()).to.equal('Tilføj en person');
    await press('Enter');
    await el.updateComplete;
    const p = el.value.support[0];
    expect(active(el)?.id).to.equal(`n-${p.id}`);
    await sendKeys({ type: 'Søs' });
    await press('Tab');
    await sendKeys({ type: '+45 11 22 33 44' });
    await press('Tab');
    expect(active(el)?.textContent?.trim()).to.equal('Fagperson');
    await press('Tab');
    await sendKeys({ type: 'Lave mad sammen' });
    await press('Tab');
    await sendKeys({ type: 'Weekender' });
    await press('Tab');
    await sendKeys({ type: 'Jeg bliver stille' });
    await press('Tab');
    await sendKeys({ type: 'Jeg sender en smiley' });
    await press('Tab');
    expect(active(el)?.getAttribute('aria-label')).to.equal('Fjern Søs');
    await press('Tab');
    expect(active(el)?.textContent?.trim()).to.equal('Tilføj en person');
    await press('Tab');
    expect(active(el)?.textContent?.trim()).to.equal('Tilføj en fagperson');
    await press('Enter');
    await el.updateComplete;
    await sendKeys({ type: 'Lægen' });
    await press('Tab');
    await el.updateComplete;
    expect(el.value.notice).to.equal('Jeg sover dårligt');
    expect(el.value.support.map(({ name, phone, professional, help, when, see, deal }) => ({ name, phone, professional, help, when, see, deal }))).to.deep.equal([
      { name: 'Søs', phone: '+45 11 22 33 44', professional: false, help: 'Lave mad sammen', when: 'Weekender', see: 'Jeg bliver stille', deal: 'Jeg sender en smiley' },
      { name: 'Lægen', phone: '', professional: true, help: '', when: '', see: '', deal: '' },
    ]);
    expect($$(el, '.step')[2].querySelector('input')!.value).to.equal('Lægen');
  });

  it('the "Fagperson" toggle moves a person to step 3 and keeps focus on it', async () => {
    const el = await fixture<GkEmergencyPlan>(html`<gk-emergency-plan .value=${FILLED}></gk-emergency-plan>`);
    const toggle = $(el, '[data-id="p1"] .pro');
    toggle.focus();
    await press('Space');
    await el.updateComplete;
    expect(el.value.support.find((e) => e.id === 'p1')!.professional).to.equal(true);
    expect($$(el, '.step')[2].querySelector('[data-id="p1"]')).to.exist;
    expect(active(el)).to.equal($(el, '[data-id="p1"] .pro'));
    expect(active(el)!.getAttribute('aria-pressed')).to.equal('true');
  });
});

describe('gk-emergency-plan: picking people from a network-circle value', () => {
  it('offers only the "can help" people, in the right step, and copies name and phone', async () => {
    const el = await fixture<GkEmergencyPlan>(html`<gk-emergency-plan .network=${NETWORK}></gk-emergency-plan>`);
    const [pick2, pick3] = [$$(el, '.step')[1].querySelector('.pick')!, $$(el, '.step')[2].querySelector('.pick')!];
    expect([...pick2.querySelectorAll('button')].map((b) => b.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(['Mor', 'Bo(i miljøet med rusmidler)']);
    expect([...pick3.querySelectorAll('button')].map((b) => b.textContent!.trim())).to.deep.equal(['Lise (kontaktperson)']);
    expect(el.textContent + el.shadowRoot!.textContent!).not.to.contain('Kim');
    const [group] = await findRole('group', 'Fra min netværkscirkel');
    expect(group).to.exist;
    const counts = countEvents(el);
    (pick2.querySelector('button') as HTMLElement).focus();
    await press('Enter');
    await el.updateComplete;
    const mor = el.value.support[0];
    expect(mor).to.include({ personId: 'n-mor', name: 'Mor', phone: '12 34 56 78', professional: false });
    expect(active(el)?.id, 'focus goes to "what can Mor help with"').to.equal(`help-${mor.id}`);
    expect(counts).to.deep.equal({ input: 1, change: 1 });
    // Mor is no longer offered; Lise lands among the professionals
    expect([...$$(el, '.step')[1].querySelectorAll('.pick button')].map((b) => b.textContent!.trim())).to.have.length(1);
    ($$(el, '.step')[2].querySelector('.pick button') as HTMLElement).click();
    await el.updateComplete;
    expect(el.value.support.map((e) => [e.name, e.professional])).to.deep.equal([['Mor', false], ['Lise (kontaktperson)', true]]);
    expect($$(el, '.step')[2].querySelector('.pick')).to.equal(null);
  });

  it('takes SupportPerson records as `people` too (supportPeople(network))', async () => {
    const el = await fixture<GkEmergencyPlan>(html`<gk-emergency-plan .people=${supportPeople(NETWORK)} .network=${NETWORK}></gk-emergency-plan>`);
    // the same people from both sources are offered once
    expect($$(el, '.pick button')).to.have.length(3);
    el.people = [{ id: 'x-1', name: 'Naboen', phone: '99 88 77 66' }];
    await el.updateComplete;
    expect($$(el, '.pick button').map((b) => b.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(['Naboen', 'Mor', 'Bo(i miljøet med rusmidler)', 'Lise (kontaktperson)']);
  });

  it('the shared screen offers no picking and shows no phone numbers', async () => {
    const el = await fixture<GkEmergencyPlan>(html`<gk-emergency-plan surface="shared" .network=${NETWORK} .value=${FILLED}></gk-emergency-plan>`);
    expect($$(el, '.pick')).to.have.length(0);
    expect($$(el, 'input[type=tel]')).to.have.length(0);
    el.view = 'crisis';
    await el.updateComplete;
    expect($$(el, 'a[href^="tel:"]')).to.have.length(0);
    expect($(el, '.crisis').textContent).not.to.contain('12 34');
  });
});

describe('gk-emergency-plan: the crisis view', () => {
  it('one tap opens a calm view: what I do now and whom I call (tel: links), then back', async () => {
    const el = await fixture<GkEmergencyPlan>(html`<gk-emergency-plan .value=${FILLED}></gk-emergency-plan>`);
    const open = byText(el, '.open', 'Nu er det svært');
    open.scrollIntoView({ block: 'center' });
    const [x, y] = centerOf(open);
    await sendMouse({ type: 'click', position: [x, y] });
    await el.updateComplete;
    expect(el.view).to.equal('crisis');
    expect(el.getAttribute('view')).to.equal('crisis');
    expect(shown($(el, '.plan'))).to.equal(false);
    expect(shown($(el, '.crisis'))).to.equal(true);
    expect(active(el)?.id, 'focus on the calm heading').to.equal('ct');
    expect($(el, '#ct').textContent).to.equal('Træk vejret roligt. Du har en plan.');
    expect($$(el, '.now li').map((l) => l.textContent!.trim())).to.deep.equal(['gå en tur', 'ringe til en', 'gøre noget rart', 'Drikke en kop te og høre musik']);
    const links = $$(el, '.calls a') as HTMLAnchorElement[];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['tel:+4512345678', 'tel:70203040']);
    const named = await findRole('link', /^Ring til Mor/);
    expect(named).to.have.length(1);
    expect($$(el, '.calls li')[1].textContent, 'professionals last, and marked').to.contain('(Fagperson)');
    // nothing else: no inputs in the crisis view
    expect($(el, '.crisis').querySelectorAll('input, textarea')).to.have.length(0);
    byText(el, '.back', 'Tilbage til planen').click();
    await el.updateComplete;
    expect(el.view).to.equal('plan');
    expect(shown($(el, '.plan'))).to.equal(true);
    expect(active(el)).to.equal(open);
  });

  it('fits on one tablet screen with large targets', async () => {
    const el = await fixture<GkEmergencyPlan>(html`<gk-emergency-plan view="crisis" .value=${FILLED} style="width: 768px"></gk-emergency-plan>`);
    const r = $(el, '.crisis').getBoundingClientRect();
    expect(r.height).to.be.below(1024);
    // the heading has tabindex="-1" only to take focus when the view opens; it is not a target
    expect(smallTargets(el.shadowRoot!, 'button, input, textarea, a[href], [tabindex]:not([tabindex="-1"])')).to.deep.equal([]);
    expect(parseFloat(getComputedStyle($(el, '.crisis')).fontSize)).to.be.greaterThan(20);
  });

  it('a phone written with words stays text: no link that could dial a wrong number', async () => {
    const v = copy(FILLED);
    v.support[0].phone = 'javascript:alert(1)';
    v.support[1].phone = 'mobil 12 34, fastnet 56 78';
    const el = await fixture<GkEmergencyPlan>(html`<gk-emergency-plan view="crisis" .value=${v}></gk-emergency-plan>`);
    expect($$(el, '.calls a')).to.have.length(0);
    expect($(el, '.calls').textContent).to.contain('Mor');
    expect($(el, '.calls').textContent).to.contain('Lise');
    expect($(el, '.calls').textContent, 'the number is still there to read').to.contain('mobil 12 34, fastnet 56 78');
  });

  it('an empty plan says so calmly', async () => {
    const el = await fixture<GkEmergencyPlan>(html`<gk-emergency-plan view="crisis"></gk-emergency-plan>`);
    expect($(el, '.crisis').textContent).to.contain('Planen er ikke udfyldt endnu.');
  });
});

describe('gk-emergency-plan: review by date', () => {
  it('shows the date prominently and a gentle note once it has passed', async () => {
    const el = await fixture<GkEmergencyPlan>(html`<gk-emergency-plan .value=${FILLED} today="2026-03-01"></gk-emergency-plan>`);
    expect($(el, '.day').textContent).to.equal('1. marts 2026');
    expect(($(el, '#rb') as HTMLInputElement).value).to.equal('2026-03-01');
    expect((await findRole('textbox', 'Gennemgås senest')).length + (await findRole('Date', 'Gennemgås senest')).length).to.be.greaterThan(0);
    expect($(el, '.due')).to.equal(null);
    el.today = '2026-03-02';
    await el.updateComplete;
    expect($(el, '.due').textContent).to.equal('Datoen er gået. Kig planen igennem igen – gerne sammen med en, du stoler på.');
  });

  it('changing the date input sets reviewBy', async () => {
    const el = await fixture<GkEmergencyPlan>(html`<gk-emergency-plan></gk-emergency-plan>`);
    const counts = countEvents(el);
    const input = $(el, '#rb') as HTMLInputElement;
    input.value = '2026-09-30';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(el.value.reviewBy).to.equal('2026-09-30');
    expect($(el, '.day').textContent).to.equal('30. september 2026');
    expect(counts).to.deep.equal({ input: 1, change: 1 });
  });

  it('a bad today is reported and ignored', async () => {
    const el = await fixture<GkEmergencyPlan>(html`<gk-emergency-plan .value=${FILLED} today="2026-01-01"></gk-emergency-plan>`);
    const cap = captureInvalid(el);
    try {
      el.setAttribute('today', 'i går');
      await el.updateComplete;
      expect(el.today).to.equal('2026-01-01');
      expect(cap.events.map((e) => e.field)).to.deep.equal(['today']);
    } finally {
      cap.stop();
    }
  });
});

describe('gk-emergency-plan: read aloud (on-device voices only)', () => {
  const synth = window.speechSynthesis;
  const spoken: string[] = [];
  let restore: () => void;
  function fakeVoices(voices: Partial<SpeechSynthesisVoice>[]) {
    const Utterance = window.SpeechSynthesisUtterance;
    Object.defineProperty(synth, 'getVoices', { configurable: true, value: () => voices });
    Object.defineProperty(synth, 'speak', { configurable: true, value: (u: { text: string }) => spoken.push(u.text) });
    (window as unknown as Record<string, unknown>).SpeechSynthesisUtterance = class {
      voice: unknown;
      lang = '';
      rate = 1;
      constructor(public text: string) {}
    };
    restore = () => {
      delete (synth as unknown as Record<string, unknown>).getVoices;
      delete (synth as unknown as Record<string, unknown>).speak;
      window.SpeechSynthesisUtterance = Utterance;
    };
  }
  afterEach(() => {
    restore?.();
    spoken.length = 0;
  });

  it('is off unless the host enables it', async () => {
    fakeVoices([{ lang: 'da-DK', localService: true, name: 'Lokal' }]);
    const el = await fixture<GkEmergencyPlan>(html`<gk-emergency-plan .value=${FILLED}></gk-emergency-plan>`);
    expect($$(el, '.read')).to.have.length(0);
  });

  it('hides the buttons when only network voices exist', async () => {
    fakeVoices([{ lang: 'da-DK', localService: false, name: 'Sky' }]);
    const el = await fixture<GkEmergencyPlan>(html`<gk-emergency-plan read-aloud .value=${FILLED}></gk-emergency-plan>`);
    expect($$(el, '.read')).to.have.length(0);
  });

  it('with a local voice: one button per part, each reads its own part', async () => {
    fakeVoices([{ lang: 'da-DK', localService: true, name: 'Lokal' }]);
    const el = await fixture<GkEmergencyPlan>(html`<gk-emergency-plan read-aloud .value=${FILLED}></gk-emergency-plan>`);
    const buttons = $$(el, '.read');
    expect(buttons.map((b) => b.getAttribute('aria-label'))).to.deep.equal([
      'Læs op: Nødplan 1: Det kan jeg selv gøre',
      'Læs op: Nødplan 2: Dem, der kan hjælpe mig',
      'Læs op: Nu er det svært',
    ]);
    buttons[0].click();
    expect(spoken[0]).to.equal(
      'Nødplan 1: Det kan jeg selv gøre. Hvis jeg får trang … når jeg er alene om aftenen … så kan jeg gå en tur, ringe til en. Hvis jeg får trang … når jeg har fået løn … så kan jeg gå en tur, gøre noget rart, Drikke en kop te og høre musik',
    );
    buttons[1].click();
    expect(spoken[1]).to.contain('Sådan mærker jeg, at jeg har brug for hjælp: Jeg bliver urolig og sover dårligt.');
    expect(spoken[1].indexOf('Mor'), 'people before professionals').to.be.lessThan(spoken[1].indexOf('Lise'));
    el.view = 'crisis';
    await el.updateComplete;
    buttons[2].click();
    expect(spoken[2]).to.contain('Træk vejret roligt. Du har en plan.. Det gør jeg nu. gå en tur. ringe til en');
    expect(spoken[2]).to.contain('Ring'.slice(0, 0) + 'Mor. Lise');
    await expect(el).to.be.accessible();
  });
});

describe('gk-emergency-plan: print', () => {
  const sheets = (el: GkEmergencyPlan) => el.shadowRoot!.adoptedStyleSheets.flatMap((s) => [...s.cssRules]);

  it('has @media print rules: the A4 plan with write-on lines, and the pocket card', async () => {
    const el = await fixture<GkEmergencyPlan>(html`<gk-emergency-plan .value=${FILLED}></gk-emergency-plan>`);
    const print = sheets(el).filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText === 'print');
    const text = print.map((r) => r.cssText).join('\n');
    expect(text).to.contain('.no-print');
    expect(text).to.match(/:host\(\[print-layout="?a4"?\]\) \.crisis/);
    expect(text).to.match(/:host\(\[print-layout="?pocket"?\]\) \.plan/);
    expect(text).to.contain('100mm');
    expect(text).to.match(/border-block-end: 1px solid/);
  });

  it('the A4 preview shows the plan without buttons or unpicked suggestions', async () => {
    const el = await fixture<GkEmergencyPlan>(html`<gk-emergency-plan print-preview .value=${FILLED}></gk-emergency-plan>`);
    expect(shown($(el, '.plan'))).to.equal(true);
    expect(shown($(el, '.crisis'))).to.equal(false);
    expect($$(el, 'button').filter(shown).map((b) => b.textContent!.trim())).to.deep.equal(['gå en tur', 'ringe til en', 'gå en tur', 'gøre noget rart']);
    expect(shown($(el, '#rb')), 'the date input gives way to the written date').to.equal(false);
    expect(shown($(el, '.day'))).to.equal(true);
    expect(getComputedStyle($(el, 'textarea')).borderTopStyle).to.equal('none');
  });

  it('an empty row in print keeps every suggestion to circle by hand', async () => {
    const el = await fixture<GkEmergencyPlan>(html`<gk-emergency-plan print-preview .value=${{ version: 1, coping: [{ id: 'r' }] }}></gk-emergency-plan>`);
    expect($$(el, '.idea').filter(shown)).to.have.length(7);
  });

  it('the pocket preview shows only the crisis content on a small card, also in dark theme', async () => {
    const el = await fixture<GkEmergencyPlan>(html`<gk-emergency-plan print-preview print-layout="pocket" theme="dark" .value=${FILLED}></gk-emergency-plan>`);
    expect(shown($(el, '.plan'))).to.equal(false);
    const card = $(el, '.crisis');
    expect(shown(card)).to.equal(true);
    expect(Math.round(card.getBoundingClientRect().width)).to.be.closeTo(378, 2); // 100 mm
    expect(getComputedStyle(card).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(card).color).to.equal('rgb(0, 0, 0)');
    expect(shown(card.querySelector('.back'))).to.equal(false);
  });
});

describe('gk-emergency-plan: forms', () => {
  it('puts the plan in FormData as JSON, nothing while empty, and resets', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><gk-emergency-plan name="plan"></gk-emergency-plan></form>`);
    const el = form.querySelector('gk-emergency-plan')!;
    await el.updateComplete;
    expect(el.form).to.equal(form);
    expect(new FormData(form).has('plan')).to.equal(false);
    byText(el, '.add', 'Tilføj en situation').click();
    await el.updateComplete;
    const sent = JSON.parse(new FormData(form).get('plan') as string);
    expect(sent).to.deep.equal(el.value);
    expect(sent.version).to.equal(1);
    form.reset();
    await el.updateComplete;
    expect(el.value).to.deep.equal(emptyPlan());
    expect(new FormData(form).has('plan')).to.equal(false);
  });

  it('defaultValue is what reset returns to', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><gk-emergency-plan name="plan" .defaultValue=${FILLED}></gk-emergency-plan></form>`);
    const el = form.querySelector('gk-emergency-plan')!;
    expect(el.value).to.deep.equal(FILLED);
    byText(el, '.rm', 'Fjern').click();
    expect(el.value.coping).to.have.length(1);
    form.reset();
    expect(el.value).to.deep.equal(FILLED);
  });

  it('required: an empty plan is invalid with a message, a started one is valid', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><gk-emergency-plan name="plan" required></gk-emergency-plan></form>`);
    const el = form.querySelector('gk-emergency-plan')!;
    await el.updateComplete;
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.not.equal('');
    expect(form.checkValidity()).to.equal(false);
    el.value = { ...emptyPlan(), notice: 'Jeg bliver urolig' };
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(true);
  });

  it('a disabled fieldset disables every control; nothing is submitted', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fieldset disabled><gk-emergency-plan name="plan" .value=${FILLED}></gk-emergency-plan></fieldset></form>`);
    const el = form.querySelector('gk-emergency-plan')!;
    await el.updateComplete;
    const controls = $$(el, '.plan button, .plan input, .plan textarea') as HTMLButtonElement[];
    expect(controls.length).to.be.greaterThan(10);
    expect(controls.every((c) => c.matches(':disabled'))).to.equal(true);
    byText(el, '.idea', 'se en film').click();
    expect(el.value).to.deep.equal(FILLED);
    expect(new FormData(form).has('plan')).to.equal(false);
    form.querySelector('fieldset')!.disabled = false;
    await el.updateComplete;
    expect(controls.some((c) => c.matches(':disabled'))).to.equal(false);
  });

  it('restores its state after back navigation, ignoring bad state', async () => {
    const el = await fixture<GkEmergencyPlan>(html`<gk-emergency-plan name="plan"></gk-emergency-plan>`);
    el.formStateRestoreCallback(JSON.stringify(FILLED));
    expect(el.value).to.deep.equal(FILLED);
    el.formStateRestoreCallback('{"version":7}');
    expect(el.value).to.deep.equal(FILLED);
  });
});

describe('gk-emergency-plan: bad input keeps the last good state', () => {
  it('rejects malformed values, names the field, warns once without the data', async () => {
    const el = await fixture<GkEmergencyPlan>(html`<gk-emergency-plan .value=${FILLED}></gk-emergency-plan>`);
    const cap = captureInvalid(el);
    try {
      for (const bad of ['plan', 42, [], { version: 2 }, { version: 1, coping: [{ id: 'r', ideas: ['drink'] }] }]) el.value = bad as never;
      expect(el.value).to.deep.equal(FILLED);
      expect(cap.events.map((e) => e.field)).to.deep.equal(['value', 'value', 'value', 'value.version', 'value.coping[0].ideas']);
      expect(cap.events[0]).to.deep.equal({ tag: 'gk-emergency-plan', field: 'value', reason: 'must be an object like { version: 1, coping: [], support: [] }' });
      expect(cap.warnings).to.have.length(3);
      expect(cap.warnings.join(' ')).not.to.contain('drink');
    } finally {
      cap.stop();
    }
  });

  it('a 10,000-character text is rejected per field with a clear reason; inputs carry maxlength', async () => {
    const el = await fixture<GkEmergencyPlan>(html`<gk-emergency-plan .value=${FILLED}></gk-emergency-plan>`);
    const cap = captureInvalid(el);
    const long = 'x'.repeat(10000);
    try {
      const v1 = copy(FILLED);
      v1.support[1].deal = long;
      el.value = v1;
      const v2 = copy(FILLED);
      v2.coping[1].when = long;
      el.value = v2;
      el.value = { ...copy(FILLED), notice: long };
      expect(el.value).to.deep.equal(FILLED);
      expect(cap.events.map(({ field, reason }) => `${field}: ${reason}`)).to.deep.equal([
        'value.support[1].deal: must be at most 500 characters (got 10000)',
        'value.coping[1].when: must be at most 200 characters (got 10000)',
        'value.notice: must be at most 500 characters (got 10000)',
      ]);
      expect(cap.warnings.join(' ')).not.to.contain('xxxx');
    } finally {
      cap.stop();
    }
    await el.updateComplete;
    const limits = $$(el, 'input:not([type=date]), textarea').map((i) => i.getAttribute('maxlength'));
    expect(limits.every((m) => m && +m <= 500), 'every text field has a maxlength').to.equal(true);
    expect($(el, '[id="w-r1"]').getAttribute('maxlength')).to.equal('200');
    expect($(el, '[id="n-p1"]').getAttribute('maxlength')).to.equal('80');
  });

  it('rejects a bad network value, bad people, unknown view and print layout', async () => {
    const el = await fixture<GkEmergencyPlan>(html`<gk-emergency-plan .network=${NETWORK} view="crisis" print-layout="pocket"></gk-emergency-plan>`);
    const cap = captureInvalid(el);
    try {
      el.network = 'Mor, Far' as never;
      el.network = { version: 1, people: 'alle' } as never;
      el.people = [{ id: 'a b', name: 'X' }];
      el.people = [{ id: 'a', name: 'x'.repeat(10000) }];
      el.view = 'panic' as never;
      el.printLayout = 'a3' as never;
      await el.updateComplete;
      expect(el.network).to.equal(NETWORK);
      expect(el.people).to.deep.equal([]);
      expect(el.view).to.equal('crisis');
      expect(el.printLayout).to.equal('pocket');
      expect(cap.events.map((e) => e.field)).to.deep.equal(['network', 'network', 'people[0].id', 'people[0].name', 'view', 'printLayout']);
    } finally {
      cap.stop();
    }
  });

  it('clearing the network with null is allowed', async () => {
    const el = await fixture<GkEmergencyPlan>(html`<gk-emergency-plan .network=${NETWORK}></gk-emergency-plan>`);
    el.network = null;
    await el.updateComplete;
    expect($$(el, '.pick')).to.have.length(0);
  });
});

describe('gk-emergency-plan: events', () => {
  it('fires no input or change on a programmatic set', async () => {
    const el = await fixture<GkEmergencyPlan>(html`<gk-emergency-plan></gk-emergency-plan>`);
    const counts = countEvents(el);
    el.value = FILLED;
    el.defaultValue = FILLED;
    el.network = NETWORK;
    el.view = 'crisis';
    await el.updateComplete;
    expect(counts).to.deep.equal({ input: 0, change: 0 });
  });

  it('typing gives one composed input per key and one change on leaving the field', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div><gk-emergency-plan .value=${FILLED}></gk-emergency-plan></div>`);
    const el = wrap.querySelector('gk-emergency-plan')!;
    const seen: string[] = [];
    wrap.addEventListener('input', (e) => seen.push(`input:${(e.target as Element).localName}:${e.constructor.name}`));
    wrap.addEventListener('change', (e) => seen.push(`change:${(e.target as Element).localName}`));
    ($(el, '#nt') as HTMLTextAreaElement).focus();
    await sendKeys({ type: '!!' });
    await press('Tab');
    expect(seen).to.deep.equal(['input:gk-emergency-plan:Event', 'input:gk-emergency-plan:Event', 'change:gk-emergency-plan']);
    expect(el.value.notice).to.equal('Jeg bliver urolig og sover dårligt.!!');
  });
});

describe('gk-emergency-plan: languages', () => {
  it('follows the nearest ancestor lang and switches live', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="en"><gk-emergency-plan .value=${FILLED}></gk-emergency-plan></div>`);
    const el = wrap.querySelector('gk-emergency-plan')!;
    await el.updateComplete;
    expect($(el, '#p1').textContent).to.equal('Plan 1: What I can do myself');
    expect($(el, '.day').textContent).to.equal('1 March 2026');
    expect(byText(el, '.open', 'It is hard right now')).to.exist;
    wrap.setAttribute('lang', 'nb');
    await tick();
    await el.updateComplete;
    expect($(el, 'h2').textContent).to.equal('Min kriseplan');
    expect($(el, 'label[for="help-p1"]').textContent).to.equal('Hva kan Mor hjelpe meg med?');
    el.setAttribute('lang', 'sv-SE');
    await tick();
    await el.updateComplete;
    expect($(el, '#p2').textContent).to.equal('Krisplan 2: De som kan hjälpa mig');
    expect($(el, '.day').textContent).to.equal('1 mars 2026');
  });

  it('a host can override any string', async () => {
    const el = await fixture<GkEmergencyPlan>(html`<gk-emergency-plan .strings=${{ title: 'Min plan for svære dage' }}></gk-emergency-plan>`);
    expect($(el, 'h2').textContent).to.equal('Min plan for svære dage');
  });
});

describe('gk-emergency-plan: surfaces and targets', () => {
  it('the facilitator sees a hint about the network circle; the participant does not', async () => {
    const f = await fixture<GkEmergencyPlan>(html`<gk-emergency-plan surface="facilitator"></gk-emergency-plan>`);
    expect(f.shadowRoot!.textContent).to.contain('Se netværkscirklen sammen');
    const p = await fixture<GkEmergencyPlan>(html`<gk-emergency-plan></gk-emergency-plan>`);
    expect(p.shadowRoot!.textContent).not.to.contain('Se netværkscirklen sammen');
  });

  it('every target is at least 44×44 CSS px, on a tablet and on a phone', async () => {
    for (const width of [768, 360]) {
      const el = await fixture<GkEmergencyPlan>(html`<gk-emergency-plan style="width: ${width}px" .value=${FILLED} .network=${NETWORK}></gk-emergency-plan>`);
      expect(smallTargets(el.shadowRoot!), `${width}px`).to.deep.equal([]);
    }
  });

  it('shows focus on the suggestion buttons', async () => {
    const el = await fixture<GkEmergencyPlan>(html`<gk-emergency-plan .value=${FILLED}></gk-emergency-plan>`);
    ($(el, '[id="w-r1"]') as HTMLInputElement).focus();
    await press('Tab');
    expect(getComputedStyle(active(el)!).outlineStyle).to.equal('solid');
  });

  it('value round-trips through the element unchanged', async () => {
    const el = await fixture<GkEmergencyPlan>(html`<gk-emergency-plan .value=${FILLED}></gk-emergency-plan>`);
    expect(JSON.parse(JSON.stringify(el.value))).to.deep.equal(FILLED);
    const again = await fixture<GkEmergencyPlan>(html`<gk-emergency-plan .value=${JSON.parse(JSON.stringify(el.value)) as EmergencyPlanValue}></gk-emergency-plan>`);
    expect(again.value).to.deep.equal(FILLED);
  });
});
