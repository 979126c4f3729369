/**
 * Zod's issues in plain words, for imports and GraphQL inputs alike: an enum error names the value given and
 * the allowed values with their labels from model/vocabulary.ts, instead of zod's raw `expected one of "A"|"B"`.
 */
import type { z } from 'zod';
import { formatPath } from './schemas.js';
import { VOCABULARIES } from './vocabulary.js';

type Issue = z.core.$ZodIssue;

/** "OrganisationType" as a reader says it: "organisation type"; acronyms (NHS, ID) keep their capitals. */
function nounOf(name: string): string {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .split(' ')
    .map((w) => (/^[A-Z]{2,}$/.test(w) ? w : w.toLowerCase()))
    .join(' ');
}

/** A label as it reads inside a sentence: "Local authority" becomes "local authority", "NHS provider" stays. */
const inSentence = (label: string) =>
  /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;

/** The vocabulary whose codes are exactly these values, if one is. */
function vocabularyOf(values: readonly unknown[]) {
  const want = [...values].map(String).sort().join('|');
  for (const [name, vocab] of Object.entries(VOCABULARIES)) {
    if (Object.keys(vocab).sort().join('|') === want)
      return { noun: nounOf(name), terms: vocab as Record<string, { label: string }> };
  }
  return null;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

const shown = (v: unknown) => (typeof v === 'string' ? `'${v}'` : JSON.stringify(v));

/** The message of one issue; `root` is the object that was parsed, to name the value given. */
export function issueMessage(issue: Issue, root?: unknown): string {
  if (issue.code === 'invalid_value' && issue.values.length > 1) {
    const given = 'input' in issue && issue.input !== undefined ? issue.input : valueAt(root, issue.path);
    const vocab = vocabularyOf(issue.values);
    const allowed = issue.values.map((v) => {
      const label = vocab?.terms[String(v)]?.label;
      return label ? `${inSentence(label)} (${String(v)})` : String(v);
    });
    return `${shown(given)} is not ${vocab ? `${/^[aeiou]/.test(vocab.noun) ? 'an' : 'a'} ${vocab.noun}` : 'allowed'}; use one of: ${allowed.join(', ')}`;
  }
  return issue.message;
}

/** Every issue of a failed parse as "field: message", in the input's order. */
export function describeIssues(
  error: z.ZodError,
  root?: unknown,
  prefix: readonly PropertyKey[] = [],
): { field: string; message: string }[] {
  return error.issues.map((i) => ({
    field: formatPath([...prefix, ...i.path]) || 'input',
    message: issueMessage(i, root),
  }));
}
