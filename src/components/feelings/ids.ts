/** The five feelings and four personas of the feelings cards (BRIEF §1, seeds/003 4.2.3). */
export const FEELINGS = ['angry', 'sad', 'afraid', 'ok', 'happy'] as const;
export type FeelingId = (typeof FEELINGS)[number];

export const PERSONAS = ['young-man', 'young-woman', 'middle-aged-man', 'middle-aged-woman'] as const;
export type PersonaId = (typeof PERSONAS)[number];
