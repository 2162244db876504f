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
//   prepare(el)      optional, async, untimed: what a person does before the key press (open an
//                    editor, switch to the facilitator's surface)
//   target(el)       the element that gets focus before the key press
//   key              the key pressed on it (an array: used in turn, e.g. down, up, down…)
//   before(el, k)    optional, untimed: before press k (e.g. put text in a box for Enter)
//   read(el)         something that must differ after the key press (checked on every press)
//   presses          how many presses one page takes
//   keyNote          what the key press does, for the report
//
// Key presses must not move focus out of the element or open anything: the bench presses the
// same key several times in one page and checks that each press changed the value.

/** Focus target inside an open shadow root (the first match), or the element itself. */
const inside = (sel) => (el) => el.shadowRoot?.querySelector(sel) ?? el;
const json = (el) => JSON.stringify(el.value);
const value = (el) => el.value;
const range = (n) => Array.from({ length: n }, (_, i) => i);
const NAMES = ['Mor', 'Far', 'Sofie', 'Jonas', 'Mette', 'Ali', 'Lærke', 'Kasper', 'Nadia', 'Peter', 'Emma', 'Omar', 'Ida', 'Mikkel', 'Sara'];

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
    read: value,
    presses: 5,
    keyNote: 'ArrowRight on the slider (5 → 6 …)',
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
    read: value,
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
    read: value,
    presses: 5,
  },

  // ---- the other tools (skipped with a note while their entry does not exist) ----
  {
    id: 'gk-feelings-picker',
    tag: 'gk-feelings-picker',
    entry: 'feelings',
    setup(el) {
      el.persona = 'young-woman';
      el.value = { version: 1, persona: 'young-woman', phase: 'check-in', feelings: ['ok'] };
    },
    target: inside('.deck .card[tabindex="0"]'),
    key: 'ArrowRight',
    read: json,
    presses: 5,
    keyNote: 'ArrowRight in the card row (radio group: focus and choice move to the next card)',
  },
  {
    id: 'gk-checkin-board',
    tag: 'gk-checkin-board',
    entry: 'checkin-board',
    // the board is the facilitator's logbook of the group's check-in and check-out
    setup(el) {
      el.surface = 'facilitator';
      const personas = ['young-man', 'young-woman', 'middle-aged-man', 'middle-aged-woman'];
      const cards = ['sad', 'happy', 'angry', 'ok', 'afraid'];
      el.value = {
        version: 1,
        participants: range(8).map((i) => ({
          id: `p${i}`,
          name: NAMES[i],
          persona: personas[i % 4],
          checkIn: [cards[i % 5]],
          checkOut: i < 5 ? [cards[(i + 2) % 5]] : [],
        })),
      };
    },
    async prepare(el) {
      el.shadowRoot.querySelector('[data-cell="p6|check-out"]').click();
    },
    target: inside('.editor .pick'),
    key: 'Enter',
    read: json,
    presses: 5,
    keyNote: "Enter on a card in the open card editor of one participant's check-out (toggles the card)",
  },
  {
    id: 'gk-agenda',
    tag: 'gk-agenda',
    entry: 'agenda',
    setup(el) {
      const items = [
        ['Velkommen og check-in', 'point', 'done', 15],
        ['Hvad er trang?', 'point', 'done', 20],
        ['Pause', 'break', 'now', 10],
        ['Min nødplan', 'point', 'planned', 25],
        ['Fællesspisning', 'meal', 'planned', 30],
        ['Check-out', 'point', 'planned', 10],
      ];
      el.value = { version: 1, title: 'Møde 5: Hold fast', items: items.map(([title, kind, state, minutes], i) => ({ id: `a${i}`, title, kind, state, minutes })) };
    },
    prepare(el) {
      el.surface = 'facilitator';
    },
    target: inside('[data-move="a3"]'),
    key: ['ArrowDown', 'ArrowUp'],
    read: json,
    presses: 5,
    keyNote: "facilitator surface: ArrowDown/ArrowUp on a point's move handle (moves the point)",
  },
  {
    id: 'gk-plus-minus',
    tag: 'gk-plus-minus',
    entry: 'plus-minus',
    setup(el) {
      const plus = ['Jeg slapper af', 'Jeg sover bedre', 'Det er hyggeligt med vennerne', 'Jeg glemmer mine problemer'];
      const minus = ['Det koster mange penge', 'Jeg bliver træt', 'Jeg skændes med min mor', 'Jeg passer ikke skolen'];
      el.value = {
        version: 1,
        layout: 'two',
        topic: 'Hash',
        entries: [...plus.map((text, i) => ({ id: `p${i}`, side: 'plus', text })), ...minus.map((text, i) => ({ id: `m${i}`, side: 'minus', text }))],
      };
    },
    target: inside('#n-main-plus'),
    before(el, k) {
      el.shadowRoot.querySelector('#n-main-plus').value = `Ny fordel ${k + 1}`;
    },
    key: 'Enter',
    read: json,
    presses: 5,
    keyNote: 'Enter in the "write a plus" box (adds the entry)',
  },
  {
    id: 'gk-change-circle',
    tag: 'gk-change-circle',
    entry: 'change-circle',
    setup(el) {
      el.value = {
        version: 1,
        topic: 'At ryge mindre hash',
        stage: 'contemplation',
        history: [
          { stage: 'precontemplation', date: '2026-01-12' },
          { stage: 'contemplation', date: '2026-02-02' },
        ],
      };
    },
    target: inside('.stage[tabindex="0"]'),
    key: 'ArrowRight',
    read: json,
    presses: 5,
    keyNote: 'ArrowRight on the stages (radio group: focus and the stage move on)',
  },
  {
    id: 'gk-network-circle',
    tag: 'gk-network-circle',
    entry: 'network-circle',
    setup(el) {
      el.value = network(12);
    },
    target: inside('.tok[data-id="n0"]'),
    key: ['ArrowDown', 'ArrowUp'],
    read: json,
    presses: 5,
    keyNote: 'ArrowDown/ArrowUp on a person (moves them one ring out / in)',
  },
  {
    id: 'gk-emergency-plan',
    tag: 'gk-emergency-plan',
    entry: 'emergency-plan',
    setup(el) {
      el.value = {
        version: 1,
        reviewBy: '2026-06-01',
        coping: [
          { id: 'c0', when: 'når jeg er alene om aftenen', ideas: ['walk', 'call'], text: 'Ringer til Sofie' },
          { id: 'c1', when: 'når jeg får løn', ideas: ['exercise'], text: '' },
        ],
        notice: 'Jeg sover dårligt og bliver væk fra skolen',
        support: [
          { id: 's0', name: 'Sofie', phone: '12 34 56 78', professional: false, help: 'Gå en tur med mig', when: 'Om aftenen', see: 'Jeg svarer ikke', deal: 'Hun ringer to gange' },
          { id: 's1', name: 'Kontaktperson', phone: '87 65 43 21', professional: true, help: 'En samtale', when: 'Hverdage 9–15', see: '', deal: '' },
        ],
      };
    },
    target: inside('#nt'),
    key: 'a',
    read: json,
    presses: 5,
    keyNote: 'typing a letter in "how I notice that I need help"',
  },
];

/** A network of n people spread over 3 rings and the 5 sectors. */
export function network(n) {
  const sectors = ['family', 'friends', 'work', 'professionals', 'others'];
  return {
    version: 1,
    rings: 3,
    sectors: true,
    people: range(n).map((i) => ({
      id: `n${i}`,
      name: `${NAMES[i % NAMES.length]}${i >= NAMES.length ? ` ${Math.floor(i / NAMES.length) + 1}` : ''}`,
      ring: i === 0 ? 1 : (i % 3) + 1,
      sector: sectors[i % 5],
      canHelp: i % 4 === 0,
      inSubstanceEnvironment: i % 7 === 3,
    })),
  };
}

/** The tool whose frame times are measured during a pointer drag (if it exists). */
export const DRAG = { id: 'gk-network-circle', tag: 'gk-network-circle', people: 150, drags: 5, steps: 40 };
