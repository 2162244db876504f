/**
 * The facilitator's add / edit / remove of agenda points, loaded the first time a point is
 * edited or added: the edit form that takes the point's place in the list, reading it back,
 * and the changes it makes (through the editor, so they can be undone).
 */
import { html, nothing } from 'lit';
import { createId } from '../../core/id.js';
import { AGENDA_KINDS, AGENDA_LIMITS as max, AGENDA_PICTOGRAMS, type AgendaItem, type AgendaKind, type AgendaPictogram } from './agenda.model.js';
import { AGENDA_FORM_STRINGS, type AgendaFormStrings } from './agenda.form.strings.js';
import { formStyles } from './agenda.form.styles.js';
import type { AgendaEditor } from './agenda.editor.js';

// Already loaded by the editor; by import() for the same reason as there (agenda.editor.ts).
const { addAgendaItem, removeAgendaItem, updateAgendaItem } = await import('./agenda.ops.js');

const TITLE = '.editing [name=title]';
const editButton = (id: string) => `[data-id="${id}"] [data-act=edit]`;

export class AgendaForm {
  /** The id of the point whose form is open. */
  editing: string | undefined;
  #ed: AgendaEditor;
  #missing = false;

  /** Works through the editor (so every change can be undone) on the editor's element. */
  constructor(ed: AgendaEditor) {
    this.#ed = ed;
    ed.el.adoptStyles(formStyles);
  }

  #t(key: keyof AgendaFormStrings & string, vars?: Record<string, string | number>): string {
    return this.#ed.el.tIn(AGENDA_FORM_STRINGS, key, vars);
  }

  /** Adds a new point at the end and opens its form. */
  add(): void {
    const item: AgendaItem = { id: createId('punkt'), title: this.#t('newItem'), kind: 'point', state: 'planned' };
    this.#open(item.id);
    this.#ed.apply(addAgendaItem(this.#ed.el.value, item), this.#t('did.add', { title: item.title }), [TITLE]);
  }

  edit(x: AgendaItem): void {
    this.#open(x.id);
    this.#ed.done('', [TITLE]);
  }

  #open(id: string | undefined): void {
    this.editing = id;
    this.#missing = false;
  }

  #save(x: AgendaItem): void {
    const fields = this.#read();
    if (!fields) {
      this.#missing = true;
      this.#ed.done(this.#t('titleMissing'), [TITLE]);
      return;
    }
    this.#open(undefined);
    this.#ed.apply(updateAgendaItem(this.#ed.el.value, x.id, fields), this.#t('did.edit', { title: fields.title }), [editButton(x.id)]);
  }

  #cancel(x: AgendaItem): void {
    this.#open(undefined);
    this.#ed.done('', [editButton(x.id)]);
  }

  #remove(x: AgendaItem): void {
    this.#open(undefined);
    this.#ed.apply(removeAgendaItem(this.#ed.el.value, x.id), this.#t('did.remove', { title: x.title }), ['.undo']);
  }

  /** The form's fields as an update for the point, or undefined when the title is empty. */
  #read() {
    const field = (name: string) => this.#ed.el.renderRoot.querySelector<HTMLInputElement>(`.editing [name=${name}]`)?.value ?? '';
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
    const ed = this.#ed;
    const t = this.#t.bind(this);
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
            maxlength=${max.title}
            required
            aria-invalid=${missing ? 'true' : 'false'}
            aria-describedby=${missing ? `m${i}` : nothing}
          />
        </label>
        ${missing ? html`<p class="err wide" id="m${i}">${t('titleMissing')}</p>` : nothing}
        <label class="field">
          ${t('fieldKind')}
          <select name="kind">
            ${AGENDA_KINDS.map((k) => html`<option value=${k} ?selected=${k === x.kind}>${ed.el.t(`kind.${k}`)}</option>`)}
          </select>
        </label>
        <label class="field">
          ${t('fieldMinutes')}
          <input name="minutes" type="number" min="1" max=${max.minutes} inputmode="numeric" .value=${String(x.minutes ?? '')} />
        </label>
        <label class="field">
          ${t('fieldPictogram')}
          <select name="pictogram">
            <option value="" ?selected=${!x.pictogram}>${t('noPictogram')}</option>
            ${AGENDA_PICTOGRAMS.map((p) => html`<option value=${p} ?selected=${p === x.pictogram}>${t(`pic.${p}`)}</option>`)}
          </select>
        </label>
        <label class="field wide">
          ${t('fieldResponsible')}
          <input name="responsible" maxlength=${max.responsible} .value=${x.responsible ?? ''} />
        </label>
        <label class="field wide">
          ${t('fieldChecklist')}
          <textarea name="checklist" rows="4" .value=${(x.checklist ?? []).join('\n')}></textarea>
        </label>
        <span class="acts wide">
          ${ed.btn(t('save'), 'done', () => this.#save(x), { cls: 'primary', data: 'save' })}
          ${ed.btn(t('cancel'), 'remove', () => this.#cancel(x), { data: 'cancel' })}
          ${ed.btn(t('remove'), 'trash', () => this.#remove(x), { data: 'remove' })}
        </span>
      </fieldset>
    </li>`;
  }
}
