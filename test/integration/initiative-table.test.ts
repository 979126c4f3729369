/**
 * The initiatives table on the seeded graph: each filter checked against the seed files or the initiatives API
 * (a separate statement), server-side sort and pages, the header's counts, and the CSV and XLSX downloads holding
 * exactly the rows of the view.
 */
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { describe, expect, inject, it } from 'vitest';
import { gql, gqlOk } from '../support/helpers.js';
import { seedDataset } from '../support/seed.js';

type Row = {
  initiative: { id: string; name: string };
  status: string;
  alignment: string;
  opposing: number;
  flags: string[];
  levers: { lever: string; state: string; enabling: number; opposing: number }[];
  citations: { sourceId: string; line: number; quote: string }[];
};
type Table = {
  total: number;
  offset: number;
  hasNextPage: boolean;
  byStatus: { status: string; count: number }[];
  byFlag: { flag: string; count: number }[];
  byLeverState: { lever: string; state: string; count: number }[];
  rows: Row[];
};
const Q = `query($f: InitiativeTableFilter, $sort: InitiativeTableSort, $d: Boolean, $first: Int, $offset: Int, $asOf: String) {
  t: initiativeTable(filter: $f, sort: $sort, descending: $d, first: $first, offset: $offset, asOf: $asOf) {
    total offset hasNextPage byStatus { status count } byFlag { flag count } byLeverState { lever state count }
    rows { initiative { id name } status alignment opposing flags levers { lever state enabling opposing }
      citations { sourceId line quote } }
  }
}`;
const table = async (vars: Record<string, unknown>) => (await gqlOk<{ t: Table }>(Q, vars)).t;
const GATESHEAD = 'place-gateshead';
const NORTH_EAST = 'place-north-east-england';
const lever = (r: Row, l: string) => r.levers.find((x) => x.lever === l)!;

/** From the seed files: initiatives LOCATED_IN the place or a place WITHIN it at any depth. */
function seedInitiativesIn(place: string): Set<string> {
  const within = links().filter((l) => l.type === 'WITHIN');
  const places = new Set([place]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const w of within)
      if (places.has(w.to) && !places.has(w.from)) {
        places.add(w.from);
        grew = true;
      }
  }
  return new Set(
    links()
      .filter((l) => l.type === 'LOCATED_IN' && places.has(l.to))
      .map((l) => l.from),
  );
}

const links = () => [...seedDataset().links.values()];
const seedInitiatives = () =>
  new Set([...seedDataset().nodes.values()].filter((n) => n.label === 'Initiative').map((n) => n.props.id as string));
const today = new Date().toISOString().slice(0, 10);
/** Valid today, comparing dates at their own precision (YYYY, YYYY-MM or YYYY-MM-DD). */
const current = (l: { validFrom?: string | null; validTo?: string | null }) =>
  (!l.validFrom || l.validFrom <= today.slice(0, l.validFrom.length)) &&
  (!l.validTo || l.validTo >= today.slice(0, l.validTo.length));
/** From the seed files: the levers with an enabling backer today, per initiative. */
function seedEnabled(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const l of links())
    if (l.type === 'LEVER' && l.stance === 'ENABLES' && current(l)) {
      const set = out.get(l.to) ?? new Set<string>();
      set.add(l.lever as string);
      out.set(l.to, set);
    }
  return out;
}
const onlySeed = (rows: Row[]) => {
  const seed = seedInitiatives();
  return rows.map((r) => r.initiative.id).filter((id) => seed.has(id));
};

/** All rows of a view, page by page. */
async function allPages(vars: Record<string, unknown>, first: number) {
  const rows: Row[] = [];
  for (let offset = 0; ; offset += first) {
    const t = await table({ ...vars, first, offset });
    rows.push(...t.rows);
    if (!t.hasNextPage) return rows;
  }
}

describe('initiativeTable filters', () => {
  it('a place holds the initiatives of the places within it, at any depth', async () => {
    const ne = await table({ f: { place: NORTH_EAST }, first: 500 });
    const seedIds = seedInitiativesIn(NORTH_EAST);
    // Gateshead is within the North East: its initiatives are in the North East's table.
    for (const id of seedInitiativesIn(GATESHEAD)) expect(seedIds.has(id)).toBe(true);
    expect(new Set(onlySeed(ne.rows))).toEqual(seedIds);
    // England holds the North East (two levels up from Gateshead).
    const england = await table({ f: { place: 'place-england' }, first: 500 });
    const englandIds = new Set(england.rows.map((r) => r.initiative.id));
    for (const id of seedInitiativesIn(GATESHEAD)) expect(englandIds.has(id)).toBe(true);
  }, 300_000);

  it('"lacking a sponsor or community voice" keeps exactly the rows with no enabling backer on one of them', async () => {
    // The North East: it holds Gateshead's initiatives (none with a community voice recorded) and at least one
    // initiative with both a sponsor and a community voice, so the filter keeps some rows and drops others.
    const all = await table({ f: { place: NORTH_EAST }, first: 500 });
    const lacking = await table({ f: { place: NORTH_EAST, lacking: ['DOWNWARD', 'UPWARD'] }, first: 500 });
    expect(lacking.total).toBeGreaterThan(0);
    expect(lacking.total).toBeLessThan(all.total);
    const expected = all.rows
      .filter((r) => lever(r, 'DOWNWARD').enabling === 0 || lever(r, 'UPWARD').enabling === 0)
      .map((r) => r.initiative.id);
    expect(lacking.rows.map((r) => r.initiative.id)).toEqual(expected);
    // The same from the seed files.
    const enabled = seedEnabled();
    const fromSeed = [...seedInitiativesIn(NORTH_EAST)]
      .filter((id) => !enabled.get(id)?.has('DOWNWARD') || !enabled.get(id)?.has('UPWARD'))
      .sort();
    expect(onlySeed(lacking.rows).sort()).toEqual(fromSeed);
    // Lever states follow the counts: PRESENT when an enabling backer is recorded, else NOT_RECORDED.
    for (const r of all.rows)
      for (const l of r.levers) expect(l.state).toBe(l.enabling > 0 ? 'PRESENT' : 'NOT_RECORDED');
  }, 300_000);

  it('filters by lever state, status, alignment, flag, framework element, group, organisation and partnership', async () => {
    const everything = await allPages({}, 500);
    const noSponsor = await table({ f: { levers: [{ lever: 'DOWNWARD', states: ['NOT_RECORDED'] }] }, first: 500 });
    expect(noSponsor.total).toBe(everything.filter((r) => lever(r, 'DOWNWARD').state === 'NOT_RECORDED').length);
    expect(noSponsor.rows.every((r) => lever(r, 'DOWNWARD').enabling === 0)).toBe(true);
    const absent = await table({ f: { levers: [{ lever: 'UPWARD', states: ['ABSENT'] }] } });
    expect(absent.total).toBe(0);

    const contested = await table({ f: { alignment: ['CONTESTED'] }, first: 500 });
    expect(contested.total).toBe(everything.filter((r) => r.alignment === 'CONTESTED').length);
    expect(contested.total).toBeGreaterThan(0);
    const single = await table({ f: { flags: ['SINGLE_SPONSOR', 'NO_COMMUNITY_VOICE'] }, first: 500 });
    expect(single.total).toBe(
      everything.filter((r) => r.flags.includes('SINGLE_SPONSOR') && r.flags.includes('NO_COMMUNITY_VOICE')).length,
    );
    const active = await table({ f: { status: ['ACTIVE'] }, first: 500 });
    expect(active.rows.every((r) => r.status === 'ACTIVE')).toBe(true);
    expect(active.total).toBe(everything.filter((r) => r.status === 'ACTIVE').length);

    // Framework element, target group, organisation and partnership agree with the seed files.
    const seed = seedDataset();
    const all = links();
    const nodes = [...seed.nodes.values()];
    const backs = ['LEVER', 'COMMISSIONS', 'DELIVERS', 'FUNDS'];
    const group = all.find((l) => l.type === 'TARGETS')!.to;
    const partnerships = new Set(nodes.filter((n) => n.label === 'Partnership').map((n) => n.props.id as string));
    const pship = all.find((l) => l.type === 'LEVER' && partnerships.has(l.from) && !l.validTo)!.from;
    const org = 'org-gateshead-council';
    const partsOf = new Set(all.filter((l) => l.type === 'PART_OF' && l.to === org).map((l) => l.from));
    const members = new Set(all.filter((l) => l.type === 'MEMBER_OF' && l.to === pship).map((l) => l.from));
    const backedBy = (who: (id: string) => boolean) =>
      [...new Set(all.filter((l) => backs.includes(l.type) && current(l) && who(l.from)).map((l) => l.to))].sort();
    const cases: [Record<string, unknown>, string[]][] = [
      [
        { frameworkElement: 'E7' },
        nodes
          .filter((n) => n.label === 'Initiative' && ((n.props.frameworkElements as string[]) ?? []).includes('E7'))
          .map((n) => n.props.id as string)
          .sort(),
      ],
      [
        { targetGroup: group },
        [...new Set(all.filter((l) => l.type === 'TARGETS' && l.to === group).map((l) => l.from))].sort(),
      ],
      [{ organisation: org }, backedBy((id) => id === org || partsOf.has(id))],
      [{ partnership: pship }, backedBy((id) => id === pship || members.has(id))],
    ];
    for (const [f, want] of cases) {
      const t = await table({ f, first: 500 });
      expect(onlySeed(t.rows).sort(), JSON.stringify(f)).toEqual(want);
      expect(want.length, JSON.stringify(f)).toBeGreaterThan(0);
    }
  }, 300_000);
});

describe('initiativeTable sort, pages and counts', () => {
  it('sorts on the server and pages without gaps or repeats', async () => {
    const full = await table({ sort: 'DOWNWARD', d: true, first: 500 });
    const counts = full.rows.map((r) => lever(r, 'DOWNWARD').enabling);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts[0]).toBeGreaterThan(counts[counts.length - 1]!);
    const paged = await allPages({ sort: 'DOWNWARD', d: true }, 90);
    expect(paged.map((r) => r.initiative.id)).toEqual(full.rows.map((r) => r.initiative.id));
    const byFlags = await table({ sort: 'FLAGS', d: true, first: 500 });
    const n = byFlags.rows.map((r) => r.flags.length);
    expect(n).toEqual([...n].sort((a, b) => b - a));
    const byAlignment = await table({ sort: 'ALIGNMENT', first: 500 });
    const order = ['ALIGNED', 'PARTIAL', 'CONTESTED', 'UNKNOWN'];
    const idx = byAlignment.rows.map((r) => order.indexOf(r.alignment));
    expect(idx).toEqual([...idx].sort((a, b) => a - b));
    const byName = await table({ first: 500 });
    const names = byName.rows.map((r) => r.initiative.name.toLocaleLowerCase('en-GB'));
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  }, 300_000);

  it('counts every matching initiative for the header, not only the page', async () => {
    const rows = await allPages({ f: { place: GATESHEAD } }, 3);
    const t = await table({ f: { place: GATESHEAD }, first: 3 });
    expect(t.rows).toHaveLength(3);
    expect(t.total).toBe(rows.length);
    for (const l of ['DOWNWARD', 'SIDEWARD', 'UPWARD'])
      for (const s of ['PRESENT', 'NOT_RECORDED'])
        expect(t.byLeverState.find((c) => c.lever === l && c.state === s)!.count).toBe(
          rows.filter((r) => lever(r, l).state === s).length,
        );
    for (const f of t.byFlag) expect(f.count, f.flag).toBe(rows.filter((r) => r.flags.includes(f.flag)).length);
    for (const s of t.byStatus) expect(s.count).toBe(rows.filter((r) => r.alignment === s.status).length);
  });

  it('gives each row the citations behind its lever counts, and refuses bad arguments by name', async () => {
    const t = await table({ f: { place: GATESHEAD }, first: 500 });
    const backed = t.rows.find((r) => r.levers.some((l) => l.enabling > 0))!;
    expect(backed.citations.length).toBeGreaterThan(0);
    expect(backed.citations[0]!.quote.length).toBeGreaterThan(0);
    const bad = await gql(Q, { asOf: 'last year' });
    expect(bad.errors![0]!.extensions!.field).toBe('asOf');
    const big = await gql(Q, { first: 501 });
    expect(big.errors![0]!.extensions!.field).toBe('first');
  });
});

describe('the table downloads', () => {
  const query = `place=${GATESHEAD}&lacking=DOWNWARD,UPWARD&sort=FLAGS&desc=1`;
  it('CSV and XLSX hold every row of the view, in its sort, with flags and citations', async () => {
    const t = await table({
      f: { place: GATESHEAD, lacking: ['DOWNWARD', 'UPWARD'] },
      sort: 'FLAGS',
      d: true,
      first: 2,
    });
    const rows = await allPages(
      { f: { place: GATESHEAD, lacking: ['DOWNWARD', 'UPWARD'] }, sort: 'FLAGS', d: true },
      2,
    );
    expect(t.total).toBe(rows.length);
    const base = inject('apiUrl');
    const res = await fetch(`${base}/export/initiative-table.csv?${query}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/levermap-initiative-table-.*\.csv/);
    const csv = parse((await res.text()).replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
    expect(csv.map((r) => r.Id)).toEqual(rows.map((r) => r.initiative.id));
    expect(Object.keys(csv[0]!)).toEqual(expect.arrayContaining(['Flags', 'Citations', 'Sponsor (downward)']));
    for (const [i, r] of rows.entries()) {
      for (const c of r.citations) expect(csv[i]!.Citations).toContain(c.quote);
      expect(csv[i]!['Sponsor (downward)']).toBe(
        lever(r, 'DOWNWARD').state === 'PRESENT' ? 'Recorded' : 'Not recorded',
      );
    }
    const flagged = csv.find((r) => r.Flags);
    expect(flagged).toBeDefined();

    const x = await fetch(`${base}/export/initiative-table.xlsx?${query}`);
    expect(x.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await x.arrayBuffer()) as never);
    const ws = wb.getWorksheet('Initiatives')!;
    const ids: string[] = [];
    ws.eachRow((row, n) => {
      if (n > 1) ids.push(String(row.getCell(2).value));
    });
    expect(ids).toEqual(rows.map((r) => r.initiative.id));
  });

  it('refuses a view it does not know, naming the key, and sends no file', async () => {
    const base = inject('apiUrl');
    const res = await fetch(`${base}/export/initiative-table.csv?sort=BOGUS`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { field: string; message: string } };
    expect(body.error.field).toBe('sort');
    expect(body.error.message).toContain('BOGUS');
  });
});
