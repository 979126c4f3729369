/**
 * The texts of the seed documents (../shared/seeds, or LEVERMAP_SOURCES_DIR), read as passages, and the check
 * of every seed citation against them, made before the seed loader writes anything.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { checkCitation, linesOf, type DocumentText } from '../../../model/quote-match.js';
import { type Dataset, knowledgeCitations } from '../../../seed/dataset.js';
import { contentHash } from './add.js';

export interface SeedText {
  id: string;
  lines: string[];
  contentHash: string;
}
export interface SeedCheck {
  checked: number;
  notChecked: number;
  ms: number;
  misses: { where: string; sourceId: string; line: number; message: string }[];
}

/** The text of each seed source whose file is in `dir`; null when the folder is missing (CI=true: an error). */
export function readSeedTexts(
  ds: Dataset,
  dir: string,
  env: NodeJS.ProcessEnv = process.env,
): Map<string, SeedText> | null {
  if (!existsSync(dir)) {
    if (env.CI === 'true')
      throw new Error(
        `the seed documents are missing: no folder ${dir} (set LEVERMAP_SOURCES_DIR); with CI=true every seed citation must be checked`,
      );
    return null;
  }
  const out = new Map<string, SeedText>();
  for (const s of ds.sources) {
    const file = s.file ? join(dir, s.file) : null;
    if (!file || !existsSync(file)) {
      if (env.CI === 'true')
        throw new Error(
          `the seed document of source ${s.id} is missing: ${file ?? '(no file named in seed/sources.json)'}`,
        );
      continue;
    }
    const lines = linesOf(readFileSync(file, 'utf8'));
    out.set(s.id, { id: s.id, lines, contentHash: contentHash(lines) });
  }
  return out;
}

export function seedDocuments(ds: Dataset, texts: Map<string, SeedText> | null): Map<string, DocumentText> {
  return new Map(
    ds.sources.map((s) => {
      const t = texts?.get(s.id);
      const doc: DocumentText = t
        ? { id: s.id, kind: s.kind ?? null, textHeld: true, lineCount: t.lines.length, lines: t.lines }
        : { id: s.id, kind: s.kind ?? null, textHeld: false, lineCount: 0, lines: [] };
      return [s.id, doc];
    }),
  );
}

/** Checks every citation of the seed; the time is of the check alone (texts already read). */
export function checkSeedCitations(ds: Dataset, docs: Map<string, DocumentText>): SeedCheck {
  const result: SeedCheck = { checked: 0, notChecked: 0, ms: 0, misses: [] };
  const t0 = performance.now();
  const check = (
    where: string,
    evidence: readonly { sourceId: string; line: number; quote: string; record?: string }[],
  ) => {
    evidence.forEach((c, i) => {
      const r = checkCitation(c, docs.get(c.sourceId));
      if (!r.ok)
        result.misses.push({
          where: `${where}.evidence[${i}]`,
          sourceId: c.sourceId,
          line: c.line,
          message: r.message,
        });
      else if (r.checked) result.checked += 1;
      else result.notChecked += 1;
    });
  };
  for (const [id, n] of ds.nodes) check(id, n.props.evidence);
  for (const [id, l] of ds.links) check(id, l.evidence);
  for (const [id, ev] of knowledgeCitations(ds)) check(id, ev);
  for (const a of ds.absences) check(`${a.initiative} no ${a.lever}`, a.evidence);
  result.ms = performance.now() - t0;
  return result;
}
