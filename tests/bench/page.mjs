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
import { DRAG, TOOLS, network } from './tools.mjs';

const byId = new Map(TOOLS.map((t) => [t.id, t]));
const now = () => performance.now();
const gc = () => globalThis.gc?.();
const stage = () => document.getElementById('stage');

/** Resolves after all pending Lit updates in el's subtree (shadow roots included) are done. */
async function settle(roots) {
  for (let i = 0; i < 20; i++) {
    const pending = [];
    const visit = (el, root) => {
      // roots: always (a gruppekit element's updateComplete also waits for lazily loaded
      // parts: languages, drawings, editors); inner elements: when an update is pending
      if (el.isUpdatePending || (root && i === 0 && el.updateComplete)) pending.push(el.updateComplete);
      const sr = el.shadowRoot;
      if (sr) for (const c of sr.querySelectorAll('*')) if (c.localName.includes('-')) visit(c, false);
    };
    roots.forEach((el) => visit(el, true));
    if (!pending.length) return;
    await Promise.all(pending);
  }
}

/** The focused element and its focused shadow descendants. */
function deepActive() {
  let a = document.activeElement;
  const chain = [a];
  while (a?.shadowRoot?.activeElement) chain.push((a = a.shadowRoot.activeElement));
  return chain;
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
  let bad;
  const onBad = (e) => (bad ??= e.detail);
  el.addEventListener('gk-invalid-value', onBad);
  tool.setup(el, i);
  el.removeEventListener('gk-invalid-value', onBad);
  if (bad) throw new Error(`${tool.id}: the bench's value was rejected at ${bad.field}: ${bad.reason}`);
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
    await Promise.race([
      customElements.whenDefined(tool.tag),
      new Promise((_, no) => setTimeout(() => no(new Error(`<${tool.tag}> was not defined by its module`)), 10000)),
    ]);
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

  /**
   * Prepares #one for key presses (the tool's `prepare`, e.g. opening an editor; not timed),
   * focuses its key target and installs the timer. The timer starts when keydown reaches the
   * page; at the first `input` event after it (in the same task as the change), it waits as
   * for a first render: Lit updates settled, forced layout, the next painted frame.
   */
  async focusForKeys() {
    const el = document.getElementById('one');
    if (current.prepare) {
      await current.prepare(el);
      await settle([el]);
    }
    const target = current.target(el);
    if (!target) throw new Error(`${current.id}: no key target`);
    target.focus();
    await nextFrame();
    await nextFrame();
    if (!deepActive().includes(target)) throw new Error(`${current.id}: focus did not reach the key target`);
    const post = (fn) => {
      const ch = new MessageChannel();
      ch.port1.onmessage = fn;
      ch.port2.postMessage(0);
    };
    const stop = () => {
      const k = keyState;
      k.finishing = true;
      // Yield once: if the tool announced the change before asking Lit to update, the update
      // is then pending and settle() waits for it.
      Promise.resolve()
        .then(() => finish(k.t0, [el]))
        .then(k.resolve);
    };
    window.addEventListener(
      'keydown',
      () => {
        if (!keyState || keyState.t0 !== undefined) return;
        keyState.t0 = now();
        // Fallback for a tool that changes its value without an input event: a task posted now
        // runs after the whole keydown task. (Not the main path: after input, Chromium may run
        // the next frame before such a task, which would add up to a frame of idle time.)
        post(() => {
          const k = keyState;
          if (k && !k.finishing && JSON.stringify(current.read(el)) !== k.before) stop();
        });
      },
      true,
    );
    // The main path: the first `input` event after the keydown (gruppekit tools fire it from
    // setUserValue; the anchors' native range inputs fire it when they step; a typed letter
    // fires it) ends the timed script part, in the same task.
    window.addEventListener('input', () => {
      if (keyState && keyState.t0 !== undefined && !keyState.finishing) stop();
    });
    return true;
  },

  /** Arms key press number k (the tool's `before` runs first, untimed); returns the key. */
  async armKey(k) {
    const el = document.getElementById('one');
    if (current.before) {
      current.before(el, k);
      await settle([el]);
    }
    keyState = { before: JSON.stringify(current.read(el)) };
    keyState.done = new Promise((r) => (keyState.resolve = r));
    const keys = [].concat(current.key);
    return keys[k % keys.length];
  },
  async keyResult() {
    const r = await Promise.race([keyState.done, new Promise((_, no) => setTimeout(() => no(new Error(`${current.id}: the key press changed nothing within 5 s`)), 5000))]);
    const changed = JSON.stringify(current.read(document.getElementById('one'))) !== keyState.before;
    keyState = undefined;
    if (!changed) throw new Error(`${current.id}: an input event came, but the value did not change`);
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

  // ---- the network-circle drag (tests/bench/drag.mjs drives the real mouse) ----
  /** Mounts one element with DRAG.people people and waits until it is fully rendered. */
  async dragSetup() {
    const el = document.createElement(DRAG.tag);
    el.value = network(DRAG.people);
    el.id = 'one';
    stage().style.width = '800px'; // the circle at its full size (720 layout units)
    stage().append(el);
    // The circle sizes itself with a ResizeObserver and may load its packer for a crowded
    // circle: wait until the number of tokens has been stable for a few frames.
    let last = -1;
    for (let stable = 0, i = 0; stable < 3 && i < 200; i++) {
      await settle([el]);
      await nextFrame();
      const n = el.shadowRoot.querySelectorAll('.tok').length;
      stable = n === last ? stable + 1 : 0;
      last = n;
    }
    return { tokens: last, hidden: el.value.people.length - last };
  },
  /** Where a token is, and where to drag it: out to the outer ring or in to the inner one. */
  dragPath(id, outward) {
    const el = document.getElementById('one');
    const tok = el.shadowRoot.querySelector(`.tok[data-id="${id}"]`).getBoundingClientRect();
    const box = el.shadowRoot.querySelector('.box').getBoundingClientRect();
    const c = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    const from = { x: tok.left + tok.width / 2, y: tok.top + tok.height / 2 };
    const a = Math.atan2(from.y - c.y, from.x - c.x);
    const r = (outward ? 0.44 : 0.16) * box.width;
    return { from, to: { x: c.x + r * Math.cos(a + 0.3), y: c.y + r * Math.sin(a + 0.3) }, ring: el.value.people.find((p) => p.id === id).ring };
  },
  /** Starts recording frames: rAF timestamps, and for each frame with a pointermove the main
   * thread's time from the first pointermove handler to the first task after that frame's paint. */
  recordStart() {
    const rec = { stamps: [], works: [], moves: 0, frameMoves: [] };
    const post = (fn) => {
      const ch = new MessageChannel();
      ch.port1.onmessage = fn;
      ch.port2.postMessage(0);
    };
    rec.onMove = () => {
      rec.moves++;
      if (rec.first === undefined) rec.first = now();
    };
    window.addEventListener('pointermove', rec.onMove, true);
    const loop = (ts) => {
      if (rec.stopped) return;
      rec.stamps.push(ts);
      const first = rec.first;
      rec.first = undefined;
      if (first !== undefined) post(() => rec.works.push(now() - first));
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
    window.__rec = rec;
  },
  async recordStop() {
    const rec = window.__rec;
    await nextFrame();
    rec.stopped = true;
    window.removeEventListener('pointermove', rec.onMove, true);
    const intervals = rec.stamps.slice(1).map((t, i) => t - rec.stamps[i]);
    return { intervals, works: rec.works, moves: rec.moves };
  },
  /** Arms the drop timer: from pointerup reaching the page to the re-rendered circle. */
  dropArm() {
    const el = document.getElementById('one');
    const before = JSON.stringify(el.value);
    window.__drop = new Promise((resolve) => {
      window.addEventListener(
        'pointerup',
        () => {
          const t0 = now();
          const ch = new MessageChannel();
          ch.port1.onmessage = () => finish(t0, [el]).then((r) => resolve({ ...r, changed: JSON.stringify(el.value) !== before }));
          ch.port2.postMessage(0);
        },
        { capture: true, once: true },
      );
    });
  },
  dropResult() {
    return Promise.race([window.__drop, new Promise((_, no) => setTimeout(() => no(new Error('no pointerup reached the page within 5 s')), 5000))]);
  },

  count() {
    return stage().childElementCount;
  },
};

window.bench = bench;
