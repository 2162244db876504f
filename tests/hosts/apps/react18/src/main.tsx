// The README's React 18 way: React 18 sets every prop on a custom element as an attribute and
// cannot listen to its events, so the app uses the gruppekit/react wrappers (@lit/react), which
// set `value` as a property and add the `change` listener on the element. Importing
// gruppekit/react registers every tag.
import { FeelingsPicker, Scale } from 'gruppekit/react';
import type { FeelingsValue } from 'gruppekit/feelings.js';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

type State = { scale: number | null; feelings: FeelingsValue | null; changes: number; renders: number };

function App() {
  const [state, setState] = useState<State>({
    scale: 3,
    feelings: { version: 1, persona: 'middle-aged-woman', phase: 'check-in', feelings: ['ok'] },
    changes: 0,
    renders: 0,
  });
  return (
    <>
      <form>
        <Scale
          name="trang"
          preset="craving"
          value={state.scale}
          onChange={(e) => {
            const scale = e.currentTarget.value;
            setState((s) => ({ ...s, scale, changes: s.changes + 1 }));
          }}
        />
        <FeelingsPicker
          name="ind"
          value={state.feelings}
          onChange={(e) => {
            const feelings = e.currentTarget.value;
            setState((s) => ({ ...s, feelings, changes: s.changes + 1 }));
          }}
        />
        <button type="button" id="rerender" onClick={() => setState((s) => ({ ...s, renders: s.renders + 1 }))}>
          Tegn igen
        </button>
        <button type="reset">Nulstil</button>
      </form>
      <output id="state">{JSON.stringify(state)}</output>
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
