// Under a strict style policy (no inline styles), every state of the change circle renders and
// works without a single violation. Its own file: a CSP cannot be lifted from a page again.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/change-circle.js';
import type { ChangeCircleValue, GkChangeCircle, GroupMember } from '../../src/change-circle.js';
import { strictStylePolicy } from '../support/csp.js';
import { sendKeys } from '../support/helpers.js';

const MOVES: ChangeCircleValue = {
  version: 1,
  topic: 'at ryge mindre hash',
  stage: 'contemplation',
  history: [
    { stage: 'action', date: '2026-03-02' },
    { stage: 'lapse', date: '2026-03-09' },
    { stage: 'contemplation', date: '2026-03-16' },
  ],
};
const GROUP: GroupMember[] = [
  { name: 'Ali', stage: 'lapse' },
  { name: 'Bente', stage: 'action' },
];

describe('gk-change-circle under a strict CSP', () => {
  const csp = strictStylePolicy();

  it('the policy is in force (an inline style is reported)', () => csp.proveInForce());

  it('renders every surface, the trail and the group, and takes keys and taps, without a violation', async () => {
    for (const surface of ['participant', 'facilitator', 'shared']) {
      const el = await fixture<GkChangeCircle>(html`<gk-change-circle surface=${surface} date="2026-03-23" .value=${MOVES} .group=${GROUP}></gk-change-circle>`);
      const radios = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role=radio]')];
      radios[1].focus();
      await sendKeys({ press: 'ArrowRight' });
      radios[5].click();
      await el.updateComplete;
      expect(el.value.stage).to.equal('lapse');
      expect(el.shadowRoot!.querySelectorAll('.nd')).to.have.length(6);
      expect(el.shadowRoot!.querySelector('[style]'), 'no style attribute anywhere').to.equal(null);
    }
    expect(await csp.settled()).to.deep.equal([]);
  });
});
