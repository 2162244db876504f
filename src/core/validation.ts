/**
 * Small, dependency-free validation helpers shared by every tool's pure model.
 * A check never throws: it returns either the normalised value or the field and reason.
 * Reasons are written for developers (English) and never contain the rejected data.
 */
export type Check<T> = { ok: true; value: T } | { ok: false; field: string; reason: string };

export const ok = <T>(value: T): Check<T> => ({ ok: true, value });
export const fail = <T = never>(field: string, reason: string): Check<T> => ({ ok: false, field, reason });

/** The longest free text any tool accepts in one field, unless it says otherwise. */
export const MAX_TEXT = 1000;

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function checkInt(field: string, v: unknown, min: number, max: number): Check<number> {
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max
    ? ok(v)
    : fail(field, `must be a whole number from ${min} to ${max}`);
}

export function checkText(
  field: string,
  v: unknown,
  { max = MAX_TEXT, optional = false }: { max?: number; optional?: boolean } = {},
): Check<string> {
  if (v === undefined || v === null) return optional ? ok('') : fail(field, 'is required');
  if (typeof v !== 'string') return fail(field, 'must be text');
  if (v.length > max) return fail(field, `must be at most ${max} characters (got ${v.length})`);
  return ok(v);
}

export function checkEnum<T extends string>(field: string, v: unknown, allowed: readonly T[]): Check<T> {
  return typeof v === 'string' && (allowed as readonly string[]).includes(v)
    ? ok(v as T)
    : fail(field, `must be one of: ${allowed.join(', ')}`);
}

export function checkBool(field: string, v: unknown, fallback = false): Check<boolean> {
  if (v === undefined) return ok(fallback);
  return typeof v === 'boolean' ? ok(v) : fail(field, 'must be true or false');
}

/** An ISO date (YYYY-MM-DD) or date-time string; empty/absent allowed when optional. */
export function checkDate(field: string, v: unknown, optional = true): Check<string> {
  if ((v === undefined || v === null || v === '') && optional) return ok('');
  return typeof v === 'string' && v.length <= 40 && !Number.isNaN(Date.parse(v))
    ? ok(v)
    : fail(field, 'must be an ISO date such as 2026-03-01');
}

/**
 * Checks every item of an array with `item`, naming the failing index in the field
 * (`entries[3].text`). Returns a new array of normalised items.
 */
export function checkArray<T>(
  field: string,
  v: unknown,
  item: (x: unknown, field: string) => Check<T>,
  max = 1000,
): Check<T[]> {
  if (!Array.isArray(v)) return fail(field, 'must be a list');
  if (v.length > max) return fail(field, `must have at most ${max} items (got ${v.length})`);
  const out: T[] = [];
  for (let i = 0; i < v.length; i++) {
    const r = item(v[i], `${field}[${i}]`);
    if (!r.ok) return r;
    out.push(r.value);
  }
  return ok(out);
}

/** Checks that ids in a list are unique (ids are how operations find items). */
export function checkUniqueIds(field: string, items: readonly { id: string }[]): Check<true> {
  const seen = new Set<string>();
  for (let i = 0; i < items.length; i++) {
    if (seen.has(items[i].id)) return fail(`${field}[${i}].id`, 'must be unique');
    seen.add(items[i].id);
  }
  return ok(true);
}

/** An id: short, printable, no spaces. */
export function checkId(field: string, v: unknown): Check<string> {
  return typeof v === 'string' && /^[\w.:-]{1,64}$/.test(v)
    ? ok(v)
    : fail(field, 'must be an id of 1–64 letters, digits, _ . : or -');
}

/** Checks the `version` field of a rich value. */
export function checkVersion(field: string, v: unknown, version: number): Check<number> {
  return v === version ? ok(v) : fail(field, `must be ${version}`);
}

/** Whether `v` is an object whose `version` is 1: the shape every rich value starts with. */
export function isVersioned(v: unknown): v is Record<string, unknown> & { version: 1 } {
  return isRecord(v) && v.version === 1;
}

/**
 * The failure for data that is not `isVersioned`, named the same way in every tool:
 *   if (!isVersioned(v)) return notVersioned(field, v, 'an object like { version: 1, items: [] }');
 */
export function notVersioned(field: string, v: unknown, shape: string): Check<never> {
  return isRecord(v) ? fail(`${field}.version`, 'must be 1') : fail(field, `must be ${shape}`);
}
