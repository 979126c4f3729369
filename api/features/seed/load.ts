/** Loads the seed dataset into Neo4j: MERGE on ids in fixed-shape UNWIND batches, all in one transaction. */
import type { Database } from '../../db/database.js';
import { encodeCitations } from '../../../model/citation.js';
import type { Citation } from '../../../model/schemas.js';
import { loadDataset, type Dataset } from '../../../seed/dataset.js';
import { SEED_DIR, SOURCES_DIR } from '../../../seed/paths.js';
import { checkSeedCitations, readSeedTexts, seedDocuments, type SeedCheck } from '../evidence/seed-texts.js';

const BATCH = 2000;

function chunks<T>(xs: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += BATCH) out.push(xs.slice(i, i + BATCH));
  return out;
}

function clean(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

export function seedRows(ds: Dataset) {
  const sources = ds.sources.map((s) => ({ id: s.id, props: clean({ ...s }) }));
  const nodes = [...ds.nodes.values()].map(({ label, props }) => {
    const { evidence, ...rest } = props;
    return { id: props.id, label, props: clean({ ...rest, ...encodeCitations(evidence) }) };
  });
  const links = [...ds.links.values()].map((l) => {
    const { evidence, from, to, type, id, ...rest } = l;
    return { id, from, to, type, props: clean({ ...rest, ...encodeCitations(evidence) }) };
  });
  return { sources, nodes, links, knowledge: knowledgeRows(ds) };
}

/**
 * Findings, studies, tables and vocabulary terms as rows of flat properties: Neo4j stores no nested maps, so a
 * study's samples and a table's rows are kept as JSON text (read back by api/features/studies).
 */
export function knowledgeRows(ds: Dataset): { id: string; label: string; props: Record<string, unknown> }[] {
  const row = (label: string, x: { id: string; evidence: Citation[] }, props: Record<string, unknown>) => ({
    id: x.id,
    label,
    props: clean({ ...props, ...encodeCitations(x.evidence) }),
  });
  return [
    ...[...ds.findings.values()].map(({ evidence, check, ...f }) =>
      row(
        'Finding',
        { id: f.id, evidence },
        {
          ...f,
          checkQuestion: check?.question,
          checkLever: check?.lever,
          checkCount: check?.count,
        },
      ),
    ),
    ...[...ds.studies.values()].map(({ evidence, samples, ...st }) =>
      row('Study', { id: st.id, evidence }, { ...st, samplesJson: JSON.stringify(samples) }),
    ),
    ...[...ds.tables.values()].map(({ evidence, rows, ...t }) =>
      row('DataTable', { id: t.id, evidence }, { ...t, rowsJson: JSON.stringify(rows) }),
    ),
    ...[...ds.terms.values()].map(({ evidence, ...t }) => row('VocabularyTerm', { id: t.id, evidence }, t)),
  ];
}

export interface SeedResult {
  nodes: number;
  links: number;
  passages: number;
  textsHeld: number;
  check: SeedCheck;
}

/**
 * Every seed citation is checked against the seed documents before anything is written; a miss stops the load.
 * A document whose file is missing is stored "text not held" (with CI=true a missing folder is an error).
 */
export async function loadSeed(
  db: Database,
  ds: Dataset = loadDataset(SEED_DIR),
  sourcesDir: string = SOURCES_DIR,
): Promise<SeedResult> {
  const texts = readSeedTexts(ds, sourcesDir);
  const check = checkSeedCitations(ds, seedDocuments(ds, texts));
  if (check.misses.length) {
    throw new Error(
      `${check.misses.length} seed citation(s) do not match their documents in ${sourcesDir}; nothing was loaded:\n` +
        check.misses
          .slice(0, 20)
          .map((m) => `  ${m.where} (${m.sourceId} line ${m.line}): ${m.message}`)
          .join('\n'),
    );
  }
  const stored = new Map((await db.read('evidence/sources')).map((r) => [String(r.id), r]));
  for (const t of texts?.values() ?? []) {
    const s = stored.get(t.id);
    if (s?.textHeld && s.contentHash !== t.contentHash) {
      throw new Error(
        `the text of seed source ${t.id} in ${sourcesDir} differs from the text Levermap holds for it; stored text never changes (a new text is a new source with its own id)`,
      );
    }
  }
  const { sources, nodes, links, knowledge } = seedRows(ds);
  const passageRows = [...(texts?.values() ?? [])].map((t) => ({
    id: t.id,
    lineCount: t.lines.length,
    contentHash: t.contentHash,
    passages: t.lines.flatMap((text, i) => (text.trim() ? [{ line: i + 1, text }] : [])),
  }));
  const results = await db.writeAll([
    { name: 'seed/upsert-sources', params: { rows: sources } },
    { name: 'seed/upsert-passages', params: { rows: passageRows } },
    ...chunks(nodes).map((rows) => ({ name: 'seed/upsert-nodes', params: { rows } })),
    ...chunks(links).map((rows) => ({ name: 'seed/upsert-links', params: { rows } })),
    ...chunks(knowledge).map((rows) => ({ name: 'seed/upsert-knowledge', params: { rows } })),
  ]);
  const missing = results.flatMap((r) => (r[0]?.missing as string[] | undefined) ?? []);
  if (missing.length) throw new Error(`links with a missing end: ${missing.slice(0, 10).join(', ')}`);
  return {
    nodes: nodes.length + sources.length,
    links: links.length,
    check,
    textsHeld: texts?.size ?? 0,
    passages: passageRows.reduce((n, r) => n + r.passages.length, 0),
  };
}

/** One line for logs: what the seed loader checked and stored. */
export function describeSeed(r: SeedResult, sourcesDir: string = SOURCES_DIR): string {
  const held = r.textsHeld
    ? `${r.textsHeld} document(s) as ${r.passages} passages`
    : `no document texts (no ${sourcesDir}: citations not checked)`;
  return (
    `${r.nodes} nodes, ${r.links} links; ${held}; ${r.check.checked} citations checked against the text in ${r.check.ms.toFixed(0)} ms` +
    (r.check.notChecked ? `, ${r.check.notChecked} not checked (text not held)` : '')
  );
}
