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
