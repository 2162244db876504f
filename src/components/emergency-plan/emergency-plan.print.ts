import { css, unsafeCSS } from 'lit';

/**
 * Print rules, written once: under `@media print` (s = '') and on screen for the print preview
 * (s = '[print-preview]'). `print-layout` is always reflected, so `[print-layout]` matches every
 * element. A4: the whole plan, inputs as write-on lines. Pocket: the crisis view as a small card.
 */
const print = (s: string) => {
  const h = `:host([print-layout]${s})`;
  const a4 = `:host([print-layout=a4]${s})`;
  const pocket = `:host([print-layout=pocket]${s})`;
  return `${h}{--_surface:#fff;--_raised:#fff;--_text:#000;--_muted:#222;--_border:#000;--_accent:#000;--_on-accent:#fff;--_accent-soft:#fff;--_line:1px;--_size:11pt;--_space:3mm;color:#000;max-inline-size:none}
${h} .no-print,${h} .ideas:has([aria-pressed=true]) [aria-pressed=false],${h} .pro{display:none!important}
${h} input,${h} textarea{border:0;border-block-end:1px solid #000;border-radius:0;padding:0;min-block-size:1.7em;background:none;resize:none}
${h} .card,${h} .step,${h} .now li,${h} .calls li{break-inside:avoid}
${h} .idea{min-block-size:0;padding:1mm 2mm;border-width:1px;box-shadow:none}
${h} .idea[aria-pressed=true]{background:none;font-weight:700;border-width:2px}
${h} .open,${h} .back{display:none}
${h} .none{color:transparent;border-block-end:1px solid #000;min-inline-size:40mm}
${a4} .plan{display:grid!important;border:0;padding:0}
${a4} .crisis,${pocket} .plan{display:none!important}
${pocket} .crisis{display:grid!important;inline-size:100mm;gap:2mm;padding:5mm;font-size:10pt;border:1px dashed #000;border-radius:3mm}
${pocket} .crisis h2{font-size:13pt}${pocket} .crisis h3{font-size:11pt}
${pocket} .now{gap:1.5mm}${pocket} .now li{padding:1mm 2mm;min-inline-size:0;border-width:1px}
${pocket} .crisis .icon{inline-size:1.4em;block-size:1.4em}
${pocket} .call{min-block-size:0;padding:1mm 0;border:0;font-size:11pt}${pocket} .tel{font-size:11pt;font-weight:700;color:#000}`;
};

/** The styles of the lazy parts (plan 2, crisis view) and the print rules, adopted when they load. */
export const partStyles = css`
  :host(:not([view='crisis'])) .crisis {
    display: none;
  }

  .step {
    display: grid;
    gap: 0.5em;
  }
  .n {
    display: inline-grid;
    place-items: center;
    inline-size: 1.6em;
    block-size: 1.6em;
    margin-inline-end: 0.4em;
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_on-accent);
  }

  .who,
  .pick {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: end;
  }
  .pick {
    align-items: center;
    gap: 0.5em;
  }
  .who label {
    display: grid;
    flex: 1 1 12em;
  }

  .pick .lbl {
    flex-basis: 100%;
  }

  .crisis {
    display: grid;
    gap: 1em;
    padding: var(--_space);
    font-size: 1.2em;
    background: var(--_surface);
    border: var(--_line) solid var(--_border);
    border-radius: var(--_radius);
  }
  .crisis h2 {
    font-size: 1.6em;
  }
  .now {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
  }
  .now li,
  .call {
    display: flex;
    gap: 0.6em;
    align-items: center;
    padding: 0.5em 1em;
    border: var(--_line) solid var(--_border);
    border-radius: var(--_radius);
  }
  .call .icon {
    inline-size: 1.6em;
    block-size: 1.6em;
  }
  .now .pic {
    inline-size: 2.2em;
    block-size: 2.2em;
  }
  .call {
    justify-content: start;
    min-block-size: calc(var(--_target) * 1.4);
    font-size: 1.15em;
    text-align: start;
    text-decoration: none;
    border: 0;
  }
  a.call {
    border: var(--_line) solid var(--_accent);
  }
  .call > span {
    display: grid;
  }
  .tel {
    font-size: 0.85em;
  }
  .back {
    justify-self: start;
  }

  @media (forced-colors: active) {
    .n {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    ${unsafeCSS(print(''))}
  }
  ${unsafeCSS(print('[print-preview]'))}
  @media screen {
    :host([print-preview]) .plan,
    :host([print-preview]) .crisis {
      max-inline-size: 210mm;
      padding: 12mm;
      background: #fff;
      box-shadow: 0 1px 6px #0006;
    }
    :host([print-preview][print-layout='pocket']) .crisis {
      max-inline-size: none;
      padding: 5mm;
    }
  }
`;
