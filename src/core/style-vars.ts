import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

type Vars = Record<string, string | number | null | undefined>;

/**
 * Sets CSS custom properties on an element through the CSSOM (`style.setProperty`), every
 * time including the first render: `<span ${styleVars({ '--_f': 0.6 })}>`.
 *
 * Why not Lit's styleMap: on the first render styleMap writes an inline style attribute, which a
 * strict Content-Security-Policy (`style-src 'self'`, no 'unsafe-inline') blocks
 * (tests/build/dist.test.ts catches it). CSSOM writes are allowed.
 */
class StyleVarsDirective extends Directive {
  #names = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('styleVars() goes on an element: <div ${styleVars({...})}>');
  }

  render(_vars: Vars) {
    return noChange;
  }

  override update(part: ElementPart, [vars]: [Vars]) {
    const style = (part.element as HTMLElement | SVGElement).style;
    for (const name of this.#names) if (!(name in vars)) style.removeProperty(name);
    for (const [name, v] of Object.entries(vars)) {
      if (v === null || v === undefined) style.removeProperty(name);
      else style.setProperty(name, String(v));
    }
    this.#names = new Set(Object.keys(vars));
    return noChange;
  }
}

export const styleVars = directive(StyleVarsDirective);
