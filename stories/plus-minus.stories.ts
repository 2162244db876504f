import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/plus-minus.js';
import type { PlusMinusEntry, PlusMinusLayout, PlusMinusValue } from '../src/plus-minus.js';

interface Args {
  layout: PlusMinusLayout;
  surface: 'participant' | 'facilitator' | 'shared';
  value?: PlusMinusValue;
  required: boolean;
  disabled: boolean;
}

const e = (id: string, side: 'plus' | 'minus', text: string, more: Partial<PlusMinusEntry> = {}): PlusMinusEntry => ({ id, side, text, ...more });

/** Meeting 1's homework: one participant's pluses and minuses of the substance used most. */
const homework: PlusMinusValue = {
  version: 1,
  layout: 'two',
  topic: 'Hash',
  entries: [
    e('h1', 'plus', 'Jeg slapper af', { weight: 8 }),
    e('h2', 'plus', 'Jeg kan sove'),
    e('h3', 'plus', 'Det er hyggeligt med vennerne', { weight: 6 }),
    e('h4', 'minus', 'Jeg har ingen penge sidst på måneden', { weight: 9 }),
    e('h5', 'minus', 'Min kæreste bliver sur'),
    e('h6', 'minus', 'Jeg glemmer ting, og så bliver jeg ked af det, fordi jeg ikke kan huske, hvad vi aftalte på bostedet'),
  ],
};

/** Meeting 2's group poster (planche): who said what, noted by the facilitator. */
const poster: PlusMinusValue = {
  version: 1,
  layout: 'two',
  topic: 'Alkohol og hash',
  entries: [
    e('g1', 'plus', 'Det er sjovt til fester', { by: 'Ali' }),
    e('g2', 'plus', 'Jeg tør snakke med andre', { by: 'Mette' }),
    e('g3', 'plus', 'Jeg glemmer mine problemer', { by: 'Jonas', weight: 7 }),
    e('g4', 'plus', 'Jeg slapper af', { by: 'Ali' }),
    e('g5', 'minus', 'Tømmermænd', { by: 'Mette' }),
    e('g6', 'minus', 'Jeg mister mit job', { by: 'Jonas', weight: 10 }),
    e('g7', 'minus', 'Jeg bliver uvenner med min familie', { by: 'Ali' }),
    e('g8', 'minus', 'Jeg bruger alle pengene', { by: 'Sofie' }),
  ],
};

/** The four-field form from the 16-session and youth programmes. */
const fourFields: PlusMinusValue = {
  version: 1,
  layout: 'four',
  topic: 'At ryge hash',
  entries: [
    e('f1', 'plus', 'Jeg slapper af om aftenen', { row: 'continue' }),
    e('f2', 'plus', 'Jeg skal ikke finde nye venner', { row: 'continue' }),
    e('f3', 'minus', 'Jeg dumper til eksamen', { row: 'continue', weight: 8 }),
    e('f4', 'minus', 'Min mor er bekymret', { row: 'continue' }),
    e('f5', 'plus', 'Flere penge til kørekort', { row: 'change', weight: 9 }),
    e('f6', 'plus', 'Jeg kan huske, hvad jeg har læst', { row: 'change' }),
    e('f7', 'minus', 'Jeg kan ikke sove', { row: 'change' }),
    e('f8', 'minus', 'Vennerne ryger stadig', { row: 'change', weight: 6 }),
  ],
};

/** Meeting 6's evaluation: plus and minus for each part of the course. */
const evaluation: PlusMinusValue = {
  version: 1,
  layout: 'evaluation',
  topic: 'Gruppeforløbet',
  entries: [
    e('v1', 'plus', 'Vi grinede meget', { row: 'group', by: 'Sofie' }),
    e('v2', 'minus', 'Det var svært at komme op om morgenen', { row: 'group', by: 'Jonas' }),
    e('v3', 'plus', 'Jeg lærte, hvad hash gør ved hjernen', { row: 'substances', by: 'Ali' }),
    e('v4', 'minus', 'Det var pinligt at fortælle', { row: 'substances', by: 'Mette' }),
    e('v5', 'plus', 'Jeg fik lov at drømme om et kørekort', { row: 'dreams', by: 'Ali' }),
    e('v6', 'plus', 'Min nødplan hænger på køleskabet', { row: 'plans', by: 'Sofie' }),
    e('v7', 'minus', 'Det var svært at vælge hjælpere', { row: 'plans', by: 'Jonas' }),
  ],
};

const meta: Meta<Args> = {
  title: 'Tools/Plus and minus (gk-plus-minus)',
  component: 'gk-plus-minus',
  tags: ['autodocs'],
  argTypes: {
    layout: { control: 'inline-radio', options: ['two', 'four', 'evaluation'] },
    surface: { control: 'inline-radio', options: ['participant', 'facilitator', 'shared'] },
    value: { control: 'object' },
  },
  args: { layout: 'two', surface: 'participant', required: false, disabled: false },
  render: (a) => html`<gk-plus-minus
    layout=${a.layout}
    surface=${a.surface}
    ?required=${a.required}
    ?disabled=${a.disabled}
    .value=${a.value ? structuredClone(a.value) : null}
  ></gk-plus-minus>`,
};
export default meta;
type Story = StoryObj<Args>;

/** A new sheet: the two fields with the method's questions. */
export const TwoFieldsEmpty: Story = {};
/** Meeting 1's homework, filled in, some entries weighed 0–10. */
export const Homework: Story = { args: { value: homework } };
/** The group poster on the facilitator's tablet: who said what, and names to pick from. */
export const GroupPosterFacilitator: Story = { args: { value: poster, surface: 'facilitator' } };
/** The same poster on the shared screen: large, no names. */
export const GroupPosterShared: Story = { args: { value: poster, surface: 'shared' } };
/** Four fields: going on as now, and changing — pluses and minuses of each. */
export const FourFields: Story = { args: { layout: 'four', value: fourFields } };
export const FourFieldsEmpty: Story = { args: { layout: 'four' } };
/** Meeting 6: the evaluation table, one row per part of the course. */
export const Evaluation: Story = { args: { layout: 'evaluation', value: evaluation, surface: 'facilitator' } };
export const EvaluationShared: Story = { args: { layout: 'evaluation', value: evaluation, surface: 'shared' } };
export const Disabled: Story = { args: { value: homework, disabled: true } };

/** In a form: the sheet is sent as JSON; "Nulstil" empties it. */
export const InAForm: Story = {
  args: { required: true },
  render: (a) => html`<form @submit=${(ev: Event) => ev.preventDefault()}>
    <gk-plus-minus name="plusminus" layout=${a.layout} ?required=${a.required}></gk-plus-minus>
    <p><button type="submit">Send</button> <button type="reset">Nulstil</button></p>
  </form>`,
};

/** A poster long enough to scroll (200 entries); the sheet stays quick to use. */
export const LongPoster: Story = {
  args: {
    surface: 'facilitator',
    value: {
      version: 1,
      layout: 'two',
      topic: 'Alkohol',
      entries: Array.from({ length: 200 }, (_, i) =>
        e(`l${i}`, i % 2 ? 'minus' : 'plus', `${i % 2 ? 'Minus' : 'Plus'} nummer ${i + 1} fra gruppen`, i % 5 ? {} : { by: ['Ali', 'Mette', 'Jonas', 'Sofie'][i % 4], weight: i % 11 }),
      ),
    },
  },
};

export const AllLanguages: Story = {
  render: () => html`<div style="display:grid;gap:1rem">
    ${['da', 'nb', 'sv', 'en'].map((l) => html`<gk-plus-minus lang=${l} layout="four" surface="facilitator" .value=${structuredClone(fourFields)}></gk-plus-minus>`)}
  </div>`,
};

export const AllThemes: Story = {
  render: () => html`<div style="display:grid;gap:1rem">
    ${['light', 'dark', 'high-contrast'].map(
      (t) => html`<div style="padding:1rem;background:${t === 'dark' ? '#0e1114' : '#fff'}">
        <gk-plus-minus data-keep-theme theme=${t} surface="facilitator" .value=${structuredClone(poster)}></gk-plus-minus>
      </div>`,
    )}
  </div>`,
};

/**
 * Print preview. Print the page (Ctrl+P): the buttons and boxes disappear. On A4 the type is
 * sheet size; on A3 (or A4 landscape) it is poster size. The host page chooses the paper, e.g.
 * `@page { size: A3 landscape }` — a shadow root cannot.
 */
export const PrintA4Sheet: Story = {
  render: () => html`<style>
      @page {
        size: A4 portrait;
        margin: 12mm;
      }
    </style>
    <div style="inline-size:186mm;margin:auto">
      <gk-plus-minus .value=${structuredClone(homework)}></gk-plus-minus>
    </div>`,
};

export const PrintA3Poster: Story = {
  render: () => html`<style>
      @page {
        size: A3 landscape;
        margin: 15mm;
      }
    </style>
    <gk-plus-minus surface="facilitator" .value=${structuredClone(poster)}></gk-plus-minus>`,
};
