/**
 * Entity search, ranked as people expect: the exact name (or an alias) first, then names the typed phrase contains
 * whole (so a phrase naming several entities returns each) and names that start with it, then names holding every
 * word typed, then the fuzzy rest; within each, named bodies before placeholders, then the index's score. Names
 * are compared by model/name-key.ts (accents, case, apostrophes and punctuation folded).
 */
import { entityQuery } from '../../db/lucene.js';
import { nameKey } from '../../../model/name-key.js';
import type { NodeLabel } from '../../../model/vocabulary.js';
import { badInput } from '../../errors.js';
import type { Context } from '../../context.js';
import type { Database } from '../../db/database.js';

export const MATCHES = ['EXACT', 'NAMED', 'PREFIX', 'WORDS', 'FUZZY'] as const;
export type SearchMatch = (typeof MATCHES)[number];

export interface EntityHit {
  id: string;
  name: string;
  type: NodeLabel;
  score: number;
  placeholder: boolean;
  match: SearchMatch;
}

/** How a name matches what was typed. */
export function matchOf(typed: string, name: string, aliases: readonly string[]): SearchMatch {
  const t = nameKey(typed);
  const keys = [name, ...aliases].map(nameKey).filter(Boolean);
  if (keys.includes(t)) return 'EXACT';
  const padded = ` ${t} `;
  // A whole name inside a longer phrase; single short words ("a", "nhs") do not count as naming.
  if (keys.some((k) => k.length >= 4 && k.includes(' ') && padded.includes(` ${k} `))) return 'NAMED';
  if (keys.some((k) => k.startsWith(t))) return 'PREFIX';
  const words = t.split(' ');
  if (keys.some((k) => words.every((w) => ` ${k} `.includes(` ${w} `)))) return 'WORDS';
  return 'FUZZY';
}

interface Row {
  id: string;
  name: string;
  type: NodeLabel;
  score: number;
  placeholder: boolean;
  aliases: string[];
}

export function rankHits(typed: string, rows: readonly Row[]): EntityHit[] {
  const rank = (m: SearchMatch) => (m === 'NAMED' ? 1 : MATCHES.indexOf(m));
  return rows
    .map((r) => ({
      id: r.id,
      name: r.name,
      type: r.type,
      score: r.score,
      placeholder: r.placeholder,
      match: matchOf(typed, r.name, r.aliases),
    }))
    .sort(
      (a, b) =>
        rank(a.match) - rank(b.match) ||
        Number(a.placeholder) - Number(b.placeholder) ||
        b.score - a.score ||
        a.name.localeCompare(b.name),
    );
}

export async function searchEntities(
  ctx: Context,
  text: string,
  first: number,
  types: readonly NodeLabel[] | null | undefined,
): Promise<EntityHit[]> {
  if (text.length > 200) throw badInput('text', 'must be at most 200 characters');
  return rankedSearch(ctx.db, text, first, types);
}

/** How many full-text hits the ranking sees, to give `first` results. */
export const searchLimit = (first: number) => Math.max(first * 4, 200);

/** queries/search, then the ranking: what the resolver runs, and the benchmarks' floor with it. */
export async function rankedSearch(
  db: Database,
  text: string,
  first: number,
  types: readonly NodeLabel[] | null | undefined,
): Promise<EntityHit[]> {
  const query = entityQuery(text);
  if (!query) return [];
  const rows = await db.read('queries/search', {
    query,
    limit: searchLimit(first),
    types: types?.length ? types : null,
  });
  return rankHits(text, rows as unknown as Row[]).slice(0, first);
}
