/**
 * `npm run export -- --format xlsx|csv|json --out PATH [--place ID | --partnership ID]`: the whole graph, or
 * one place or partnership and what hangs off it, in the import layout. CSV goes to a folder of one file per
 * sheet (or, if PATH ends in .csv, one combined file whose first column is `sheet`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { connectForCli } from '../api/bootstrap.js';
import { loadConfig } from '../api/config.js';
import {
  readGraph,
  writeCombinedCsv,
  writeCsvFiles,
  writeJson,
  writeXlsx,
  type ExportScope,
} from '../api/features/io/export.js';

const USAGE = 'usage: npm run export -- --format xlsx|csv|json --out PATH [--place ID | --partnership ID]';

function parseArgs(argv: string[]) {
  let format = '';
  let out = '';
  let scope: ExportScope = { kind: 'ALL' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = () => {
      const v = argv[++i];
      if (!v) throw new Error(`${a} needs a value\n${USAGE}`);
      return v;
    };
    if (a === '--format') format = next().toLowerCase();
    else if (a === '--out') out = next();
    else if (a === '--place') scope = { kind: 'PLACE', id: next() };
    else if (a === '--partnership') scope = { kind: 'PARTNERSHIP', id: next() };
    else throw new Error(`unknown argument ${a}\n${USAGE}`);
  }
  if (!['xlsx', 'csv', 'json'].includes(format) || !out) throw new Error(USAGE);
  return { format, out, scope };
}

async function main() {
  const { format, out, scope } = parseArgs(process.argv.slice(2));
  const { db, where, stop: close } = await connectForCli(loadConfig());
  try {
    console.error(`Exporting from ${where}...`);
    // The command line reads the database with its owner's credentials: it is an admin, who may see authors.
    const g = await readGraph(db, scope, { authors: true });
    const counts = [...g.sheets].map(([s, rows]) => `${s} ${rows.length}`).join(', ');
    if (format === 'xlsx') writeFileSync(out, await writeXlsx(g));
    else if (format === 'json') writeFileSync(out, writeJson(g));
    else if (out.toLowerCase().endsWith('.csv')) writeFileSync(out, writeCombinedCsv(g));
    else {
      mkdirSync(out, { recursive: true });
      for (const [sheet, buf] of writeCsvFiles(g)) writeFileSync(join(out, `${sheet}.csv`), buf);
    }
    console.log(`Wrote ${out}: ${counts}.`);
  } finally {
    await close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(2);
});
