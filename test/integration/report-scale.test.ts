/**
 * The alignment report counts from lean facts (cypher/analysis/alignment-summary.cypher) and reads its page as
 * initiative(id) does; the lever profile sums up each initiative once before grouping. Both must answer as before:
 * on the seed and on two hub partnerships with edge cases (test/cypher/report-hubs.cypher), at a date before and
 * after the fixture's changes, with and without unverified claims, the report gives every initiative the status and
 * flags its whole facts give (alignmentRows, as the CSV export reads them), and the lever profile gives the rows
 * the statement it replaced gives (test/cypher/lever-profile-reference.cypher).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alignmentRows } from '../../api/features/alignment/report.js';
import { claimsArg } from '../../api/features/shared/args.js';
import { ALIGNMENT_FLAGS } from '../../model/vocabulary.js';
import { gqlOk, testDatabase, testStatement, uniqueId } from '../support/helpers.js';

const db = testDatabase();
const p = uniqueId('rhub');
const today = new Date().toISOString().slice(0, 10);
const DATES = ['2014', today];
const CLAIMS = [true, false];
const GROUPS = ['PLACE', 'TARGET_GROUP', 'FRAMEWORK_ELEMENT', 'LEVER_CLASS', 'ORGANISATION_TYPE', 'SOURCE'];

beforeAll(async () => {
  await db.write(testStatement('report-hubs'), { p, n: 300 }, 120_000);
}, 240_000);
afterAll(async () => {
  await db.write(testStatement('hub-partnership-cleanup'), { p }, 120_000);
  await db.close();
});

interface Item {
  initiative: { id: string };
  alignment: { status: string; flags: { flag: string }[] };
}
const report = async (asOf: string, unverified: boolean, args = 'first: 5000') =>
  (
    await gqlOk(
      `query($a: String, $u: Boolean) { alignmentReport(asOf: $a, includeUnverified: $u, ${args}) { total byStatus { status count } byFlag { flag count } items { initiative { id } alignment { status flags { flag } } } } }`,
      { a: asOf, u: unverified },
    )
  ).alignmentReport as {
    total: number;
    byStatus: { status: string; count: number }[];
    byFlag: { flag: string; count: number }[];
    items: Item[];
  };

/** Every initiative's status and flags from its whole facts, in the report's order. */
async function whole(asOf: string, unverified: boolean) {
  const rows = await alignmentRows(db, { asOf, claims: claimsArg(unverified) });
  return rows.map((r) => ({ id: r.facts.id, status: r.alignment.status, flags: r.alignment.flags.map((f) => f.flag) }));
}
const flagsOf = (items: Item[], id: string) =>
  items.find((i) => i.initiative.id === id)!.alignment.flags.map((f) => f.flag);

describe('the alignment report from lean facts', () => {
  for (const asOf of DATES)
    for (const unverified of CLAIMS)
      it(`gives every initiative its whole facts' status and flags, and their counts (asOf ${asOf}, unverified ${unverified})`, async () => {
        const [got, want] = [await report(asOf, unverified), await whole(asOf, unverified)];
        expect(
          got.items.map((i) => ({
            id: i.initiative.id,
            status: i.alignment.status,
            flags: i.alignment.flags.map((f) => f.flag),
          })),
        ).toEqual(want);
        expect(got.total).toBe(want.length);
        expect(got.byStatus).toEqual(
          ['ALIGNED', 'PARTIAL', 'CONTESTED', 'UNKNOWN'].map((status) => ({
            status,
            count: want.filter((w) => w.status === status).length,
          })),
        );
        expect(got.byFlag).toEqual(
          ALIGNMENT_FLAGS.map((flag) => ({ flag, count: want.filter((w) => w.flags.includes(flag)).length })),
        );
      });

  it('fires the fixture rules it was built for, and NO_VCSE_PARTNER only once the hub VCSE member has left', async () => {
    const [now, before] = [(await report(today, true)).items, (await report('2014', true)).items];
    expect(flagsOf(now, `${p}-i0`)).toContain('NO_VCSE_PARTNER');
    expect(flagsOf(before, `${p}-i0`)).not.toContain('NO_VCSE_PARTNER');
    expect(flagsOf(now, `${p}-i1`)).toEqual(
      expect.arrayContaining(['COMMISSIONER_IS_PROVIDER', 'LEADERSHIP_WITHOUT_SPONSORSHIP', 'SINGLE_SPONSOR']),
    );
    expect(flagsOf(now, `${p}-i2`)).toContain('FUNDING_ENDS_BEFORE_BENEFIT');
    expect(flagsOf(now, `${p}-i3`)).toContain('OPPOSED');
    expect(flagsOf(now, `${p}-i7`)).toContain('DISCONTINUED_OR_AT_RISK');
    // i5's VCSE deliverer stopped in 2012 and the hub's VCSE member left in 2015.
    expect(flagsOf(now, `${p}-i5`)).toContain('NO_VCSE_PARTNER');
  });

  it('filters by status and flag and pages as the whole facts do', async () => {
    const got = await report(today, true, 'status: [PARTIAL], flags: [NO_VCSE_PARTNER, OPPOSED], first: 3, offset: 1');
    const matching = (await whole(today, true)).filter(
      (w) => w.status === 'PARTIAL' && w.flags.some((f) => f === 'NO_VCSE_PARTNER' || f === 'OPPOSED'),
    );
    expect(matching.length).toBeGreaterThan(4);
    expect(got.total).toBe(matching.length);
    expect(got.items.map((i) => i.initiative.id)).toEqual(matching.slice(1, 4).map((m) => m.id));
  });
});

describe('the lever profile summed up per initiative', () => {
  for (const asOf of DATES)
    for (const unverified of CLAIMS)
      it(`answers as the statement it replaced, for every grouping (asOf ${asOf}, unverified ${unverified})`, async () => {
        for (const groupBy of GROUPS) {
          const params = { groupBy, asOf, claims: claimsArg(unverified) };
          const [got, want] = [
            await db.read('analysis/lever-profile', params),
            await db.read(testStatement('lever-profile-reference'), params),
          ];
          expect(got.length, groupBy).toBeGreaterThan(0);
          expect(got, groupBy).toEqual(want);
        }
      });

  it('counts the fixture place and target group', async () => {
    const { leverProfile } = await gqlOk(`{ leverProfile(groupBy: PLACE) { key initiatives sideward } }`);
    expect(leverProfile.find((r: { key: string }) => r.key === `${p}-place`)).toEqual({
      key: `${p}-place`,
      initiatives: 5,
      sideward: 5,
    });
    const byGroup = await db.read('analysis/lever-profile', {
      groupBy: 'TARGET_GROUP',
      asOf: today,
      claims: claimsArg(true),
    });
    expect(byGroup.find((r) => r.key === `${p}-tg`)).toMatchObject({ initiatives: 4, opposing: 1, contested: 1 });
  });
});
