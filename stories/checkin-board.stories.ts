import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/checkin-board.js';
import '../src/feelings.js';
import { PERSONAS, recordPicker, type BoardValue, type FeelingCardId, type GkCheckinBoard, type PersonaId } from '../src/checkin-board.js';
import type { GkFeelingsPicker } from '../src/feelings.js';

interface Args {
  surface: 'participant' | 'facilitator' | 'shared';
  revealed: boolean;
  persona: PersonaId;
  other: boolean;
  disabled: boolean;
  value: BoardValue;
}

const NAMES = ['AB', 'Camilla', 'DE', 'Fie', 'GH', 'Ib', 'JK', 'Lone', 'MN', 'Ole', 'PQ', 'Rasmus', 'ST'];
const IN: FeelingCardId[][] = [['afraid'], ['ok', 'sad'], ['happy'], ['angry'], ['ok'], ['sad', 'afraid'], ['ok'], ['happy'], ['afraid'], ['ok'], ['angry', 'sad', 'afraid'], [], []];
const OUT: FeelingCardId[][] = [['happy'], ['ok'], ['happy'], ['ok'], ['happy'], ['ok', 'sad'], [], ['happy'], [], [], [], [], []];

/** A meeting of `n` participants, all four personas, some not yet chosen. */
const meeting = (n: number, checkOut = true): BoardValue => ({
  version: 1,
  participants: NAMES.slice(0, n).map((name, i) => ({
    id: `p${i}`,
    name,
    persona: PERSONAS[(i * 3) % 4],
    checkIn: IN[i],
    checkOut: checkOut ? OUT[i] : [],
  })),
});

const meta: Meta<Args> = {
  title: 'Tools/Check-in board (gk-checkin-board)',
  component: 'gk-checkin-board',
  tags: ['autodocs'],
  argTypes: {
    surface: { control: 'inline-radio', options: ['participant', 'facilitator', 'shared'] },
    persona: { control: 'select', options: PERSONAS },
  },
  args: { surface: 'facilitator', revealed: false, persona: 'young-woman', other: false, disabled: false, value: meeting(8) },
  render: (a) => html`<gk-checkin-board
    surface=${a.surface}
    persona=${a.persona}
    ?revealed=${a.revealed}
    ?other=${a.other}
    ?disabled=${a.disabled}
    .value=${a.value}
  ></gk-checkin-board>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The facilitator's logbook during check-out: tap a cell to record cards. */
export const FacilitatorLogbook: Story = {};
/** The largest group the 16-session model sees in one session. */
export const ThirteenParticipants: Story = { args: { value: meeting(13) } };
export const CheckInUnderway: Story = { args: { value: meeting(6, false) } };
/** A new meeting: add participants by name or initials and their card set. */
export const EmptyBoard: Story = { args: { value: { version: 1, participants: [] } } };
/** The shared screen: how many chose each feeling, no names. */
export const SharedScreen: Story = { args: { surface: 'shared', value: meeting(13) } };
/** After the facilitator taps "Vis navne". */
export const SharedScreenNamesShown: Story = { args: { surface: 'shared', revealed: true, value: meeting(8) } };
export const ParticipantView: Story = { args: { surface: 'participant', value: meeting(8) } };
export const WithBlankCard: Story = {
  args: { other: true, value: { version: 1, participants: [{ id: 'a', name: 'AB', persona: 'young-man', checkIn: ['other'], checkOut: ['ok'] }, ...meeting(4).participants.slice(1)] } },
};
export const Disabled: Story = { args: { disabled: true } };

export const AllLanguages: Story = {
  render: (a) => html`<div style="display:grid;gap:1rem">
    ${['da', 'nb', 'sv', 'en'].map((l) => html`<gk-checkin-board lang=${l} surface=${a.surface} .value=${meeting(4)}></gk-checkin-board>`)}
  </div>`,
};

export const AllThemes: Story = {
  render: (a) => html`<div style="display:grid;gap:1rem">
    ${['light', 'dark', 'high-contrast'].map(
      (t) => html`<div style="padding:1rem;background:${t === 'dark' ? '#0e1114' : '#fff'}">
        <gk-checkin-board data-keep-theme theme=${t} surface=${a.surface} .value=${meeting(4)}></gk-checkin-board>
      </div>`,
    )}
  </div>`,
};

/** A participant's picker recorded on the board with `recordPicker()`. */
export const FromPickers: Story = {
  render: () => {
    const board = meeting(4, false);
    const record = (e: Event) => {
      const picker = e.currentTarget as GkFeelingsPicker;
      const el = document.querySelector<GkCheckinBoard>('#board')!;
      if (picker.value) el.value = recordPicker(el.value, 'p3', picker.value);
    };
    return html`<div style="display:grid;gap:1rem">
      <gk-feelings-picker persona=${board.participants[3].persona} max="3" @change=${record}></gk-feelings-picker>
      <gk-checkin-board id="board" surface="facilitator" .value=${board}></gk-checkin-board>
    </div>`;
  },
};

/** The facilitator taps JK's check-out cell: the cards appear below the row, up to three. */
export const RecordingACheckOut: Story = {
  render: (a) => {
    setTimeout(() => {
      const board = document.querySelector<GkCheckinBoard>('#recording');
      board?.updateComplete.then(() => board.shadowRoot!.querySelector<HTMLElement>('[data-cell="p6|check-out"]')?.click());
    });
    return html`<gk-checkin-board id="recording" surface="facilitator" persona=${a.persona} .value=${meeting(8)}></gk-checkin-board>`;
  },
};
