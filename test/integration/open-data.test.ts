/**
 * Open data in: the ONS places (codes, WITHIN, the two Wigans merged with every citation) and 360Giving grants in
 * CSV, LibreOffice XLSX, JSON and a GrantNav export, each cited by record, idempotent, and all-or-nothing. Runs on
 * a second Neo4j of its own (LEVERMAP_TEST_SECOND_BOLT_PORT), loaded with the seed, since it merges seed places.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../api/db/database.js';
import { migrate } from '../../api/db/migrate.js';
import { importOpenData } from '../../api/features/io/formats/open-data.js';
import { serviceInitiativeId } from '../../api/features/io/formats/oruk.js';
import { grantInitiativeId } from '../../api/features/io/formats/threesixtygiving.js';
import { canonicalHash } from '../../api/features/io/hash.js';
import { CLI_LIMITS, type ImportFormat } from '../../api/features/io/read.js';
import { loadOnsPlaces } from '../../api/features/places/load.js';
import { ONS_REGION_SOURCE, ONS_SOURCE, onsAreas, onsRegionLookup } from '../../api/features/places/ons.js';
import { loadSeed } from '../../api/features/seed/load.js';
import { decodeCitations } from '../../model/citation.js';
import { startLocalNeo4j, type LocalNeo4j } from '../../db/neo4j.js';
import { testStatement } from '../support/helpers.js';

let neo: LocalNeo4j;
let db: Database;
let dir: string;
const FIX = new URL('../fixtures/opendata/360giving/', import.meta.url);
const fixture = (name: string) => ({ name, content: readFileSync(new URL(name, FIX)) });
const grants = (format: ImportFormat, name: string, dryRun = false) =>
  importOpenData(db, '360giving', format, [fixture(name)], {
    dryRun,
    limits: CLI_LIMITS,
    actor: { auditId: crypto.randomUUID(), user: 'test:opendata', reason: name, verifier: false, selfVerify: false },
  });
const node = async (id: string) => (await db.read(testStatement('opendata-node'), { id }))[0];
const linksOf = (id: string) => db.read(testStatement('opendata-links'), { id });
const places = (name: string, code = '') => db.read(testStatement('opendata-places'), { name, code });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'levermap-open-data-'));
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
}, 600_000);

afterAll(async () => {
  await db?.close();
  await neo?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('ONS places', { timeout: 300_000 }, () => {
  it('reads the committed table: 309 English authorities and their counties, each with a tier', () => {
    const areas = onsAreas();
    expect(areas.filter((a) => a.tier === 'COUNTY').length).toBe(24);
    expect(areas.length).toBe(309 + 24);
    const wigan = areas.find((a) => a.name === 'Wigan')!;
    expect(wigan).toMatchObject({ code: 'E08000010', tier: 'METROPOLITAN_DISTRICT', upperTier: null });
    const district = areas.find((a) => a.tier === 'NON_METROPOLITAN_DISTRICT')!;
    expect(areas.find((a) => a.code === district.upperTier)?.tier).toBe('COUNTY');
    // Nine regions, and every area in one; a county in its districts' region.
    expect(
      onsRegionLookup()
        .regions.map((r) => r.code)
        .sort(),
    ).toEqual(Array.from({ length: 9 }, (_, i) => `E1200000${i + 1}`).sort());
    expect(wigan.region.code).toBe('E12000002');
    expect(areas.find((a) => a.name === 'Cumbria')!.region.code).toBe('E12000002');
    expect(areas.every((a) => /^E12\d{6}$/.test(a.region.code))).toBe(true);
  });

  it('merges the two Wigans by code, keeping every citation and link, and gives places their codes and WITHIN', async () => {
    const before = await places('Wigan');
    expect(before.map((p) => p.id)).toEqual(['place-001-wigan', 'place-004-wigan']);
    const citedBefore = before.flatMap((p) => decodeCitations(p.props as never));
    const linkedBefore = (await Promise.all(before.map((p) => linksOf(String(p.id))))).flat().length;

    const r = await loadOnsPlaces(db);
    expect(r.report.problems).toEqual([]);
    expect(r.report.committed).toBe(true);
    expect(r.merges).toEqual([{ code: 'E08000010', kept: 'place-001-wigan', merged: ['place-004-wigan'] }]);

    const after = await places('Wigan');
    expect(after.map((p) => p.id)).toEqual(['place-001-wigan']);
    const wigan = after[0]!.props as Record<string, unknown>;
    expect(wigan.code).toBe('E08000010');
    const cited = decodeCitations(wigan as never);
    for (const c of citedBefore) expect(cited).toContainEqual(c);
    expect(cited).toContainEqual({ sourceId: ONS_SOURCE.id, line: expect.any(Number), quote: '', record: 'E08000010' });
    const links = await linksOf('place-001-wigan');
    // Every link of either Wigan is now on the one, plus its WITHIN North West.
    expect(links.length).toBe(linkedBefore + 1);
    expect(links.some((l) => String(l.id).includes('place-004-wigan'))).toBe(false);
    expect(await node('place-004-wigan')).toBeUndefined();

    const gateshead = await node('place-gateshead');
    expect((gateshead!.props as Record<string, unknown>).code).toBe('E08000037');
    // A district is WITHIN its county, cited by the dataset's record.
    const [eden] = await places('Eden');
    const within = (await linksOf(String(eden!.id))).find((l) => l.type === 'WITHIN')!;
    expect((await node(String(within.to)))!.props).toMatchObject({ name: 'Cumbria', code: 'E10000006' });
    expect(decodeCitations(within.props as never)).toEqual([
      { sourceId: ONS_SOURCE.id, line: expect.any(Number), quote: '', record: 'E07000030' },
    ]);

    // Upper tiers are WITHIN their region, and regions WITHIN England, each cited by the region lookup's record.
    const up = async (id: string) => {
      const w = (await linksOf(id)).find((l) => l.type === 'WITHIN' && l.from === id)!;
      return { to: String(w.to), props: w.props as Record<string, unknown> };
    };
    const wiganUp = await up('place-001-wigan');
    // The documents' "North West England" is the ONS North West: that place, now with its code.
    expect(wiganUp.to).toBe('place-003-north-west-england');
    expect((await node(wiganUp.to))!.props).toMatchObject({ kind: 'REGION', code: 'E12000002' });
    expect(await places('North West')).toEqual([]);
    expect(decodeCitations(wiganUp.props as never)).toEqual([
      { sourceId: ONS_REGION_SOURCE.id, line: expect.any(Number), quote: '', record: 'E08000010' },
    ]);
    expect(wiganUp.props.confidence).toBe('STATED');
    const cumbriaUp = await up(String(within.to));
    expect((await node(cumbriaUp.to))!.props).toMatchObject({ code: 'E12000002' });
    expect(cumbriaUp.props).toMatchObject({
      confidence: 'INFERRED',
      reason: expect.stringContaining('every district'),
    });
    const regionUp = await up(wiganUp.to);
    expect((await node(regionUp.to))!.props).toMatchObject({ name: 'England', kind: 'NATION' });
    // The documents' "North East England" is the ONS North East: one place, now with its code.
    expect((await node('place-north-east-england'))!.props).toMatchObject({ code: 'E12000001', kind: 'REGION' });
    expect((await places('North East')).map((p) => p.id)).toEqual([]);
    expect((await places('', 'E12000001')).map((p) => p.id)).toEqual(['place-north-east-england']);
  });

  it('loads again without changing anything', async () => {
    const hash = await canonicalHash(db, 'domain');
    const r = await loadOnsPlaces(db);
    expect(r.merges).toEqual([]);
    expect(r.report).toMatchObject({ ok: true, created: 0, updated: 0 });
    expect((await canonicalHash(db, 'domain')).hash).toBe(hash.hash);
  });
});

describe('360Giving grants', { timeout: 300_000 }, () => {
  const ids = [1, 2, 3, 4].map((n) => grantInitiativeId(`360G-LevermapExample-2021-00${n}`));

  it('a bad file lists every problem and writes nothing', async () => {
    const hash = await canonicalHash(db, 'everything');
    const r = await grants('CSV', 'grants-bad.csv');
    expect(r.committed).toBe(false);
    expect(r.problems.map((p) => [p.row, p.column])).toEqual([
      [2, 'Amount Awarded'],
      [3, 'Award Date'],
      [4, 'Identifier'],
    ]);
    expect(r.problems[0]!.reason).toContain('"twelve thousand" is not an amount');
    expect((await canonicalHash(db, 'everything')).hash).toBe(hash.hash);
  });

  it('imports the standard CSV: each grant its own record, cited by its Identifier', async () => {
    const r = await grants('CSV', 'grants.csv');
    expect(r.problems).toEqual([]);
    expect(r.committed).toBe(true);
    const g1 = (await node(ids[0]!))!.props as Record<string, unknown>;
    expect(g1).toMatchObject({
      name: 'Community food network',
      kind: 'GRANT',
      grantId: '360G-LevermapExample-2021-001',
      amountAwarded: '12500',
      currency: 'GBP',
      awardDate: '2021-03-01',
      startDate: '2021-04-01',
      endDate: '2022-03-31',
      durationMonths: 12,
      programme: 'Food Resilience (CF-FOOD)',
    });
    const [ev] = decodeCitations(g1 as never);
    expect(ev).toEqual({
      sourceId: expect.stringMatching(/^360g-/),
      line: 2,
      quote: '',
      record: '360G-LevermapExample-2021-001',
    });
    expect((await node(ev!.sourceId))!.props).toMatchObject({ kind: 'DATASET', file: 'grants.csv' });
    expect(((await node(ids[1]!))!.props as Record<string, unknown>).amountAwarded).toBe('9800.5');

    // One funder, one recipient, two grants: two FUNDS links and two downward levers.
    const l1 = await linksOf(ids[0]!);
    const l2 = await linksOf(ids[1]!);
    const funder = l1.find((l) => l.type === 'FUNDS')!.from;
    expect(l2.find((l) => l.type === 'FUNDS')!.from).toBe(funder);
    expect(l1.find((l) => l.type === 'DELIVERS')!.from).toBe(l2.find((l) => l.type === 'DELIVERS')!.from);
    expect(l1.find((l) => l.type === 'LEVER')!.props).toMatchObject({ lever: 'DOWNWARD', stance: 'ENABLES' });
    expect((await node(String(funder)))!.props).toMatchObject({
      name: 'Example Community Foundation',
      type: 'FUNDER',
      giving360Id: '360G-LEVERMAPEXAMPLE',
    });
    // The recipient by Org ID carries its charity number; Gateshead Council is found by name; places by ONS code.
    const rec = (await node(String(l1.find((l) => l.type === 'DELIVERS')!.from)))!.props;
    expect(rec).toMatchObject({ type: 'VCSE', charityNumber: '1000001', giving360Id: 'GB-CHC-1000001' });
    const l3 = await linksOf(ids[2]!);
    const council = (await node(String(l3.find((l) => l.type === 'DELIVERS')!.from)))!.props;
    expect(council).toMatchObject({ name: 'Gateshead Council', giving360Id: 'GB-LAE-GAT' });
    expect(l3.find((l) => l.type === 'LOCATED_IN')!.to).toBe('place-001-wigan');
    expect((await linksOf(ids[0]!)).find((l) => l.type === 'LOCATED_IN')!.to).toBe('place-gateshead');
    const l4 = await linksOf(ids[3]!);
    expect((await node(String(l4.find((l) => l.type === 'DELIVERS')!.from)))!.props).toMatchObject({
      companyNumber: '09999999',
      type: 'OTHER',
    });
  });

  it('importing the same file again changes nothing', async () => {
    const hash = await canonicalHash(db, 'domain');
    const r = await grants('CSV', 'grants.csv');
    expect(r).toMatchObject({ ok: true, created: 0, updated: 0 });
    expect((await canonicalHash(db, 'domain')).hash).toBe(hash.hash);
  });

  // Re-imports compare the domain hash: every import writes its audit entry, which the full hash counts.
  it.each([
    ['XLSX', 'grants-libreoffice.xlsx', 4],
    ['JSON', 'grants.json', 4],
    ['CSV', 'grantnav-export.csv', 2],
  ] as const)('imports %s (%s) as the same grants, then again without change', async (format, name, n) => {
    const r = await grants(format, name);
    expect(r.problems).toEqual([]);
    expect(r.committed).toBe(true);
    // The same grants: no new initiative, only the new file's citation on each.
    expect(r.changes.filter((c) => c.sheet === 'initiatives' && c.action === 'CREATE')).toEqual([]);
    const cited = decodeCitations((await node(ids[0]!))!.props as never);
    expect(cited.filter((c) => c.record === '360G-LevermapExample-2021-001').length).toBeGreaterThan(1);
    expect(r.changes.filter((c) => c.sheet === 'initiatives').length).toBe(n);
    const hash = await canonicalHash(db, 'domain');
    const again = await grants(format, name);
    expect(again).toMatchObject({ ok: true, created: 0, updated: 0 });
    expect((await canonicalHash(db, 'domain')).hash).toBe(hash.hash);
  });
});

describe('Open Referral UK services', { timeout: 300_000 }, () => {
  const ORUK = new URL('../fixtures/opendata/oruk/', import.meta.url);
  const TABLES = [
    'organizations',
    'services',
    'locations',
    'physical_addresses',
    'service_at_locations',
    'taxonomies',
    'service_taxonomies',
  ];
  const files = (replace: Record<string, string> = {}) =>
    TABLES.map((t) => ({
      name: `${t}.csv`,
      content: replace[t] !== undefined ? Buffer.from(replace[t]!) : readFileSync(new URL(`${t}.csv`, ORUK)),
    }));
  const oruk = (f: ReturnType<typeof files>) =>
    importOpenData(db, 'oruk', 'CSV', f, {
      dryRun: false,
      limits: CLI_LIMITS,
      actor: {
        auditId: crypto.randomUUID(),
        user: 'test:opendata',
        reason: 'oruk',
        verifier: false,
        selfVerify: false,
      },
    });

  it('a bad set lists every problem and writes nothing', async () => {
    const hash = await canonicalHash(db, 'everything');
    const services = readFileSync(new URL('services.csv', ORUK), 'utf8')
      .replace('a3d5-0002,7c1f3a2e-0001-4b1e-9a55-000000000001', 'a3d5-0002,no-such-organization')
      .replace(
        'a3d5-0003,7c1f3a2e-0001-4b1e-9a55-000000000002,,Stop smoking service',
        'a3d5-0003,7c1f3a2e-0001-4b1e-9a55-000000000002,,',
      );
    const service_taxonomies = 'id,service_id,taxonomy_id\nst-0001,a3d5-0001,tax-9999\n';
    const r = await oruk(files({ services, service_taxonomies }));
    expect(r.committed).toBe(false);
    expect(r.problems.map((p) => [p.row, p.column])).toEqual([
      [2, 'service_taxonomies.csv: taxonomy_id'],
      [3, 'services.csv: organization_id'],
      [4, 'services.csv: name'],
    ]);
    expect((await canonicalHash(db, 'everything')).hash).toBe(hash.hash);
  });

  it('imports services delivered by their organisations, in their places, cited by row id; again changes nothing', async () => {
    const r = await oruk(files());
    expect(r.problems).toEqual([]);
    expect(r.committed).toBe(true);
    expect(r.warnings).toEqual([]);
    const walk = serviceInitiativeId('Walk and talk group', 'a3d5-0001');
    expect((await node(walk))!.props).toMatchObject({
      kind: 'SERVICE',
      status: 'ACTIVE',
      name: 'Walk and talk group',
      serviceTypes: ['Physical activity (esdServiceTypes)'],
    });
    // The service's row, and the service_taxonomies row that gives its type.
    expect(decodeCitations((await node(walk))!.props as never)).toEqual([
      { sourceId: expect.stringMatching(/^oruk-/), line: 2, quote: '', record: 'a3d5-0001' },
      { sourceId: expect.stringMatching(/^oruk-/), line: 2, quote: '', record: 'st-0001' },
    ]);
    const links = await linksOf(walk);
    const by = links.find((l) => l.type === 'DELIVERS')!;
    expect((await node(String(by.from)))!.props).toMatchObject({ name: 'Example Wellbeing Trust' });
    expect(links.find((l) => l.type === 'LOCATED_IN')!.to).toBe('place-gateshead');
    const cafe = serviceInitiativeId("Carers' cafe", 'a3d5-0002');
    expect((await node(cafe))!.props).toMatchObject({ status: 'DISCONTINUED' });
    expect((await linksOf(cafe)).find((l) => l.type === 'LOCATED_IN')!.to).toBe('place-001-wigan');
    // The council is the one Levermap knows, found by name.
    const smoking = await linksOf(serviceInitiativeId('Stop smoking service', 'a3d5-0003'));
    expect((await node(String(smoking.find((l) => l.type === 'DELIVERS')!.from)))!.props).toMatchObject({
      name: 'Gateshead Council',
      type: 'LOCAL_AUTHORITY',
    });
    const hash = await canonicalHash(db, 'domain');
    const again = await oruk(files());
    expect(again).toMatchObject({ ok: true, created: 0, updated: 0 });
    expect((await canonicalHash(db, 'domain')).hash).toBe(hash.hash);
  });

  it('reads the same tables from a ZIP, as data packages ship them: the same import, so nothing changes', async () => {
    // Made with Python's zipfile: the tables in a folder, beside a datapackage.json that is left alone.
    const zip = { name: 'oruk.zip', content: readFileSync(new URL('../oruk.zip', ORUK)) };
    const hash = await canonicalHash(db, 'domain');
    const r = await oruk([zip]);
    expect(r).toMatchObject({ ok: true, problems: [], created: 0, updated: 0 });
    expect((await canonicalHash(db, 'domain')).hash).toBe(hash.hash);
    const notZip = await oruk([{ name: 'oruk.zip', content: Buffer.from('PK\x03\x04 not really a zip') }]).catch(
      (e: Error) => e.message,
    );
    expect(notZip).toMatch(/oruk\.zip is not a ZIP that can be read/);
  });
});
