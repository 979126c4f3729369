/**
 * Completeness: every organisation, partnership, initiative and target group the hand-read extracts list is in
 * the seed graph, matched by name or alias (model/name-key.ts folds accents, case and punctuation), by a name that
 * holds the other whole, or by an entity of the same document citing a line the row cites. What stays unmatched
 * must have a written reason in test/unit/completeness-reasons.json, per row or per extract section (tables and
 * figures are stored by the findings feature; roles and generic categories name no body).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../model/name-key.js';
import { loadDataset } from '../../seed/dataset.js';
import { SEED_DIR } from '../../seed/paths.js';
import { readExtracts } from '../support/extracts.js';

const EXTRACTS = join(SEED_DIR, '..', '..', 'shared', 'extracts');
/** The extract sections that list things the graph holds as nodes. */
const ENTITY_SECTION =
  /organisation|partnership|initiative|programme|target group|population|funders|government|statutory|vcse|research|bodies|communities/i;

interface Reasons {
  sections: Record<string, string>;
  rows: Record<string, string>;
}

function unmatched() {
  const rows = readExtracts(EXTRACTS);
  if (!rows) return null;
  const ds = loadDataset(SEED_DIR);
  const keys = new Set<string>();
  const byLine = new Set<string>();
  for (const { props } of ds.nodes.values()) {
    for (const n of [props.name, ...props.aliases]) keys.add(nameKey(n));
    for (const c of props.evidence) byLine.add(`${c.sourceId}:${c.line}`);
  }
  const long = [...keys].filter((k) => k.length > 6);
  const named = (n: string) => {
    const cands = [nameKey(n), nameKey(n.replace(/\([^)]*\)/g, ' '))].filter(Boolean);
    return cands.some(
      (c) =>
        keys.has(c) || (c.length > 6 && long.some((k) => ` ${k} `.includes(` ${c} `) || ` ${c} `.includes(` ${k} `))),
    );
  };
  return rows
    .filter((r) => ENTITY_SECTION.test(r.section))
    .filter((r) => !named(r.name) && !r.lines.some((l) => byLine.has(`${r.doc}:${l}`)))
    .map((r) => ({ ...r, key: `${r.file} | ${r.section} | ${r.name}` }));
}

describe('completeness against the extracts', () => {
  it('finds every listed thing in the graph, or gives a written reason', () => {
    const missing = unmatched();
    if (!missing) {
      expect(process.env.CI, 'with CI=true the extracts must be present').not.toBe('true');
      return;
    }
    const reasons = JSON.parse(readFileSync(join(import.meta.dirname, 'completeness-reasons.json'), 'utf8')) as Reasons;
    const unexplained = missing
      .filter((m) => !reasons.rows[m.key] && !reasons.sections[`${m.file} | ${m.section}`])
      .map((m) => m.key);
    expect(unexplained).toEqual([]);
    for (const r of [...Object.values(reasons.rows), ...Object.values(reasons.sections)])
      expect(r.length).toBeGreaterThan(20);
  });
});
