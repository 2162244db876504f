// What every consumer app must do in headless Chromium, the way its users meet it. Each
// check takes a playwright page (already at the app's URL) and throws with a plain sentence
// when something does not hold. The app contract is in tests/hosts/README.md.
import assert from 'node:assert/strict';

/** The values every app sets the framework's own way (a property binding, not an attribute). */
export const SCALE_VALUE = 3;
export const FEELINGS_VALUE = { version: 1, persona: 'middle-aged-woman', phase: 'check-in', feelings: ['ok'] };

const state = (page) => page.locator('#state').textContent().then((t) => JSON.parse(t ?? 'null'));

async function waitForTools(page) {
  await page.waitForFunction(
    () =>
      ['gk-scale', 'gk-feelings-picker'].every((tag) => {
        const el = document.querySelector(tag);
        return customElements.get(tag) && el instanceof customElements.get(tag) && el.shadowRoot?.childElementCount;
      }),
    null,
    { timeout: 15000 },
  ).catch(async () => {
    const defined = await page.evaluate(() => ['gk-scale', 'gk-feelings-picker'].map((t) => `${t}: ${customElements.get(t) ? 'defined' : 'NOT defined'}`));
    throw new Error(`the tools did not render (${defined.join(', ')})`);
  });
  await page.evaluate(() => Promise.all([...document.querySelectorAll('gk-scale, gk-feelings-picker')].map((el) => el.updateComplete)));
}

/** The standard page: the two tools in a form, bound to the framework's state. */
export async function standard(page) {
  await waitForTools(page);
  const values = () =>
    page.evaluate(() => ({
      scale: document.querySelector('gk-scale').value,
      feelings: document.querySelector('gk-feelings-picker').value,
    }));
  // 1. the framework's property binding reached el.value unchanged
  assert.deepEqual(await values(), { scale: SCALE_VALUE, feelings: FEELINGS_VALUE }, 'the value set through the framework reaches el.value unchanged');
  const s0 = await state(page);
  assert.equal(s0.changes, 0, 'no change event before the user acts (a programmatic set fires none)');

  // 2. a real user action: the keyboard on the slider, a click on a card
  await page.locator('gk-scale [role=slider]').focus();
  await page.keyboard.press('ArrowRight');
  await page.locator('gk-feelings-picker').getByRole('radio', { name: /glad/i }).click();
  const want = { scale: SCALE_VALUE + 1, feelings: { ...FEELINGS_VALUE, feelings: ['happy'] } };
  await page.waitForFunction((n) => JSON.parse(document.querySelector('#state').textContent).changes >= n, 2, { timeout: 5000 })
    .catch(() => { throw new Error('the framework handler did not see two change events'); });
  assert.deepEqual(await values(), want, 'the user action changed the elements');
  const s1 = await state(page);
  assert.deepEqual({ scale: s1.scale, feelings: s1.feelings }, want, "the framework's state holds the new values");

  // 3. a controlled re-render does not undo it
  await page.locator('#rerender').click();
  await page.waitForFunction(() => JSON.parse(document.querySelector('#state').textContent).renders >= 1, null, { timeout: 5000 })
    .catch(() => { throw new Error('#rerender did not re-render (state.renders stayed 0)'); });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
  assert.deepEqual(await values(), want, 'a controlled re-render keeps the user’s values');

  // 4. forms: FormData under the names, reset
  const data = await page.evaluate(() => {
    const fd = new FormData(document.querySelector('form'));
    return { trang: fd.get('trang'), ind: fd.get('ind') };
  });
  assert.equal(data.trang, String(want.scale), 'FormData holds the scale under its name');
  assert.deepEqual(JSON.parse(data.ind), want.feelings, 'FormData holds the feelings as JSON under its name');
  await page.evaluate(() => document.querySelector('form').reset());
  const after = await page.evaluate(async () => {
    const els = [...document.querySelectorAll('gk-scale, gk-feelings-picker')];
    await Promise.all(els.map((el) => el.updateComplete));
    const fd = new FormData(document.querySelector('form'));
    return { scale: els[0].value, feelings: els[1].value, trang: fd.get('trang'), ind: fd.get('ind') };
  });
  assert.deepEqual(after, { scale: null, feelings: null, trang: null, ind: null }, 'form.reset() returns both tools to their default (nothing chosen)');
}

/** Two separately bundled copies on one page: both work, the second warns. */
export async function twoCopies(page, { warnings }) {
  await page.waitForFunction(() => document.querySelectorAll('gk-scale').length === 2 && customElements.get('gk-scale'), null, { timeout: 15000 });
  await page.evaluate(() => Promise.all([...document.querySelectorAll('gk-scale')].map((el) => el.updateComplete)));
  assert.ok(warnings.some((w) => /already defined/.test(w)), 'the second copy warns that <gk-scale> is already defined');
  for (const i of [0, 1]) {
    await page.locator('gk-scale [role=slider]').nth(i).focus();
    await page.keyboard.press('End');
  }
  const got = await page.evaluate(() => [...document.querySelectorAll('gk-scale')].map((el) => el.value));
  assert.deepEqual(got, [10, 10], 'both scales answer the keyboard');
}

/** A page copied from the README: it renders the named tags and logs no error. */
export async function renders(page, { tags = ['gk-scale'] } = {}) {
  await page.waitForFunction(
    (tags) => tags.every((t) => customElements.get(t) && document.querySelector(t)?.shadowRoot?.childElementCount),
    tags,
    { timeout: 15000 },
  ).catch(() => { throw new Error(`${tags.join(', ')} did not render`); });
}

/**
 * Named imports from gruppekit/classes.js: nothing is registered, a host's own tag works, and
 * the page's scripts hold none of the tools it did not import (`absent`: a text of each).
 */
export async function ownTag(page, { tag, absent = [], scripts }) {
  await page.waitForFunction((tag) => customElements.get(tag) && document.querySelector(tag)?.shadowRoot?.childElementCount, tag, { timeout: 15000 })
    .catch(() => { throw new Error(`<${tag}> (the host's own tag) did not render`); });
  const gk = await page.evaluate(() =>
    ['gk-scale', 'gk-feelings-picker', 'gk-checkin-board', 'gk-agenda', 'gk-plus-minus', 'gk-change-circle', 'gk-network-circle', 'gk-emergency-plan'].filter((t) => customElements.get(t)),
  );
  assert.deepEqual(gk, [], 'importing classes registers no gk- tag');
  await page.locator(`${tag} [role=slider]`).focus();
  await page.keyboard.press('End');
  assert.equal(await page.evaluate((tag) => document.querySelector(tag).value, tag), 10, 'the own tag answers the keyboard');
  const code = (await Promise.all(scripts())).join('\n');
  const found = absent.filter((text) => code.includes(text));
  assert.deepEqual(found, [], 'tree-shaking left out every tool the page did not import');
}

/** A page in English: the tools load their English strings (a lazy part) and show them. */
export async function lazyParts(page) {
  await waitForTools(page);
  const question = await page.locator('gk-feelings-picker [part=question]').textContent();
  assert.equal(question, 'How are you feeling right now?', 'the English strings (a lazy part) loaded');
}

/**
 * A page whose lazy parts cannot load (webpack under Trusted Types without a policy: its
 * loader throws inside import()): the tools still render, in Danish, and say so in a warning.
 */
export async function withoutPart(page, { warnings }) {
  await waitForTools(page);
  const question = await page.locator('gk-feelings-picker [part=question]').textContent();
  assert.equal(question, 'Hvordan har du det lige nu?', 'without its English part the tool shows Danish');
  assert.ok(warnings.some((w) => /could not be loaded/.test(w)), 'a warning says a part could not be loaded');
}

/** The README's plain-HTML example: the vertical craving scale with an earlier answer; a key press logs the answer. */
export async function readmePlain(page) {
  const logs = [];
  page.on('console', (m) => m.type() === 'log' && logs.push(m.text()));
  await renders(page, { tags: ['gk-scale'] });
  assert.equal(await page.evaluate(() => document.querySelector('gk-scale').history.length), 1, 'the inline script set the history');
  await page.locator('gk-scale [role=slider]').focus();
  await page.keyboard.press('7');
  await page.waitForTimeout(50);
  assert.ok(logs.includes('Svar: 7'), 'the change listener logged the answer');
}

/** The README's form example: required blocks until answered, FormData holds both names, reset. */
export async function readmeForm(page) {
  await renders(page, { tags: ['gk-scale'] });
  const form = () =>
    page.evaluate(() => {
      const f = document.querySelector('form');
      const fd = new FormData(f);
      return { valid: f.checkValidity(), vigtighed: fd.get('vigtighed'), trang: fd.get('trang') };
    });
  assert.deepEqual(await form(), { valid: false, vigtighed: null, trang: '3' }, 'required blocks the form until answered; value="3" is the default');
  await page.locator('gk-scale[name=vigtighed] [role=slider]').focus();
  await page.keyboard.press('7');
  assert.deepEqual(await form(), { valid: true, vigtighed: '7', trang: '3' }, 'the answer is in FormData');
  await page.evaluate(() => document.querySelector('form').reset());
  await page.evaluate(() => Promise.all([...document.querySelectorAll('gk-scale')].map((el) => el.updateComplete)));
  assert.deepEqual(await form(), { valid: false, vigtighed: null, trang: '3' }, 'reset returns to the value attributes');
}

/** Vue's v-model on the scale: '' for null is "no answer", not an error; a key press reaches the ref. */
export async function vueModel(page, { warnings }) {
  await renders(page, { tags: ['gk-scale'] });
  await page.locator('gk-scale [role=slider]').focus();
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.querySelector('#answer').textContent === '0', null, { timeout: 5000 })
    .catch(() => { throw new Error('v-model did not carry the answer to the ref'); });
  await page.locator('#rerender').click();
  await page.waitForTimeout(50);
  assert.equal(await page.evaluate(() => document.querySelector('gk-scale').value), 0, 'the scale reads back a number');
  assert.deepEqual(warnings.filter((w) => w.includes('gruppekit')), [], "no gruppekit warning: v-model's '' is no answer");
}

export const CHECKS = { standard, twoCopies, renders, ownTag, lazyParts, withoutPart, readmePlain, readmeForm, vueModel };
