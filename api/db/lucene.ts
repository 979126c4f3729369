/** Turns what a person types into a Lucene query for the full-text index: prefix match on every word. */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * For the finding and passage indexes (standard-folding since migration 011): accents and curly quotes folded as
 * the index folds them, every word exactly (higher) or as a prefix, each in its spellings with and without an
 * apostrophe (Barnardos = Barnardo's). Words the analyzer drops as stop words are left out, since the index
 * holds none of them to match.
 */
export function luceneQuery(text: string): string | null {
  const words = fold(text)
    .normalize('NFKC')
    .split(/\s+/)
    .map((w) => w.replace(SPECIAL, ' ').trim())
    .flatMap((w) => w.split(' '))
    .map((w) => w.toLowerCase().replace(/^'+|'+$/g, ''))
    .filter(Boolean);
  if (words.length === 0) return null;
  const kept = words.filter((w) => !ENGLISH_STOP.has(w));
  const ws = kept.length ? kept : words;
  const group = (w: string, f: (v: string) => string) => {
    const all = spellings(w).map(f);
    return all.length > 1 ? `(${all.join(' OR ')})` : all[0]!;
  };
  const exact = ws.map((w) => group(w, (v) => v)).join(' AND ');
  const prefix = ws.map((w) => group(w, (v) => `${v}*`)).join(' AND ');
  // Exact words score above prefixes, so "Gateshead" ranks Gateshead Council above Gatesheadxyz.
  return `(${exact})^2 OR (${prefix})`;
}

/** The words of what was typed, as luceneQuery reads them (for a phrase query over the same words). */
function words(text: string): string[] {
  return text
    .normalize('NFKC')
    .replace(SPECIAL, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

/** For passage text: the words as one quoted phrase, boosted well above every word anywhere in the passage. */
export function passageQuery(text: string): string | null {
  const base = luceneQuery(text);
  if (!base) return null;
  const w = words(text);
  return w.length > 1 ? `"${w.join(' ')}"^8 OR ${base}` : base;
}

/** Words no name is found by (the analyzer may drop them from the index, so a prefix on them would never match). */
const STOP = new Set(['a', 'an', 'and', 'of', 'the', 'for', 'in', 'on', 'to', 'or', 'with', 'at', 'by']);
/** Lucene's English stop words, which the standard-folding analyzer leaves out of the index. */
const ENGLISH_STOP = new Set([
  ...STOP,
  ...['are', 'as', 'be', 'but', 'if', 'into', 'is', 'it', 'no', 'not', 'such', 'that', 'their', 'then'],
  ...['there', 'these', 'they', 'this', 'was', 'will'],
]);
/** Accents folded and curly quotes made plain, as the entity index's standard-folding analyzer reads its text. */
const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘`´]/g, "'");

/** A word and its spellings with and without an apostrophe: barnardos, barnardo's. */
function spellings(w: string): string[] {
  const bare = w.replace(/'/g, '');
  const out = new Set([w, bare]);
  if (/^[a-z0-9]{3,}s$/.test(bare)) out.add(`${bare.slice(0, -1)}'s`);
  return [...out].filter(Boolean);
}

/**
 * The entity search: every word exactly (highest), every word as a prefix, then any word, or a word one edit away
 * (lowest). "Any word" lets a phrase that names several entities find each of them; the API then ranks exact,
 * whole-name and prefix matches above the rest (api/features/entities/search.ts).
 */
export function entityQuery(text: string): string | null {
  const words = fold(text)
    .normalize('NFKC')
    .split(/\s+/)
    .map((w) => w.replace(SPECIAL, ' ').trim())
    .flatMap((w) => w.split(' '))
    .map((w) => w.toLowerCase().replace(/^'+|'+$/g, ''))
    .filter(Boolean);
  if (words.length === 0) return null;
  const named = [...new Set(words.filter((w) => !STOP.has(w)))];
  const ws = named.length ? named : words;
  const group = (w: string, f: (v: string) => string) => `(${spellings(w).map(f).join(' OR ')})`;
  const all = ws.map((w) => group(w, (v) => v)).join(' AND ');
  const prefix = ws.map((w) => group(w, (v) => `${v}*`)).join(' AND ');
  const any = ws.map((w) => group(w, (v) => (v.length >= 5 ? `${v} OR ${v}~1` : v))).join(' OR ');
  return `(${all})^4 OR (${prefix})^2 OR (${any})`;
}
