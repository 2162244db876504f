// A web-test-runner command that touches the page with one finger through Chromium's own input
// pipeline (CDP Input.dispatchTouchEvent): real touch and pointer events, implicit pointer
// capture, taps that become clicks, and swipes that scroll the page (pointercancel).
//   await executeServerCommand('touch', { points: [[x, y]] })            a tap
//   await executeServerCommand('touch', { points: [[x, y], [x, y + 200]] }) a swipe
export function touchPlugin() {
  return {
    name: 'gk-touch',
    async executeCommand({ command, payload, session }) {
      if (command !== 'touch') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      const at = ([x, y]) => [{ x, y, radiusX: 4, radiusY: 4, force: 1, id: 1 }];
      try {
        const [first, ...rest] = payload.points;
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(first) });
        // a swipe moves in small steps, as a finger does
        let last = first;
        for (const p of rest) {
          for (let i = 1; i <= 8; i++) {
            const q = [last[0] + ((p[0] - last[0]) * i) / 8, last[1] + ((p[1] - last[1]) * i) / 8];
            await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(q) });
          }
          last = p;
        }
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
        return true;
      } finally {
        await cdp.detach();
      }
    },
  };
}
