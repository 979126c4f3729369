/**
 * The seeded graph reproduces document 000's lever findings (000:L832, L867, L1446): downward levers were cited
 * most and upward levers least. "Cited" is measured as the distinct passages of 000 that the graph records as
 * evidence of each lever. The counts are computed from the seed files, never written down here, and compared
 * with what the API computes from Neo4j.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../seed/dataset.js';
import { SEED_DIR } from '../../seed/paths.js';
import { gqlOk } from '../support/helpers.js';

const LEVERS = ['DOWNWARD', 'SIDEWARD', 'UPWARD'] as const;
function fromSeedFiles() {
  const today = new Date().toISOString().slice(0, 10);
  const ds = loadDataset(SEED_DIR);
  const current = (l: { validFrom?: string; validTo?: string }) =>
    (!l.validFrom || l.validFrom <= today.slice(0, l.validFrom.length)) &&
    (!l.validTo || l.validTo >= today.slice(0, l.validTo.length));
  const cited = [...ds.links.values()].filter(
    (l) => l.type === 'LEVER' && current(l) && l.evidence.some((e) => e.sourceId === '000'),
  );
  return LEVERS.map((lever) => {
    const ls = cited.filter((l) => l.lever === lever);
    return {
      lever,
      links: ls.length,
      enabling: ls.filter((l) => l.stance === 'ENABLES').length,
      opposing: ls.filter((l) => l.stance === 'OPPOSES').length,
      initiatives: new Set(ls.map((l) => l.to)).size,
      backers: new Set(ls.map((l) => l.from)).size,
      passages: new Set(ls.flatMap((l) => l.evidence.filter((e) => e.sourceId === '000').map((e) => e.line))).size,
    };
  });
}

describe('document 000 lever findings', () => {
  it('the graph counts the same evidence per lever as the seed files', async () => {
    const { leverEvidence } = await gqlOk(
      `{ leverEvidence(source: "000") { lever links enabling opposing initiatives backers passages } }`,
    );
    expect(leverEvidence).toEqual(fromSeedFiles());
  });

  it('downward levers are cited in the most passages and upward in the fewest (000:L867, L1446)', async () => {
    const { leverEvidence } = await gqlOk(`{ leverEvidence(source: "000") { lever links initiatives passages } }`);
    const by = Object.fromEntries(leverEvidence.map((r: { lever: string }) => [r.lever, r])) as Record<
      string,
      { links: number; initiatives: number; passages: number }
    >;
    // "more references to downward levers than for sideward or upward levers" (000:L867)
    expect(by.DOWNWARD!.passages).toBeGreaterThan(by.SIDEWARD!.passages);
    expect(by.DOWNWARD!.passages).toBeGreaterThan(by.UPWARD!.passages);
    // "Upward levers were the least mentioned" (000:L1446), however counted.
    for (const measure of ['passages', 'links', 'initiatives'] as const) {
      expect(by.UPWARD![measure]).toBeLessThan(Math.min(by.DOWNWARD![measure], by.SIDEWARD![measure]));
    }
  });

  it('the lever profile of source 000 agrees: fewest initiatives with an upward lever', async () => {
    const { leverProfile } = await gqlOk(
      `{ leverProfile(groupBy: SOURCE) { key initiatives downward sideward upward } }`,
    );
    const row = leverProfile.find((r: { key: string }) => r.key === '000');
    expect(row.initiatives).toBeGreaterThan(0);
    expect(row.upward).toBeLessThan(Math.min(row.downward, row.sideward));
  });
});
