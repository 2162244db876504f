// web-test-runner: every tests/**/*.test.ts in headless Chromium (Debian's package).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { emulateMediaPlugin, sendKeysPlugin, sendMousePlugin } from '@web/test-runner-commands/plugins';
import { fileURLToPath } from 'node:url';
import { axTreePlugin } from './support/ax-plugin.mjs';
import { touchPlugin } from './support/touch-plugin.mjs';
import { CHROME_ARGS, findChrome } from './support/chrome.mjs';

const executablePath = findChrome();

export default {
  rootDir: fileURLToPath(new URL('..', import.meta.url)),
  // the consumer apps (tests/hosts/apps) have node_modules of their own, full of other projects' tests
  files: ['tests/**/*.test.ts', '!tests/hosts/**'],
  nodeResolve: { exportConditions: ['development'] },
  // Target es2022 explicitly: 'auto' becomes esnext for new Chromium (TOOLCHAIN.md pitfall 2).
  plugins: [
    axTreePlugin(),
    touchPlugin(),
    sendKeysPlugin(),
    sendMousePlugin(),
    emulateMediaPlugin(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) }),
  ],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: CHROME_ARGS } })],
  // One page at a time: background pages get no requestAnimationFrame and no real focus, which
  // makes keyboard/pointer/focus tests flaky (fixtures wait for a frame).
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  // `npm test` adds --coverage; a single file run (--files) stays quick and threshold-free.
  coverageConfig: {
    include: ['src/**/*.ts'],
    reportDir: 'coverage',
    threshold: { statements: 80, branches: 70, functions: 75, lines: 80 },
  },
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
};
