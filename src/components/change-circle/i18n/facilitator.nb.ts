import type { ChangeCircleFacilitatorStrings } from '../change-circle.facilitator.strings.js';

export default {
  readiness: 'Parathet: {level}',
  low: 'lav',
  medium: 'middels',
  high: 'høy',
  focus: 'Dette kan dere jobbe med:',
  'focus.low':
    'Lytt etter deltakerens egne tanker og følelser om bruken.\nSe sammen på forskjellen mellom deltakerens mål og det som skjer nå.\nUndersøk om det finnes andre måter å endre situasjonen på.\nSnakk om ønsker for livet, og om hvordan bruken passer inn.\nStyrk håpet: Hva kunne bli mulig?\nGjør fordeler og ulemper synlige, og finn tvilen (ambivalensen).',
  'focus.medium':
    'Gjør tvilen (ambivalensen) synlig, og jobb med den.\nLa deltakeren fortelle om fordeler og ulemper ved å fortsette og ved å endre.\nFinn det deltakeren selv tror hjelper, er mulig og er verdt prisen.\nGjenta deltakerens egne gode ord om endring, og still åpne spørsmål.',
  'focus.high': 'Gjør målet tydelig sammen med deltakeren.\nHjelp med å holde fast på lysten og retningen.\nGi ros, og fortsett å støtte.',
  lapseNote: 'En sprekk er en vanlig del av en endring. Snakk om hva som skjedde, og hva som hjalp før.',
} satisfies ChangeCircleFacilitatorStrings;
