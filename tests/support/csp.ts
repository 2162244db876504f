// A strict style policy for one test file (a CSP cannot be lifted from a page again, so a
// file that calls this should hold only CSP tests). Usage:
//   const csp = strictStylePolicy();           // at the top of a describe
//   it('the policy is in force', () => csp.proveInForce());
//   ... render and use the tool ...
//   expect(await csp.settled()).to.deep.equal([]);
import { expect } from '@open-wc/testing';

export function strictStylePolicy(policy = "style-src 'self'") {
  const violations: string[] = [];
  before(() => {
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = policy;
    document.head.append(meta);
    document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.sourceFile}:${e.lineNumber} ${e.sample}`));
  });
  return {
    violations,
    /** Shows that an inline style really is reported, so a clean run means something. */
    async proveInForce() {
      const probe = document.createElement('div');
      probe.setAttribute('style', 'color: red');
      document.body.append(probe);
      await new Promise((r) => setTimeout(r, 50));
      probe.remove();
      expect(violations.length, 'the policy reports an inline style').to.be.greaterThan(0);
      violations.length = 0;
    },
    /** Violations so far, after the browser has had time to report them. */
    async settled() {
      await new Promise((r) => setTimeout(r, 50));
      return [...violations];
    },
  };
}
