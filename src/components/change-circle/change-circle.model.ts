/**
 * The change circle's pure model (forandringscirklen / ændringscirklen): no DOM.
 *
 * Six stages. Five of them form the cycle overvejelse → forberedelse → handling →
 * vedligeholdelse → slip eller tilbagefald → overvejelse; førovervejelse is the way in, outside
 * the cycle. A lapse leads on to overvejelse, never "back to start".
 *
 * The value: `{ version: 1, topic, stage, history: [{ stage, date }] }`. `stage` is where the
 * participant is now (the stage of the last placement); `history` holds every placement with its
 * date. A new placement on the same date as the last one corrects it (a mis-tap in a meeting does
 * not become a move); on a later date it is added, so the trail shows moving back and forth.
 */
import { checkArray, checkDate, checkEnum, checkText, fail, isRecord, ok, type Check, isVersioned, notVersioned } from '../../core/validation.js';

/** The stages in the order of the wheel, clockwise, starting with the way in. */
export const STAGES = ['precontemplation', 'contemplation', 'preparation', 'action', 'maintenance', 'lapse'] as const;
export type Stage = (typeof STAGES)[number];

export const READINESS = ['low', 'medium', 'high'] as const;
export type Readiness = (typeof READINESS)[number];

export interface Placement {
  stage: Stage;
  /** ISO date, `YYYY-MM-DD` when placed by the component. */
  date: string;
}

export interface ChangeCircleValue {
  version: 1;
  /** The change in question, e.g. "at ryge mindre hash". */
  topic: string;
  /** Where the participant is now, or null before the first placement. */
  stage: Stage | null;
  /** Every placement, oldest first. */
  history: Placement[];
}

/** Where one group member is, for the group view. */
export interface GroupMember {
  name: string;
  stage: Stage;
}

export const MAX_TOPIC = 200;
export const MAX_HISTORY = 200;
export const MAX_GROUP = 60;
export const MAX_NAME = 60;

export const emptyChangeCircle = (topic = ''): ChangeCircleValue => ({ version: 1, topic, stage: null, history: [] });

const checkStage = (field: string, v: unknown) => checkEnum(field, v, STAGES);

/** Validates a value and returns a normalised copy. null/undefined is the empty value. */
export function checkChangeCircleValue(v: unknown, field = 'value'): Check<ChangeCircleValue> {
  if (v === null || v === undefined) return ok(emptyChangeCircle());
  if (!isVersioned(v)) return notVersioned(field, v, 'an object like { version: 1, topic, stage, history }');
  const topic = checkText(`${field}.topic`, v.topic, { max: MAX_TOPIC, optional: true });
  if (!topic.ok) return topic;
  const history = checkArray(
    `${field}.history`,
    v.history ?? [],
    (x, f): Check<Placement> => {
      if (!isRecord(x)) return fail(f, 'must be an object like { stage, date }');
      const stage = checkStage(`${f}.stage`, x.stage);
      if (!stage.ok) return stage;
      const date = checkDate(`${f}.date`, x.date, false);
      return date.ok ? ok({ stage: stage.value, date: date.value }) : date;
    },
    MAX_HISTORY,
  );
  if (!history.ok) return history;
  const last = history.value[history.value.length - 1];
  let stage: Stage | null = last?.stage ?? null;
  if (v.stage !== null && v.stage !== undefined) {
    const s = checkStage(`${field}.stage`, v.stage);
    if (!s.ok) return s;
    if (last && s.value !== last.stage) return fail(`${field}.stage`, 'must be the stage of the last history entry');
    stage = s.value;
  }
  return ok({ version: 1, topic: topic.value, stage, history: history.value });
}

/** Validates the group list: at most 60 of `{ name, stage }`. */
export function checkGroup(v: unknown, field = 'group'): Check<GroupMember[]> {
  if (v === null || v === undefined) return ok([]);
  return checkArray(
    field,
    v,
    (x, f): Check<GroupMember> => {
      if (!isRecord(x)) return fail(f, 'must be an object like { name, stage }');
      const name = checkText(`${f}.name`, x.name, { max: MAX_NAME, optional: true });
      if (!name.ok) return name;
      const stage = checkStage(`${f}.stage`, x.stage);
      return stage.ok ? ok({ name: name.value, stage: stage.value }) : stage;
    },
    MAX_GROUP,
  );
}

/** A strict calendar date `YYYY-MM-DD` (the `date` property). */
export const isDay = (s: unknown): s is string =>
  typeof s === 'string' && /^\d{4}-\d\d-\d\d$/.test(s) && !Number.isNaN(Date.parse(s));

/** The `topic` property: none, or text of at most MAX_TOPIC characters. */
export const checkChangeCircleTopic = (v: unknown): Check<string | null | undefined> =>
  v == null ? ok(v) : checkText('topic', v, { max: MAX_TOPIC });

/** The `date` property: none, or a strict `YYYY-MM-DD`. */
export const checkChangeCircleDate = (v: unknown): Check<unknown> =>
  !v || isDay(v) ? ok(v) : fail('date', 'must be a date such as 2026-03-01');

/** The local calendar date of `d` as `YYYY-MM-DD`. */
export function dayOf(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/**
 * The value after the participant places themselves at `stage` on `date`. The same date as the
 * last placement corrects it; a later date adds a placement. Returns `v` itself when nothing
 * changes (the same stage again on the same date).
 */
export function place(v: ChangeCircleValue, stage: Stage, date: string, topic = ''): ChangeCircleValue {
  const history = v.history.slice();
  const last = history[history.length - 1];
  if (last && last.date.slice(0, 10) === date) {
    if (last.stage === stage) return v;
    history.pop();
  }
  history.push({ stage, date });
  if (history.length > MAX_HISTORY) history.shift();
  return { version: 1, topic: v.topic || topic, stage, history };
}

/** Readiness for change at a stage (seeds/001): a lapse means thinking it over again. */
export function readinessOf(stage: Stage): Readiness {
  return stage === 'precontemplation' ? 'low' : stage === 'contemplation' || stage === 'lapse' ? 'medium' : 'high';
}

/** How many group members are at each stage, in wheel order. */
export function groupCounts(group: readonly GroupMember[]): number[] {
  return STAGES.map((s) => group.filter((m) => m.stage === s).length);
}
