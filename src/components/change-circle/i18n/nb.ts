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
} satisfies ChangeCircleStrings;
