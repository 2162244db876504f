// Both feelings tools under a strict Content-Security-Policy, from the source as the test server
// serves it (tests/build/dist.test.ts does the same for the built scale): styles, lazily loaded
// drawings and languages, and every surface, without a single violation. Its own file: a CSP
// cannot be lifted from a page again.
import { expect } from '@open-wc/testing';
import type { GkCheckinBoard } from '../../src/checkin-board.js';
import type { GkFeelingsPicker } from '../../src/feelings.js';
import { strictStylePolicy } from '../support/csp.js';

describe('feelings tools under a strict Content-Security-Policy', () => {
  const csp = strictStylePolicy("default-src 'self'; style-src 'self'; script-src 'self'; require-trusted-types-for 'script'");

  it('the policy is in force (an inline style is reported)', () => csp.proveInForce());

  it("render and work under default-src 'self'; style-src 'self'; require-trusted-types-for 'script'", async () => {
    // the entries load under the policy, like their lazy parts
    await import('../../src/feelings.js');
    await import('../../src/checkin-board.js');
    const picker = document.createElement('gk-feelings-picker') as GkFeelingsPicker;
    const board = document.createElement('gk-checkin-board') as GkCheckinBoard;
    try {
      picker.setAttribute('surface', 'facilitator');
      picker.setAttribute('lang', 'en');
      picker.max = 3;
      picker.value = { version: 1, persona: 'middle-aged-woman', phase: 'check-out', feelings: ['ok'], checkIn: ['sad'] };
      document.body.append(picker);
      await picker.updateComplete;
      const card = picker.shadowRoot!.querySelector<HTMLElement>('.card')!;
      expect(getComputedStyle(card).borderStyle, 'styles applied').to.equal('solid');
      expect(card.querySelector('svg.face path'), 'drawings loaded').to.exist;
      expect(picker.shadowRoot!.querySelector('.change')!.textContent).to.contain('When you checked in');
      card.click();
      expect(picker.value!.feelings).to.deep.equal(['ok', 'sad']);

      board.setAttribute('surface', 'facilitator');
      board.value = { version: 1, participants: [{ id: 'a', name: 'AB', persona: 'young-man', checkIn: ['afraid'], checkOut: [] }] };
      document.body.append(board);
      await board.updateComplete;
      board.shadowRoot!.querySelector<HTMLElement>('.cell')!.click();
      await board.updateComplete;
      expect(board.shadowRoot!.querySelector('.editor svg.face path')).to.exist;
      expect(await csp.settled()).to.deep.equal([]);
    } finally {
      picker.remove();
      board.remove();
    }
  });
});
