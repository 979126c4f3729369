/**
 * Writes examples/levermap-example.xlsx and examples/csv/*.csv: Live Well Gateshead (document 003) and what
 * hangs off it, taken from the seed dataset with its real ids and citations, in the import layout
 * (docs/import.md). Importing the example into a seeded database leaves everything unchanged; into an
 * empty one it creates the nodes and links. Run: npx tsx scripts/make-example.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ExportedGraph, writeCsvFiles, writeXlsx } from '../api/features/io/export.js';
import { SHEETS, sheetOfLabel, type SheetName } from '../api/features/io/layout.js';
import { loadDataset } from '../seed/dataset.js';
import { SEED_DIR } from '../seed/paths.js';

const EXAMPLES = fileURLToPath(new URL('../examples', import.meta.url));
const CENTRE = 'ini-003-live-well-gateshead';
/** The initiative, who commissions, delivers and backs it, whom it targets, where it runs. */
const PICK = new Set([
  CENTRE,
  'org-gateshead-council',
  'dir-003-gateshead-public-health-team',
  'dir-003-gateshead-hsc-commissioning-qa',
  'org-003-lwg-lead-provider',
  'part-003-lwg-consortium',
  'tg-003-35pct-most-deprived-gateshead',
  'tg-003-gateshead-communities-of-interest',
  'place-gateshead',
]);

const ABOUT = [
  'Levermap import example: Live Well Gateshead (source 003) with who commissions, delivers and backs it.',
  'One sheet per entity type (organisations, directorates, partnerships, initiatives, targetGroups, places), one for sources and one for links.',
  'Column names are the field names of the model (model/schemas.ts). Lists are separated by ";".',
  'Citations: source, line, quote; more citations in source2, line2, quote2, and so on. A new source needs a row in the sources sheet.',
  'A row with an id updates that node; a row without one is matched by UK identifier (odsCode, charityNumber, companyNumber, giving360Id; code for places), else by name and type.',
  'Try: npm run import -- examples/levermap-example.xlsx --dry-run. The full guide is docs/import.md. Sheets whose name starts with _ (like this one) are not imported.',
];

async function main() {
  const ds = loadDataset(SEED_DIR);
  const sheets = new Map<SheetName, Record<string, unknown>[]>(SHEETS.map((s) => [s, []]));
  const cited = new Set<string>();
  for (const id of PICK) {
    const n = ds.nodes.get(id);
    if (!n) throw new Error(`the seed has no node ${id}: update scripts/make-example.ts`);
    sheets.get(sheetOfLabel(n.label))!.push({ ...n.props });
    for (const c of n.props.evidence) cited.add(c.sourceId);
  }
  for (const l of ds.links.values()) {
    if (!PICK.has(l.from) || !PICK.has(l.to)) continue;
    const { id: _id, ...rest } = l;
    sheets.get('links')!.push(rest);
    for (const c of l.evidence) cited.add(c.sourceId);
  }
  sheets.set(
    'sources',
    ds.sources.filter((s) => cited.has(s.id)).map((s) => ({ ...s })),
  );
  for (const rows of sheets.values())
    rows.sort((a, b) =>
      String(a.id ?? `${a.type}:${a.from}:${a.to}:${a.lever ?? ''}`).localeCompare(
        String(b.id ?? `${b.type}:${b.from}:${b.to}:${b.lever ?? ''}`),
      ),
    );
  const g: ExportedGraph = { sheets, authors: false };
  mkdirSync(join(EXAMPLES, 'csv'), { recursive: true });
  writeFileSync(join(EXAMPLES, 'levermap-example.xlsx'), await writeXlsx(g, ABOUT));
  for (const [sheet, buf] of writeCsvFiles(g)) writeFileSync(join(EXAMPLES, 'csv', `${sheet}.csv`), buf);
  console.log(
    `wrote examples/levermap-example.xlsx and examples/csv/: ${[...sheets].map(([s, r]) => `${s} ${r.length}`).join(', ')}`,
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
