import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/emergency-plan.js';
import type { EmergencyPlanValue } from '../src/emergency-plan.js';

interface Args {
  view: 'plan' | 'crisis';
  surface: 'participant' | 'facilitator' | 'shared';
  printLayout: 'a4' | 'pocket';
  printPreview: boolean;
  readAloud: boolean;
  disabled: boolean;
  today?: string;
  value?: EmergencyPlanValue;
  network?: unknown;
}

/** A network-circle value as <gk-network-circle> gives it; only "can help" people are offered. */
const NETWORK = {
  version: 1,
  people: [
    { id: 'n-mor', name: 'Mor', canHelp: true, phone: '12 34 56 78', sector: 'family' },
    { id: 'n-ali', name: 'Ali', canHelp: true, phone: '22 33 44 55', sector: 'friends' },
    { id: 'n-bo', name: 'Bo', canHelp: true, inSubstanceEnvironment: true, sector: 'friends' },
    { id: 'n-kim', name: 'Kim', canHelp: false, sector: 'friends' },
    { id: 'n-lise', name: 'Lise, kontaktperson', canHelp: true, phone: '70 20 30 40', sector: 'professionals' },
  ],
};

const FILLED: EmergencyPlanValue = {
  version: 1,
  reviewBy: '2026-06-01',
  notice: 'Jeg bliver urolig, sover dårligt og holder op med at svare på beskeder.',
  coping: [
    { id: 'r1', when: 'når jeg er alene om aftenen', ideas: ['walk', 'call'], text: '' },
    { id: 'r2', when: 'når jeg har fået løn', ideas: ['together', 'nice'], text: 'Købe ind sammen med Ali og lave mad' },
  ],
  support: [
    { id: 'p1', personId: 'n-mor', name: 'Mor', phone: '12 34 56 78', professional: false, help: 'Gå en tur med mig', when: 'Om aftenen og i weekenden', see: 'Jeg aflyser, når vi skal ses', deal: 'Jeg sender "kom" på sms, så ringer hun' },
    { id: 'p2', personId: 'n-lise', name: 'Lise, kontaktperson', phone: '70 20 30 40', professional: true, help: 'Tale om trangen og lægge en plan for dagen', when: 'Hverdage kl. 8–15', see: 'Jeg kommer ikke til vores aftaler', deal: 'Hun ringer til mig, hvis jeg ikke kommer' },
  ],
};

const meta: Meta<Args> = {
  title: 'Tools/Emergency plan (gk-emergency-plan)',
  component: 'gk-emergency-plan',
  tags: ['autodocs'],
  argTypes: {
    view: { control: 'inline-radio', options: ['plan', 'crisis'] },
    surface: { control: 'inline-radio', options: ['participant', 'facilitator', 'shared'] },
    printLayout: { control: 'inline-radio', options: ['a4', 'pocket'] },
    today: { control: 'text' },
  },
  args: { view: 'plan', surface: 'participant', printLayout: 'a4', printPreview: false, readAloud: true, disabled: false, today: '2026-03-01' },
  render: (a) => html`<gk-emergency-plan
    view=${a.view}
    surface=${a.surface}
    print-layout=${a.printLayout}
    today=${a.today ?? nothing}
    ?print-preview=${a.printPreview}
    ?read-aloud=${a.readAloud}
    ?disabled=${a.disabled}
    .value=${a.value ?? null}
    .network=${a.network ?? null}
  ></gk-emergency-plan>`,
};
export default meta;
type Story = StoryObj<Args>;

/** A new plan; the person's network circle offers the people who can help. */
export const Empty: Story = { args: { network: NETWORK } };
/** Both plans filled in, with a review date. */
export const FilledIn: Story = { args: { value: FILLED, network: NETWORK } };
/** The calm one-screen view: what I do now, whom I call. */
export const CrisisView: Story = { args: { value: FILLED, view: 'crisis' } };
/** The review date has passed: a gentle note. */
export const ReviewDatePassed: Story = { args: { value: FILLED, today: '2026-07-15' } };
/** How the full plan prints on A4 (press the browser's print, or set print-preview). */
export const PrintPreviewA4: Story = { args: { value: FILLED, printPreview: true } };
/** The small pocket card with the crisis view. */
export const PrintPreviewPocketCard: Story = { args: { value: FILLED, printPreview: true, printLayout: 'pocket' } };
/** An empty plan printed on A4: lines to write on and every suggestion to circle. */
export const PrintPreviewBlankForm: Story = {
  args: { value: { version: 1, reviewBy: '', notice: '', coping: [{ id: 'r1', when: '', ideas: [], text: '' }], support: [] }, printPreview: true },
};
export const Facilitator: Story = { args: { value: FILLED, network: NETWORK, surface: 'facilitator' } };
/** Shown to the group: no phone numbers, no picking. */
export const SharedScreen: Story = { args: { value: FILLED, surface: 'shared' } };
export const Disabled: Story = { args: { value: FILLED, disabled: true } };

/** With a network circle next to it: the plan picks up its people live. */
export const WithNetworkCircle: Story = {
  render: () => html`<div style="display:grid;gap:1rem">
    <p>The host passes the network-circle value: <code>plan.network = networkCircle.value</code>.</p>
    <gk-emergency-plan .network=${NETWORK} .value=${{ ...FILLED, support: [] }}></gk-emergency-plan>
  </div>`,
};

export const AllLanguages: Story = {
  render: () => html`<div style="display:grid;gap:1.5rem">
    ${['da', 'nb', 'sv', 'en'].map((l) => html`<gk-emergency-plan lang=${l} today="2026-07-15" .value=${FILLED} .network=${NETWORK}></gk-emergency-plan>`)}
  </div>`,
};

export const AllLanguagesCrisisView: Story = {
  render: () => html`<div style="display:grid;gap:1.5rem">
    ${['da', 'nb', 'sv', 'en'].map((l) => html`<gk-emergency-plan lang=${l} view="crisis" .value=${FILLED}></gk-emergency-plan>`)}
  </div>`,
};

export const AllThemes: Story = {
  render: () => html`<div style="display:grid;gap:1.5rem">
    ${['light', 'dark', 'high-contrast'].map(
      (t) => html`<div style="padding:1rem;background:${t === 'dark' ? '#0e1114' : '#fff'}">
        <gk-emergency-plan data-keep-theme theme=${t} .value=${FILLED}></gk-emergency-plan>
      </div>`,
    )}
  </div>`,
};

export const AllThemesCrisisView: Story = {
  render: () => html`<div style="display:grid;gap:1.5rem">
    ${['light', 'dark', 'high-contrast'].map(
      (t) => html`<div style="padding:1rem;background:${t === 'dark' ? '#0e1114' : '#fff'}">
        <gk-emergency-plan data-keep-theme theme=${t} view="crisis" .value=${FILLED}></gk-emergency-plan>
      </div>`,
    )}
  </div>`,
};
