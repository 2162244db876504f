/**
 * The check-in board's pure model: no DOM. The facilitator's logbook of one meeting: who is
 * there, with which persona, and which cards each chose at check-in and at check-out.
 *
 *   { version: 1, participants: [
 *     { id: 'p-1', name: 'AB', persona: 'young-man', checkIn: ['afraid'], checkOut: ['happy'] } ] }
 *
 * Choices live on the participant (found by id, never by position), so adding or removing a
 * participant never moves anybody else's choice.
 */
import { createId } from '../../core/id.js';
import { checkArray, checkEnum, checkId, checkUniqueIds, fail, isRecord, ok, type Check, isVersioned, notVersioned } from '../../core/validation.js';
import {
  checkCardLabel,
  checkFeelingCards,
  FEELING_CARDS,
  PERSONAS,
  type FeelingCardId,
  type FeelingsPhase,
  type FeelingsValue,
  type PersonaId,
} from '../feelings/feelings.model.js';

export { FEELINGS, PERSONAS, type FeelingCardId, type FeelingId, type PersonaId } from '../feelings/feelings.model.js';

/** The 16-session model sees up to 13 participants in one session. */
export const MAX_PARTICIPANTS = 13;

export interface BoardParticipant {
  /** Stable id (made with createId, or the host's own). */
  id: string;
  /** Name or initials, as the facilitator wrote it (1–40 characters). */
  name: string;
  persona: PersonaId;
  /** Cards chosen at check-in; empty = not chosen yet. */
  checkIn: FeelingCardId[];
  /** Cards chosen at check-out; empty = not chosen yet. */
  checkOut: FeelingCardId[];
}

export interface BoardValue {
  version: 1;
  participants: BoardParticipant[];
}

export const emptyBoard = (): BoardValue => ({ version: 1, participants: [] });

function checkParticipant(x: unknown, f: string): Check<BoardParticipant> {
  if (!isRecord(x)) return fail(f, 'must be an object like { id, name, persona, checkIn: [], checkOut: [] }');
  const id = checkId(`${f}.id`, x.id);
  if (!id.ok) return id;
  const name = checkCardLabel(`${f}.name`, x.name);
  if (!name.ok) return name;
  const persona = checkEnum(`${f}.persona`, x.persona, PERSONAS);
  if (!persona.ok) return persona;
  const checkIn = checkFeelingCards(`${f}.checkIn`, x.checkIn ?? []);
  if (!checkIn.ok) return checkIn;
  const checkOut = checkFeelingCards(`${f}.checkOut`, x.checkOut ?? []);
  if (!checkOut.ok) return checkOut;
  return ok({ id: id.value, name: name.value, persona: persona.value, checkIn: checkIn.value, checkOut: checkOut.value });
}

/** Validates a board value and returns a normalised copy (null counts as an empty board). */
export function checkBoardValue(v: unknown, field = 'value'): Check<BoardValue> {
  if (v === null || v === undefined) return ok(emptyBoard());
  if (!isVersioned(v)) return notVersioned(field, v, 'an object like { version: 1, participants: [] }');
  const list = checkArray(`${field}.participants`, v.participants, checkParticipant, MAX_PARTICIPANTS);
  if (!list.ok) return list;
  const unique = checkUniqueIds(`${field}.participants`, list.value);
  if (!unique.ok) return unique;
  return ok({ version: 1, participants: list.value });
}

/** Adds a participant at the end (nothing happens beyond 13). Returns the new board. */
export function addParticipant(board: BoardValue, p: { name: string; persona: PersonaId; id?: string }): BoardValue {
  if (board.participants.length >= MAX_PARTICIPANTS) return board;
  const added: BoardParticipant = { id: p.id ?? createId('p'), name: p.name.trim(), persona: p.persona, checkIn: [], checkOut: [] };
  return { version: 1, participants: [...board.participants, added] };
}

/** Removes one participant; everybody else keeps their place and choices. */
export function removeParticipant(board: BoardValue, id: string): BoardValue {
  return { version: 1, participants: board.participants.filter((p) => p.id !== id) };
}

/**
 * Puts a removed participant back at their old place, with their choices (undo). Nothing
 * happens if the id is on the board again or the board is full.
 */
export function restoreParticipant(board: BoardValue, p: BoardParticipant, index: number): BoardValue {
  const list = board.participants;
  if (list.length >= MAX_PARTICIPANTS || list.some((q) => q.id === p.id)) return board;
  const at = Math.max(0, Math.min(list.length, index));
  return { version: 1, participants: [...list.slice(0, at), p, ...list.slice(at)] };
}

/** Sets one participant's cards for a phase. */
export function setChoice(board: BoardValue, id: string, phase: FeelingsPhase, cards: readonly FeelingCardId[]): BoardValue {
  const key = phase === 'check-in' ? 'checkIn' : 'checkOut';
  return { version: 1, participants: board.participants.map((p) => (p.id === id ? { ...p, [key]: cards.slice() } : p)) };
}

/**
 * Records what a participant chose in a <gk-feelings-picker> (its value) on the board: the
 * phase's cards, and at check-out the check-in too when the board has none yet.
 */
export function recordPicker(board: BoardValue, id: string, picker: FeelingsValue): BoardValue {
  let next = setChoice(board, id, picker.phase, picker.feelings);
  const p = next.participants.find((x) => x.id === id);
  if (p && picker.phase === 'check-out' && !p.checkIn.length && picker.checkIn?.length) next = setChoice(next, id, 'check-in', picker.checkIn);
  return next;
}

/** The cards of a participant for a phase. */
export const choiceOf = (p: BoardParticipant, phase: FeelingsPhase): FeelingCardId[] => (phase === 'check-in' ? p.checkIn : p.checkOut);

/** How many chose each card in a phase, and who (a participant with three cards counts three times). */
export function tally(board: BoardValue, phase: FeelingsPhase): Record<FeelingCardId, BoardParticipant[]> {
  const out = Object.fromEntries(FEELING_CARDS.map((c) => [c, [] as BoardParticipant[]])) as Record<FeelingCardId, BoardParticipant[]>;
  for (const p of board.participants) for (const c of choiceOf(p, phase)) out[c].push(p);
  return out;
}

/** The participants who have not chosen yet in a phase. */
export const notChosen = (board: BoardValue, phase: FeelingsPhase): BoardParticipant[] =>
  board.participants.filter((p) => !choiceOf(p, phase).length);
