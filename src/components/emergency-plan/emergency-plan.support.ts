/**
 * Pure operations of plan 2 and the crisis view (no DOM, no imports at run time, so they travel
 * in the lazily loaded parts): order, picking people from the network circle, the crisis
 * view's content and phone links.
 */
import type { SupportPerson } from '../../core/people.js';
import type { CopingIdea, EmergencyPlanValue, SupportEntry } from './emergency-plan.model.js';

/** Plan 2 in the method's order: people first, professionals last (each group as added). */
export const orderedSupport = (list: readonly SupportEntry[]): SupportEntry[] => [
  ...list.filter((e) => !e.professional),
  ...list.filter((e) => e.professional),
];

/**
 * The people the participant can pick: the host's `people`, then those of a network-circle
 * value, each once, leaving out anyone already in the plan, without a name or a usable id.
 */
export function availablePeople(lists: readonly (readonly SupportPerson[])[], plan: EmergencyPlanValue): SupportPerson[] {
  const seen = new Set(plan.support.map((e) => e.personId));
  return lists.flat().filter((p) => {
    if (seen.has(p.id) || !/^[\w.:-]{1,64}$/.test(p.id) || !p.name.trim()) return false;
    seen.add(p.id);
    return true;
  });
}

/** An empty plan-2 entry (typed by the participant). */
export const newEntry = (id: string, professional = false, personId?: string, name = '', phone = ''): SupportEntry => ({
  id,
  ...(personId ? { personId } : {}),
  name,
  phone,
  professional,
  help: '',
  when: '',
  see: '',
  deal: '',
});

/** A plan-2 entry for a person from the network circle (name and phone copied, cut to the plan's limits). */
export const entryFromPerson = (p: SupportPerson, id: string): SupportEntry =>
  newEntry(id, p.sector === 'professionals', p.id, p.name.slice(0, 80), (p.phone ?? '').slice(0, 40));

/** What the crisis view shows: every picked idea once (in `order`), the own texts, people with a name or phone. */
export function crisisContent(p: EmergencyPlanValue, order: readonly CopingIdea[]) {
  const picked = new Set(p.coping.flatMap((r) => r.ideas));
  return {
    ideas: order.filter((i) => picked.has(i)),
    texts: p.coping.map((r) => r.text.trim()).filter(Boolean),
    people: orderedSupport(p.support).filter((e) => e.name.trim() || e.phone.trim()),
  };
}

/**
 * A phone number as a `tel:` address (digits and a leading +). Only text made of phone
 * characters becomes a link: "12 34 56 78" does, "mobil 1234, fastnet 5678" does not (it
 * stays readable text), so a link never dials a wrong, glued-together number.
 */
export const telHref = (phone: string): string => {
  if (!/^\s*\+?[\d ()./-]+$/.test(phone)) return '';
  const n = phone.replace(/[^\d+]/g, '');
  return n.replace('+', '').length >= 3 ? `tel:${n}` : '';
};
