// The in-page half of the bench (bundled by run.mjs into .tmp/bench/out/page.js). The runner
// opens a fresh document per sample, calls these functions with page.evaluate and presses keys
// with the real (CDP) keyboard.
//
// Timing. Headless Chromium paints at a fixed 60 Hz, so "until a frame was painted" measured
// with double requestAnimationFrame is mostly waiting for the next vsync (a multiple of
// 16.7 ms whatever the element does). The bench therefore sums the main-thread work up to the
// painted frame and leaves the idle wait out:
//   work  = (t_layout − t0)  script: create/connect or key handling, Lit updates until every
//                            element in the subtree reports updateComplete, then a forced
//                            style + layout (document.body.offsetHeight)
//         + (t_paint − t_raf) the next frame: from our requestAnimationFrame callback to a task
//                            posted from it (runs after that frame's paint)
// The same code measures every candidate.
import { TOOLS } from './tools.mjs';

const byId = new Map(TOOLS.map((t) => [t.id, t]));
const now = () => performance.now();
const gc = () => globalThis.gc?.();
const stage = () => document.getElementById('stage');

/** Resolves after all pending Lit updates in el's subtree (shadow roots included) are done. */
async function settle(roots) {
  for (let i = 0; i < 20; i++) {
    const pending = [];
    const visit = (el) => {
      if (el.isUpdatePending) pending.push(el.updateComplete);
      const sr = el.shadowRoot;
      if (sr) for (const c of sr.querySelectorAll('*')) if (c.localName.includes('-')) visit(c);
    };
    roots.forEach(visit);
    if (!pending.length) return;
    await Promise.all(pending);
  }
}

/** Timestamps the next frame: [start of our rAF callback, first task after that frame]. */
function nextFrame() {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const tRaf = now();
      const ch = new MessageChannel();
      ch.port1.onmessage = () => resolve([tRaf, now()]);
      ch.port2.postMessage(0);
    });
  });
}

/** Measures from t0: settle, forced layout, next painted frame. */
async function finish(t0, roots) {
  await settle(roots);
  void document.body.offsetHeight;
  const tLayout = now();
  const [tRaf, tPaint] = await nextFrame();
  return { ms: tLayout - t0 + (tPaint - tRaf), script: tLayout - t0, paint: tPaint - tRaf, wall: tPaint - t0 };
}

function make(tool, i) {
  const el = document.createElement(tool.tag);
  tool.setup(el, i);
  return el;
}

let current;
let keyState;

export const bench = {
  /** Loads the candidate's module and waits for its tag. */
  async load(id) {
    const tool = byId.get(id);
    if (!tool) throw new Error(`unknown candidate ${id}`);
    current = tool;
    const t0 = now();
    const url = new URL('cand-' + id + '.js', document.baseURI).href; // left alone by esbuild
    await import(url);
    await customElements.whenDefined(tool.tag);
    return now() - t0;
  },

  /** Time to first render of one instance (cold: first instance in this document). */
  async firstRender() {
    await nextFrame();
    const t0 = now();
    const el = make(current, 0);
    stage().append(el);
    const r = await finish(t0, [el]);
    el.id = 'one';
    return r;
  },

  /** Focuses the key target of #one and arms the keydown timer. */
  async focusForKeys() {
    const el = document.getElementById('one');
    const target = current.target(el);
    target.focus();
    await nextFrame();
    await nextFrame();
    let a = document.activeElement;
    const chain = [a];
    while (a?.shadowRoot?.activeElement) chain.push((a = a.shadowRoot.activeElement));
    if (!chain.includes(target)) throw new Error(`${current.id}: focus did not reach the key target`);
    window.addEventListener(
      'keydown',
      () => {
        if (!keyState) return;
        keyState.t0 = now();
        // A task posted now runs after the whole keydown task (listeners, default action such
        // as a native range input's step and its input event, microtasks).
        const ch = new MessageChannel();
        ch.port1.onmessage = () => finish(keyState.t0, [el]).then(keyState.resolve);
        ch.port2.postMessage(0);
      },
      true,
    );
    return true;
  },

  /** Arms one key press; the runner presses the key, then awaits keyResult(). */
  armKey() {
    const el = document.getElementById('one');
    keyState = { before: current.read(el) };
    keyState.done = new Promise((r) => (keyState.resolve = r));
    return JSON.stringify(keyState.before);
  },
  async keyResult() {
    const r = await Promise.race([keyState.done, new Promise((_, no) => setTimeout(() => no(new Error(`${current.id}: no keydown reached the page within 5 s`)), 5000))]);
    const after = current.read(document.getElementById('one'));
    if (JSON.stringify(after) === JSON.stringify(keyState.before)) throw new Error(`${current.id}: the key press did not change the value`);
    keyState = undefined;
    return r;
  },

  /** Clears the stage (between phases). */
  async clear() {
    stage().replaceChildren();
    await nextFrame();
  },

  /** Time to mount n instances at once, each with a representative value. */
  async mount(n) {
    await nextFrame();
    const t0 = now();
    const frag = document.createDocumentFragment();
    const els = [];
    for (let i = 0; i < n; i++) els.push(frag.appendChild(make(current, i)));
    stage().append(frag);
    return finish(t0, els);
  },

  /** Baselines for the main-thread CPU figures: the same round trips without the work. */
  /** Full garbage collection (Chromium runs with --expose-gc), before each measured step. */
  async gc() {
    gc();
    await nextFrame();
  },
  noop() {
    return 1;
  },
  async idle() {
    await nextFrame();
    return 1;
  },

  count() {
    return stage().childElementCount;
  },
};

window.bench = bench;
