/**
 * The seed's findings, studies, tables and vocabulary terms: every table cell stands on its cited line(s) of the
 * document, every vocabulary label of model/vocabulary.ts is the name of its cited node, and the seed rejects
 * findings that break the rules (a figure without a value, an about that names nothing).
 */
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatasetError, loadDataset } from '../../seed/dataset.js';
import { SEED_DIR } from '../../seed/paths.js';
import { Finding } from '../../model/schemas.js';
import { FINDING_KINDS, FRAMEWORK_ELEMENT, PREVENTION_TIER } from '../../model/vocabulary.js';
import { sourceLines, sourcesMissingLocally } from '../support/seed.js';
import { tempDir } from '../support/tmp.js';

const ds = loadDataset(SEED_DIR);
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('the tables of the documents', () => {
  it("holds document 000's Tables 1 to 15 and document 003's Table 1", () => {
    const numbers = (src: string) =>
      [...ds.tables.values()]
        .filter((t) => t.source === src)
        .map((t) => Number(t.number))
        .sort((a, b) => a - b);
    expect(numbers('000')).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    expect(numbers('003')).toEqual([1]);
  });

  it.skipIf(sourcesMissingLocally)('has every cell on the cited line(s) of its document', () => {
    const lines = sourceLines();
    const misses: string[] = [];
    let cells = 0;
    for (const t of ds.tables.values()) {
      const doc = lines.get(t.source)!;
      t.rows.forEach((row, i) => {
        for (const c of row) {
          cells += 1;
          const text = norm(doc.slice(c.line - 1, c.lineTo ?? c.line).join(' '));
          if (!text.includes(norm(c.value))) misses.push(`${t.id} row ${i}: "${c.value}" not on line ${c.line}`);
        }
      });
    }
    expect(cells).toBeGreaterThan(200);
    expect(misses).toEqual([]);
  });

  it('gives each table with a printed total that total as its n', () => {
    for (const t of ds.tables.values()) {
      const total = t.rows.find((r) => /^Totals?\b/.test(r[0]!.value) && r.length === 2);
      if (total) expect(t.n, t.id).toBe(Number(total[1]!.value));
    }
    expect(ds.tables.get('table-000-03')?.n).toBe(51);
  });

  it('ties a table to the study sample it reports, whose n the document gives', () => {
    const t = ds.tables.get('table-003-01')!;
    const sample = [...ds.studies.values()].flatMap((s) => s.samples).find((s) => s.id === t.sample)!;
    expect(sample.n).toBe(t.n);
    const totals = t.rows.find((r) => r[0]!.value === 'Total')!;
    expect(Number(totals[2]!.value) + Number(totals[3]!.value)).toBe(sample.n);
  });
});

describe('vocabularies as cited nodes', () => {
  const terms = [...ds.terms.values()];
  const named = (kind: string, code: string) => terms.find((t) => t.kind === kind && t.code === code);

  it('names every framework element and prevention tier as model/vocabulary.ts labels it', () => {
    for (const [code, term] of Object.entries(FRAMEWORK_ELEMENT))
      expect(named('FRAMEWORK_ELEMENT', code)?.name, code).toBe(term.label);
    for (const [code, term] of Object.entries(PREVENTION_TIER))
      expect(named('PREVENTION_TIER', code)?.name, code).toBe(term.label);
  });

  it('takes each name from its citations, and gives a definition', () => {
    for (const t of terms) {
      if (t.kind === 'LEVER_CLASS') continue;
      const quoted = t.evidence.map((c) => norm(c.quote).toLowerCase());
      expect(
        quoted.some((q) => q.includes(t.name.toLowerCase())),
        t.id,
      ).toBe(true);
      expect(t.definition, t.id).toBeTruthy();
    }
  });

  it('has a cited lever class for every class a seed lever link carries', () => {
    const used = new Set(
      [...ds.links.values()].filter((l) => l.type === 'LEVER' && l.class).map((l) => `${l.lever}:${l.class}`),
    );
    const held = new Set(terms.filter((t) => t.kind === 'LEVER_CLASS').map((t) => `${t.lever}:${t.code}`));
    expect([...used].filter((u) => !held.has(u))).toEqual([]);
    expect(held.size).toBe(18);
  });
});

describe('findings', () => {
  const ev = [{ sourceId: '000', line: 884, quote: 'golden thread' }];
  const base = { id: 'finding-x', about: ['000'], text: 'A figure.', evidence: ev };

  it('needs a value or range, and a unit, for a figure; a range in order', () => {
    expect(Finding.safeParse({ ...base, kind: 'FIGURE' }).success).toBe(false);
    expect(Finding.safeParse({ ...base, kind: 'FIGURE', value: 3 }).success).toBe(false);
    expect(Finding.safeParse({ ...base, kind: 'FIGURE', value: 3, unit: '%' }).success).toBe(true);
    expect(Finding.safeParse({ ...base, kind: 'FIGURE', low: 5, high: 1, unit: '%' }).success).toBe(false);
    expect(Finding.safeParse({ ...base, kind: 'OUTCOME', value: 3 }).success).toBe(false);
  });

  it('are curated from every document, of every kind', () => {
    const all = [...ds.findings.values()];
    const kinds = new Set(all.map((f) => f.kind));
    expect(FINDING_KINDS.filter((k) => !kinds.has(k))).toEqual([]);
    const sources = new Set(all.flatMap((f) => f.evidence.map((c) => c.sourceId)));
    expect([...sources].sort()).toEqual(['000', '001', '002', '003', '004']);
    expect(all.filter((f) => f.kind === 'FIGURE').length).toBeGreaterThan(30);
  });

  it('are rejected when about names no node, link or source, naming the file and path', () => {
    const dir = tempDir('seed');
    cpSync(join(SEED_DIR, 'sources.json'), join(dir, 'sources.json'));
    cpSync(join(SEED_DIR, 'data'), join(dir, 'data'), { recursive: true });
    writeFileSync(
      join(dir, 'data', 'zz-broken.json'),
      JSON.stringify({ findings: [{ ...base, kind: 'OUTCOME', about: ['ini-nowhere'] }] }),
    );
    let err: unknown;
    try {
      loadDataset(dir);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DatasetError);
    expect((err as DatasetError).problems).toEqual([
      {
        file: 'zz-broken.json',
        path: 'findings[0].about[0]',
        message: 'no node, link or source with id "ini-nowhere"',
      },
    ]);
  });
});
