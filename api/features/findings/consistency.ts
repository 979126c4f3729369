/**
 * Report-level claims beside the computation: each CLAIM finding with a check is answered again from the graph,
 * and the two are compared. A disagreement says why, since the graph and a report rarely count the same thing.
 */
import { LEVER, type ClaimCheck, type ClaimQuestion, type Lever } from '../../../model/vocabulary.js';
import type { FindingRow } from './rows.js';

/** Lever links citing a source, per lever (analysis/lever-evidence). */
export interface LeverCount {
  lever: Lever;
  links: number;
  passages: number;
}
/** Lever links citing a source on initiatives in each case-study site of it (knowledge/site-levers). */
export interface SiteLevers {
  id: string;
  name: string;
  levers: { lever: Lever; links: number }[];
}
export interface Comparison {
  question: ClaimQuestion;
  reported: string;
  computed: string;
  verdict: ClaimCheck;
  reason: string;
}

const word = (l: Lever) => LEVER[l].label.toLowerCase();
const order = (counts: LeverCount[], by: 'links' | 'passages') =>
  [...counts].sort((a, b) => b[by] - a[by] || a.lever.localeCompare(b.lever));
const listed = (counts: LeverCount[], by: 'links' | 'passages') =>
  order(counts, by)
    .map((c) => `${word(c.lever)} ${c[by]}`)
    .join(', ');
const linksOf = (s: SiteLevers, l: Lever) => s.levers.find((x) => x.lever === l)?.links ?? 0;

const MENTIONS =
  'the report counts references in its interview data (mentions), which the graph does not hold; the graph counts lever links, one per backer and initiative, so one passage naming several backers counts several times';

export function compareClaim(
  claim: FindingRow,
  source: string,
  counts: LeverCount[],
  sites: SiteLevers[],
): Comparison | null {
  const q = claim.checkQuestion;
  if (!q) return null;
  const lever = claim.checkLever;
  if ((q === 'MOST_MENTIONED_LEVER' || q === 'LEAST_MENTIONED_LEVER') && lever) {
    const most = q === 'MOST_MENTIONED_LEVER';
    const pick = (by: 'links' | 'passages') => {
      const o = order(counts, by);
      return (most ? o[0] : o[o.length - 1])!.lever;
    };
    const byLinks = pick('links');
    const byPassages = pick('passages');
    const agrees = byLinks === lever;
    const reported = `${LEVER[lever].label} levers are mentioned ${most ? 'most' : 'least'}`;
    const computed = `${LEVER[byLinks].label} has the ${most ? 'most' : 'fewest'} lever links citing ${source} (${listed(counts, 'links')}); by cited passages: ${word(byPassages)} (${listed(counts, 'passages')})`;
    return {
      question: q,
      reported,
      computed,
      verdict: agrees ? 'AGREES' : 'DISAGREES',
      reason: agrees
        ? `lever links citing ${source} put ${word(lever)} ${most ? 'first' : 'last'}, as the report does`
        : `${MENTIONS}${byPassages === lever ? `; counted by distinct cited passages instead, the graph agrees (${word(lever)})` : ''}`,
    };
  }
  if (q === 'LEVER_IN_EVERY_SITE' && lever) {
    const missing = sites.filter((s) => linksOf(s, lever) === 0);
    const agrees = sites.length > 0 && missing.length === 0;
    return {
      question: q,
      reported: `${LEVER[lever].label} levers are found in every case-study site`,
      computed: `${sites.length - missing.length} of ${sites.length} case-study sites have ${word(lever)} lever links citing ${source}`,
      verdict: agrees ? 'AGREES' : 'DISAGREES',
      reason: agrees
        ? `every case-study site has an initiative located in it with a ${word(lever)} lever link`
        : `the graph places only some initiatives in a case-study site (the report often says "one site" without naming it), so a site without a located initiative has no links: ${missing.map((s) => s.name).join(', ')}`,
    };
  }
  if (q === 'SITES_WHERE_SIDEWARD_LEADS') {
    const leading = sites.filter((s) => linksOf(s, 'SIDEWARD') > linksOf(s, 'DOWNWARD'));
    const expected = claim.checkCount ?? 0;
    const agrees = leading.length === expected;
    return {
      question: q,
      reported: `sideward levers outnumber downward ones in ${expected} site(s)`,
      computed: `sideward lever links outnumber downward ones in ${leading.length} of ${sites.length} case-study sites${leading.length ? ` (${leading.map((s) => s.name).join(', ')})` : ''}`,
      verdict: agrees ? 'AGREES' : 'DISAGREES',
      reason: agrees
        ? 'links on initiatives located in each site give the same count of sites'
        : `${MENTIONS}; and only initiatives the graph places in a site count for it`,
    };
  }
  return null;
}
