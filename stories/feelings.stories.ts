import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/feelings.js';
import { PERSONAS, type FeelingCardId, type FeelingCardLabels, type FeelingsValue, type PersonaId } from '../src/feelings.js';

interface Args {
  persona: PersonaId;
  phase: 'check-in' | 'check-out';
  max: 1 | 2 | 3;
  surface: 'participant' | 'facilitator' | 'shared';
  other: boolean;
  readAloud: boolean;
  required: boolean;
  disabled: boolean;
  checkIn?: FeelingCardId[];
  value?: FeelingsValue | null;
  labels?: FeelingCardLabels;
}

const meta: Meta<Args> = {
  title: 'Tools/Feelings cards (gk-feelings-picker)',
  component: 'gk-feelings-picker',
  tags: ['autodocs'],
  argTypes: {
    persona: { control: 'select', options: PERSONAS },
    phase: { control: 'inline-radio', options: ['check-in', 'check-out'] },
    max: { control: 'inline-radio', options: [1, 2, 3] },
    surface: { control: 'inline-radio', options: ['participant', 'facilitator', 'shared'] },
  },
  args: { persona: 'young-woman', phase: 'check-in', max: 1, surface: 'participant', other: false, readAloud: false, required: false, disabled: false },
  render: (a) => html`<gk-feelings-picker
    persona=${a.persona}
    phase=${a.phase}
    max=${a.max}
    surface=${a.surface}
    ?other=${a.other}
    ?read-aloud=${a.readAloud}
    ?required=${a.required}
    ?disabled=${a.disabled}
    .checkIn=${a.checkIn ?? []}
    .labels=${a.labels ?? {}}
    .value=${a.value ?? null}
  ></gk-feelings-picker>`,
};
export default meta;
type Story = StoryObj<Args>;

const v = (persona: PersonaId, phase: 'check-in' | 'check-out', feelings: FeelingCardId[], checkIn?: FeelingCardId[]): FeelingsValue =>
  checkIn ? { version: 1, persona, phase, feelings, checkIn } : { version: 1, persona, phase, feelings };

/** Check-in, nothing chosen: one card, as a radio group. */
export const CheckIn: Story = {};
export const CheckInChosen: Story = { args: { value: v('young-woman', 'check-in', ['ok']) } };
/** Up to three cards ("both ok, sad and afraid"): a group of checkboxes. */
export const UpToThree: Story = { args: { max: 3, value: v('young-man', 'check-in', ['ok', 'sad']) } };
/** Three chosen: the others are refused, and the limit is said in words. */
export const ThreeCardLimit: Story = { args: { max: 3, value: v('middle-aged-man', 'check-in', ['ok', 'sad', 'afraid']) } };
/** Check-out: the check-in choice is shown faded above the same cards. */
export const CheckOut: Story = { args: { phase: 'check-out', persona: 'middle-aged-woman', value: v('middle-aged-woman', 'check-out', ['happy'], ['afraid']) } };
export const CheckOutNothingChosenYet: Story = { args: { phase: 'check-out', persona: 'young-man', checkIn: ['angry', 'sad'], max: 3 } };
/** The facilitator hears the change in words, and gets questions for the conversation. */
export const FacilitatorCheckOut: Story = {
  args: { surface: 'facilitator', max: 3, value: v('young-woman', 'check-out', ['ok', 'happy'], ['afraid', 'sad']) },
};
/** The facilitator shows how, on the smartboard: large cards, no history. */
export const SharedScreen: Story = { args: { surface: 'shared', persona: 'middle-aged-man', value: v('middle-aged-man', 'check-in', ['ok']) } };
/** The blank card and a relabelled feeling, set by the facilitator. */
export const BlankCardRelabelled: Story = {
  args: { other: true, max: 2, labels: { other: 'Træt', sad: 'Trist' }, value: v('young-man', 'check-in', ['other']) },
};
/** With `read-aloud`, a chosen card's word is read by an on-device voice (if the device has one). */
export const ReadAloud: Story = { args: { readAloud: true } };
export const Disabled: Story = { args: { disabled: true, value: v('young-woman', 'check-in', ['sad']) } };
export const Required: Story = {
  render: (a) => html`<form @submit=${(e: Event) => e.preventDefault()}>
    <gk-feelings-picker name="tjek-ind" persona=${a.persona} required></gk-feelings-picker>
    <p><button type="submit">Send</button> <button type="reset">Nulstil</button></p>
  </form>`,
};

const personaStory = (persona: PersonaId): Story => ({ args: { persona, value: null } });
export const YoungMan = personaStory('young-man');
export const YoungWoman = personaStory('young-woman');
export const MiddleAgedMan = personaStory('middle-aged-man');
export const MiddleAgedWoman = personaStory('middle-aged-woman');

/** One deck per persona; each page loads only the personas it shows. */
export const AllPersonas: Story = {
  render: (a) => html`<div style="display:grid;gap:1rem">
    ${PERSONAS.map((p) => html`<gk-feelings-picker persona=${p} surface="facilitator" max=${a.max} ?other=${a.other}></gk-feelings-picker>`)}
  </div>`,
};

export const AllLanguages: Story = {
  render: () => html`<div style="display:grid;gap:1rem">
    ${['da', 'nb', 'sv', 'en'].map(
      (l) => html`<gk-feelings-picker lang=${l} surface="facilitator" max="3" .value=${v('young-woman', 'check-out', ['ok', 'happy'], ['afraid'])}></gk-feelings-picker>`,
    )}
  </div>`,
};

export const AllThemes: Story = {
  render: () => html`<div style="display:grid;gap:1rem">
    ${['light', 'dark', 'high-contrast'].map(
      (t) => html`<div style="padding:1rem;background:${t === 'dark' ? '#0e1114' : '#fff'}">
        <gk-feelings-picker data-keep-theme theme=${t} max="3" .value=${v('middle-aged-man', 'check-out', ['ok', 'happy'], ['sad'])}></gk-feelings-picker>
      </div>`,
    )}
  </div>`,
};

/** Host code for the whole flow: check in, then `phase="check-out"` turns the choice into the comparison. */
export const CheckInThenCheckOut: Story = {
  render: () => {
    const show = (e: Event) => {
      const out = (e.currentTarget as HTMLElement).parentElement!.querySelector('output')!;
      out.textContent = JSON.stringify((e.currentTarget as HTMLInputElement & { value: unknown }).value);
    };
    const next = (e: Event) => {
      const picker = (e.currentTarget as HTMLElement).parentElement!.querySelector('gk-feelings-picker')!;
      picker.phase = picker.phase === 'check-in' ? 'check-out' : 'check-in';
    };
    return html`<div>
      <gk-feelings-picker persona="young-man" surface="facilitator" max="3" @change=${show}></gk-feelings-picker>
      <p><button type="button" @click=${next}>Tjek ind / tjek ud</button></p>
      <output style="font-family:monospace">${nothing}</output>
    </div>`;
  },
};
