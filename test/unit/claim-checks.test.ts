/** The consistency check of report-level claims against what the graph computes, on counts made up for each case. */
import { describe, expect, it } from 'vitest';
import { compareClaim, type LeverCount, type SiteLevers } from '../../api/features/findings/consistency.js';
import type { FindingRow } from '../../api/features/findings/rows.js';

const claim = (over: Partial<FindingRow>): FindingRow => ({
  id: 'finding-x',
  kind: 'CLAIM',
  text: 'A claim.',
  about: ['000'],
  value: null,
  low: null,
  high: null,
  unit: null,
  period: null,
  population: null,
  checkQuestion: null,
  checkLever: null,
  checkCount: null,
  evidence: [{ sourceId: '000', line: 867, quote: 'x' }],
  ...over,
});
const counts = (d: number, s: number, u: number, pd = d, ps = s, pu = u): LeverCount[] => [
  { lever: 'DOWNWARD', links: d, passages: pd },
  { lever: 'SIDEWARD', links: s, passages: ps },
  { lever: 'UPWARD', links: u, passages: pu },
];
const site = (name: string, d: number, s: number, u = 0): SiteLevers => ({
  id: name,
  name,
  levers: [
    { lever: 'DOWNWARD', links: d },
    { lever: 'SIDEWARD', links: s },
    { lever: 'UPWARD', links: u },
  ],
});

describe('report-level claims beside the graph', () => {
  const most = claim({ checkQuestion: 'MOST_MENTIONED_LEVER', checkLever: 'DOWNWARD' });

  it('agrees when the lever links put the same lever first, and says the profile counts initiatives when it differs', () => {
    const c = compareClaim(most, '000', counts(60, 59, 31), [], { downward: 40, sideward: 45, upward: 20 })!;
    expect(c.verdict).toBe('AGREES');
    expect(c.reason).toMatch(/lever profile puts sideward first because it counts initiatives/);
    expect(c.computed).toContain('downward 60, sideward 59, upward 31');
  });

  it('disagrees when links put another lever first, saying the graph counts links and the report mentions', () => {
    const c = compareClaim(most, '000', counts(50, 59, 31, 43, 34, 20), [])!;
    expect(c.verdict).toBe('DISAGREES');
    expect(c.reason).toMatch(/report counts references .* the graph counts lever links/);
    expect(c.reason).toMatch(/by distinct cited passages instead, the graph agrees \(downward\)/);
  });

  it('checks the least mentioned lever the same way', () => {
    const least = claim({ checkQuestion: 'LEAST_MENTIONED_LEVER', checkLever: 'UPWARD' });
    expect(compareClaim(least, '000', counts(60, 59, 31), [])!.verdict).toBe('AGREES');
    expect(compareClaim(least, '000', counts(60, 20, 31), [])!.verdict).toBe('DISAGREES');
  });

  it('names the sites without the lever, telling empty sites from sites with other levers only', () => {
    const every = claim({ checkQuestion: 'LEVER_IN_EVERY_SITE', checkLever: 'DOWNWARD' });
    const c = compareClaim(every, '000', [], [site('Site A', 0, 3), site('Site B', 2, 1), site('Site C', 0, 0)])!;
    expect(c.verdict).toBe('DISAGREES');
    expect(c.computed).toBe('1 of 3 case-study sites have downward lever links citing 000');
    expect(c.reason).toContain('no initiative with a lever link is placed in Site C');
    expect(c.reason).toContain('Site A has only other levers recorded');
    expect(compareClaim(every, '000', [], [site('Site B', 2, 1)])!.verdict).toBe('AGREES');
  });

  it('counts the sites where sideward leads against the number the document gives', () => {
    const one = claim({ checkQuestion: 'SITES_WHERE_SIDEWARD_LEADS', checkCount: 1 });
    expect(compareClaim(one, '000', [], [site('Site A', 1, 3), site('Site B', 2, 1)])!.verdict).toBe('AGREES');
    const two = compareClaim(one, '000', [], [site('Site A', 1, 3), site('Site B', 0, 1)])!;
    expect(two.verdict).toBe('DISAGREES');
    expect(two.computed).toContain('Site A, Site B');
  });

  it('has nothing to say about a claim without a check', () => {
    expect(compareClaim(claim({}), '000', counts(1, 1, 1), [])).toBeNull();
  });
});
