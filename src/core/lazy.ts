/**
 * A part of a tool loaded once per page, on first use (a facilitator panel, an editor,
 * drawings, templates). `part(el)` returns it, or undefined while it loads: `el` re-renders
 * when it arrives and its `updateComplete` waits for it. `then`, when given, runs with the part
 * now or once it has arrived. If loading fails (a broken deployment), the tool warns once and
 * goes on without the part instead of asking again on every render.
 *
 *   const editor = lazy(() => import('./agenda.editor.js'));
 *   render() { const ed = editor(this); return ed ? ed.render(this) : nothing; }
 *
 * `part.wait()` starts loading (once) and returns a promise while the part is on its way,
 * undefined once it has arrived or failed. A tool that must not show a blank or a wrong layout
 * for a moment holds its update in `shouldUpdate` until then (docs/ARCHITECTURE.md, "Lazy
 * parts"; the scale does).
 */
/**
 * Calls `load` so that a synchronous throw becomes a rejected promise. A bundler's chunk loader
 * may throw inside `import()` itself: webpack's, under a Trusted Types CSP without a policy,
 * throws when it sets the script's src. Every import() of a part goes through this.
 */
export const attempt = <T>(load: () => Promise<T>): Promise<T> => new Promise<T>((resolve) => resolve(load()));

export function lazy<T>(load: () => Promise<T>) {
  let got: T | undefined;
  let failed = false;
  let loading: Promise<T | undefined> | undefined;
  const start = () =>
    (loading ??= attempt(load).then(
      (m) => (got = m),
      (e: unknown) => {
        failed = true;
        console.warn(`[gruppekit] a part of the tool could not be loaded: ${e}`);
        return undefined;
      },
    ));
  const part = (el: { whenLoaded(p: Promise<unknown>): void }, then?: (part: T) => void): T | undefined => {
    if (got) then?.(got);
    else if (!failed) el.whenLoaded(then ? start().then((m) => m && then(m)) : start());
    return got;
  };
  part.wait = (): Promise<unknown> | undefined => (got || failed ? undefined : start());
  return part;
}

