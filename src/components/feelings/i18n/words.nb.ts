import type { FeelingsWords } from '../words.js';

export default {
  angry: 'Sint',
  sad: 'Lei seg',
  afraid: 'Redd',
  ok: 'OK',
  happy: 'Glad',
  other: 'Annet',
  'is.angry': 'sint',
  'is.sad': 'lei deg',
  'is.afraid': 'redd',
  'is.ok': 'ok',
  'is.happy': 'glad',
  'is.other': 'noe annet',
  'young-man': 'Ung mann',
  'young-woman': 'Ung kvinne',
  'middle-aged-man': 'Middelaldrende mann',
  'middle-aged-woman': 'Middelaldrende kvinne',
  'check-in': 'Sjekk inn',
  'check-out': 'Sjekk ut',
} satisfies FeelingsWords;
