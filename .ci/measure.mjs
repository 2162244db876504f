// The esbuild settings every size in this project is measured with: bundle, minify, ES2022,
// Lit external (hosts share one copy), no files written; then gzip -9. The reference sizes of
// Shoelace and Material Web in TOOLCHAIN.md were measured the same way.
import { gzipSync } from 'node:zlib';

export const MEASURE = {
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  write: false,
  external: ['lit', 'lit/*', '@lit/*', '@lit-labs/*'],
  logLevel: 'silent',
};

/** Bytes and gzip -9 bytes of a text. */
export const sizeOf = (text) => ({ raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length });
