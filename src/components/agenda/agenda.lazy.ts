import type { GkElement } from '../../core/base-element.js';

/**
 * A part loaded once per page, on first use (the editor, the edit form, the pictograms).
 * `part(el)` returns it, or undefined while it loads: `el` re-renders when it arrives and its
 * `updateComplete` waits for it. `then` runs with the part now, or once it has arrived.
 */
export function lazy<T>(load: () => Promise<T>) {
  let got: T | undefined;
  let loading: Promise<T> | undefined;
  return (el: GkElement<object>, then?: (part: T) => void): T | undefined => {
    if (got) then?.(got);
    else {
      loading ??= load().then((m) => (got = m));
      el.whenLoaded(then ? loading.then(then) : loading);
    }
    return got;
  };
}
