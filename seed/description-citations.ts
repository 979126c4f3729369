/**
 * Whether a node's description says only what its citations say, as far as a machine can tell: every figure and
 * every capitalised multi-word name in the description must stand in one of the node's cited quotes (or in its
 * own name or aliases). Citation markers (L123, 000:L45, "document 003", "ref 7") are pointers, not facts, and are
 * left out. Comparison folds accents, case and punctuation (model/name-key.ts).
 */
import { nameKey } from '../model/name-key.js';

export interface DescribedNode {
  id: string;
  name: string;
  aliases?: string[];
  description?: string;
  evidence: { quote: string }[];
}

const CITATION_MARKERS = [
  /\b(?:\d{3}:)?L\d+(?:\s*[-–]\s*L?\d+)?/g,
  /\b(?:documents?|doc)\s+\d{3}\b/gi,
  /(?<![\d,.])00[0-4](?![\d,.])/g,
  /\brefs?\.?\s+\d+/gi,
  /\((?:LWG|WFL)\s+\d+\)/g,
];
/** Small words that may join the capitalised words of one name ("Department of Health"). */
const JOINERS = new Set(['of', 'and', 'for', 'the', 'in', 'on', '&', 'to', 'de']);
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’&-]*/gu;
const isCapital = (w: string) => /^\p{Lu}/u.test(w);

/** Runs of two or more capitalised words (with joiners between them), and whether each starts a sentence. */
export function capitalisedNames(text: string): { phrase: string; sentenceStart: boolean }[] {
  const words = [...text.matchAll(WORD)].map((m) => ({ w: m[0], start: m.index, end: m.index + m[0].length }));
  const adjacent = (a: number, b: number) => text.slice(words[a]!.end, words[b]!.start).trim() === '';
  const out: { phrase: string; sentenceStart: boolean }[] = [];
  let i = 0;
  while (i < words.length) {
    if (!isCapital(words[i]!.w)) {
      i += 1;
      continue;
    }
    let last = i;
    let capitals = 1;
    let k = i + 1;
    while (k < words.length && adjacent(k - 1, k)) {
      const w = words[k]!.w;
      if (isCapital(w)) {
        capitals += 1;
        last = k;
        k += 1;
      } else if (
        JOINERS.has(w.toLowerCase()) &&
        k + 1 < words.length &&
        adjacent(k, k + 1) &&
        isCapital(words[k + 1]!.w)
      )
        k += 1;
      else break;
    }
    if (capitals >= 2) {
      const start = words[i]!.start;
      out.push({
        phrase: text.slice(start, words[last]!.end),
        sentenceStart: /(^|[.:;!?("]\s*)$/.test(text.slice(0, start)),
      });
    }
    i = last + 1;
  }
  return out;
}

/** The figures and names of a node's description that none of its quotes (nor its own names) contain. */
export function uncitedInDescription(node: DescribedNode): string[] {
  if (!node.description) return [];
  const quoted = nameKey(node.evidence.map((c) => c.quote).join(' | '));
  const own = [node.name, ...(node.aliases ?? [])].map(nameKey);
  const stands = (s: string) => {
    const key = nameKey(s);
    return key !== '' && (quoted.includes(key) || own.some((o) => o.includes(key)));
  };
  let text = node.description;
  for (const marker of CITATION_MARKERS) text = text.replace(marker, ' ');
  const missing: string[] = [];
  for (const figure of text.match(/\d+(?:[.,]\d+)*/g) ?? []) if (!stands(figure)) missing.push(figure);
  for (const { phrase, sentenceStart } of capitalisedNames(text)) {
    if (stands(phrase)) continue;
    if (sentenceStart) {
      // A sentence's first word is capitalised anyway: the name is what follows, if that is still a name.
      const rest = phrase.replace(/^\S+\s*/, '');
      if ([...rest.matchAll(WORD)].filter((m) => isCapital(m[0])).length < 2 || stands(rest)) continue;
    }
    missing.push(phrase);
  }
  return missing;
}
