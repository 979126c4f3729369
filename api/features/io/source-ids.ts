/**
 * Source ids as spreadsheet programs leave them: pandas and LibreOffice turn "003" into 3. Such a number stands
 * for an existing id only when exactly one id can be it with its leading zeros put back; anything else is an
 * error that names the ids it resembles, and import never makes a source out of a citation.
 */

const DIGITS = /^\d+$/;
const unpadded = (s: string) => s.replace(/^0+(?=\d)/, '');

/** The known ids that `ref` is, or could be with leading zeros dropped: "3" for 003, 0003 or 3. */
function candidates(ref: string, known: Iterable<string>): string[] {
  const want = unpadded(ref);
  return [...known].filter((k) => k === ref || (DIGITS.test(k) && unpadded(k) === want)).sort();
}

/** Known ids that look like `ref`: the same once case, punctuation and leading zeros are set aside. */
export function similarIds(ref: string, known: Iterable<string>, max = 3): string[] {
  const key = (s: string) => unpadded(s.toLowerCase().replace(/[^a-z0-9]/g, ''));
  const k = key(ref);
  if (!k) return [];
  return [...known]
    .filter((id) => id !== ref && (key(id) === k || (k.length >= 3 && key(id).startsWith(k))))
    .sort()
    .slice(0, max);
}

export type SourceRef = { id: string } | { error: string };

/**
 * What a source id in a file names. `numeric`: the cell was a number. A digits-only text without leading zeros
 * that is no known id is read the same way, since a CSV cannot say that a program made it.
 */
export function resolveSourceRef(ref: string, numeric: boolean, known: ReadonlySet<string>): SourceRef {
  const maybeNumber = DIGITS.test(ref) && (numeric || (!known.has(ref) && unpadded(ref) === ref));
  if (!maybeNumber) return { id: ref };
  const found = candidates(ref, known);
  if (found.length === 1) return { id: found[0]! };
  if (found.length > 1)
    return {
      error: `${ref} could be the source ${found.join(' or ')}: a spreadsheet program may have dropped its leading zeros; write the id in full, as text`,
    };
  return numeric
    ? {
        error: `${ref} is a number, and no source id matches it; ids are text: write it as the source's id (a spreadsheet program may have dropped its leading zeros)`,
      }
    : { id: ref };
}

/** "3 is not a source; did you mean 003?" */
export function unknownSource(ref: string, known: ReadonlySet<string>): string {
  const like = similarIds(ref, known);
  return like.length
    ? `${ref} is not a source; did you mean ${like.join(' or ')}? Add it to the sources sheet or use the id of a source already in Levermap`
    : `${ref} is not a source: add it to the sources sheet or use the id of a source already in Levermap`;
}
