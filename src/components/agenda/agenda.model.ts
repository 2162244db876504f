/**
 * The visual agenda's pure model: no DOM. A value is today's agenda as plain JSON:
 *   { version: 1, title?: 'Gruppemøde 1: Velkommen', template?: 'meeting-1',
 *     items: [{ id, title, kind: 'point' | 'break' | 'meal', state: 'planned' | 'now' | 'done' | 'skipped',
 *               minutes?, pictogram?, responsible?, checklist?: string[], started?: ISO time }] }
 * At most one item is current (`now`); `started` is when it became current (for the countdown).
 */
import { attempt } from '../../core/lazy.js';
import { checkArray, checkDate, checkEnum, checkId, checkInt, checkText, checkUniqueIds, fail, isRecord, ok, type Check, isVersioned, notVersioned } from '../../core/validation.js';

/** Agenda point (green), break (red), shared meal (blue) — seeds/003 4.2.3. */
export const AGENDA_KINDS = ['point', 'break', 'meal'] as const;
export type AgendaKind = (typeof AGENDA_KINDS)[number];

export const AGENDA_STATES = ['planned', 'now', 'done', 'skipped'] as const;
export type AgendaState = (typeof AGENDA_STATES)[number];

/** The built-in pictograms an item can show next to its title (drawn in agenda.icons.ts). */
export const AGENDA_PICTOGRAMS = [
  'hello', 'feelings', 'talk', 'info', 'plusminus', 'home', 'thanks', 'star', 'dream',
  'goal', 'people', 'plan', 'diploma', 'weather', 'write', 'coffee', 'meal',
] as const;
export type AgendaPictogram = (typeof AGENDA_PICTOGRAMS)[number];

export interface AgendaItem {
  id: string;
  title: string;
  kind: AgendaKind;
  state: AgendaState;
  /** The time box in minutes ("vi taler i 20 minutter om …"). */
  minutes?: number;
  pictogram?: AgendaPictogram;
  /** Who leads the point; facilitators only. */
  responsible?: string;
  /** The facilitator's checklist (huskeliste); facilitators only. */
  checklist?: string[];
  /** When the item became current (ISO date-time); drives the countdown. */
  started?: string;
}

export interface AgendaValue {
  version: 1;
  /** Heading, e.g. "Gruppemøde 1: Velkommen". */
  title?: string;
  /** The template today's agenda was copied from. */
  template?: string;
  items: AgendaItem[];
}

export const AGENDA_LIMITS = { items: 100, title: 120, responsible: 80, checklist: 20, check: 300, minutes: 240 } as const;

const opt = (o: Record<string, unknown>, k: string) => o[k] !== undefined && o[k] !== null && o[k] !== '';
const L = AGENDA_LIMITS;

/** The optional fields of an item and their checks. */
const OPTIONAL: [keyof AgendaItem, (v: unknown, f: string) => Check<unknown>][] = [
  ['minutes', (v, f) => checkInt(f, v, 1, L.minutes)],
  ['pictogram', (v, f) => checkEnum(f, v, AGENDA_PICTOGRAMS)],
  ['responsible', (v, f) => checkText(f, v, { max: L.responsible })],
  ['checklist', (v, f) => checkArray(f, v, (c, cf) => checkText(cf, c, { max: L.check }), L.checklist)],
  ['started', (v, f) => checkDate(f, v, false)],
];

/** Validates one item and returns a normalised copy (empty optional fields left out). */
export function checkAgendaItem(x: unknown, f: string): Check<AgendaItem> {
  if (!isRecord(x)) return fail(f, 'must be an object like { id, title, kind, state }');
  const checks: [string, Check<unknown>][] = [
    ['id', checkId(`${f}.id`, x.id)],
    ['title', checkText(`${f}.title`, x.title, { max: L.title })],
    ['kind', checkEnum(`${f}.kind`, x.kind, AGENDA_KINDS)],
    ['state', x.state === undefined ? ok('planned') : checkEnum(`${f}.state`, x.state, AGENDA_STATES)],
    ...OPTIONAL.filter(([k]) => opt(x, k)).map(([k, check]): [string, Check<unknown>] => [k, check(x[k], `${f}.${k}`)]),
  ];
  const item: Record<string, unknown> = {};
  for (const [k, r] of checks) {
    if (!r.ok) return r;
    item[k] = r.value;
  }
  if (!(item.title as string).trim()) return fail(`${f}.title`, 'must not be empty');
  if (!(item.checklist as string[] | undefined)?.length) delete item.checklist;
  if (item.state !== 'now') delete item.started;
  return ok(item as unknown as AgendaItem);
}

/** Validates an agenda value and returns a normalised copy; never throws. */
export function checkAgendaValue(v: unknown, field = 'value'): Check<AgendaValue> {
  if (!isVersioned(v)) return notVersioned(field, v, 'an object like { version: 1, items: [] }');
  const items = checkArray(`${field}.items`, v.items, checkAgendaItem, L.items);
  if (!items.ok) return items;
  const unique = checkUniqueIds(`${field}.items`, items.value);
  if (!unique.ok) return unique;
  const now = items.value.map((x, i) => (x.state === 'now' ? i : -1)).filter((i) => i >= 0);
  if (now.length > 1) return fail(`${field}.items[${now[1]}].state`, 'only one item can be current (now)');
  const out: AgendaValue = { version: 1, items: items.value };
  for (const k of ['title', 'template'] as const) {
    if (!opt(v, k)) continue;
    const r = checkText(`${field}.${k}`, v[k], { max: L.title });
    if (!r.ok) return r;
    out[k] = r.value;
  }
  return ok(out);
}

/** How far the group has come: done and skipped items out of all items ("3 af 7 punkter"). */
export function agendaProgress(v: AgendaValue): { passed: number; total: number } {
  return { passed: v.items.filter((x) => x.state === 'done' || x.state === 'skipped').length, total: v.items.length };
}

/**
 * The countdown of a current item at time `now` (ms): milliseconds left (negative when the time
 * box is over) and the fraction of the time box that remains (1 → 0). Undefined without a time
 * box or a start time.
 */
export function agendaCountdown(item: AgendaItem | undefined, now: number): { left: number; fraction: number } | undefined {
  if (!item || item.state !== 'now' || !item.minutes || !item.started) return undefined;
  const total = item.minutes * 60000;
  const left = total - (now - Date.parse(item.started));
  return { left, fraction: Math.max(0, Math.min(1, left / total)) };
}

/**
 * The ready-made agendas. `meeting-1` … `meeting-6`: the six meetings of the 003 course
 * (VELKOMMEN, ALKOHOL OG STOFFER, ABSTINENSER OG TRANG, FORANDRING, HOLD FAST, AFSLUTNING);
 * `weekly`: a session of the 16-week course (seeds/001); `youth`: a meeting of the youth course
 * (seeds/004), opening with the "vejrudsigten" round.
 */
export const AGENDA_TEMPLATES = ['meeting-1', 'meeting-2', 'meeting-3', 'meeting-4', 'meeting-5', 'meeting-6', 'weekly', 'youth'] as const;
export type AgendaTemplateId = (typeof AGENDA_TEMPLATES)[number];

/**
 * Today's copy of a ready-made agenda (new ids, every point planned), or undefined for an
 * unknown id. The template itself never changes. Loads the template on first use.
 */
export const loadAgendaTemplate = (id: string): Promise<AgendaValue | undefined> => attempt(() => import('./templates.js')).then((m) => m.copyTemplate(id));
