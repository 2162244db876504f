/**
 * The facilitator's part of the change circle, loaded only when `surface="facilitator"`:
 * participants' screens never download the readiness notes. It brings its Danish strings
 * with it (the other languages carry them in their own lazy tables).
 */
import { html, nothing } from 'lit';
import type { Readiness } from './change-circle.model.js';
import type { ChangeCircleStrings } from './change-circle.strings.js';

/** The facilitator's Danish strings: readiness and focus points after seeds/001, in our own words. */
export const FACILITATOR_DA = {
  readiness: 'Parathed: {level}',
  low: 'lav',
  medium: 'middel',
  high: 'høj',
  focus: 'Det kan I arbejde med:',
  'focus.low':
    'Lyt efter deltagerens egne tanker og følelser om forbruget.\nSe sammen på forskellen mellem deltagerens mål og det, der sker nu.\nUndersøg, om der er andre veje til at ændre situationen.\nTal om ønsker for livet, og om hvordan forbruget passer ind.\nStyrk håbet: Hvad kunne blive muligt?\nGør fordele og ulemper synlige, og find tvivlen (ambivalensen).',
  'focus.medium':
    'Gør tvivlen (ambivalensen) synlig, og arbejd med den.\nLad deltageren fortælle om fordele og ulemper ved at fortsætte og ved at ændre.\nFind det, deltageren selv tror hjælper, er muligt og er prisen værd.\nSig deltagerens egne gode ord om forandring tilbage, og stil åbne spørgsmål.',
  'focus.high': 'Gør målet klart sammen med deltageren.\nHjælp med at holde fast i lysten og retningen.\nGiv ros, og bliv ved med at støtte.',
  lapseNote: 'Et slip er en normal del af en forandring. Tal om, hvad der skete, og hvad der hjalp før.',
};
export type FacilitatorStrings = typeof FACILITATOR_DA;

type T = (key: keyof ChangeCircleStrings & string, vars?: Record<string, string>) => string;

/** "Parathed: middel". */
export const readinessText = (r: Readiness, t: T) => t('readiness', { level: t(r) });

/** The readiness of the chosen stage and what to focus on; a lapse gets a word of its own. */
export function renderFacilitator(r: Readiness, lapse: boolean, t: T) {
  return html`<section class="fac" part="facilitator" aria-labelledby="fh">
    <h3 id="fh">${readinessText(r, t)}</h3>
    <p>${t('focus')}</p>
    <ul>
      ${t(`focus.${r}`)
        .split('\n')
        .map((x) => html`<li>${x}</li>`)}
    </ul>
    ${lapse ? html`<p>${t('lapseNote')}</p>` : nothing}
  </section>`;
}
