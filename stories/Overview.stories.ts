import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';

/**
 * All the tools on one page, as a facilitator might lay them out for a meeting. Used for the
 * README screenshot; each tool's own stories show every state.
 */
const meta: Meta = {
  title: 'Overview',
  parameters: { layout: 'fullscreen' },
};
export default meta;

const network = {
  version: 1,
  rings: 3,
  sectors: true,
  people: [
    { id: 'mor', name: 'Mor', ring: 1, sector: 'family', canHelp: true, inSubstanceEnvironment: false, phone: '12 34 56 78' },
    { id: 'bror', name: 'Lillebror', ring: 2, sector: 'family', canHelp: false, inSubstanceEnvironment: false },
    { id: 'jens', name: 'Jens', ring: 2, sector: 'friends', canHelp: true, inSubstanceEnvironment: true },
    { id: 'kp', name: 'Hanne', ring: 1, sector: 'professionals', canHelp: true, inSubstanceEnvironment: false },
    { id: 'kim', name: 'Kim', ring: 3, sector: 'friends', canHelp: false, inSubstanceEnvironment: true },
  ],
};

export const AllTools: StoryObj = {
  render: () => html`<div class="gk-overview">
    <gk-agenda template="meeting-4"></gk-agenda>
    <gk-feelings-picker persona="young-woman" .value=${{ version: 1, persona: 'young-woman', phase: 'check-in', feelings: ['ok'] }}></gk-feelings-picker>
    <gk-checkin-board
      surface="facilitator"
      .value=${{
        version: 1,
        participants: [
          { id: 'a', name: 'Ali', persona: 'young-man', checkIn: ['afraid'], checkOut: ['ok'] },
          { id: 'b', name: 'Bente', persona: 'middle-aged-woman', checkIn: ['ok'], checkOut: [] },
          { id: 'c', name: 'Carl', persona: 'middle-aged-man', checkIn: [], checkOut: [] },
        ],
      }}
    ></gk-checkin-board>
    <gk-scale preset="importance" .value=${7} .history=${[{ value: 4, label: 'Møde 2' }]}></gk-scale>
    <gk-change-circle topic="at ryge mindre hash" .value=${{ version: 1, topic: 'at ryge mindre hash', stage: 'preparation', history: [{ stage: 'contemplation', date: '2026-10-01' }, { stage: 'preparation', date: '2026-10-15' }] }}></gk-change-circle>
    <gk-plus-minus .value=${{ version: 1, layout: 'two', topic: 'Hash', entries: [{ id: 'a', side: 'plus', text: 'Jeg slapper af' }, { id: 'b', side: 'minus', text: 'Jeg sover dårligt' }, { id: 'c', side: 'minus', text: 'Det koster mange penge' }] }}></gk-plus-minus>
    <gk-network-circle .value=${network}></gk-network-circle>
    <gk-emergency-plan
      .value=${{
        version: 1,
        reviewBy: '2027-03-01',
        notice: 'Jeg bliver urolig og sover dårligt.',
        coping: [{ id: 'r1', when: 'når jeg er alene om aftenen', ideas: ['walk', 'call'], text: '' }],
        support: [{ id: 'p1', name: 'Mor', phone: '12 34 56 78', professional: false, help: 'Gå en tur med mig', when: 'Om aftenen', see: 'Jeg svarer ikke', deal: 'Jeg skriver "hjælp"' }],
      }}
    ></gk-emergency-plan>
  </div>`,
};
