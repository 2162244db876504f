import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import manifest from '../custom-elements.json';
import '../src/index.js';

setCustomElementsManifest(manifest);

/** Applies the toolbar's theme to every gruppekit element in the story. */
function applyTheme(root: Element | undefined, theme: string) {
  if (!root) return;
  queueMicrotask(() => {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName.startsWith('gk-') && !el.hasAttribute('data-keep-theme')) {
        if (theme === 'light') el.removeAttribute('theme');
        else el.setAttribute('theme', theme);
      }
    }
  });
}

const preview: Preview = {
  globalTypes: {
    lang: {
      description: 'Sprog / language',
      toolbar: {
        title: 'Sprog',
        icon: 'globe',
        items: [
          { value: 'da', title: 'Dansk' },
          { value: 'nb', title: 'Norsk bokmål' },
          { value: 'sv', title: 'Svenska' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Tema',
      toolbar: {
        title: 'Tema',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Lyst' },
          { value: 'dark', title: 'Mørkt' },
          { value: 'high-contrast', title: 'Høj kontrast' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'da', theme: 'light' },
  decorators: [
    (story, { globals }) =>
      html`<div class="gk-story" lang=${globals.lang ?? 'da'} data-theme=${globals.theme ?? 'light'} ${ref((el) => applyTheme(el, globals.theme ?? 'light'))}>
        ${story()}
      </div>`,
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    docs: { toc: true },
  },
};
export default preview;
