import type { FeelingsWords } from '../words.js';

export default {
  angry: 'Angry',
  sad: 'Sad',
  afraid: 'Afraid',
  ok: 'OK',
  happy: 'Happy',
  other: 'Other',
  'is.angry': 'angry',
  'is.sad': 'sad',
  'is.afraid': 'afraid',
  'is.ok': 'OK',
  'is.happy': 'happy',
  'is.other': 'something else',
  'young-man': 'Young man',
  'young-woman': 'Young woman',
  'middle-aged-man': 'Middle-aged man',
  'middle-aged-woman': 'Middle-aged woman',
  'check-in': 'Check-in',
  'check-out': 'Check-out',
} satisfies FeelingsWords;
