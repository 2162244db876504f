/**
 * The network circle's panels, fetched as soon as the working part runs: the add/edit form
 * (a modal dialog with name, the two marks, ring, sector, symbol, phone and note), the list
 * of everyone (the list view, and under the circle on paper) and the facilitator's layout
 * controls (rings, sectors) with all the questions.
 */
import { css, html, nothing } from 'lit';
import { createId } from '../../core/id.js';
import { supportPeople } from '../../core/people.js';
import { EDIT, REMOVE, type NetworkEditor } from './network-circle.editor.js';
import { ENV, HELP, icon } from './network-circle.icons.js';
import {
  NETWORK_SECTORS,
  NETWORK_SYMBOLS,
  networkOrder,
  networkSector,
  type NetworkPerson,
  type NetworkValue,
  type RingCount,
} from './network-circle.model.js';
import { btn, ringName } from './network-circle.shared.js';
import { SYMBOL_PATHS } from './network-circle.symbols.js';

/** The shared field look; the editor adopts it with the panels' own styles. */
export { fields } from '../../core/fields.js';

/** Adds a person at the end of the list, or replaces the person with the same id (keeping their place). */
export const putNetworkPerson = (v: NetworkValue, p: NetworkPerson): NetworkValue => ({
  ...v,
  people: v.people.some((x) => x.id === p.id) ? v.people.map((x) => (x.id === p.id ? p : x)) : [...v.people, p],
});

const stop = (e: Event) => e.stopPropagation();

function save(ed: NetworkEditor, e: SubmitEvent, old: NetworkPerson | undefined): void {
  e.preventDefault();
  const { el } = ed;
  const f = new FormData(e.target as HTMLFormElement);
  const text = (k: string) => String(f.get(k) ?? '').trim();
  if (!text('name')) {
    ed.err = ed.tr('nameMissing');
    ed.focus('dialog input');
    return el.requestUpdate();
  }
  const p: NetworkPerson = { id: old?.id ?? createId('p'), name: text('name'), ring: +text('ring') || 1, canHelp: f.has('canHelp'), inSubstanceEnvironment: f.has('env') };
  for (const k of ['sector', 'symbol', 'phone', 'note'] as const) {
    const x = text(k) || (k === 'sector' ? old?.sector : '');
    if (x) (p as unknown as Record<string, string>)[k] = x;
  }
  if (JSON.stringify(p) === JSON.stringify(old) || el.setUserValue(putNetworkPerson(el.value, p))) {
    if (!old) ed.say(ed.tr('added', { name: p.name }));
    ed.select();
    ed.open(undefined);
  }
}

/** The form for person `id` ('' = a new one); the element opens it with showModal(). */
export function renderForm(ed: NetworkEditor, id: string) {
  const { el } = ed;
  const v = el.value;
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
      >${ed.tr(name)}
      ${type
        ? html`<input name=${name} type=${type} maxlength=${max} autocomplete="off" .value=${val} aria-invalid=${name === 'name' && !!ed.err} aria-describedby="err" />`
        : html`<textarea name=${name} maxlength=${max} .value=${val}></textarea>`}</label
    >`;
  // @input: the fields' own input events stay inside (the element's input means a new value)
  return html`<dialog part="dialog" aria-labelledby="dt" @close=${() => ed.open(undefined)} @input=${stop}>
    <form method="dialog" novalidate @submit=${(e: SubmitEvent) => save(ed, e, p)}>
      <h2 id="dt">${p ? ed.tr('editTitle', { name: p.name }) : ed.tr('add')}</h2>
      ${field('name', 'text', 80, p?.name)}
      <p id="err" class="err">${ed.err}</p>
      ${check('canHelp', p?.canHelp, HELP, el.t('canHelp'))} ${check('env', p?.inSubstanceEnvironment, ENV, el.t('env'))}
      ${select(
        'ring',
        ed.tr('ring'),
        Array.from({ length: v.rings }, (_, i) => [i + 1, ed.tr('ringTitle', { n: i + 1, ring: ringName(el, i + 1) })]),
        p?.ring ?? 1,
      )}
      ${v.sectors ? select('sector', ed.tr('sector'), NETWORK_SECTORS.map((s) => [s, el.t(s)]), p ? networkSector(p) : 'others') : nothing}
      <fieldset class="syms">
        <legend>${ed.tr('symbol')}</legend>
        ${['', ...NETWORK_SYMBOLS].map(
          (s) =>
            html`<label class="sym"
              ><input type="radio" name="symbol" value=${s} ?checked=${(p?.symbol ?? '') === s} />${s ? icon(SYMBOL_PATHS[s as 'heart']) : '–'}<span class="vh"
                >${ed.tr(`sym.${s || 'none'}` as 'name')}</span
              ></label
            >`,
        )}
      </fieldset>
      ${field('phone', 'tel', 40, p?.phone)} ${field('note', '', 1000, p?.note)}
      <div class="bar end">
        <button type="button" class="btn" @click=${() => ed.open(undefined)}>${ed.tr('cancel')}</button>
        <button class="btn primary">${ed.tr('save')}</button>
      </div>
    </form>
  </dialog>`;
}

/** Who can help and is outside the substance environment (what the emergency plan gets first). */
export function renderHelpers(ed: NetworkEditor) {
  const names = supportPeople(ed.el.value).filter((p) => !p.inSubstanceEnvironment);
  return ed.el.surface === 'shared' ? nothing : html`<li><b>${ed.tr('helpers')}</b> ${names.map((p) => p.name).join(', ') || ed.tr('none')}</li>`;
}

/** Everyone as a list, ring by ring: the list view, and the list under the circle on paper. */
export function renderList(ed: NetworkEditor) {
  const { el } = ed;
  const v = el.value;
  const shared = el.surface === 'shared';
  const people = networkOrder(v);
  const mark = (d: string, text: string) => html`<span class="mark">${icon(d)}${text}</span>`;
  return html`<div class="list" part="list">
    ${Array.from({ length: v.rings }, (_, i) => {
      const here = people.filter((p) => p.ring === i + 1);
      return html`<h3>${ed.tr('ringTitle', { n: i + 1, ring: ringName(el, i + 1) })}</h3>
        <ul>
          ${here.map((p) => {
            const name = shared ? el.t('person', { n: people.indexOf(p) + 1 }) : p.name;
            const named = (d: string, text: string, go: () => void) => btn(d, html`${text}<span class="vh"> ${name}</span>`, go, 'no-print');
            return html`<li>
              <span class="who">
                ${p.symbol ? icon(SYMBOL_PATHS[p.symbol]) : nothing}<b>${name}</b>
                ${v.sectors ? html`<span>${el.t(networkSector(p))}</span>` : nothing}
                ${p.canHelp ? mark(HELP, el.t('canHelp')) : nothing} ${p.inSubstanceEnvironment ? mark(ENV, el.t('env')) : nothing}
                ${p.phone && !shared ? html`<span>${ed.tr('phone')}: ${p.phone}</span>` : nothing}
                ${p.note && !shared ? html`<span class="pnote">${p.note}</span>` : nothing}
              </span>
              ${ed.ro ? nothing : [named(EDIT, ed.tr('edit'), () => ed.open(p.id)), named(REMOVE, ed.tr('remove'), () => ed.remove(p))]}
            </li>`;
          })}
          ${here.length ? nothing : html`<li class="pnote">${ed.tr('none')}</li>`}
        </ul>`;
    })}
  </div>`;
}

/** Changes the number of rings (people outside move to the new outer ring) or the sectors. */
export function setNetworkLayout(v: NetworkValue, rings: RingCount, sectors: boolean): NetworkValue {
  return { ...v, rings, sectors, people: v.people.map((p) => (p.ring > rings ? { ...p, ring: rings } : p)) };
}

/** The facilitator's layout controls (rings, sectors) and all the questions. */
export function renderFacilitator(ed: NetworkEditor) {
  const { el } = ed;
  const v = el.value;
  const layout = (rings: number, sectors: boolean) => el.setUserValue(setNetworkLayout(v, rings as RingCount, sectors));
  return html`<div class="note fac no-print" part="facilitator" @input=${stop}>
    <div class="bar">
      <label class="chk"
        >${ed.tr('rings')}
        <select ?disabled=${ed.ro} @change=${(e: Event) => layout(+(e.target as HTMLSelectElement).value, v.sectors)}>
          ${[2, 3, 4].map((n) => html`<option ?selected=${n === v.rings}>${n}</option>`)}
        </select></label
      >
      <label class="chk"
        ><input type="checkbox" .checked=${v.sectors} ?disabled=${ed.ro} @change=${(e: Event) => layout(v.rings, (e.target as HTMLInputElement).checked)} />${ed.tr(
          'sectors',
        )}</label
      >
    </div>
    <p><b>${ed.tr('prompts')}</b></p>
    <ul>
      ${[0, 1, 2, 3, 4, 5, 6].map((i) => html`<li>${ed.question(i)}</li>`)}
    </ul>
  </div>`;
}

export const panelStyles = css`
  .fac {
    border-color: var(--_accent);
    background: var(--_accent-soft);
  }
  .fac ul,
  .fac p {
    margin: 0;
  }
  h3 {
    margin: 0.75rem 0 0.25rem;
    font-size: 1.1em;
  }
  .list ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    padding: 0.4rem 0;
    border-block-end: 1px solid var(--_border);
  }
  .who {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.2rem 0.9rem;
    flex: 1 1 16rem;
    overflow-wrap: anywhere;
  }
  .mark {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
  }
  .pnote {
    flex-basis: 100%;
    color: var(--_muted);
  }
  .chk {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: var(--_target);
  }
  .list {
    display: none;
  }
  :host([view='list']) .list {
    display: block;
  }
  @media print {
    .list {
      display: block !important;
    }
  }

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
