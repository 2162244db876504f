import type { ChangeCircleFacilitatorStrings } from '../change-circle.facilitator.strings.js';

export default {
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
} satisfies ChangeCircleFacilitatorStrings;
