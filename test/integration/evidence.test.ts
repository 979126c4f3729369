/**
 * Evidence anyone can check, against the real server: every write path checks each quote on its cited line
 * (wrong line, invented quote, line past the end refused; whitespace and curly quotes accepted), nobody verifies
 * their own claim, documents are uploaded (TXT, DOCX, PDF) and cited at once, and a source added by another
 * process is seen without a restart.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { loadSeed } from '../../api/features/seed/load.js';
import { readSeedTexts } from '../../api/features/evidence/seed-texts.js';
import { checkBackupCitations } from '../../api/features/evidence/restore-check.js';
import { loadDataset } from '../../seed/dataset.js';
import { SEED_DIR } from '../../seed/paths.js';
import { gql, gqlOk, testDatabase, uniqueId, type As } from '../support/helpers.js';

const run = promisify(execFile);
const db = testDatabase();
const entities: string[] = [];
const sources: string[] = [];
afterAll(async () => {
  await db.write('io/delete-by-ids', { ids: entities });
  await db.write('evidence/delete-sources-for-test', { ids: sources });
  await db.close();
});

// 000 line 884: "In one site there was a ‘golden thread’, where the strong area-based leadership provided a ‘downward’ lever ..."
const REAL = { sourceId: '000', line: 884, quote: 'where the strong area-based leadership provided a' };
const CURLY = { sourceId: '000', line: 884, quote: "In one site there was a 'golden   thread',\n where the strong" };
const WRONG_LINE = { ...REAL, line: 883 };
const INVENTED = { sourceId: '000', line: 884, quote: 'the council abolished every partnership overnight' };
const PAST_END = { sourceId: '000', line: 99999, quote: 'where the strong area-based leadership provided a' };
const BAD = [
  [
    'a quote on the wrong line',
    WRONG_LINE,
    'line',
    /not on line 883 of source "000": found on line 884, not 883; line 883 (says|is blank)/,
  ],
  [
    'an invented quote',
    INVENTED,
    'quote',
    /the quote is not in source "000".*line 884 says: "In one site there was a ‘golden thread’/,
  ],
  ['a line past the end', PAST_END, 'line', /line 99999 is past the end of source "000", which has 1449 lines/],
] as const;

const ORG = `mutation($i: OrganisationInput!) { createOrganisation(input: $i) { id evidence { sourceId sourceTitle line quote checked } } }`;
const org = (evidence: unknown[], id = uniqueId('org')) => ({
  id,
  name: `Evidence test ${id}`,
  type: 'VCSE',
  evidence,
});

async function refused(
  query: string,
  variables: Record<string, unknown>,
  field: string,
  message: RegExp,
  as: As = 'ADMIN',
) {
  const r = await gql(query, variables, { as });
  expect(r.errors?.[0]?.extensions?.code, JSON.stringify(r.errors)).toBe('BAD_USER_INPUT');
  expect(r.errors?.[0]?.extensions?.field).toBe(field);
  expect(r.errors?.[0]?.message).toMatch(message);
}

async function twoNodes() {
  const a = uniqueId('org');
  const b = uniqueId('ini');
  entities.push(a, b);
  await gqlOk(
    `mutation($o: OrganisationInput!, $i: InitiativeInput!) { createOrganisation(input: $o) { id } createInitiative(input: $i) { id } }`,
    {
      o: org([REAL], a),
      i: { id: b, name: `Evidence initiative ${b}`, kind: 'PROJECT', evidence: [REAL] },
    },
  );
  return { a, b };
}

describe('GraphQL mutations check every quote on its line', () => {
  it('create a node: refuses each kind of miss naming the field, and writes nothing', async () => {
    for (const [, c, field, message] of BAD) {
      const id = uniqueId('org');
      await refused(ORG, { i: org([REAL, c], id) }, `input.evidence[1].${field}`, message);
      expect((await gqlOk(`query($id: ID!) { entity(id: $id) { id } }`, { id })).entity).toBeNull();
    }
  });

  it('create a node: accepts a quote differing only in whitespace and curly quotes, and shows it checked', async () => {
    const id = uniqueId('org');
    entities.push(id);
    const r = await gqlOk(ORG, { i: org([CURLY], id) }, { as: 'CONTRIBUTOR' });
    expect(r.createOrganisation.evidence).toEqual([
      {
        sourceId: '000',
        sourceTitle: expect.stringContaining('Innovation in public health commissioning'),
        line: 884,
        quote: CURLY.quote.trim(),
        checked: true,
      },
    ]);
  });

  it('update a node, create and update a link: the same checks', async () => {
    const { a, b } = await twoNodes();
    for (const [, c, field, message] of BAD) {
      await refused(
        `mutation($id: ID!, $i: OrganisationUpdate!) { updateOrganisation(id: $id, input: $i) { id } }`,
        { id: a, i: { evidence: [c] } },
        `input.evidence[0].${field}`,
        message,
      );
      await refused(
        `mutation($i: LinkInput!) { createLink(input: $i) { id } }`,
        { i: { type: 'DELIVERS', from: a, to: b, confidence: 'STATED', evidence: [c] } },
        `input.evidence[0].${field}`,
        message,
      );
    }
    const link = await gqlOk(
      `mutation($i: LinkInput!) { createLink(input: $i) { id claimStatus evidence { line checked } } }`,
      { i: { type: 'DELIVERS', from: a, to: b, confidence: 'STATED', evidence: [CURLY] } },
    );
    expect(link.createLink).toMatchObject({ claimStatus: 'UNVERIFIED', evidence: [{ line: 884, checked: true }] });
    for (const [, c, field, message] of BAD) {
      await refused(
        `mutation($id: ID!, $i: LinkUpdate!) { updateLink(id: $id, input: $i) { id } }`,
        { id: link.createLink.id, i: { evidence: [c] } },
        `input.evidence[0].${field}`,
        message,
      );
    }
    const ok = await gqlOk(
      `mutation($id: ID!, $i: LinkUpdate!) { updateLink(id: $id, input: $i) { evidence { quote } } }`,
      { id: link.createLink.id, i: { evidence: [REAL] } },
    );
    expect(ok.updateLink.evidence).toEqual([{ quote: REAL.quote }]);
  });

  it('an unknown source is refused', async () => {
    await refused(
      ORG,
      { i: org([{ sourceId: 'no-such-source', line: 1, quote: 'x' }]) },
      'input.evidence[0].sourceId',
      /unknown source "no-such-source"/,
    );
  });
});

describe('workspace drafts and publishing check quotes', () => {
  it('refuses a bad draft, and publishes a good one', async () => {
    const { createWorkspace: ws } = await gqlOk(
      `mutation { createWorkspace(name: "Evidence drafts") { id } }`,
      {},
      { as: 'CONTRIBUTOR' },
    );
    const SAVE = `mutation($w: ID!, $i: JSON!) { saveDraftNode(workspaceId: $w, label: Organisation, input: $i) { id } }`;
    for (const [, c, field, message] of BAD)
      await refused(SAVE, { w: ws.id, i: org([c]) }, `input.evidence[0].${field}`, message, 'CONTRIBUTOR');
    const id = uniqueId('org');
    const { saveDraftNode } = await gqlOk(SAVE, { w: ws.id, i: org([CURLY], id) }, { as: 'CONTRIBUTOR' });
    const p = await gqlOk(
      `mutation($d: ID!) { publishDraft(id: $d) { entity { id } } }`,
      { d: saveDraftNode.id },
      { as: 'CONTRIBUTOR' },
    );
    entities.push(id);
    expect(p.publishDraft.entity).toEqual({ id });
  });
});

describe('import checks quotes in the dry run and the commit', () => {
  const IMPORT = `mutation($c: String!, $d: Boolean) { importData(format: JSON, contentBase64: $c, dryRun: $d) { ok committed created problems { sheet row column reason } } }`;
  const file = (evidence: unknown[], id: string) =>
    Buffer.from(JSON.stringify({ organisations: [org(evidence, id)] })).toString('base64');

  it('reports each miss with its row and column, and commits nothing', async () => {
    for (const dryRun of [true, false]) {
      for (const [, c, field, message] of BAD) {
        const id = uniqueId('org');
        const r = (await gqlOk(IMPORT, { c: file([c], id), d: dryRun }, { as: 'CONTRIBUTOR' })).importData;
        expect(r).toMatchObject({ ok: false, committed: false });
        expect(r.problems).toHaveLength(1);
        expect(r.problems[0]).toMatchObject({ sheet: 'organisations', row: 1, column: `evidence[0].${field}` });
        expect(r.problems[0].reason).toMatch(message);
        expect((await gqlOk(`query($id: ID!) { entity(id: $id) { id } }`, { id })).entity).toBeNull();
      }
    }
  });

  it('accepts whitespace and curly quote differences, and new links enter UNVERIFIED even from an admin', async () => {
    const id = uniqueId('org');
    const ini = uniqueId('ini');
    entities.push(id, ini);
    const content = Buffer.from(
      JSON.stringify({
        organisations: [org([CURLY], id)],
        initiatives: [{ id: ini, name: `Import initiative ${ini}`, kind: 'PILOT', evidence: [REAL] }],
        links: [{ type: 'DELIVERS', from: id, to: ini, confidence: 'STATED', evidence: [CURLY] }],
      }),
    ).toString('base64');
    expect((await gqlOk(IMPORT, { c: content, d: true })).importData).toMatchObject({ ok: true, problems: [] });
    expect((await gqlOk(IMPORT, { c: content, d: false })).importData).toMatchObject({
      ok: true,
      committed: true,
      created: 3,
    });
    const l = await gqlOk(`query($id: ID!) { entity(id: $id) { links { claimStatus } } }`, { id });
    expect(l.entity.links).toEqual([{ claimStatus: 'UNVERIFIED' }]);
  });
});

describe('nobody verifies their own claim', () => {
  it('a verifier cannot accept their own link; another verifier can', async () => {
    const { a, b } = await twoNodes();
    const made = await gqlOk(
      `mutation($i: LinkInput!) { createLink(input: $i) { id claimStatus claimedBy } }`,
      { i: { type: 'DELIVERS', from: a, to: b, confidence: 'STATED', evidence: [REAL] } },
      { as: 'VERIFIER' },
    );
    expect(made.createLink).toMatchObject({ claimStatus: 'UNVERIFIED', claimedBy: 'test-verifier' });
    const VERIFY = `mutation($id: ID!) { verifyLink(id: $id, accept: true, reason: "checked the document") { claimStatus verifiedBy } }`;
    const own = await gql(VERIFY, { id: made.createLink.id }, { as: 'VERIFIER' });
    expect(own.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(own.errors?.[0]?.message).toMatch(/nobody verifies their own claim/);
    expect((await gqlOk(VERIFY, { id: made.createLink.id }, { as: 'ADMIN' })).verifyLink).toEqual({
      claimStatus: 'VERIFIED',
      verifiedBy: 'test-admin',
    });
  });
});

const ADD = `mutation($i: AddSourceInput!, $d: Boolean) { addSource(input: $i, dryRun: $d) { dryRun format warnings source { id title kind textHeld lineCount contentHash } passages { line text } } }`;
const b64 = (b: Uint8Array | Buffer) => Buffer.from(b).toString('base64');

describe('users add documents', () => {
  it('a DOCX built here is previewed, stored and cited at once', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun('Gateshead Health and Wellbeing Board minutes')] }),
            new Paragraph({
              children: [
                new TextRun('The board agreed that the social prescribing pilot would be funded for a second year.'),
              ],
            }),
            new Paragraph({
              children: [
                new TextRun({ text: 'Members noted the ', bold: true }),
                new TextRun('“significant contribution” of the VCSE alliance.'),
              ],
            }),
          ],
        },
      ],
    });
    const bytes = await Packer.toBuffer(doc);
    const id = uniqueId('src');
    const input = {
      id,
      title: 'HWB minutes, March',
      kind: 'MINUTES',
      file: { name: 'minutes.docx', contentBase64: b64(bytes) },
    };
    const dry = (await gqlOk(ADD, { i: input }, { as: 'CONTRIBUTOR' })).addSource;
    expect(dry).toMatchObject({
      dryRun: true,
      format: 'DOCX',
      source: { id, kind: 'MINUTES', textHeld: true, lineCount: 3 },
    });
    expect(dry.passages[2]).toEqual({
      line: 3,
      text: 'Members noted the “significant contribution” of the VCSE alliance.',
    });
    expect((await gqlOk(`query($id: ID!) { source(id: $id) { id } }`, { id })).source).toBeNull();

    const saved = (await gqlOk(ADD, { i: input, d: false }, { as: 'CONTRIBUTOR' })).addSource;
    sources.push(id);
    expect(saved.dryRun).toBe(false);
    const cite = { sourceId: id, line: 2, quote: 'the social prescribing pilot would be funded' };
    const r = await gqlOk(ORG, { i: org([cite]) }, { as: 'CONTRIBUTOR' });
    entities.push(r.createOrganisation.id);
    expect(r.createOrganisation.evidence[0]).toMatchObject({ sourceTitle: 'HWB minutes, March', checked: true });
    await refused(ORG, { i: org([{ ...cite, line: 3 }]) }, 'input.evidence[0].line', /found on line 2, not 3/);
    const src = await gqlOk(
      `query($id: ID!) { source(id: $id) { title textHeld passages(from: 2, to: 3) { line text } } }`,
      { id },
    );
    expect(src.source).toMatchObject({
      title: 'HWB minutes, March',
      textHeld: true,
      passages: [{ line: 2 }, { line: 3 }],
    });
    const [audit] = await db.read('evidence/audit-of-source-for-test', { id });
    expect(audit).toMatchObject({ user: 'test-contributor', action: 'CREATE', targetLabel: 'Source' });
  });

  it('a PDF with a text layer is read; one without text, an empty file and an oversized one get clear errors', async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const page = pdf.addPage([595, 842]);
    page.drawText('Joint Strategic Needs Assessment 2024', { x: 50, y: 780, size: 16, font });
    page.drawText('Healthy life expectancy in the borough is lower than the England average.', {
      x: 50,
      y: 740,
      size: 11,
      font,
    });
    const id = uniqueId('src');
    const r = (
      await gqlOk(
        ADD,
        {
          i: {
            id,
            title: 'JSNA 2024',
            kind: 'REPORT',
            file: { name: 'jsna.pdf', contentBase64: b64(await pdf.save()) },
          },
          d: false,
        },
        { as: 'CONTRIBUTOR' },
      )
    ).addSource;
    sources.push(id);
    expect(r.format).toBe('PDF');
    const line = r.passages.find((p: { text: string }) => p.text.includes('Healthy life expectancy')).line;
    const c = await gqlOk(ORG, { i: org([{ sourceId: id, line, quote: 'lower than the England average' }]) });
    entities.push(c.createOrganisation.id);

    const scanned = await PDFDocument.create();
    scanned.addPage([595, 842]);
    await refused(
      ADD,
      { i: { title: 'Scan', file: { name: 'scan.pdf', contentBase64: b64(await scanned.save()) } } },
      'input.file',
      /has no text layer/,
      'CONTRIBUTOR',
    );
    await refused(
      ADD,
      { i: { title: 'Empty', file: { name: 'empty.txt', contentBase64: '' } } },
      'input.file',
      /is empty/,
      'CONTRIBUTOR',
    );
    const big = Buffer.alloc(14.5 * 1024 * 1024, 65).toString('base64');
    const tooBig = await gql(
      ADD,
      { i: { title: 'Big', file: { name: 'big.txt', contentBase64: big } } },
      { as: 'CONTRIBUTOR' },
    ).catch((e: Error) => ({ errors: [{ message: e.message }] }));
    expect(tooBig.errors?.[0]?.message).toMatch(/a document can be at most 14 MB/);
  });

  it('a viewer cannot add documents; the same text twice is refused', async () => {
    const input = { title: 'Viewer doc', file: { name: 'a.txt', contentBase64: b64(Buffer.from('One line.\n')) } };
    expect((await gql(ADD, { i: input }, { as: 'VIEWER' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const text = `A unique text ${uniqueId('t')}.\nSecond line.\n`;
    const first = (
      await gqlOk(
        ADD,
        { i: { title: 'Once', file: { name: 'once.txt', contentBase64: b64(Buffer.from(text)) } }, d: false },
        { as: 'CONTRIBUTOR' },
      )
    ).addSource;
    sources.push(first.source.id);
    const again = await gql(
      ADD,
      { i: { title: 'Twice', file: { name: 'twice.txt', contentBase64: b64(Buffer.from(text)) } }, d: false },
      { as: 'CONTRIBUTOR' },
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(again.errors?.[0]?.message).toMatch(new RegExp(`already stored as source "${first.source.id}"`));
  });

  it('a source added by `npm run source` while the app runs is cited at once, with its title', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lm-evidence-'));
    const file = join(dir, 'plan.md');
    const id = uniqueId('src');
    writeFileSync(
      file,
      `# Joint forward plan\n\nThe ICB will commission a ${id} falls prevention service with the council.\n`,
    );
    const n = inject('neo4j');
    await run(
      'npx',
      ['tsx', 'scripts/source.ts', 'add', file, '--id', id, '--title', 'Joint forward plan', '--kind', 'PLAN'],
      {
        env: { ...process.env, NEO4J_URI: n.uri, NEO4J_USER: n.user, NEO4J_PASSWORD: n.password },
      },
    );
    sources.push(id);
    const r = await gqlOk(ORG, {
      i: org([{ sourceId: id, line: 2, quote: `commission a ${id} falls prevention service` }]),
    });
    entities.push(r.createOrganisation.id);
    expect(r.createOrganisation.evidence[0]).toMatchObject({ sourceTitle: 'Joint forward plan', checked: true });
  });
});

describe('seed and restore check citations before writing', () => {
  it('the seed loader refuses a seed whose quote is off its line, writing nothing', async () => {
    const ds = loadDataset(SEED_DIR);
    const [id, first] = [...ds.nodes][0]!;
    const broken = { ...ds, nodes: new Map(ds.nodes) };
    const c = first.props.evidence[0]!;
    broken.nodes.set(id, {
      ...first,
      props: { ...first.props, evidence: [{ ...c, quote: `${c.quote} and words nobody wrote` }] },
    });
    const before = (await db.read('io/count-domain'))[0];
    await expect(loadSeed(db, broken)).rejects.toThrow(
      /1 seed citation\(s\) do not match their documents.*nothing was loaded/s,
    );
    expect((await db.read('io/count-domain'))[0]).toEqual(before);
  });

  it('with CI=true a missing seed folder fails', () => {
    const ds = loadDataset(SEED_DIR);
    expect(() => readSeedTexts(ds, '/nonexistent/seeds', { CI: 'true' })).toThrow(/the seed documents are missing/);
    expect(readSeedTexts(ds, '/nonexistent/seeds', {})).toBeNull();
  });

  it('restore refuses a backup whose quote is not on its line, and accepts curly and whitespace differences', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lm-evidence-'));
    let k = 0;
    const backupOf = (quote: string, line: number) => {
      const lines = [
        { format: 'levermap-backup', version: 1, createdAt: new Date().toISOString() },
        {
          n: 1,
          l: ['Entity', 'Source'],
          p: { id: 'doc', title: 'Doc', textHeld: true, lineCount: 3, contentHash: 'x' },
        },
        { n: 2, l: ['Passage'], p: { sourceId: 'doc', line: 1, text: 'The council’s “golden thread” ran through.' } },
        { n: 3, l: ['Passage'], p: { sourceId: 'doc', line: 3, text: 'A third line.' } },
        {
          n: 4,
          l: ['Entity', 'Organisation'],
          p: { id: 'org-x', name: 'X', evSource: ['doc'], evLine: [line], evQuote: [quote] },
        },
        { r: 'HAS_PASSAGE', a: 1, b: 2, p: {} },
        { r: 'HAS_PASSAGE', a: 1, b: 3, p: {} },
        { end: true, nodes: 4, links: 2 },
      ];
      const f = join(dir, `b-${k++}.jsonl.gz`);
      writeFileSync(f, gzipSync(lines.map((l) => JSON.stringify(l)).join('\n')));
      return f;
    };
    await expect(checkBackupCitations(backupOf(`The council's "golden  thread"`, 1))).resolves.toEqual({
      checked: 1,
      notChecked: 0,
    });
    await expect(checkBackupCitations(backupOf('A third line', 1))).rejects.toThrow(
      /node org-x evidence\[0\]\.line: .*found on line 3, not 1/,
    );
    await expect(checkBackupCitations(backupOf('invented words', 1))).rejects.toThrow(/evidence\[0\]\.quote/);
    await expect(checkBackupCitations(backupOf('A third line', 7))).rejects.toThrow(/line 7 is past the end/);
  });
});
