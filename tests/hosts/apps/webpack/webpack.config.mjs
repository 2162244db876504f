// Production build, tree-shaking and minification on (webpack's defaults in production mode).
// The page is served under a CSP with `require-trusted-types-for 'script'`: webpack's chunk
// loader sets a script's src for every lazy part, which needs a Trusted Types policy
// (output.trustedTypes). The second build leaves it out on purpose, to prove that a tool whose
// parts cannot load still renders (issue: a synchronous throw inside import()).
import { fileURLToPath } from 'node:url';

const dir = (p) => fileURLToPath(new URL(p, import.meta.url));
const build = (out, publicPath, trustedTypes) => ({
  mode: 'production',
  entry: { main: './src/main.js' },
  output: { path: dir(out), publicPath, filename: '[name].js', chunkFilename: 'chunks/[name]-[contenthash].js', trustedTypes },
  devtool: false,
});

export default [build('dist', '/', { policyName: 'gruppekit-host' }), build('dist/no-tt', '/no-tt/', undefined)];
