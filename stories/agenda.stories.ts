import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/agenda.js';
import { AGENDA_PICTOGRAMS, AGENDA_TEMPLATES, type AgendaItem, type AgendaTemplateId, type AgendaValue } from '../src/agenda.js';

interface Args {
  surface: 'participant' | 'facilitator' | 'shared';
  template?: AgendaTemplateId;
  value?: AgendaValue;
  countdown: boolean;
  /** Minutes since the current point started (the story's fixed clock). */
  minutesIn: number;
  required: boolean;
  disabled: boolean;
}

const START = '2026-03-05T10:00:00.000Z';
const clockAt = (minutes: number) => () => Date.parse(START) + minutes * 60000;

/** Gruppemøde 1 half-way: two points done, the third current, one skipped. */
const midMeeting = (): AgendaValue => ({
  version: 1,
  title: 'Gruppemøde 1: Velkommen',
  template: 'meeting-1',
  items: [
    { id: 'p1', title: 'Velkommen', kind: 'point', state: 'done', minutes: 15, pictogram: 'hello', responsible: 'Begge facilitatorer', checklist: ['Sig hej og jeres navne. Fortæl kort, hvad gruppen skal.', 'Gå den visuelle dagsorden igennem.', 'Tjek ind med følelseskort.'] },
    { id: 'p2', title: 'Hvorfor er vi her?', kind: 'point', state: 'done', minutes: 15, pictogram: 'talk', responsible: 'Socialfaglig facilitator', checklist: ['Runde: navn, alder og "Hvad kan du godt lide at lave?"'] },
    { id: 'p3', title: 'Pause', kind: 'break', state: 'done', minutes: 10, pictogram: 'coffee' },
    { id: 'p4', title: 'Snak om alkohol og stoffer', kind: 'point', state: 'now', minutes: 25, pictogram: 'talk', started: START, responsible: 'Rusmiddelfacilitator', checklist: ['Forklar ordet rusmidler.', 'Dialogkortene: deltagerne trækker et kort på skift.', 'Medfacilitator skriver i logbogen.'] },
    { id: 'p5', title: 'Pause', kind: 'break', state: 'skipped', minutes: 10, pictogram: 'coffee' },
    { id: 'p6', title: 'Hjemmeopgave: Plusser og minusser', kind: 'point', state: 'planned', minutes: 10, pictogram: 'home', responsible: 'Rusmiddelfacilitator', checklist: ['Læs opgaven højt.', 'Tjek, at alle har forstået den.'] },
    { id: 'p7', title: 'Tak for i dag', kind: 'point', state: 'planned', minutes: 10, pictogram: 'thanks', responsible: 'Begge facilitatorer' },
    { id: 'p8', title: 'Fællesspisning', kind: 'meal', state: 'planned', minutes: 30, pictogram: 'meal' },
  ],
});

const meta: Meta<Args> = {
  title: 'Tools/Visual agenda (gk-agenda)',
  component: 'gk-agenda',
  tags: ['autodocs'],
  argTypes: {
    surface: { control: 'inline-radio', options: ['participant', 'facilitator', 'shared'] },
    template: { control: 'select', options: [undefined, ...AGENDA_TEMPLATES] },
    minutesIn: { control: { type: 'number', min: 0, max: 60, step: 1 } },
  },
  args: { surface: 'participant', countdown: false, minutesIn: 8, required: false, disabled: false },
  render: (a) => html`<gk-agenda
    surface=${a.surface}
    template=${a.template ?? nothing}
    ?countdown=${a.countdown}
    ?required=${a.required}
    ?disabled=${a.disabled}
    .clock=${clockAt(a.minutesIn)}
    .value=${a.value ?? { version: 1, items: [] }}
  ></gk-agenda>`,
};
export default meta;
type Story = StoryObj<Args>;

/** What the group sees half-way through meeting 1: finished points struck through, the current one large. */
export const Participant: Story = { args: { value: midMeeting() } };
/** The smartboard: the same, larger and calm. */
export const SharedScreen: Story = { args: { surface: 'shared', value: midMeeting(), countdown: true } };
/** The facilitator's view: checklist and who is responsible, start / done / skip, reorder, edit, add, undo, templates. */
export const Facilitator: Story = { args: { surface: 'facilitator', value: midMeeting() } };
/** A silent countdown on the current point: a shrinking bar and the minutes left. */
export const Countdown: Story = { args: { value: midMeeting(), countdown: true, minutesIn: 17 } };
/** The time box of the current point is over: said calmly, no alarm. */
export const CountdownTimeUp: Story = { args: { value: midMeeting(), countdown: true, minutesIn: 31 } };
export const Empty: Story = { args: { surface: 'facilitator' } };
export const Disabled: Story = { args: { surface: 'facilitator', value: midMeeting(), disabled: true } };

const many = (n: number): AgendaValue => ({
  version: 1,
  title: 'Et langt program',
  items: Array.from({ length: n }, (_, i): AgendaItem => ({
    id: `p${i}`,
    title: i % 4 === 3 ? 'Pause' : `Punkt ${i + 1}`,
    kind: i % 4 === 3 ? 'break' : 'point',
    state: i < 12 ? 'done' : i === 12 ? 'now' : 'planned',
    minutes: i % 4 === 3 ? 10 : 20,
  })),
});
/** Fifty points still work (the method advises few). */
export const FiftyPoints: Story = { args: { surface: 'facilitator', value: many(50) } };

// ---- the templates: each one as the facilitator sees it (switch the surface to see the participants' view) ----
const tpl = (template: AgendaTemplateId): Story => ({ args: { surface: 'facilitator', template } });
/** Gruppemøde 1 – VELKOMMEN (seeds/003 section 5). */
export const TemplateMeeting1: Story = tpl('meeting-1');
/** Gruppemøde 2 – ALKOHOL OG STOFFER. */
export const TemplateMeeting2: Story = tpl('meeting-2');
/** Gruppemøde 3 – ABSTINENSER OG TRANG. */
export const TemplateMeeting3: Story = tpl('meeting-3');
/** Gruppemøde 4 – FORANDRING. */
export const TemplateMeeting4: Story = tpl('meeting-4');
/** Gruppemøde 5 – HOLD FAST. */
export const TemplateMeeting5: Story = tpl('meeting-5');
/** Gruppemøde 6 – AFSLUTNING. */
export const TemplateMeeting6: Story = tpl('meeting-6');
/** A session of the 16-week course (seeds/001). */
export const TemplateWeeklySession: Story = tpl('weekly');
/** A meeting of the youth course (seeds/004), opening with "vejrudsigten". */
export const TemplateYouth: Story = tpl('youth');
/** A template as the participants see it. */
export const TemplateParticipant: Story = { args: { surface: 'participant', template: 'meeting-4' } };

/** In a form: the agenda goes in FormData as JSON; reset returns to the template. */
export const InAForm: Story = {
  args: { surface: 'facilitator', template: 'meeting-2', required: true },
  render: (a) => html`<form @submit=${(e: Event) => e.preventDefault()}>
    <gk-agenda name="dagsorden" surface=${a.surface} template=${a.template ?? nothing} ?required=${a.required}></gk-agenda>
    <p><button type="submit">Gem</button> <button type="reset">Nulstil</button></p>
  </form>`,
};

export const AllLanguages: Story = {
  render: () => html`<div style="display:grid;gap:1rem">
    ${['da', 'nb', 'sv', 'en'].map(
      (l) => html`<gk-agenda lang=${l} countdown .clock=${clockAt(8)} .value=${midMeeting()}></gk-agenda>
        <gk-agenda lang=${l} surface="facilitator" .value=${{ ...midMeeting(), items: midMeeting().items.slice(2, 5) }}></gk-agenda>`,
    )}
  </div>`,
};

export const AllThemes: Story = {
  render: () => html`<div style="display:grid;gap:1rem">
    ${['light', 'dark', 'high-contrast'].map(
      (t) => html`<div style="padding:1rem;background:${t === 'dark' ? '#0e1114' : '#fff'}">
        <gk-agenda data-keep-theme theme=${t} countdown .clock=${clockAt(8)} .value=${midMeeting()}></gk-agenda>
      </div>`,
    )}
  </div>`,
};

/** Host colours for the kinds (themable tokens). */
export const CustomKindColours: Story = {
  render: () => html`<gk-agenda
    style="--gk-color-green:#00614a;--gk-color-red:#8a1c7c;--gk-color-blue:#1d3f8f"
    .value=${midMeeting()}
  ></gk-agenda>`,
};

/** The edit form, opened on "Pause" (the story clicks "Ret"). */
export const FacilitatorEditing: Story = {
  args: { surface: 'facilitator', value: midMeeting() },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('gk-agenda')!;
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-id="p6"] [data-act=edit]')!.click();
    await el.updateComplete;
  },
};

/** Every built-in pictogram (chosen by id in the edit form), drawn for this project. */
export const AllPictograms: Story = {
  args: {
    value: {
      version: 1,
      title: 'Billeder',
      items: AGENDA_PICTOGRAMS.map((p, i): AgendaItem => ({ id: p, title: p, kind: p === 'coffee' ? 'break' : p === 'meal' ? 'meal' : 'point', state: i === 0 ? 'now' : 'planned', pictogram: p })),
    },
  },
};
