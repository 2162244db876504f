import type { FeelingsWords } from '../words.js';

export default {
  angry: 'Arg',
  sad: 'Ledsen',
  afraid: 'Rädd',
  ok: 'OK',
  happy: 'Glad',
  other: 'Annat',
  'is.angry': 'arg',
  'is.sad': 'ledsen',
  'is.afraid': 'rädd',
  'is.ok': 'okej',
  'is.happy': 'glad',
  'is.other': 'något annat',
  'young-man': 'Ung man',
  'young-woman': 'Ung kvinna',
  'middle-aged-man': 'Medelålders man',
  'middle-aged-woman': 'Medelålders kvinna',
  'check-in': 'Incheckning',
  'check-out': 'Utcheckning',
} satisfies FeelingsWords;
