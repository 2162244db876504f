/**
 * The shape in which support people travel between tools: the network circle produces it
 * (`supportPeople(networkValue)` in the network-circle model), the emergency plan accepts it
 * (its `people` property). Kept in core so neither tool's entry pulls in the other's code.
 */
export interface SupportPerson {
  /** Stable id from the network circle (or made up by the host). */
  id: string;
  /** Nickname or initials, as the participant wrote it. */
  name: string;
  /** Optional phone number, as typed. */
  phone?: string;
  /** Marked "en del af miljøet med rusmidler" in the network circle. */
  inSubstanceEnvironment?: boolean;
  /** Which sector of the circle: familie, venner, arbejde/skole, fagpersoner, andre. */
  sector?: 'family' | 'friends' | 'work' | 'professionals' | 'others';
}

/**
 * The people marked "kan hjælpe i svære situationer" in a network-circle value
 * (`{ version: 1, people: [{ id, name, canHelp, phone?, inSubstanceEnvironment?, sector? }] }`),
 * as SupportPerson records, people outside the substance environment first. Tolerant: anything
 * that is not such a value gives an empty list (the emergency plan then lets the person type).
 */
export function supportPeople(network: unknown): SupportPerson[] {
  const people = (network as { people?: unknown } | null)?.people;
  if (!Array.isArray(people)) return [];
  const out: SupportPerson[] = [];
  for (const p of people) {
    if (!p || typeof p !== 'object' || (p as { canHelp?: unknown }).canHelp !== true) continue;
    const { id, name, phone, inSubstanceEnvironment, sector } = p as Record<string, unknown>;
    if (typeof id !== 'string' || typeof name !== 'string') continue;
    const person: SupportPerson = { id, name };
    if (typeof phone === 'string' && phone) person.phone = phone;
    if (inSubstanceEnvironment === true) person.inSubstanceEnvironment = true;
    if (typeof sector === 'string') person.sector = sector as SupportPerson['sector'];
    out.push(person);
  }
  return out.sort((a, b) => Number(!!a.inSubstanceEnvironment) - Number(!!b.inSubstanceEnvironment));
}
