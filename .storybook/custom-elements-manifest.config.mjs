// custom-elements.json: read by Storybook's docs and named in package.json ("customElements").
export default {
  globs: ['src/components/**/*.component.ts', 'src/core/base-element.ts', 'src/core/form-element.ts'],
  outdir: '.',
  litelement: true,
  dev: false,
  // package.json already names custom-elements.json; don't let the analyzer rewrite it.
  packagejson: false,
};
