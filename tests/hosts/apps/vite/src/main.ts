// The README's bundler example: one import per tool registers its tag.
import 'gruppekit/scale.js';
import 'gruppekit/feelings.js';
import type { FeelingsValue } from 'gruppekit/feelings.js';

// The host's own state; the elements are "controlled": render() writes it back to them.
const state: { scale: number | null; feelings: FeelingsValue | null; changes: number; renders: number } = {
  scale: 3,
  feelings: { version: 1, persona: 'middle-aged-woman', phase: 'check-in', feelings: ['ok'] },
  changes: 0,
  renders: 0,
};

const scale = document.querySelector('gk-scale')!;
const picker = document.querySelector('gk-feelings-picker')!;
const out = document.querySelector('#state')!;

function render(): void {
  scale.value = state.scale;
  picker.value = state.feelings;
  out.textContent = JSON.stringify(state);
}

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
document.querySelector('#rerender')!.addEventListener('click', () => {
  state.renders++;
  render();
});
render();
