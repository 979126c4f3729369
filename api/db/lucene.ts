/** Turns what a person types into a Lucene query for the full-text index: prefix match on every word. */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function luceneQuery(text: string): string | null {
  const words = text
    .normalize('NFKC')
    .split(/\s+/)
    .map((w) => w.replace(SPECIAL, ' ').trim())
    .flatMap((w) => w.split(' '))
    .filter(Boolean);
  if (words.length === 0) return null;
  const escaped = words.map((w) => w.toLowerCase());
  const prefix = escaped.map((w) => `${w}*`).join(' AND ');
  // Exact words score above prefixes, so "Gateshead" ranks Gateshead Council above Gatesheadxyz.
  return `(${escaped.join(' AND ')})^2 OR (${prefix})`;
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
