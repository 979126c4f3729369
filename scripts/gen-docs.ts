/**
 * Writes the rules table of docs/analysis.md (between its rules-table markers) from
 * api/features/alignment/rules.ts. A test fails when the committed table is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderRulesTable } from '../api/features/alignment/rules.js';

export const ANALYSIS_DOC = fileURLToPath(new URL('../docs/analysis.md', import.meta.url));
const START = '<!-- rules table: written by scripts/gen-docs.ts from api/features/alignment/rules.ts -->';
const END = '<!-- end of rules table -->';

/** The document with its rules table rewritten. */
export function withRulesTable(doc: string): string {
  const a = doc.indexOf(START);
  const b = doc.indexOf(END);
  if (a < 0 || b < a) throw new Error(`docs/analysis.md has no rules-table markers`);
  return `${doc.slice(0, a + START.length)}\n${renderRulesTable()}\n${doc.slice(b)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(ANALYSIS_DOC, withRulesTable(readFileSync(ANALYSIS_DOC, 'utf8')));
  console.log(`wrote ${ANALYSIS_DOC}`);
}
