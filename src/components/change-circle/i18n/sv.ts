import type { ChangeCircleStrings } from '../change-circle.strings.js';

export default {
  question: 'Var är du just nu?',
  topic: 'Förändringen',
  precontemplation: 'Förövervägande',
  'precontemplation.say': 'Det är inget problem för mig.',
  contemplation: 'Övervägande',
  'contemplation.say': 'Kanske borde jag ändra något. Jag är inte säker.',
  preparation: 'Förberedelse',
  'preparation.say': 'Jag vill ändra det. Jag tar reda på hur.',
  action: 'Handling',
  'action.say': 'Jag håller på att ändra det.',
  maintenance: 'Vidmakthållande',
  'maintenance.say': 'Jag håller fast vid det nya.',
  lapse: 'Snedsteg eller återfall',
  'lapse.say': 'Det gick inte som jag ville. Jag försöker igen.',
  here: 'Här är jag nu',
  normal: 'Det är helt vanligt att röra sig fram och tillbaka. Efter ett snedsteg börjar du inte om: du är i övervägande igen.',
  trail: 'Så har du rört dig',
  trailItem: '{date}: {stage}',
  group: '{n} från gruppen',
} satisfies ChangeCircleStrings;
