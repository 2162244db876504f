import { svg, type SVGTemplateResult } from 'lit';
import { loadFaces } from './drawings/index.js';
import type { FeelingCardId } from './feelings.model.js';
import type { FeelingId, PersonaId } from './ids.js';

type Faces = Partial<Record<FeelingId, SVGTemplateResult>>;
const cache = new Map<PersonaId, Faces>();
const loading = new Map<PersonaId, Promise<unknown>>();

/** The blank card ("andet"): an empty, dashed outline of a face, the same size as the others. */
const blank = svg`<circle class="gk-blank" cx="60" cy="58" r="40"/>`;

/**
 * The drawing of `card` for `persona` when its persona module has arrived. Otherwise starts
 * loading it (once per page) and returns the promise in `pending`, for `whenLoaded()`; the
 * card shows its word meanwhile. A failed load leaves the faces empty rather than retrying.
 */
export function face(persona: PersonaId, card: FeelingCardId): { face?: SVGTemplateResult; pending?: Promise<unknown> } {
  if (card === 'other') return { face: blank };
  const have = cache.get(persona);
  if (have) return { face: have[card] };
  let pending = loading.get(persona);
  if (!pending) {
    pending = loadFaces(persona).then(
      (f) => void cache.set(persona, f),
      () => void cache.set(persona, {}),
    );
    loading.set(persona, pending);
  }
  return { pending };
}
