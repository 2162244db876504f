// No bundler: copy the CDN build out of the installed package to where the portal serves
// it, add the host's own script, write the pages. This is all a page without a build needs.
import { cpSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

rmSync('dist', { recursive: true, force: true });
cpSync('node_modules/gruppekit/dist/cdn', 'dist/cdn', { recursive: true });
cpSync('app.js', 'dist/app.js');
cpSync('../../vanilla/host.js', 'dist/host.js');
const page = (...args) => execFileSync('node', ['../../vanilla/page.mjs', 'dist', ...args], { stdio: 'inherit' });
page('da', 'index.html', '/cdn/scale.js,/cdn/feelings.js,/app.js');
// the whole library in one file, in English: its lazy English strings load beside the script
page('en', 'en.html', '/cdn/gruppekit.js,/app.js');
