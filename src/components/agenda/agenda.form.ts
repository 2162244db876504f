/**
 * The facilitator's edit form for one agenda point, loaded the first time a point is edited or
 * added. It renders the form in the point's place and reads it back; the editor applies it.
 * Imports nothing from the entry's or the editor's chunks.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { AgendaItem, AgendaKind, AgendaPictogram } from './agenda.model.js';
import type { AgendaStrings } from './agenda.strings.js';
import { AGENDA_FORM_STRINGS, type AgendaFormStrings } from './agenda.form.strings.js';
import { formStyles } from './agenda.form.styles.js';

export { AGENDA_FORM_STRINGS, formStyles };

type Vars = Record<string, string | number>;
export type EditableFields = Pick<AgendaItem, 'title' | 'kind' | 'minutes' | 'pictogram' | 'responsible' | 'checklist'>;

export interface AgendaFormHost {
  root: ParentNode;
  t(key: keyof AgendaStrings & string, vars?: Vars): string;
  tf(key: keyof AgendaFormStrings & string, vars?: Vars): string;
  kinds: readonly AgendaKind[];
  pictograms: readonly AgendaPictogram[];
  limits: { title: number; responsible: number; checklist: number; check: number; minutes: number };
  /** The editor's button (icon and word). */
  btn(label: string, icon: string, onClick: () => void, o: { cls?: string; data?: string }): TemplateResult;
}

export interface FormActions {
  save(): void;
  cancel(): void;
  remove(): void;
}

/** The form that takes point `x`'s place in the list; `missing` shows "Skriv en titel." */
export function editForm(h: AgendaFormHost, x: AgendaItem, i: number, missing: boolean, on: FormActions) {
  const t = h.tf;
  // Enter in a one-line field saves, Escape cancels; neither goes on to the button that gets focus next.
  const key = (e: KeyboardEvent) => {
    const save = e.key === 'Enter' && (e.target as Element).localName === 'input';
    if (e.key !== 'Escape' && !save) return;
    e.preventDefault();
    if (save) on.save();
    else on.cancel();
  };
  return html`<li class="item editing ${x.kind}" aria-labelledby="e${i}">
    <fieldset class="edit" @keydown=${key} @input=${(e: Event) => e.stopPropagation()}>
      <legend id="e${i}">${t('editing', { title: x.title })}</legend>
      <label class="field wide">
        ${t('fieldTitle')}
        <input
          name="title"
          .value=${x.title}
          maxlength=${h.limits.title}
          required
          aria-invalid=${missing ? 'true' : 'false'}
          aria-describedby=${missing ? `m${i}` : nothing}
        />
      </label>
      ${missing ? html`<p class="err wide" id="m${i}">${t('titleMissing')}</p>` : nothing}
      <label class="field">
        ${t('fieldKind')}
        <select name="kind">
          ${h.kinds.map((k) => html`<option value=${k} ?selected=${k === x.kind}>${h.t(`kind.${k}`)}</option>`)}
        </select>
      </label>
      <label class="field">
        ${t('fieldMinutes')}
        <input name="minutes" type="number" min="1" max=${h.limits.minutes} inputmode="numeric" .value=${String(x.minutes ?? '')} />
      </label>
      <label class="field">
        ${t('fieldPictogram')}
        <select name="pictogram">
          <option value="" ?selected=${!x.pictogram}>${t('noPictogram')}</option>
          ${h.pictograms.map((p) => html`<option value=${p} ?selected=${p === x.pictogram}>${t(`pic.${p}`)}</option>`)}
        </select>
      </label>
      <label class="field">
        ${t('fieldResponsible')}
        <input name="responsible" maxlength=${h.limits.responsible} .value=${x.responsible ?? ''} />
      </label>
      <label class="field wide">
        ${t('fieldChecklist')}
        <textarea name="checklist" rows="4" .value=${(x.checklist ?? []).join('\n')}></textarea>
      </label>
      <span class="acts wide">
        ${h.btn(t('save'), 'done', on.save, { cls: 'primary', data: 'save' })}
        ${h.btn(t('cancel'), 'remove', on.cancel, { data: 'cancel' })}
        ${h.btn(t('remove'), 'trash', on.remove, { data: 'remove' })}
      </span>
    </fieldset>
  </li>`;
}

/** The form's fields as an update for the point, or undefined when the title is empty. */
export function readForm(h: AgendaFormHost): EditableFields | undefined {
  const max = h.limits;
  const field = (name: string) => h.root.querySelector<HTMLInputElement>(`.editing [name=${name}]`)?.value ?? '';
  const title = field('title').trim().slice(0, max.title);
  if (!title) return undefined;
  const minutes = Number(field('minutes'));
  return {
    title,
    kind: field('kind') as AgendaKind,
    minutes: Number.isInteger(minutes) && minutes > 0 && minutes <= max.minutes ? minutes : undefined,
    pictogram: (field('pictogram') || undefined) as AgendaPictogram | undefined,
    responsible: field('responsible').trim().slice(0, max.responsible),
    checklist: field('checklist')
      .split('\n')
      .map((c) => c.trim().slice(0, max.check))
      .filter(Boolean)
      .slice(0, max.checklist),
  };
}
