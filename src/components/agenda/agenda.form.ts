/**
 * The facilitator's add / edit / remove of agenda points, loaded the first time a point is
 * edited or added: the edit form that takes the point's place in the list, reading it back,
 * and the changes it makes (through the editor, so they can be undone).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { createId } from '../../core/id.js';
import type { AgendaItem, AgendaKind, AgendaPictogram, AgendaValue } from './agenda.model.js';
import { addAgendaItem, removeAgendaItem, updateAgendaItem } from './agenda.ops.js';
import type { AgendaStrings } from './agenda.strings.js';
import { AGENDA_FORM_STRINGS, type AgendaFormStrings } from './agenda.form.strings.js';
import { formStyles } from './agenda.form.styles.js';

export { AGENDA_FORM_STRINGS, formStyles };

type Vars = Record<string, string | number>;

export interface AgendaFormHost {
  root: ParentNode;
  get(): AgendaValue;
  /** Applies a change as the user's (undoable), says `label`, then focuses the first of `focus`. */
  apply(next: AgendaValue, label: string, focus: string[]): void;
  /** Re-renders, says `status` and focuses the first of `focus`, without a change. */
  done(status: string, focus: string[]): void;
  t(key: keyof AgendaStrings & string, vars?: Vars): string;
  tf(key: keyof AgendaFormStrings & string, vars?: Vars): string;
  kinds: readonly AgendaKind[];
  pictograms: readonly AgendaPictogram[];
  limits: { title: number; responsible: number; checklist: number; check: number; minutes: number };
  /** The editor's button (icon and word). */
  btn(label: string, icon: string, onClick: () => void, o: { cls?: string; data?: string }): TemplateResult;
}

const TITLE = '.editing [name=title]';
const editButton = (id: string) => `[data-id="${id}"] [data-act=edit]`;

export class AgendaForm {
  /** The id of the point whose form is open. */
  editing: string | undefined;
  #h: AgendaFormHost;
  #missing = false;

  constructor(host: AgendaFormHost) {
    this.#h = host;
  }

  /** Adds a new point at the end and opens its form. */
  add(): void {
    const item: AgendaItem = { id: createId('punkt'), title: this.#h.tf('newItem'), kind: 'point', state: 'planned' };
    this.#open(item.id);
    this.#h.apply(addAgendaItem(this.#h.get(), item), this.#h.tf('did.add', { title: item.title }), [TITLE]);
  }

  edit(x: AgendaItem): void {
    this.#open(x.id);
    this.#h.done('', [TITLE]);
  }

  #open(id: string | undefined): void {
    this.editing = id;
    this.#missing = false;
  }

  #save(x: AgendaItem): void {
    const fields = this.#read();
    if (!fields) {
      this.#missing = true;
      this.#h.done(this.#h.tf('titleMissing'), [TITLE]);
      return;
    }
    this.#open(undefined);
    this.#h.apply(updateAgendaItem(this.#h.get(), x.id, fields), this.#h.tf('did.edit', { title: fields.title }), [editButton(x.id)]);
  }

  #cancel(x: AgendaItem): void {
    this.#open(undefined);
    this.#h.done('', [editButton(x.id)]);
  }

  #remove(x: AgendaItem): void {
    this.#open(undefined);
    this.#h.apply(removeAgendaItem(this.#h.get(), x.id), this.#h.tf('did.remove', { title: x.title }), ['.undo']);
  }

  /** The form's fields as an update for the point, or undefined when the title is empty. */
  #read() {
    const { root, limits: max } = this.#h;
    const field = (name: string) => root.querySelector<HTMLInputElement>(`.editing [name=${name}]`)?.value ?? '';
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

  /** The form that takes point `x`'s place in the list. */
  render(x: AgendaItem, i: number) {
    const h = this.#h;
    const t = h.tf;
    const missing = this.#missing;
    // Enter in a one-line field saves, Escape cancels; neither goes on to the button that gets focus next.
    const key = (e: KeyboardEvent) => {
      const save = e.key === 'Enter' && (e.target as Element).localName === 'input';
      if (e.key !== 'Escape' && !save) return;
      e.preventDefault();
      if (save) this.#save(x);
      else this.#cancel(x);
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
          ${h.btn(t('save'), 'done', () => this.#save(x), { cls: 'primary', data: 'save' })}
          ${h.btn(t('cancel'), 'remove', () => this.#cancel(x), { data: 'cancel' })}
          ${h.btn(t('remove'), 'trash', () => this.#remove(x), { data: 'remove' })}
        </span>
      </fieldset>
    </li>`;
  }
}
