/**
 * Report-level claims beside the computation: each CLAIM finding with a check is answered again from the graph,
 * and the two are compared. A disagreement says why, since the graph and a report rarely count the same thing.
 */
import { LEVER, LEVERS, type ClaimCheck, type ClaimQuestion, type Lever } from '../../../model/vocabulary.js';
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
/** Initiatives with an enabling backer per lever among those a source evidences (leverProfile grouped by SOURCE). */
export interface ProfileCounts {
  downward: number;
  sideward: number;
  upward: number;
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
  profile: ProfileCounts | null = null,
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
    // The lever profile counts initiatives, not mentions: said beside the links so a reader sees both measures.
    const profileCounts = profile
      ? LEVERS.map((l) => ({ lever: l, links: profile[l.toLowerCase() as keyof ProfileCounts], passages: 0 }))
      : [];
    const byInitiatives = profile
      ? (most ? order(profileCounts, 'links')[0]! : order(profileCounts, 'links').at(-1)!).lever
      : null;
    const computed =
      `${LEVER[byLinks].label} has the ${most ? 'most' : 'fewest'} lever links citing ${source} (${listed(counts, 'links')}); by cited passages: ${word(byPassages)} (${listed(counts, 'passages')})` +
      (profile
        ? `; by initiatives with an enabling backer (leverProfile by source): ${word(byInitiatives!)} (${listed(profileCounts, 'links')})`
        : '');
    const profileNote =
      byInitiatives && byInitiatives !== lever
        ? `; the lever profile puts ${word(byInitiatives)} ${most ? 'first' : 'last'} because it counts initiatives with at least one enabling backer, not mentions`
        : '';
    return {
      question: q,
      reported,
      computed,
      verdict: agrees ? 'AGREES' : 'DISAGREES',
      reason: agrees
        ? `lever links citing ${source} put ${word(lever)} ${most ? 'first' : 'last'}, as the report does${profileNote}`
        : `${MENTIONS}${byPassages === lever ? `; counted by distinct cited passages instead, the graph agrees (${word(lever)})` : ''}${profileNote}`,
    };
  }
  if (q === 'LEVER_IN_EVERY_SITE' && lever) {
    const missing = sites.filter((s) => linksOf(s, lever) === 0);
    const agrees = sites.length > 0 && missing.length === 0;
    const empty = missing.filter((s) => s.levers.every((x) => x.links === 0));
    const others = missing.filter((s) => !empty.includes(s));
    const names = (xs: SiteLevers[]) => xs.map((s) => s.name).join(', ');
    return {
      question: q,
      reported: `${LEVER[lever].label} levers are found in every case-study site`,
      computed: `${sites.length - missing.length} of ${sites.length} case-study sites have ${word(lever)} lever links citing ${source}`,
      verdict: agrees ? 'AGREES' : 'DISAGREES',
      reason: agrees
        ? `every case-study site has an initiative located in it with a ${word(lever)} lever link`
        : [
            'the report counts what interviewees in each site said; the graph counts lever links on initiatives it places in a site, and the report often says "one site" without naming it',
            empty.length ? `no initiative with a lever link is placed in ${names(empty)}` : '',
            others.length ? `${names(others)} ha${others.length > 1 ? 've' : 's'} only other levers recorded` : '',
          ]
            .filter(Boolean)
            .join('; '),
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
