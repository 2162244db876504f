/**
 * The words of the feelings cards, shared by <gk-feelings-picker> and <gk-checkin-board>:
 * card words (on the card), the same feeling inside a sentence ("var du bange"), personas and
 * phases. Danish here; nb/sv/en in i18n/words.*.ts, loaded with each tool's language.
 */
export const FEELINGS_WORDS = {
  angry: 'Vred',
  sad: 'Ked af det',
  afraid: 'Bange',
  ok: 'OK',
  happy: 'Glad',
  other: 'Andet',
  'is.angry': 'vred',
  'is.sad': 'ked af det',
  'is.afraid': 'bange',
  'is.ok': 'ok',
  'is.happy': 'glad',
  'is.other': 'noget andet',
  'young-man': 'Ung mand',
  'young-woman': 'Ung kvinde',
  'middle-aged-man': 'Midaldrende mand',
  'middle-aged-woman': 'Midaldrende kvinde',
  'check-in': 'Tjek ind',
  'check-out': 'Tjek ud',
};
export type FeelingsWords = typeof FEELINGS_WORDS;
