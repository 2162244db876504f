// Finds the Chromium that tests, screenshots and benchmarks drive. Shared by
// tests/web-test-runner.config.mjs, tests/screenshots/shoot.mjs and tests/bench/run.mjs.
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
];

export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    fail(`CHROME_PATH is set to "${fromEnv}", but no file is there.`);
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  fail('No Chromium found (looked in ' + CANDIDATES.join(', ') + ').');
}

function fail(why) {
  console.error(`
gruppekit: ${why}
The tests run in headless Chromium. Install Debian's package:

    sudo apt-get update && sudo apt-get install -y chromium

or point CHROME_PATH at a Chrome/Chromium binary:

    CHROME_PATH=/path/to/chrome npm test
`);
  process.exit(1);
}
