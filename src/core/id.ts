/**
 * Short random ids for items inside a value (entries, people, agenda points).
 * Uses crypto.getRandomValues, which also works on plain-http intranet pages where
 * crypto.randomUUID does not exist.
 */
export function createId(prefix = 'id'): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  let s = '';
  for (const b of bytes) s += b.toString(36).padStart(2, '0');
  return `${prefix}-${s.slice(0, 12)}`;
}
