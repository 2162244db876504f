// What `npm run bench` measures. Imported by the runner (Node: ids, tags, which entry) and
// bundled into the bench page (the functions run in Chromium).
//
// A candidate is one custom element:
//   id        name in the tables
//   tag       its tag name
//   entry     gruppekit entry (src/<entry>.ts, built to .tmp/dist-bench/<entry>.js); the tool is
//             skipped with a note while src/<entry>.ts does not exist
//   module    instead of entry: a package import (the anchors from other libraries)
//   anchorOf  the gruppekit candidate it is compared with
//   setup(el, i)     gives a new element a representative value before it is connected
//   target(el)       the element that gets focus before the key press
//   key              the key pressed on it
//   read(el)         something that must differ after the key press (checked on every press)
//   presses          how many presses one page can take from the representative value
//
// Key presses must not move focus out of the element or open anything: the bench presses the
// same key several times in one page and checks that each press changed the value.

/** Focus target inside an open shadow root (the first match), or the element itself. */
const inside = (sel) => (el) => el.shadowRoot?.querySelector(sel) ?? el;
const json = (el) => JSON.stringify(el.value);

export const TOOLS = [
  // ---- 0–10 scale and the two anchors it is compared with ----
  {
    id: 'gk-scale',
    tag: 'gk-scale',
    entry: 'scale',
    setup(el) {
      el.value = 5;
    },
    target: inside('[role=slider]'),
    key: 'ArrowRight',
    read: (el) => el.value,
    presses: 5,
  },
  {
    id: 'sl-range',
    tag: 'sl-range',
    module: '@shoelace-style/shoelace/dist/components/range/range.js',
    anchorOf: 'gk-scale',
    setup(el) {
      el.label = 'Hvor vigtigt er dit mål for dig?';
      el.min = 0;
      el.max = 10;
      el.step = 1;
      el.value = 5;
    },
    target: (el) => el,
    key: 'ArrowRight',
    read: (el) => el.value,
    presses: 5,
  },
  {
    id: 'md-slider',
    tag: 'md-slider',
    module: '@material/web/slider/slider.js',
    anchorOf: 'gk-scale',
    setup(el) {
      el.setAttribute('aria-label', 'Hvor vigtigt er dit mål for dig?');
      el.min = 0;
      el.max = 10;
      el.step = 1;
      el.value = 5;
    },
    target: (el) => el,
    key: 'ArrowRight',
    read: (el) => el.value,
    presses: 5,
  },
];

/** The tool whose frame times are measured during a pointer drag (if it exists). */
export const DRAG = null;
