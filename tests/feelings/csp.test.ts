// Both feelings tools under a strict Content-Security-Policy, from the source as the test server
// serves it (tests/build/dist.test.ts does the same for the built scale): styles, lazily loaded
// drawings and languages, and every surface, without a single violation.
import { expect } from '@open-wc/testing';
import type { GkCheckinBoard } from '../../src/checkin-board.js';
import type { GkFeelingsPicker } from '../../src/feelings.js';

describe('feelings tools under a strict Content-Security-Policy', () => {
  it("render and work under default-src 'self'; style-src 'self'; require-trusted-types-for 'script'", async () => {
    const frame = document.createElement('iframe');
    const csp = "default-src 'self'; style-src 'self'; script-src 'self'; require-trusted-types-for 'script'";
    const src = (f: string) => new URL(`../../src/${f}`, import.meta.url).href;
    frame.srcdoc = `<!doctype html><html lang="da"><head><meta http-equiv="Content-Security-Policy" content="${csp}">
      <script type="module" src="${src('feelings.ts')}"></script><script type="module" src="${src('checkin-board.ts')}"></script>
      </head><body></body></html>`;
    const violations: string[] = [];
    document.body.append(frame);
    await new Promise((r) => frame.addEventListener('load', r, { once: true }));
    const win = frame.contentWindow as Window & typeof globalThis;
    const doc = frame.contentDocument!;
    doc.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
    await win.customElements.whenDefined('gk-feelings-picker');
    await win.customElements.whenDefined('gk-checkin-board');
    try {
      const picker = doc.createElement('gk-feelings-picker') as GkFeelingsPicker;
      picker.setAttribute('surface', 'facilitator');
      picker.setAttribute('lang', 'en');
      picker.max = 3;
      picker.value = { version: 1, persona: 'middle-aged-woman', phase: 'check-out', feelings: ['ok'], checkIn: ['sad'] };
      doc.body.append(picker);
      await picker.updateComplete;
      const card = picker.shadowRoot!.querySelector<HTMLElement>('.card')!;
      expect(win.getComputedStyle(card).borderStyle, 'styles applied').to.equal('solid');
      expect(card.querySelector('svg.face path'), 'drawings loaded').to.exist;
      expect(picker.shadowRoot!.querySelector('.change')!.textContent).to.contain('When you checked in');
      card.click();
      expect(picker.value!.feelings).to.deep.equal(['ok', 'sad']);

      const board = doc.createElement('gk-checkin-board') as GkCheckinBoard;
      board.setAttribute('surface', 'facilitator');
      board.value = { version: 1, participants: [{ id: 'a', name: 'AB', persona: 'young-man', checkIn: ['afraid'], checkOut: [] }] };
      doc.body.append(board);
      await board.updateComplete;
      board.shadowRoot!.querySelector<HTMLElement>('.cell')!.click();
      await board.updateComplete;
      expect(board.shadowRoot!.querySelector('.editor svg.face path')).to.exist;
      expect(violations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
