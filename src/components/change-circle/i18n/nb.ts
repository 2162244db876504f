import type { ChangeCircleStrings } from '../change-circle.strings.js';

export default {
  question: 'Hvor er du akkurat nå?',
  topic: 'Endringen',
  precontemplation: 'Føroverveielse',
  'precontemplation.say': 'Det er ikke et problem for meg.',
  contemplation: 'Overveielse',
  'contemplation.say': 'Kanskje jeg bør endre noe. Jeg er ikke sikker.',
  preparation: 'Forberedelse',
  'preparation.say': 'Jeg vil endre det. Jeg finner ut hvordan.',
  action: 'Handling',
  'action.say': 'Jeg er i gang med å endre det.',
  maintenance: 'Vedlikehold',
  'maintenance.say': 'Jeg holder fast på det nye.',
  lapse: 'Sprekk eller tilbakefall',
  'lapse.say': 'Det gikk ikke som jeg ville. Jeg prøver igjen.',
  here: 'Her er jeg nå',
  normal: 'Det er helt vanlig å bevege seg fram og tilbake. Etter en sprekk begynner du ikke på nytt: du er i overveielse igjen.',
  trail: 'Slik har du flyttet deg',
  trailItem: '{date}: {stage}',
  group: '{n} fra gruppa',
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
} satisfies ChangeCircleStrings;
