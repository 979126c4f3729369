/** The plain-English sentence beside the graph ("2 sponsors, 3 partnerships, no community voice recorded"). */
import type { AlignmentCountsFragment as Alignment, BackerItemFragment as Backer } from '../gql/graphql.js';
import { plural, type Lever } from './vocabulary.js';

export function leverSummary(alignment: Alignment): string {
  if (alignment.status === 'UNKNOWN' && alignment.opposing === 0) {
    return 'No lever is recorded in the sources for this initiative: unknown, not a gap.';
  }
  const parts = [
    alignment.downward ? plural(alignment.downward, 'sponsor') : 'no sponsor recorded',
    alignment.sideward
      ? plural(alignment.sideward, 'partnership or partner', 'partnerships or partners')
      : 'no partnership recorded',
    alignment.upward ? plural(alignment.upward, 'community voice', 'community voices') : 'no community voice recorded',
  ];
  const text = parts.join(', ');
  const opp = alignment.opposing ? `; ${plural(alignment.opposing, 'backer opposes', 'backers oppose')}` : '';
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}${opp}.`;
}

/** Backers grouped by lever, enabling first, each backer once per lever and stance. */
export function backersByLever(backers: Backer[]): Record<Lever, Backer[]> {
  const out: Record<Lever, Backer[]> = { DOWNWARD: [], SIDEWARD: [], UPWARD: [] };
  for (const b of backers) out[b.lever].push(b);
  for (const l of Object.keys(out) as Lever[]) {
    out[l].sort((a, b) =>
      a.stance === b.stance ? a.backer.name.localeCompare(b.backer.name) : a.stance === 'ENABLES' ? -1 : 1,
    );
  }
  return out;
}
