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
  readiness: 'Beredskap: {level}',
  low: 'låg',
  medium: 'medel',
  high: 'hög',
  focus: 'Det här kan ni arbeta med:',
  'focus.low':
    'Lyssna efter deltagarens egna tankar och känslor om användningen.\nTitta tillsammans på skillnaden mellan deltagarens mål och det som händer nu.\nUndersök om det finns andra sätt att ändra situationen.\nPrata om önskningar för livet, och om hur användningen passar in.\nStärk hoppet: Vad skulle kunna bli möjligt?\nGör för- och nackdelar synliga, och hitta tvekan (ambivalensen).',
  'focus.medium':
    'Gör tvekan (ambivalensen) synlig, och arbeta med den.\nLåt deltagaren berätta om för- och nackdelar med att fortsätta och med att ändra.\nHitta det som deltagaren själv tror hjälper, är möjligt och är värt priset.\nUpprepa deltagarens egna positiva ord om förändring, och ställ öppna frågor.',
  'focus.high': 'Gör målet tydligt tillsammans med deltagaren.\nHjälp till att hålla fast vid lusten och riktningen.\nBeröm, och fortsätt att stötta.',
  lapseNote: 'Ett snedsteg är en vanlig del av en förändring. Prata om vad som hände, och vad som hjälpte förut.',
} satisfies ChangeCircleStrings;
