import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/change-circle.js';
import { type ChangeCircleValue, type GroupMember, type Stage } from '../src/change-circle.js';

interface Args {
  topic?: string;
  surface: 'participant' | 'facilitator' | 'shared';
  value?: ChangeCircleValue | null;
  group?: GroupMember[];
  date?: string;
  required: boolean;
  disabled: boolean;
}

const TOPIC = 'at ryge mindre hash';
const at = (stage: Stage): ChangeCircleValue => ({ version: 1, topic: TOPIC, stage, history: [{ stage, date: '2026-03-02' }] });

/** Back and forth over a course: in, forward, a lapse, and on again. */
const MOVES: ChangeCircleValue = {
  version: 1,
  topic: TOPIC,
  stage: 'preparation',
  history: [
    { stage: 'precontemplation', date: '2026-02-02' },
    { stage: 'contemplation', date: '2026-02-09' },
    { stage: 'preparation', date: '2026-02-16' },
    { stage: 'action', date: '2026-02-23' },
    { stage: 'lapse', date: '2026-03-02' },
    { stage: 'contemplation', date: '2026-03-09' },
    { stage: 'preparation', date: '2026-03-16' },
  ],
};

/** Thirteen participants, five of them at the same stage. */
const GROUP: GroupMember[] = [
  ['Ali', 'contemplation'],
  ['Bente', 'action'],
  ['Carsten', 'contemplation'],
  ['Dorte', 'precontemplation'],
  ['Emil', 'contemplation'],
  ['Fatima', 'maintenance'],
  ['Gustav', 'lapse'],
  ['Hanne', 'contemplation'],
  ['Ib', 'preparation'],
  ['Jonas', 'contemplation'],
  ['Karin', 'action'],
  ['Lars', 'preparation'],
  ['Mette', 'maintenance'],
].map(([name, stage]) => ({ name, stage: stage as Stage }));

const meta: Meta<Args> = {
  title: 'Tools/Change circle (gk-change-circle)',
  component: 'gk-change-circle',
  tags: ['autodocs'],
  argTypes: {
    surface: { control: 'inline-radio', options: ['participant', 'facilitator', 'shared'] },
    topic: { control: 'text' },
    date: { control: 'text' },
  },
  args: { topic: TOPIC, surface: 'participant', required: false, disabled: false, date: '2026-03-23' },
  render: (a) => html`<gk-change-circle
    topic=${a.topic ?? nothing}
    surface=${a.surface}
    date=${a.date ?? nothing}
    ?required=${a.required}
    ?disabled=${a.disabled}
    .value=${a.value ?? null}
    .group=${a.group ?? []}
  ></gk-change-circle>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Nothing chosen yet: the participant taps where they are now. */
export const Empty: Story = {};
export const Precontemplation: Story = { args: { value: at('precontemplation') } };
export const Contemplation: Story = { args: { value: at('contemplation') } };
export const Preparation: Story = { args: { value: at('preparation') } };
export const Action: Story = { args: { value: at('action') } };
export const Maintenance: Story = { args: { value: at('maintenance') } };
/** A lapse is part of the circle: it leads on to overvejelse, not back to the start. */
export const Lapse: Story = { args: { value: at('lapse') } };
/** Seven placements: forward, a lapse, and forward again; the trail is numbered. */
export const TrailBackAndForth: Story = { args: { value: MOVES } };
/** The facilitator sees the readiness of the chosen stage and what to focus on. */
export const Facilitator: Story = { args: { surface: 'facilitator', value: MOVES } };
export const FacilitatorLapse: Story = { args: { surface: 'facilitator', value: at('lapse') } };
/** The facilitator's group view: names at every stage. */
export const GroupFacilitator: Story = { args: { surface: 'facilitator', group: GROUP } };
/** The shared screen: where the group is, without names or history. */
export const GroupShared: Story = { args: { surface: 'shared', group: GROUP } };
export const SharedScreen: Story = { args: { surface: 'shared', value: MOVES } };
export const Disabled: Story = { args: { disabled: true, value: MOVES } };
export const Required: Story = {
  render: () => html`<form @submit=${(e: Event) => e.preventDefault()}>
    <gk-change-circle name="forandring" topic=${TOPIC} required></gk-change-circle>
    <p><button type="submit">Send</button> <button type="reset">Nulstil</button></p>
  </form>`,
};
/** On a phone: the wheel on top, the stages in one column. */
export const Phone: Story = {
  args: { value: MOVES },
  render: (a) => html`<div style="max-width:360px"><gk-change-circle topic=${TOPIC} date="2026-03-23" .value=${a.value}></gk-change-circle></div>`,
};

/** Each language on its own (the toolbar switches every story too). */
const inLang = (lang: string, topic: string): Story => ({
  render: () => html`<gk-change-circle lang=${lang} surface="facilitator" date="2026-03-23" .value=${{ ...MOVES, topic }} .group=${GROUP}></gk-change-circle>`,
});
export const Danish = inLang('da', 'at ryge mindre hash');
export const NorwegianBokmal = inLang('nb', 'å røyke mindre hasj');
export const Swedish = inLang('sv', 'att röka mindre hasch');
export const English = inLang('en', 'smoking less cannabis');

export const AllLanguages: Story = {
  render: () => html`<div style="display:grid;gap:1rem">
    ${['da', 'nb', 'sv', 'en'].map(
      (l) => html`<gk-change-circle lang=${l} surface="facilitator" date="2026-03-23" .value=${{ ...MOVES, topic: '' }}></gk-change-circle>`,
    )}
  </div>`,
};

export const AllThemes: Story = {
  render: () => html`<div style="display:grid;gap:1rem">
    ${['light', 'dark', 'high-contrast'].map(
      (t) => html`<div style="padding:1rem;background:${t === 'dark' ? '#0e1114' : '#fff'}">
        <gk-change-circle data-keep-theme theme=${t} date="2026-03-23" .value=${MOVES} .group=${GROUP}></gk-change-circle>
      </div>`,
    )}
  </div>`,
};

/** Each theme on its own (the toolbar sets the theme on every story too). */
export const Dark: Story = {
  args: { value: MOVES, group: GROUP },
  render: (a) => html`<div style="padding:1rem;background:#0e1114">
    <gk-change-circle data-keep-theme theme="dark" topic=${TOPIC} date="2026-03-23" .value=${a.value} .group=${a.group ?? []}></gk-change-circle>
  </div>`,
};
export const HighContrast: Story = {
  args: { value: MOVES },
  render: (a) => html`<gk-change-circle data-keep-theme theme="high-contrast" surface="facilitator" topic=${TOPIC} date="2026-03-23" .value=${a.value}></gk-change-circle>`,
};
