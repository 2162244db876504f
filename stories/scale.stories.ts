import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/scale.js';
import { SCALE_PRESETS } from '../src/scale.js';

interface Args {
  preset?: string;
  presentation: 'slider' | 'buttons';
  orientation: 'horizontal' | 'vertical';
  surface: 'participant' | 'facilitator' | 'shared';
  value?: number | null;
  required: boolean;
  disabled: boolean;
  question?: string;
  history?: { value: number; label?: string }[];
}

const meta: Meta<Args> = {
  title: 'Tools/0–10 scale (gk-scale)',
  component: 'gk-scale',
  tags: ['autodocs'],
  argTypes: {
    preset: { control: 'select', options: [undefined, ...SCALE_PRESETS] },
    presentation: { control: 'inline-radio', options: ['slider', 'buttons'] },
    orientation: { control: 'inline-radio', options: ['horizontal', 'vertical'] },
    surface: { control: 'inline-radio', options: ['participant', 'facilitator', 'shared'] },
    value: { control: { type: 'number', min: 0, max: 10, step: 1 } },
  },
  args: { preset: 'importance', presentation: 'slider', orientation: 'horizontal', surface: 'participant', required: false, disabled: false },
  render: (a) => html`<gk-scale
    preset=${a.preset ?? nothing}
    presentation=${a.presentation}
    orientation=${a.orientation}
    surface=${a.surface}
    question=${a.question ?? nothing}
    ?required=${a.required}
    ?disabled=${a.disabled}
    .value=${a.value ?? null}
    .history=${a.history ?? []}
  ></gk-scale>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Unanswered: Story = {};
export const Answered: Story = { args: { value: 6 } };
export const ElevenButtons: Story = { args: { presentation: 'buttons', preset: 'willingness' } };
export const ElevenButtonsAnswered: Story = { args: { presentation: 'buttons', preset: 'willingness', value: 7 } };
export const CravingThermometer: Story = { args: { preset: 'craving', orientation: 'vertical', value: 4 } };
export const CravingThermometerButtons: Story = { args: { preset: 'craving', orientation: 'vertical', presentation: 'buttons' } };
export const FacilitatorFollowUps: Story = {
  args: { surface: 'facilitator', preset: 'confidence', value: 6, history: [{ value: 3, label: 'Møde 1' }, { value: 5, label: 'Møde 3' }] },
};
export const SharedScreen: Story = { args: { surface: 'shared', value: 8, history: [{ value: 3, label: 'Møde 1' }] } };
export const EarlierAnswers: Story = { args: { value: 7, history: [{ value: 3, label: 'Møde 1' }, { value: 5, label: 'Møde 2' }] } };
export const Disabled: Story = { args: { disabled: true, value: 5 } };
export const Required: Story = {
  args: { required: true },
  render: (a) => html`<form @submit=${(e: Event) => e.preventDefault()}>
    <gk-scale name="vigtighed" preset=${a.preset ?? nothing} required></gk-scale>
    <p><button type="submit">Send</button> <button type="reset">Nulstil</button></p>
  </form>`,
};

/** The youth programme's motivation factors, filled in at every session. */
export const MotivationFactors: Story = {
  render: (a) => html`<div style="display:grid;gap:1rem">
    <gk-scale preset="motivation-importance" presentation="buttons" surface=${a.surface}></gk-scale>
    <gk-scale preset="motivation-belief" presentation="buttons" surface=${a.surface}></gk-scale>
    <gk-scale preset="motivation-readiness" presentation="buttons" surface=${a.surface}></gk-scale>
  </div>`,
};

export const AllLanguages: Story = {
  render: () => html`<div style="display:grid;gap:1rem">
    ${['da', 'nb', 'sv', 'en'].map((l) => html`<gk-scale lang=${l} preset="craving" surface="facilitator" .value=${5}></gk-scale>`)}
  </div>`,
};

export const AllThemes: Story = {
  render: () => html`<div style="display:grid;gap:1rem">
    ${['light', 'dark', 'high-contrast'].map(
      (t) => html`<div style="padding:1rem;background:${t === 'dark' ? '#0e1114' : '#fff'}">
        <gk-scale data-keep-theme theme=${t} preset="importance" .value=${6}></gk-scale>
      </div>`,
    )}
  </div>`,
};
