import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { GkFormElement } from '../../core/form-element.js';
import { styleVars } from '../../core/style-vars.js';
import { controls } from '../../core/controls.js';
import { icons } from '../../core/icons.js';
import { palette } from '../../core/palette.js';
import { base, tokens } from '../../core/styles.js';
import {
  AGENDA_TEMPLATES,
  agendaCountdown,
  agendaProgress,
  checkAgendaValue,
  loadAgendaTemplate,
  type AgendaItem,
  type AgendaTemplateId,
  type AgendaValue,
} from './agenda.model.js';
import { AGENDA_STRINGS, type AgendaStrings } from './agenda.strings.js';
import type { AgendaEditorStrings } from './agenda.editor.strings.js';
import type { AgendaFormStrings } from './agenda.form.strings.js';
import { agendaStyles } from './agenda.styles.js';
import { icon, ICONS } from './agenda.icons.js';
import { lazy } from '../../core/lazy.js';
import type { AgendaEditor } from './agenda.editor.js';

// Lazily loaded parts, once per page: the facilitator's editor and the pictograms.
const editorPart = lazy(() => import('./agenda.editor.js'));
const pictograms = lazy(() => import('./agenda.pictograms.js'));

/** How often a running countdown redraws (ms): calm, never every second. */
export const AGENDA_TICK = 5000;

/**
 * The visual agenda with strike-through (visuel dagsorden). Today's points with kind (point,
 * break, shared meal: colour, icon and word), time box and pictogram; the current point is
 * larger ("Nu"), finished points are struck through and dimmed but stay visible, and the
 * progress reads "3 af 8 punkter". Participants and the shared screen see only that. The
 * facilitator view adds each point's checklist and who is responsible, and controls: start,
 * done, undo, skip, reorder (buttons, arrow keys on the handle, or drag), add, edit, remove,
 * undo of the last change, and the ready-made templates. An optional silent countdown shows
 * the time left of the current point.
 *
 * @summary The visual agenda (visuel dagsorden).
 * @tag gk-agenda
 *
 * @event input - While the facilitator drags a point to a new place. Native `Event`.
 * @event change - After each change the facilitator makes. Native `Event`.
 * @event gk-invalid-value - Data was rejected; `detail: { tag, field, reason }`.
 *
 * @csspart base - The outer box.
 * @csspart title - The agenda's heading.
 * @csspart progress - The progress line ("3 af 8 punkter").
 * @csspart items - The list of points.
 * @csspart item - One point (also `planned`, `now`, `done` or `skipped`).
 * @csspart countdown - The countdown of the current point.
 * @csspart toolbar - The facilitator's template picker and undo.
 *
 * @cssproperty --gk-color-green - Agenda points (punkt).
 * @cssproperty --gk-color-red - Breaks (pause).
 * @cssproperty --gk-color-blue - The shared meal (fællesspisning).
 * @cssproperty --gk-color-accent - The current point and the countdown.
 * @cssproperty --gk-font-size-shared - Text size on the shared screen.
 */
export class GkAgenda extends GkFormElement<AgendaValue, AgendaStrings> {
  static override styles = [tokens, palette, base, icons, controls, agendaStyles];

  static override properties: PropertyDeclarations = {
    countdown: { type: Boolean, reflect: true },
    template: { reflect: true },
    clock: { attribute: false },
  };

  static override enums = { ...GkFormElement.enums, template: AGENDA_TEMPLATES };

  /** Shows a silent countdown (a shrinking bar and minutes left) on the current point. */
  declare countdown: boolean;
  /** Starts from a ready-made agenda while the value is empty: `meeting-1` … `meeting-6`, `weekly`, `youth`. */
  declare template: AgendaTemplateId | undefined;
  /** The clock for the countdown and start times, in ms (default `Date.now`); hosts and tests may inject one. */
  declare clock: () => number;
  /** Host overrides for any string, the facilitator's controls included. */
  declare strings: Partial<AgendaStrings & AgendaEditorStrings & AgendaFormStrings> | undefined;

  protected readonly table = AGENDA_STRINGS;
  #editor: AgendaEditor | undefined;
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor() {
    super();
    this.countdown = false;
    this.clock = Date.now;
  }

  protected checkValue(v: unknown) {
    return checkAgendaValue(v);
  }
  protected emptyValue(): AgendaValue {
    return { version: 1, items: [] };
  }
  protected override isEmpty(v: AgendaValue): boolean {
    return !v.items.length;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.requestUpdate();
  }
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const id = this.template;
    if (changed.has('template') && id) {
      this.whenLoaded(
        loadAgendaTemplate(id).then((v) => {
          if (v && this.template === id && !this.dirty && !this.value.items.length) this.defaultValue = v;
        }),
      );
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const run = this.countdown && this.isConnected && !!agendaCountdown(this.value.items.find((x) => x.state === 'now'), 0);
    if (run && !this.#timer) this.#timer = setInterval(() => this.requestUpdate(), AGENDA_TICK);
    if (!run && this.#timer) {
      clearInterval(this.#timer);
      this.#timer = undefined;
    }
    this.#editor?.afterUpdate();
  }

  /** The facilitator's editor, loaded on first use (participants' screens never download it). */
  #ed(): AgendaEditor | undefined {
    if (this.surface !== 'facilitator') return undefined;
    const m = editorPart(this);
    return m && (this.#editor ??= new m.AgendaEditor(this));
  }

  /** The pictogram of a point (loaded on first use), or its kind's icon. */
  #pic(x: AgendaItem): string {
    return (x.pictogram && pictograms(this)?.PICTOGRAMS[x.pictogram]) || ICONS[x.kind];
  }

  protected override render() {
    const v = this.value;
    const ed = this.#ed();
    const { passed, total } = agendaProgress(v);
    return html`<section class="agenda" part="base" aria-labelledby="h">
      <header class="head">
        <h2 id="h" part="title">${v.title || this.t('heading')}</h2>
        ${total
          ? html`<p class="progress" part="progress">
              <span class="bar" aria-hidden="true">${v.items.map((x) => html`<i class=${x.state}></i>`)}</span>
              ${this.t('progress', { passed, total })}
            </p>`
          : nothing}
      </header>
      ${ed?.toolbar()}
      ${total
        ? html`<ol class="items" part="items" aria-labelledby="h">
            ${v.items.map((x, i) => (ed?.editing === x.id && ed.form(x, i)) || this.#item(x, i, ed))}
          </ol>`
        : html`<p class="empty">${this.t('empty')}</p>`}
      ${ed?.footer()}
    </section>`;
  }

  #item(x: AgendaItem, i: number, ed: AgendaEditor | undefined) {
    const now = x.state === 'now';
    const cd = now && this.countdown ? agendaCountdown(x, this.clock()) : undefined;
    return html`<li
      class="item ${x.kind} ${x.state} ${ed?.dragging === x.id ? 'dragging' : ''}"
      part="item ${x.state}"
      aria-current=${now ? 'step' : nothing}
      aria-labelledby="t${i}"
      aria-describedby="k${i} s${i}"
    >
      ${ed?.handle(x, i)} ${icon(this.#pic(x), 'pic')}
      <span class="main">
        <span class="title" id="t${i}">${x.title}</span>
        <span class="meta" id="k${i}">
          <span class="kind">${icon(ICONS[x.kind])}${this.t(`kind.${x.kind}`)}</span>
          ${x.minutes ? html`<span class="time">${this.t('minutes', { n: x.minutes })}</span>` : nothing}
        </span>
        ${ed?.responsible(x)}
      </span>
      <span class="state${x.state === 'planned' ? ' vh' : ''}" id="s${i}">${x.state === 'planned' ? nothing : icon(ICONS[x.state])}${this.t(`state.${x.state}`)}</span>
      ${cd
        ? html`<span class="timer" role="timer" part="countdown">
            <span class="track"><span class="fill" ${styleVars({ '--_f': cd.fraction.toFixed(3) })}></span></span>
            ${cd.left > 0 ? this.t('minutesLeft', { n: Math.ceil(cd.left / 60000) }) : this.t('timeUp')}
          </span>`
        : nothing}
      ${ed?.actions(x, i)}
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gk-agenda': GkAgenda;
  }
}
