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
