// A web-test-runner command that returns Chromium's own full accessibility tree (CDP
// Accessibility.getFullAXTree), flattened to the nodes that are not ignored. Puppeteer's
// snapshot drops aria-valuetext and "uninteresting" groups; this does not.
export function axTreePlugin() {
  return {
    name: 'gk-ax-tree',
    async executeCommand({ command, session }) {
      if (command !== 'ax-tree') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      try {
        const { nodes } = await cdp.send('Accessibility.getFullAXTree');
        return nodes
          .filter((n) => !n.ignored)
          .map((n) => {
            const props = Object.fromEntries((n.properties ?? []).map((p) => [p.name, p.value?.value]));
            return {
              role: n.role?.value ?? '',
              name: n.name?.value ?? '',
              value: n.value?.value,
              description: n.description?.value,
              ...props,
            };
          });
      } finally {
        await cdp.detach();
      }
    },
  };
}
