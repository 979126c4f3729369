/**
 * Findings, studies, tables, vocabularies and report-level claims through the API, against the seeded Neo4j.
 * Expected values come from the seed files (test/support/seed.ts), never written down twice.
 */
import { describe, expect, it } from 'vitest';
import { gql, gqlOk } from '../support/helpers.js';
import { seedDataset } from '../support/seed.js';
import { SeedFile } from '../../seed/schema.js';

const ds = seedDataset();
const CITE = 'evidence { sourceId line quote checked }';
const FINDING = `id kind text about value low high unit period population ${CITE}`;

describe('findings', () => {
  it('filters by what they are about and by kind, with every figure and citation', async () => {
    const d = await gqlOk(
      `{ findings(about: "ini-004-popp", kind: FIGURE, first: 100) { items { ${FINDING} } endCursor } }`,
    );
    const expected = [...ds.findings.values()].filter((f) => f.about.includes('ini-004-popp') && f.kind === 'FIGURE');
    expect(d.findings.items.map((f: { id: string }) => f.id).sort()).toEqual(expected.map((f) => f.id).sort());
    const ret = d.findings.items.find((f: { id: string }) => f.id === 'finding-004-popp-return');
    expect(ret).toMatchObject({ value: 1.2, low: 0.8, high: 1.6, unit: 'GBP saved per £1 spent' });
    expect(ret.evidence.every((c: { checked: boolean; sourceId: string }) => c.checked && c.sourceId === '004')).toBe(
      true,
    );
  });

  it('pages through all findings of a source with after', async () => {
    const all: string[] = [];
    let after: string | null = null;
    do {
      const d: { findings: { items: { id: string }[]; endCursor: string | null } } = await gqlOk(
        'query($after: String) { findings(source: "004", first: 10, after: $after) { items { id } endCursor } }',
        { after },
      );
      all.push(...d.findings.items.map((f) => f.id));
      after = d.findings.endCursor;
    } while (after);
    const expected = [...ds.findings.values()].filter((f) => f.evidence.some((c) => c.sourceId === '004'));
    expect(all.sort()).toEqual(expected.map((f) => f.id).sort());
  });

  it('are a field of the entity they are about', async () => {
    const d = await gqlOk('{ initiative(id: "ini-004-worcestershire-sib") { findings { id kind unit } } }');
    const expected = [...ds.findings.values()].filter((f) => f.about.includes('ini-004-worcestershire-sib'));
    expect(d.initiative.findings.map((f: { id: string }) => f.id).sort()).toEqual(expected.map((f) => f.id).sort());
    expect(expected.length).toBeGreaterThan(1);
  });

  it('come back as their own group of search results', async () => {
    const d = await gqlOk('{ searchFindings(text: "loneliness point") { score finding { id } } }');
    expect(d.searchFindings.map((h: { finding: { id: string } }) => h.finding.id)).toContain(
      'finding-004-worcs-tariff',
    );
    const bad = await gql('{ searchFindings(text: "  ") { score } }');
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('studies and tables', () => {
  it('gives each study its methods and samples with n and breakdown', async () => {
    const d = await gqlOk(`{ studies(source: "002") { id methods samples { id n breakdown { label n } ${CITE} } } }`);
    const st = ds.studies.get('study-002-north-east-vanguards')!;
    expect(d.studies).toHaveLength(1);
    expect(d.studies[0].samples[0].n).toBe(st.samples[0]!.n);
    expect(d.studies[0].samples[0].breakdown).toEqual(st.samples[0]!.breakdown);
  });

  it("returns document 000's survey tables with every cell and its line", async () => {
    const d = await gqlOk('{ tables(source: "000") { id number title n rows { value line lineTo } } }');
    expect(d.tables.map((t: { number: string }) => t.number)).toContain('12');
    for (const t of d.tables) {
      const seed = ds.tables.get(t.id)!;
      expect(t.rows.map((r: { value: string; line: number }[]) => r.map((c) => [c.value, c.line]))).toEqual(
        seed.rows.map((r) => r.map((c) => [c.value, c.line])),
      );
    }
    const one = await gqlOk('{ table(id: "table-003-01") { n sample { id n } columns } }');
    expect(one.table.sample).toEqual({ id: 'sample-003-interviews', n: 16 });
    expect((await gqlOk('{ table(id: "table-nowhere") { id } }')).table).toBeNull();
  });
});

describe('vocabularies', () => {
  it('serves framework elements, lever classes and prevention tiers as cited terms, in document order', async () => {
    const d = await gqlOk(`{ vocabulary(kind: FRAMEWORK_ELEMENT) { code name definition examples ${CITE} } }`);
    expect(d.vocabulary.map((t: { code: string }) => t.code)).toEqual(
      Array.from({ length: 11 }, (_, i) => `E${i + 1}`),
    );
    expect(d.vocabulary.every((t: { evidence: unknown[] }) => t.evidence.length > 0)).toBe(true);
    const all = await gqlOk('{ vocabulary { kind } }');
    expect(all.vocabulary).toHaveLength(ds.terms.size);
  });
});

describe('report-level claims beside the computation', () => {
  it("compares each of 000's checkable claims with the graph and says why they differ", async () => {
    const d = await gqlOk('{ claimChecks(source: "000") { question verdict reported computed reason claim { id } } }');
    const checkable = [...ds.findings.values()].filter((f) => f.check);
    expect(d.claimChecks.map((c: { claim: { id: string } }) => c.claim.id).sort()).toEqual(
      checkable.map((f) => f.id).sort(),
    );
    for (const c of d.claimChecks) {
      expect(c.reason.length, c.question).toBeGreaterThan(10);
      if (c.verdict === 'DISAGREES') expect(c.reason).toMatch(/graph/);
    }
    // The graph counts links, the report mentions: the reason says so when the most-mentioned lever differs.
    const most = d.claimChecks.find((c: { question: string }) => c.question === 'MOST_MENTIONED_LEVER');
    expect(most.computed).toMatch(/lever links citing 000/);
  });
});

describe('the knowledge export', () => {
  it('gives every finding, study, table and term in seed-file shapes that validate again', async () => {
    const d = await gqlOk('{ knowledgeExport }');
    const back = SeedFile.parse(d.knowledgeExport);
    expect(back.findings.map((f) => f.id).sort()).toEqual([...ds.findings.keys()].sort());
    expect(back.vocabulary).toHaveLength(ds.terms.size);
    expect(back.tables.find((t) => t.id === 'table-000-12')).toEqual(ds.tables.get('table-000-12'));
    expect(back.studies.find((s) => s.id === 'study-003-integrated-wellness-services')).toEqual(
      ds.studies.get('study-003-integrated-wellness-services'),
    );
    expect(back.findings.find((f) => f.id === 'finding-000-claim-sideward-one-site')).toEqual(
      ds.findings.get('finding-000-claim-sideward-one-site'),
    );
  });
});
