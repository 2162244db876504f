/**
 * The network circle's forms, loaded on first use: the add/edit form (a modal dialog with
 * name, the two marks, ring, sector, symbol, phone and note) and the facilitator's layout
 * controls (rings, sectors) with all the questions.
 */
import { css, html, nothing } from 'lit';
import { ENV, HELP, icon } from './network-circle.icons.js';
import { NETWORK_SECTORS, NETWORK_SYMBOLS, networkSector, type NetworkPerson, type NetworkValue, type RingCount } from './network-circle.model.js';
import type { NetworkEditor } from './network-circle.editor.js';
import { SYMBOL_PATHS } from './network-circle.symbols.js';

/** Adds a person at the end of the list, or replaces the person with the same id (keeping their place). */
export const putNetworkPerson = (v: NetworkValue, p: NetworkPerson): NetworkValue => ({
  ...v,
  people: v.people.some((x) => x.id === p.id) ? v.people.map((x) => (x.id === p.id ? p : x)) : [...v.people, p],
});

const stop = (e: Event) => e.stopPropagation();

function save(ed: NetworkEditor, e: SubmitEvent, old: NetworkPerson | undefined): void {
  e.preventDefault();
  const { h } = ed;
  const f = new FormData(e.target as HTMLFormElement);
  const text = (k: string) => String(f.get(k) ?? '').trim();
  if (!text('name')) {
    ed.err = h.tr('nameMissing');
    h.focus('dialog input');
    return h.update();
  }
  const p: NetworkPerson = { id: old?.id ?? h.newId(), name: text('name'), ring: +text('ring') || 1, canHelp: f.has('canHelp'), inSubstanceEnvironment: f.has('env') };
  for (const k of ['sector', 'symbol', 'phone', 'note'] as const) {
    const x = text(k) || (k === 'sector' ? old?.sector : '');
    if (x) (p as unknown as Record<string, string>)[k] = x;
  }
  if (JSON.stringify(p) === JSON.stringify(old) || h.set(putNetworkPerson(h.value, p))) {
    if (!old) h.say(h.tr('added', { name: p.name }));
    h.select();
    ed.open(undefined);
  }
}

/** The form for person `id` ('' = a new one); the element opens it with showModal(). */
export function renderForm(ed: NetworkEditor, id: string) {
  const { h } = ed;
  const v = h.value;
  const p = v.people.find((x) => x.id === id);
  const select = (name: string, label: string, options: (string | number)[][], on: string | number) =>
    html`<label class="f"
      >${label}
      <select name=${name}>
        ${options.map(([val, text]) => html`<option value=${val} ?selected=${val === on}>${text}</option>`)}
      </select></label
    >`;
  const check = (name: string, on: boolean | undefined, d: string, text: string) =>
    html`<label class="chk"><input type="checkbox" name=${name} ?checked=${on} />${icon(d)}${text}</label>`;
  const field = (name: 'name' | 'phone' | 'note', type: string, max: number, val = '') =>
    html`<label class="f"
      >${h.tr(name)}
      ${type
        ? html`<input name=${name} type=${type} maxlength=${max} autocomplete="off" .value=${val} aria-invalid=${name === 'name' && !!ed.err} aria-describedby="err" />`
        : html`<textarea name=${name} maxlength=${max} .value=${val}></textarea>`}</label
    >`;
  // @input: the fields' own input events stay inside (the element's input means a new value)
  return html`<dialog part="dialog" aria-labelledby="dt" @close=${() => ed.open(undefined)} @input=${stop}>
    <form method="dialog" novalidate @submit=${(e: SubmitEvent) => save(ed, e, p)}>
      <h2 id="dt">${p ? h.tr('editTitle', { name: p.name }) : h.tr('add')}</h2>
      ${field('name', 'text', 80, p?.name)}
      <p id="err" class="err">${ed.err}</p>
      ${check('canHelp', p?.canHelp, HELP, h.t('canHelp'))} ${check('env', p?.inSubstanceEnvironment, ENV, h.t('env'))}
      ${select(
        'ring',
        h.tr('ring'),
        Array.from({ length: v.rings }, (_, i) => [i + 1, h.tr('ringTitle', { n: i + 1, ring: h.ring(i + 1) })]),
        p?.ring ?? 1,
      )}
      ${v.sectors ? select('sector', h.tr('sector'), NETWORK_SECTORS.map((s) => [s, h.t(s)]), p ? networkSector(p) : 'others') : nothing}
      <fieldset class="syms">
        <legend>${h.tr('symbol')}</legend>
        ${['', ...NETWORK_SYMBOLS].map(
          (s) =>
            html`<label class="sym"
              ><input type="radio" name="symbol" value=${s} ?checked=${(p?.symbol ?? '') === s} />${s ? icon(SYMBOL_PATHS[s as 'heart']) : '–'}<span class="vh"
                >${h.tr(`sym.${s || 'none'}` as 'name')}</span
              ></label
            >`,
        )}
      </fieldset>
      ${field('phone', 'tel', 40, p?.phone)} ${field('note', '', 1000, p?.note)}
      <div class="bar end">
        <button type="button" class="btn" @click=${() => ed.open(undefined)}>${h.tr('cancel')}</button>
        <button class="btn primary">${h.tr('save')}</button>
      </div>
    </form>
  </dialog>`;
}

/** Changes the number of rings (people outside move to the new outer ring) or the sectors. */
export function setNetworkLayout(v: NetworkValue, rings: RingCount, sectors: boolean): NetworkValue {
  return { ...v, rings, sectors, people: v.people.map((p) => (p.ring > rings ? { ...p, ring: rings } : p)) };
}

/** The facilitator's layout controls (rings, sectors) and all the questions. */
export function renderFacilitator(ed: NetworkEditor) {
  const { h } = ed;
  const v = h.value;
  const layout = (rings: number, sectors: boolean) => h.set(setNetworkLayout(v, rings as RingCount, sectors));
  return html`<div class="fac no-print" part="facilitator" @input=${stop}>
    <div class="bar">
      <label class="chk"
        >${h.tr('rings')}
        <select ?disabled=${h.ro} @change=${(e: Event) => layout(+(e.target as HTMLSelectElement).value, v.sectors)}>
          ${[2, 3, 4].map((n) => html`<option ?selected=${n === v.rings}>${n}</option>`)}
        </select></label
      >
      <label class="chk"
        ><input type="checkbox" .checked=${v.sectors} ?disabled=${h.ro} @change=${(e: Event) => layout(v.rings, (e.target as HTMLInputElement).checked)} />${h.tr(
          'sectors',
        )}</label
      >
    </div>
    <p><b>${h.tr('prompts')}</b></p>
    <ul>
      ${[0, 1, 2, 3, 4, 5, 6].map((i) => html`<li>${ed.question(i)}</li>`)}
    </ul>
  </div>`;
}

export const formStyles = css`
  dialog {
    inline-size: min(34rem, calc(100vw - 2rem));
    max-block-size: calc(100vh - 2rem);
    padding: var(--_space);
    border: var(--_line) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  dialog::backdrop {
    background: #0008;
  }
  form {
    display: grid;
    gap: 0.5rem;
  }
  h2 {
    margin: 0;
    font-size: 1.2em;
  }
  .f {
    display: grid;
    gap: 0.25rem;
    font-weight: 600;
  }
  input[type='text'],
  input[type='tel'],
  textarea,
  select {
    min-block-size: var(--_target);
    padding: 0.4em 0.6em;
    border: var(--_line) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-weight: 400;
  }
  textarea {
    min-block-size: 5em;
  }
  .chk input {
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0;
    accent-color: var(--_accent);
  }
  .err {
    margin: 0;
    color: var(--_danger);
    font-weight: 600;
  }
  .err:empty,
  dialog:not([open]) {
    display: none;
  }
  .syms {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0 0 0.25rem;
    font-weight: 600;
  }
  .sym {
    position: relative;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-inline-size: var(--_target);
    min-block-size: var(--_target);
    border: var(--_line) solid var(--_border);
    border-radius: var(--_radius);
  }
  .sym input {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    margin: 0;
    opacity: 0;
  }
  .sym:has(:checked) {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
    outline: 2px solid var(--_text);
  }
  .sym:has(:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .end {
    justify-content: flex-end;
  }
  @media print {
    dialog {
      display: none;
    }
  }
`;
