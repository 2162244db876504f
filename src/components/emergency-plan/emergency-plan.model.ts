/**
 * The personal emergency plan's pure model (nødplan 1 og 2): no DOM.
 *
 * Plan 1 (coping) is a list of rows "Hvis jeg får trang … så kan jeg …": a situation or sign,
 * the suggestions picked for it and the person's own words. Plan 2 (support) is how I notice
 * that I need help, then the people who can help, then the professionals, each with what they
 * can help with, when, how they can see that I need help, and our signals and agreements.
 */
import type { SupportPerson } from '../../core/people.js';
import {
  checkArray,
  checkBool,
  checkId,
  checkText,
  checkUniqueIds,
  fail,
  isRecord,
  ok,
  type Check,
  isVersioned,
  notVersioned,
} from '../../core/validation.js';

/** The suggestions of plan 1, in the method's order; each has a pictogram and a word. */
export const COPING_IDEAS = ['walk', 'exercise', 'read', 'film', 'call', 'together', 'nice'] as const;
export type CopingIdea = (typeof COPING_IDEAS)[number];

/** Longest texts, also used as `maxlength` on the inputs. */
export const MAX = { short: 80, phone: 40, line: 200, text: 500 } as const;
/** At most this many rows in plan 1 and people in plan 2. */
export const MAX_ROWS = 20;

/** One row of plan 1: "Hvis jeg får trang {when} … så kan jeg {ideas}, {text}". */
export interface CopingRow {
  id: string;
  /** The situation or sign, e.g. "når jeg er alene om aftenen". */
  when: string;
  /** Suggestions picked, in the order of COPING_IDEAS. */
  ideas: CopingIdea[];
  /** Own words for what I do. */
  text: string;
}

/** One support person in plan 2, typed or taken from the network circle. */
export interface SupportEntry {
  id: string;
  /** The network circle's person id, when taken from there. */
  personId?: string;
  name: string;
  phone: string;
  /** A professional (contact person, therapist…): listed after the other people. */
  professional: boolean;
  /** What they can help with. */
  help: string;
  /** When they can help. */
  when: string;
  /** How they can see that I need help. */
  see: string;
  /** Our signals and agreements. */
  deal: string;
}

export interface EmergencyPlanValue {
  version: 1;
  /** "Gennemgås senest": an ISO date (YYYY-MM-DD) or ''. */
  reviewBy: string;
  /** Plan 1. */
  coping: CopingRow[];
  /** Plan 2, first step: how I notice that I need help. */
  notice: string;
  /** Plan 2: the people, in the order they were added (see `orderedSupport`). */
  support: SupportEntry[];
}

export const SUPPORT_FIELDS = ['help', 'when', 'see', 'deal'] as const;
export type SupportField = (typeof SUPPORT_FIELDS)[number];

export const emptyPlan = (): EmergencyPlanValue => ({ version: 1, reviewBy: '', coping: [], notice: '', support: [] });

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** An ISO calendar date (YYYY-MM-DD) that exists, or '' when optional. */
export function checkDay(field: string, v: unknown, optional = true): Check<string> {
  if (optional && (v === undefined || v === null || v === '')) return ok('');
  const d = typeof v === 'string' && DATE.test(v) ? new Date(v) : undefined;
  return d && !Number.isNaN(+d) && d.toISOString().startsWith(v as string)
    ? ok(v as string)
    : fail(field, 'must be a date written YYYY-MM-DD, such as 2026-03-01');
}

/** Copies the optional text fields `keys` of `x` into `out` (max `max` characters each); returns the first failure. */
function texts(x: Record<string, unknown>, f: string, out: object, keys: readonly string[], max: number) {
  for (const k of keys) {
    const t = checkText(`${f}.${k}`, x[k], { max, optional: true });
    if (!t.ok) return t;
    (out as Record<string, unknown>)[k] = t.value;
  }
}

function checkRow(x: unknown, f: string): Check<CopingRow> {
  if (!isRecord(x)) return fail(f, 'must be an object like { id, when, ideas, text }');
  const id = checkId(`${f}.id`, x.id);
  if (!id.ok) return id;
  const out = { id: id.value } as CopingRow;
  const bad = texts(x, f, out, ['when'], MAX.line) ?? texts(x, f, out, ['text'], MAX.text);
  if (bad) return bad;
  const ideas = x.ideas ?? [];
  if (!Array.isArray(ideas) || ideas.some((i) => !COPING_IDEAS.includes(i))) {
    return fail(`${f}.ideas`, `must be a list of: ${COPING_IDEAS.join(', ')}`);
  }
  out.ideas = COPING_IDEAS.filter((i) => ideas.includes(i));
  return ok(out);
}

function checkEntry(x: unknown, f: string): Check<SupportEntry> {
  if (!isRecord(x)) return fail(f, 'must be an object like { id, name, phone, help, when, see, deal }');
  const id = checkId(`${f}.id`, x.id);
  if (!id.ok) return id;
  const out = { id: id.value } as SupportEntry;
  if (x.personId !== undefined) {
    const p = checkId(`${f}.personId`, x.personId);
    if (!p.ok) return p;
    out.personId = p.value;
  }
  const bad =
    texts(x, f, out, ['name'], MAX.short) ?? texts(x, f, out, ['phone'], MAX.phone) ?? texts(x, f, out, SUPPORT_FIELDS, MAX.text);
  if (bad) return bad;
  const pro = checkBool(`${f}.professional`, x.professional);
  if (!pro.ok) return pro;
  out.professional = pro.value;
  return ok(out);
}

/**
 * Validates a plan and returns a normalised copy (missing optional fields filled in, picked
 * ideas in the method's order). Never throws; names the first bad field.
 */
export function checkEmergencyPlanValue(v: unknown, field = 'value'): Check<EmergencyPlanValue> {
  if (v === null || v === undefined) return ok(emptyPlan());
  if (!isVersioned(v)) return notVersioned(field, v, 'an object like { version: 1, coping: [], support: [] }');
  const out = { version: 1 } as EmergencyPlanValue;
  const day = checkDay(`${field}.reviewBy`, v.reviewBy);
  if (!day.ok) return day;
  out.reviewBy = day.value;
  const bad = texts(v, field, out, ['notice'], MAX.text);
  if (bad) return bad;
  for (const [k, item] of [['coping', checkRow], ['support', checkEntry]] as const) {
    const list = checkArray<{ id: string }>(`${field}.${k}`, v[k] ?? [], item, MAX_ROWS);
    if (!list.ok) return list;
    const u = checkUniqueIds(`${field}.${k}`, list.value);
    if (!u.ok) return u;
    (out as unknown as Record<string, unknown>)[k] = list.value;
  }
  return ok(out);
}

/**
 * Checks the `people` property: SupportPerson records (from `supportPeople(network)` or the
 * host's own list). Each needs an id and a name; the rest is copied as given.
 */
export function checkPeople(v: unknown, field = 'people'): Check<SupportPerson[]> {
  return v == null
    ? ok([])
    : checkArray(field, v, (x, f) => {
        if (!isRecord(x)) return fail(f, 'must be an object like { id, name, phone? }');
        const id = checkId(`${f}.id`, x.id);
        if (!id.ok) return id;
        const name = checkText(`${f}.name`, x.name, { max: MAX.short });
        return name.ok ? ok({ ...x } as unknown as SupportPerson) : name;
      }, 200);
}

/** True when nothing has been filled in (for `required`). */
export const isEmptyPlan = (p: EmergencyPlanValue): boolean =>
  !p.coping.length && !p.support.length && !p.notice.trim();

export const newRow = (id: string): CopingRow => ({ id, when: '', ideas: [], text: '' });

/** Adds or removes a suggestion in a row, keeping the method's order. */
export function toggleIdea(row: CopingRow, idea: CopingIdea): CopingRow {
  const on = row.ideas.includes(idea);
  return { ...row, ideas: COPING_IDEAS.filter((i) => (i === idea ? !on : row.ideas.includes(i))) };
}

/** Whether the "review by" date has passed on `today` (both YYYY-MM-DD). */
export const reviewDue = (reviewBy: string, today: string): boolean => !!reviewBy && reviewBy < today;

