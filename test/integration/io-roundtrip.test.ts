/**
 * Export then import into an empty database gives the same graph, by canonical hash, in every format; and
 * a scoped export imports as exactly that scope. Runs on a second Neo4j of its own (port 7753 unless
 * LEVERMAP_TEST_SECOND_BOLT_PORT says otherwise), loaded with the seed dataset, which it empties at will.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../api/db/database.js';
import { migrate } from '../../api/db/migrate.js';
import { readGraph, writeCombinedCsv, writeCsvFiles, writeJson, writeXlsx } from '../../api/features/io/export.js';
import { canonicalHash } from '../../api/features/io/hash.js';
import { importData } from '../../api/features/io/import.js';
import { CLI_LIMITS, type ImportFormat, type InputFile } from '../../api/features/io/read.js';
import { startLocalNeo4j, type LocalNeo4j } from '../../db/neo4j.js';
import { loadSeed } from '../../api/features/seed/load.js';
import { SEED } from '../support/seed.js';
import { testStatement } from '../support/helpers.js';
import { linkId } from '../../model/ids.js';

let dir: string;
let neo: LocalNeo4j;
let db: Database;

/** Values that are easy to lose on the way: formula-like text, non-ASCII, lists, identifiers, dates, inferred levers. */
const EXTRA = {
  sources: [{ id: 'rt-src', title: 'Round-trip source – “quoted”, £', year: 2024, url: 'https://example.org/a?b=c;d' }],
  organisations: [
    {
      id: 'org-rt-one',
      name: '=SUM(1,2) Trust',
      type: 'VCSE',
      aliases: ['@one', 'Ünïcode name'],
      description: 'Line one\nline two; with a semicolon',
      charityNumber: '1123456',
      companyNumber: '01234567',
      giving360Id: 'GB-CHC-1123456',
      odsCode: 'RT1',
      placeholder: true,
      evidence: [
        { sourceId: 'rt-src', line: 3, quote: '+ a plus-led quote' },
        { sourceId: '003', line: 214, quote: 'Local authority' },
      ],
    },
  ],
  initiatives: [
    {
      id: 'ini-rt',
      name: 'Round-trip initiative',
      kind: 'PILOT',
      evidence: [{ sourceId: 'rt-src', line: 5, quote: 'an initiative' }],
      // Both kinds of confirmed absence: a source's statement and an editor's "checked: none".
      leverAbsences: [
        { lever: 'DOWNWARD', evidence: [{ sourceId: 'rt-src', line: 6, quote: 'no sponsor was found' }] },
        { lever: 'SIDEWARD', checkedBy: 'officer-rt', checkedOn: '2026-11-30', note: '=HWB papers read; none' },
      ],
    },
  ],
  places: [
    {
      id: 'place-rt',
      name: 'Round-trip place',
      kind: 'LA_AREA',
      code: 'E08000037',
      evidence: [{ sourceId: 'rt-src', line: 1, quote: 'here' }],
    },
  ],
  links: [
    {
      type: 'LEVER',
      from: 'org-rt-one',
      to: 'ini-rt',
      lever: 'UPWARD',
      stance: 'OPPOSES',
      confidence: 'INFERRED',
      reason: "A curator's reading",
      class: 'community of place',
      validFrom: '2015-04',
      validTo: '2016',
      evidence: [{ sourceId: 'rt-src', line: 2, quote: '-minus-led' }],
    },
    {
      type: 'WORKS_IN',
      from: 'org-rt-one',
      to: 'place-rt',
      role: 'lead',
      evidence: [{ sourceId: 'rt-src', line: 4, quote: 'works there' }],
    },
  ],
  // A figure with a decimal range about a node and a link, and a report-level claim about a source with its check.
  findings: [
    {
      id: 'finding-rt-figure',
      kind: 'FIGURE',
      about: ['ini-rt', 'LEVER:org-rt-one:ini-rt:UPWARD'],
      text: '=Every £1 returned £1.20; “range” 0.8 to 1.6',
      value: 1.2,
      low: 0.8,
      high: 1.6,
      unit: 'GBP per £1',
      period: '2015-16',
      population: 'Ünïcode people',
      evidence: [
        { sourceId: 'rt-src', line: 7, quote: '£1.20' },
        { sourceId: '003', line: 214, quote: 'Local authority' },
      ],
    },
    {
      id: 'finding-rt-claim',
      kind: 'CLAIM',
      about: ['rt-src'],
      text: 'Downward levers were mentioned most.',
      check: { question: 'MOST_MENTIONED_LEVER', lever: 'DOWNWARD', count: 3 },
      evidence: [{ sourceId: 'rt-src', line: 8, quote: 'downward levers' }],
    },
  ],
};

async function wipe() {
  for (;;) {
    const [r] = await db.write(testStatement('wipe'), { batch: 10_000 });
    if (Number(r!.done) === 0) break;
  }
}

const load = (format: ImportFormat, files: InputFile[], dryRun = false) =>
  importData(db, format, files, { dryRun, limits: CLI_LIMITS });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'levermap-io-roundtrip-'));
  neo = await startLocalNeo4j({
    dataDir: dir,
    boltPort: Number(process.env.LEVERMAP_TEST_SECOND_BOLT_PORT ?? 7753),
    txTimeoutSeconds: 300,
    txMemoryMb: 1024,
    heap: '1g',
    log: () => {},
  });
  db = new Database({ ...neo, database: 'neo4j', queryTimeoutMs: 60_000 });
  await migrate(db);
  await loadSeed(db);
  const r = await load('JSON', [{ content: Buffer.from(JSON.stringify(EXTRA)) }]);
  expect(r.problems).toEqual([]);
});

afterAll(async () => {
  await db?.close();
  await neo?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// Before the round trips, while the seed's documents are held: exports carry no passages, so after a round trip
// the quotes of 003 cannot be checked.
describe('findings on import', () => {
  it("checks a finding's citations, figure and what it is about, and writes nothing when one is wrong", async () => {
    const figure = EXTRA.findings[0]!;
    const row = (patch: Record<string, unknown>) => [
      { content: Buffer.from(JSON.stringify({ findings: [{ ...figure, id: 'finding-rt-new', ...patch }] })) },
    ];
    const cases: [Record<string, unknown>, string, string][] = [
      [
        { evidence: [{ sourceId: '003', line: 214, quote: 'words that are not on this line' }] },
        'evidence[0].quote',
        'line 214',
      ],
      [{ about: ['ini-rt', 'ini-nowhere-at-all'] }, 'about', 'ini-nowhere-at-all'],
      [{ unit: null }, 'unit', 'a FIGURE needs a unit'],
      [{ low: 2 }, 'high', 'high is below low'],
      [{ kind: 'OUTCOME' }, 'value', 'only a FIGURE carries a value or range'],
    ];
    const before = await canonicalHash(db);
    for (const [patch, column, reason] of cases) {
      const r = await load('JSON', row(patch));
      expect(r.committed, JSON.stringify(patch)).toBe(false);
      expect(r.problems, JSON.stringify(patch)).toEqual([
        expect.objectContaining({ sheet: 'findings', row: 1, column, reason: expect.stringContaining(reason) }),
      ]);
    }
    expect(await canonicalHash(db)).toEqual(before);
    // An id held by a study is refused, naming what holds it.
    const [study] = (await db.read('knowledge/by-label', { label: 'Study', source: null, kind: null, id: null })) as {
      props: { id: string };
    }[];
    if (study) {
      const r = await load('JSON', row({ id: study.props.id }));
      expect(r.problems).toEqual([
        expect.objectContaining({ column: 'id', reason: expect.stringContaining('already the id of a Study') }),
      ]);
    }
  });
});

describe('export then import into an empty database', () => {
  const FORMATS: [string, ImportFormat, () => Promise<InputFile[]>][] = [
    [
      'XLSX',
      'XLSX',
      async () => [{ content: await writeXlsx(await readGraph(db, { kind: 'ALL' }, { authors: true })) }],
    ],
    [
      'CSV, one file per sheet',
      'CSV',
      async () =>
        [...writeCsvFiles(await readGraph(db, { kind: 'ALL' }, { authors: true }))].map(([s, content]) => ({
          name: `${s}.csv`,
          content,
        })),
    ],
    [
      'CSV, one combined file',
      'CSV',
      async () => [{ content: writeCombinedCsv(await readGraph(db, { kind: 'ALL' }, { authors: true })) }],
    ],
    ['JSON', 'JSON', async () => [{ content: writeJson(await readGraph(db, { kind: 'ALL' }, { authors: true })) }]],
  ];
  for (const [name, format, make] of FORMATS) {
    // The whole seed, out and in twice: a minute on a quiet machine, more on a busy one.
    it(`gives the same canonical hash: ${name}`, { timeout: 240_000 }, async () => {
      const before = await canonicalHash(db);
      expect(before.nodes).toBeGreaterThan(900);
      const files = await make();
      await wipe();
      expect(await canonicalHash(db)).toMatchObject({ nodes: 0, links: 0 });
      const r = await load(format, files);
      expect(before.findings).toBeGreaterThanOrEqual(EXTRA.findings.length);
      expect({ problems: r.problems, committed: r.committed, created: r.created }).toEqual({
        problems: [],
        committed: true,
        created: before.nodes + before.links + before.findings,
      });
      expect(await canonicalHash(db)).toEqual(before);
      const again = await load(format, files);
      expect({ created: again.created, updated: again.updated, unchanged: again.unchanged }).toEqual({
        created: 0,
        updated: 0,
        unchanged: before.nodes + before.links + before.findings,
      });
    });
  }

  it('keeps every value of the tricky rows', async () => {
    const g = await readGraph(db, { kind: 'ALL' }, { authors: true });
    // Every row also carries its version, and a link its claim state.
    const version = expect.any(Number);
    expect(g.sheets.get('organisations')!.find((o) => o.id === 'org-rt-one')).toEqual({
      ...EXTRA.organisations[0],
      version,
    });
    expect(g.sheets.get('sources')!.find((o) => o.id === 'rt-src')).toEqual({ ...EXTRA.sources[0], version });
    expect(g.sheets.get('links')!.find((l) => l.from === 'org-rt-one' && l.type === 'LEVER')).toEqual({
      ...EXTRA.links[0],
      version,
      claimStatus: 'VERIFIED',
    });
    const [figure, claim] = EXTRA.findings;
    const findings = g.sheets.get('findings')!;
    expect(findings.find((f) => f.id === figure!.id)).toEqual({ ...figure, version });
    const { check, ...flat } = claim!;
    expect(findings.find((f) => f.id === claim!.id)).toEqual({
      ...flat,
      checkQuestion: check!.question,
      checkLever: check!.lever,
      checkCount: check!.count,
      version,
    });
    // JSON is a seed file: the check nested again.
    const json = JSON.parse(writeJson(g).toString()) as { findings: Record<string, unknown>[] };
    expect(json.findings.find((f) => f.id === claim!.id)).toEqual({ ...claim, version });
  });

  it('treats a stale finding row as a conflict, and applies it only on overwrite', async () => {
    const figure = EXTRA.findings[0]!;
    const edit = (text: string, version?: number) => [
      {
        content: Buffer.from(JSON.stringify({ findings: [{ id: figure.id, text, ...(version ? { version } : {}) }] })),
      },
    ];
    const first = await load('JSON', edit('A newer wording of the figure.'));
    expect({ problems: first.problems, updated: first.updated }).toEqual({ problems: [], updated: 1 });
    const stale = await load('JSON', edit('An older wording.', 1));
    expect(stale.committed).toBe(false);
    expect(stale.conflicts).toEqual([
      expect.objectContaining({ sheet: 'findings', id: figure.id, field: 'text', fileVersion: 1, graphVersion: 2 }),
    ]);
    const forced = await importData(db, 'JSON', edit(figure.text, 1), {
      dryRun: false,
      limits: CLI_LIMITS,
      overwrite: true,
    });
    expect({ committed: forced.committed, updated: forced.updated }).toEqual({ committed: true, updated: 1 });
  });

  it("keeps an initiative's confirmed absences, and who checked only for verifiers", async () => {
    const g = await readGraph(db, { kind: 'ALL' }, { authors: true });
    expect(g.sheets.get('initiatives')!.find((i) => i.id === 'ini-rt')!.leverAbsences).toEqual(
      EXTRA.initiatives[0]!.leverAbsences,
    );
    const [, check] = (await readGraph(db, { kind: 'ALL' }, { authors: false })).sheets
      .get('initiatives')!
      .find((i) => i.id === 'ini-rt')!.leverAbsences as Record<string, unknown>[];
    expect(check).toEqual({ lever: 'SIDEWARD', checkedOn: '2026-11-30', note: '=HWB papers read; none' });
  });

  it("refuses an editor's import that names someone else as checker, and makes an unnamed check the importer's", async () => {
    const editor = { user: 'editor-rt', verifier: false, selfVerify: false };
    const file = (check: Record<string, unknown>) => [
      {
        content: Buffer.from(
          JSON.stringify({ initiatives: [{ id: 'ini-rt', leverAbsences: [{ lever: 'UPWARD', ...check }] }] }),
        ),
      },
    ];
    const named = await importData(db, 'JSON', file({ checkedBy: 'someone-else', checkedOn: '2026-12-01' }), {
      dryRun: true,
      limits: CLI_LIMITS,
      claimant: editor,
    });
    expect(named.problems).toEqual([
      expect.objectContaining({
        sheet: 'initiatives',
        column: 'leverAbsences[0].checkedBy',
        reason: expect.stringContaining('only verifiers and admins import who checked a lever'),
      }),
    ]);
    const badLever = await importData(db, 'JSON', file({ lever: 'SIDEWAYS', checkedOn: '2026-12-01' }), {
      dryRun: true,
      limits: CLI_LIMITS,
      claimant: editor,
    });
    expect(badLever.problems).toEqual([
      expect.objectContaining({ column: 'leverAbsences[0].lever', reason: expect.stringContaining('SIDEWAYS') }),
    ]);
    const mine = await importData(db, 'JSON', file({ checkedOn: '2026-12-01', note: 'none in the plan' }), {
      dryRun: false,
      limits: CLI_LIMITS,
      claimant: editor,
    });
    expect({ problems: mine.problems, committed: mine.committed, updated: mine.updated }).toEqual({
      problems: [],
      committed: true,
      updated: 1,
    });
    const ini = (await readGraph(db, { kind: 'ALL' }, { authors: true })).sheets
      .get('initiatives')!
      .find((i) => i.id === 'ini-rt')!;
    expect(ini.leverAbsences).toEqual([
      ...EXTRA.initiatives[0]!.leverAbsences,
      { lever: 'UPWARD', checkedBy: 'editor-rt', checkedOn: '2026-12-01', note: 'none in the plan' },
    ]);
  });

  it('a scoped export imports as exactly that scope', async () => {
    const scoped = await readGraph(db, { kind: 'PARTNERSHIP', id: 'part-003-lwg-consortium' }, { authors: true });
    const ids = new Set(
      [...scoped.sheets]
        .filter(([s]) => s !== 'links' && s !== 'sources' && s !== 'findings')
        .flatMap(([, rows]) => rows.map((r) => r.id as string)),
    );
    expect(ids).toContain('part-003-lwg-consortium');
    expect(ids).toContain(SEED.liveWellGateshead.id);
    expect(ids).toContain('tg-003-35pct-most-deprived-gateshead');
    for (const l of scoped.sheets.get('links')!) {
      expect(ids).toContain(l.from);
      expect(ids).toContain(l.to);
    }
    // Findings travel with the scope only when everything they are about is in it.
    const linkIds = new Set(scoped.sheets.get('links')!.map((l) => linkId(l as Parameters<typeof linkId>[0])));
    const sources = new Set(scoped.sheets.get('sources')!.map((s) => s.id as string));
    for (const f of scoped.sheets.get('findings')!)
      for (const a of f.about as string[]) expect(ids.has(a) || linkIds.has(a) || sources.has(a), a).toBe(true);
    const json = writeJson(scoped);
    await wipe();
    const r = await load('JSON', [{ content: json }]);
    expect(r.problems).toEqual([]);
    expect(writeJson(await readGraph(db, { kind: 'ALL' }, { authors: true })).toString()).toEqual(json.toString());
  });
});
