// The README's React 19 way: raw tags in JSX. React 19 sets a prop as a property when the
// element has it (so the tags must be defined before the first render: import them first),
// and `onChange` on a custom element is React's change event fed by the native `change`.
import 'gruppekit/scale.js';
import 'gruppekit/feelings.js';
import type { FeelingsValue, GkFeelingsPicker } from 'gruppekit/feelings.js';
import type { GkScale } from 'gruppekit/scale.js';
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
        <gk-scale
          name="trang"
          preset="craving"
          value={state.scale}
          onchange={(e) => {
            const scale = (e.currentTarget as GkScale).value;
            setState((s) => ({ ...s, scale, changes: s.changes + 1 }));
          }}
        />
        <gk-feelings-picker
          name="ind"
          value={state.feelings}
          onchange={(e) => {
            const feelings = (e.currentTarget as GkFeelingsPicker).value;
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
