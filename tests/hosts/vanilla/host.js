// @ts-check
// The standard contract (tests/hosts/README.md) in plain JavaScript, shared by the bundler
// apps (webpack, esbuild, Rollup) and the CDN app. Each app's entry imports the tools the way
// its ecosystem does, then calls runHost(). The elements are "controlled": render() writes
// the host's state back to them.
export function runHost() {
  /** @type {{ scale: import('gruppekit/scale.js').ScaleValue, feelings: import('gruppekit/feelings.js').FeelingsValue | null, changes: number, renders: number }} */
  const state = {
    scale: 3,
    feelings: { version: 1, persona: 'middle-aged-woman', phase: 'check-in', feelings: ['ok'] },
    changes: 0,
    renders: 0,
  };
  const scale = /** @type {import('gruppekit/scale.js').GkScale} */ (document.querySelector('gk-scale'));
  const picker = /** @type {import('gruppekit/feelings.js').GkFeelingsPicker} */ (document.querySelector('gk-feelings-picker'));
  const out = /** @type {HTMLOutputElement} */ (document.querySelector('#state'));
  const render = () => {
    scale.value = state.scale;
    picker.value = state.feelings;
    out.textContent = JSON.stringify(state);
  };
  scale.addEventListener('change', () => {
    state.scale = scale.value;
    state.changes++;
    render();
  });
  picker.addEventListener('change', () => {
    state.feelings = picker.value;
    state.changes++;
    render();
  });
  document.querySelector('#rerender')?.addEventListener('click', () => {
    state.renders++;
    render();
  });
  render();
}
