/**
 * Limits and small helpers of a sheet, shared by the model, the element and the lazily loaded
 * editor (kept apart so the editor does not pull in the model).
 */
import type { PlusMinusSide } from './plus-minus.model.js';

/** Longest entry text; longer text is rejected (and the text boxes stop at it). */
export const ENTRY_MAX = 500;
/** Most entries on one sheet (a group poster reused over six meetings stays far below). */
export const ENTRIES_MAX = 1000;
export const TOPIC_MAX = 120;
export const NAME_MAX = 60;
/** Collapses white space: an entry is one line of speech. */
export const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
/** The key of a field (cell) of the grid: `row/side`. */
export const cellKey = (row: string | undefined, side: PlusMinusSide) => `${row ?? ''}/${side}`;
