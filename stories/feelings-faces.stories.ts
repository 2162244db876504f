import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { LitElement, css, html, svg, type PropertyDeclarations } from 'lit';
import { tokens } from '../src/core/styles.js';
import { themes } from '../src/core/themes.js';
import { FEELINGS, PERSONAS, type PersonaId } from '../src/components/feelings/ids.js';
import { faceStyles, loadFaces, type Faces } from '../src/components/feelings/drawings/index.js';

// Literal Danish words for this design page only (the picker has its own strings).
const WORD = { angry: 'vred', sad: 'ked af det', afraid: 'bange', ok: 'ok', happy: 'glad' };
const WHO: Record<PersonaId, string> = {
  'young-man': 'Ung mand',
  'young-woman': 'Ung kvinde',
  'middle-aged-man': 'Midaldrende mand',
  'middle-aged-woman': 'Midaldrende kvinde',
};

/** A story-only sheet: every face of the given personas in a grid, the word under each. */
class FacesSheet extends LitElement {
  static override properties: PropertyDeclarations = {
    size: { type: Number },
    personas: { type: Array },
    faces: { state: true },
  };
  static override styles = [
    tokens,
    themes,
    faceStyles,
    css`
      :host {
        display: block;
        padding: 1rem;
        background: var(--_surface);
        color: var(--_text);
        font-family: var(--_font);
        font-size: var(--_size);
      }
      .grid {
        display: grid;
        grid-template-columns: 8rem repeat(5, max-content);
        gap: 1rem;
        align-items: center;
      }
      h2 {
        margin: 0;
        font-size: 1rem;
        font-weight: 600;
      }
      figure {
        margin: 0;
        padding: 0.5rem;
        border: var(--_line) solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
        text-align: center;
      }
      svg {
        display: block;
      }
      figcaption {
        font-size: 1.25rem;
        font-weight: 600;
        margin-block-start: 0.25rem;
      }
      .big figcaption {
        font-size: 1.75rem;
      }
    `,
  ];
  declare size: number;
  declare personas: PersonaId[];
  declare faces: Partial<Record<PersonaId, Faces>>;
  private loading: Promise<unknown> = Promise.resolve();

  constructor() {
    super();
    this.size = 120;
    this.personas = [...PERSONAS];
    this.faces = {};
  }

  override willUpdate(changed: Map<string, unknown>) {
    if (changed.has('personas')) {
      this.loading = Promise.all(
        this.personas.map(async (p) => {
          const f = await loadFaces(p);
          this.faces = { ...this.faces, [p]: f };
        }),
      );
    }
  }

  protected override async getUpdateComplete() {
    await this.loading;
    return super.getUpdateComplete();
  }

  override render() {
    const s = this.size;
    return html`<div class="grid ${s > 150 ? 'big' : ''}">
      ${this.personas.map(
        (p) => html`<h2>${WHO[p]}</h2>
          ${FEELINGS.map(
            (f) => html`<figure>
              <svg viewBox="0 0 120 120" width=${s} height=${s} aria-hidden="true">${this.faces[p]?.[f] ?? svg``}</svg>
              <figcaption>${WORD[f]}</figcaption>
            </figure>`,
          )}`,
      )}
    </div>`;
  }
}
if (!customElements.get('gk-faces-sheet')) customElements.define('gk-faces-sheet', FacesSheet);

interface Args {
  size: number;
  personas: PersonaId[];
}

const meta: Meta<Args> = {
  title: 'Tools/Feelings faces',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'The twenty drawings of the feelings cards (5 feelings × 4 personas), loaded per persona with `loadFaces()` and styled by `faceStyles`. Use the toolbar for the dark and high-contrast themes; forced colours follow the system.',
      },
    },
  },
  args: { size: 120, personas: [...PERSONAS] },
  argTypes: { size: { control: { type: 'range', min: 60, max: 320, step: 10 } } },
  render: (a) => html`<gk-faces-sheet .size=${a.size} .personas=${a.personas}></gk-faces-sheet>`,
};
export default meta;
type Story = StoryObj<Args>;

/** All twenty at the size of a card on a tablet (120 px). */
export const AllFaces: Story = {};
/** All twenty large, as on a smartboard seen across the room. */
export const AllFacesLarge: Story = { args: { size: 220 } };
/** One persona, very large. */
export const OnePersonaSmartboard: Story = { args: { size: 320, personas: ['middle-aged-woman'] } };
