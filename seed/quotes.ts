/** Checks that each quote stands verbatim (whitespace-normalised) on the cited line of its document. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Citation } from '../model/schemas.js';
import { type Dataset, knowledgeCitations } from './dataset.js';

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

export function readSourceLines(dir: string): Map<string, string[]> | null {
  if (!existsSync(dir)) return null;
  const out = new Map<string, string[]>();
  for (const f of readdirSync(dir)) {
    const m = /^(\d{3})_.*\.txt$/.exec(f);
    if (m) out.set(m[1]!, readFileSync(join(dir, f), 'utf8').split('\n'));
  }
  return out;
}

export interface QuoteProblem {
  where: string;
  citation: Citation;
  message: string;
}

export function checkQuotes(ds: Dataset, lines: Map<string, string[]>): QuoteProblem[] {
  const problems: QuoteProblem[] = [];
  const check = (where: string, c: Citation) => {
    const doc = lines.get(c.sourceId);
    if (!doc) return problems.push({ where, citation: c, message: `no document for source ${c.sourceId}` });
    const line = doc[c.line - 1];
    if (line === undefined)
      return problems.push({ where, citation: c, message: `line ${c.line} is past the end of ${c.sourceId}` });
    if (!norm(line).includes(norm(c.quote)))
      problems.push({ where, citation: c, message: `quote not found on ${c.sourceId}:L${c.line}` });
  };
  for (const [id, n] of ds.nodes) for (const c of n.props.evidence) check(id, c);
  for (const [id, l] of ds.links) for (const c of l.evidence) check(id, c);
  for (const [id, ev] of knowledgeCitations(ds)) for (const c of ev) check(id, c);
  for (const a of ds.absences) for (const c of a.evidence) check(`${a.initiative} no ${a.lever}`, c);
  return problems;
}
