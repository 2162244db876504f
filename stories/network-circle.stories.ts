import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../src/network-circle.js';
import { NETWORK_SECTORS, supportPeople, type GkNetworkCircle, type NetworkPerson, type NetworkValue } from '../src/network-circle.js';

interface Args {
  surface: 'participant' | 'facilitator' | 'shared';
  view: 'circle' | 'list';
  disabled: boolean;
  value?: NetworkValue;
}

const p = (id: string, name: string, ring: number, more: Partial<NetworkPerson> = {}): NetworkPerson => ({
  id,
  name,
  ring,
  canHelp: false,
  inSubstanceEnvironment: false,
  ...more,
});

/** A participant's circle after meeting 4: family, friends, a contact person, the old crowd. */
const TYPICAL: NetworkValue = {
  version: 1,
  rings: 3,
  sectors: true,
  people: [
    p('mor', 'Mor', 1, { sector: 'family', canHelp: true, phone: '12 34 56 78', symbol: 'heart' }),
    p('bror', 'Lillebror', 2, { sector: 'family' }),
    p('far', 'Far', 3, { sector: 'family', inSubstanceEnvironment: true }),
    p('ali', 'Ali', 1, { sector: 'friends', canHelp: true, phone: '22 33 44 55', symbol: 'ball' }),
    p('jens', 'Jens', 2, { sector: 'friends', canHelp: true, inSubstanceEnvironment: true }),
    p('kim', 'Kim', 3, { sector: 'friends', inSubstanceEnvironment: true }),
    p('bo', 'Bo fra værkstedet', 2, { sector: 'work' }),
    p('lise', 'Lise, kontaktperson', 1, { sector: 'professionals', canHelp: true, phone: '70 20 30 40', note: 'Hverdage kl. 8–15' }),
    p('laege', 'Lægen', 3, { sector: 'professionals' }),
    p('fido', 'Fido', 1, { sector: 'others', symbol: 'paw' }),
  ],
};

const NAMES = ['Mor', 'Far', 'Lise Marie', 'Jens', 'Hanne', 'Bo', 'Ahmed', 'Søs', 'Onkel Niels', 'Bedste', 'Kim', 'Mia', 'Lærer Ole', 'Kontaktperson'];
const crowd = (n: number, sectors = true): NetworkValue => ({
  version: 1,
  rings: 3,
  sectors,
  people: Array.from({ length: n }, (_, i) =>
    p(`p${i}`, `${NAMES[i % NAMES.length]}${i >= NAMES.length ? ` ${i}` : ''}`, 1 + (i % 3), {
      sector: NETWORK_SECTORS[(i * 7) % 5],
      canHelp: i % 3 === 0,
      inSubstanceEnvironment: i % 4 === 0,
    }),
  ),
});

/** Runs `go` on the element once it has drawn (and loaded its working part). */
const after = (go: (el: GkNetworkCircle) => void) =>
  ref((el) => {
    const c = el as GkNetworkCircle | undefined;
    if (c) c.updateComplete.then(() => go(c)).then(() => c.updateComplete);
  });
const click = (el: GkNetworkCircle, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel)?.click();

const meta: Meta<Args> = {
  title: 'Tools/Network circle (gk-network-circle)',
  component: 'gk-network-circle',
  tags: ['autodocs'],
  argTypes: {
    surface: { control: 'inline-radio', options: ['participant', 'facilitator', 'shared'] },
    view: { control: 'inline-radio', options: ['circle', 'list'] },
  },
  args: { surface: 'participant', view: 'circle', disabled: false },
  render: (a) => html`<gk-network-circle surface=${a.surface} view=${a.view} ?disabled=${a.disabled} .value=${a.value ?? null}></gk-network-circle>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = {};
export const Typical: Story = { args: { value: TYPICAL } };
export const WithoutSectors: Story = { args: { value: { ...TYPICAL, sectors: false } } };
export const FourRings: Story = {
  args: { value: { ...TYPICAL, rings: 4, people: TYPICAL.people.map((x) => (x.id === 'far' || x.id === 'kim' ? { ...x, ring: 4 } : x)) } },
};
export const TwoRings: Story = { args: { value: { ...TYPICAL, rings: 2, sectors: false, people: TYPICAL.people.map((x) => ({ ...x, ring: Math.min(x.ring, 2) })) } } };
/** The facilitator: layout controls (rings, sectors) and all the questions. */
export const Facilitator: Story = { args: { surface: 'facilitator', value: TYPICAL } };
/** The group's screen: no names, phones or notes; marks and places only. */
export const SharedScreen: Story = { args: { surface: 'shared', value: TYPICAL } };
export const ListView: Story = { args: { view: 'list', value: TYPICAL } };
/** 40 people: tokens get smaller (initials) but never cover each other. */
export const Crowded40: Story = { args: { value: crowd(40) } };
/** 150 people: as many as fit in the circle, everyone in the list. */
export const Crowded150: Story = { args: { value: crowd(150) } };
export const Crowded150List: Story = { args: { value: crowd(150), view: 'list' } };
export const LongNamesMarkupAndEmoji: Story = {
  args: {
    value: {
      version: 1,
      rings: 3,
      sectors: false,
      people: [
        p('a', 'Anne-Marie Kristine fra bostedet på Solbakken', 1, { canHelp: true }),
        p('b', '<img src=x onerror=alert(1)>', 2),
        p('c', 'Mia 👩‍👧', 2, { canHelp: true, symbol: 'star' }),
        p('d', 'Ø', 3, { inSubstanceEnvironment: true }),
      ],
    },
  },
};
/** Tap a person, then tap the place (or use the buttons). */
export const PersonChosen: Story = {
  args: { value: TYPICAL },
  render: (a) => html`<gk-network-circle surface=${a.surface} .value=${a.value} ${after((el) => click(el, '[data-id="jens"]'))}></gk-network-circle>`,
};
export const AddForm: Story = {
  args: { value: TYPICAL },
  render: (a) => html`<gk-network-circle surface=${a.surface} .value=${a.value} ${after((el) => click(el, '[part=toolbar] .btn'))}></gk-network-circle>`,
};
export const EditForm: Story = {
  args: { value: TYPICAL },
  render: (a) =>
    html`<gk-network-circle
      .value=${a.value}
      ${after(async (el) => {
        click(el, '[data-id="lise"]');
        await el.updateComplete;
        click(el, '.selection .btn');
      })}
    ></gk-network-circle>`,
};
/** After a removal: the undo bar. */
export const AfterRemoval: Story = {
  args: { value: TYPICAL },
  render: (a) =>
    html`<gk-network-circle
      .value=${a.value}
      ${after(async (el) => {
        click(el, '[data-id="kim"]');
        await el.updateComplete;
        el.shadowRoot!.querySelectorAll<HTMLElement>('.selection .btn')[1]?.click();
      })}
    ></gk-network-circle>`,
};
export const Disabled: Story = { args: { disabled: true, value: TYPICAL } };
export const InAForm: Story = {
  render: () => html`<form @submit=${(e: Event) => e.preventDefault()}>
    <gk-network-circle name="netvaerk" required rings="3" sectors></gk-network-circle>
    <p><button type="submit">Send</button> <button type="reset">Nulstil</button></p>
  </form>`,
};

/** What the emergency plan gets: `supportPeople(circle.value)`, updated on every change. */
export const ForTheEmergencyPlan: Story = {
  render: () => {
    const show = (el: GkNetworkCircle) => {
      const pre = el.nextElementSibling as HTMLElement;
      pre.textContent = JSON.stringify(supportPeople(el.value), null, 2);
    };
    return html`<div style="display:grid;gap:1rem">
      <gk-network-circle .value=${TYPICAL} @change=${(e: Event) => show(e.target as GkNetworkCircle)} ${after(show)}></gk-network-circle>
      <pre style="margin:0;padding:1rem;background:#f3f5f7;white-space:pre-wrap"></pre>
    </div>`;
  },
};

export const AllLanguages: Story = {
  render: () => html`<div style="display:grid;gap:1rem">
    ${['da', 'nb', 'sv', 'en'].map((l) => html`<gk-network-circle lang=${l} surface="facilitator" .value=${TYPICAL}></gk-network-circle>`)}
  </div>`,
};

export const AllThemes: Story = {
  render: () => html`<div style="display:grid;gap:1rem">
    ${['light', 'dark', 'high-contrast'].map(
      (t) => html`<div style="padding:1rem;background:${t === 'dark' ? '#0e1114' : '#fff'}">
        <gk-network-circle data-keep-theme theme=${t} .value=${TYPICAL}></gk-network-circle>
      </div>`,
    )}
  </div>`,
};

export const Smartboard: Story = {
  args: { value: TYPICAL },
  render: (a) => html`<gk-network-circle style="max-inline-size:none;--gk-network-circle-size:60rem" surface="facilitator" .value=${a.value ?? null}></gk-network-circle>`,
};
