/**
 * `npm run import -- FILE... [--dry-run] [--sheet NAME]`: imports an XLSX workbook, a JSON file, CSV files
 * (one per sheet, named after it) or a folder of them, into the database that `npm run seed` would use.
 * Prints what was (or would be) created, updated and left unchanged, and every bad row. Exit code 1 when the
 * file has problems (then nothing is written), 2 on other errors, 3 when the database stopped answering during the
 * commit (it may have landed: the output says how to check).
 */
import { readdirSync, readFileSync, type Stats, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { connectForCli } from '../api/bootstrap.js';
import { loadConfig } from '../api/config.js';
import { importData, type ImportOptions, type ImportReport } from '../api/features/io/import.js';
import {
  importOpenData,
  isOpenDataFormat,
  OPEN_DATA_FORMATS,
  type OpenDataFormat,
} from '../api/features/io/formats/open-data.js';
import { stagingOf } from '../api/features/io/staged.js';
import { CLI_LIMITS, type ImportFormat, type InputFile } from '../api/features/io/read.js';
import { randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';

const USAGE =
  'usage: npm run import -- FILE.xlsx|FILE.json|FILE.csv...|FOLDER|FILE.zip [--dry-run] [--sheet NAME] [--overwrite] [--format 360giving|oruk]';

function parseArgs(argv: string[]) {
  const files: string[] = [];
  let dryRun = false;
  let overwrite = false;
  let sheet: string | undefined;
  let dialect: OpenDataFormat | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--dry-run') dryRun = true;
    else if (a === '--overwrite') overwrite = true;
    else if (a === '--sheet') sheet = argv[++i];
    else if (a === '--format') {
      const f = (argv[++i] ?? '').toLowerCase();
      if (!isOpenDataFormat(f))
        throw new Error(`--format: "${f}" is not a format; use one of ${OPEN_DATA_FORMATS.join(', ')}`);
      dialect = f;
    } else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (a.startsWith('--')) throw new Error(`unknown option ${a}\n${USAGE}`);
    else files.push(a);
  }
  if (!files.length) throw new Error(USAGE);
  return { files, dryRun, sheet, overwrite, dialect };
}

function inputs(paths: string[], dialect: OpenDataFormat | null): { format: ImportFormat; files: InputFile[] } {
  const expanded = paths.flatMap((p) => {
    let st: Stats;
    try {
      st = statSync(p);
    } catch {
      throw new Error(`no such file or folder: ${p}`);
    }
    return st.isDirectory()
      ? readdirSync(p)
          .filter((f) => extname(f).toLowerCase() === '.csv')
          .sort()
          .map((f) => join(p, f))
      : [p];
  });
  if (!expanded.length) throw new Error(`no .csv files in ${paths.join(', ')}`);
  const exts = new Set(expanded.map((p) => extname(p).toLowerCase()));
  const ext = [...exts][0]!;
  // A ZIP of CSV tables is how Open Referral UK data is often published; only that import reads one.
  if (ext === '.zip' && dialect !== 'oruk') throw new Error('a .zip file is read only with --format oruk');
  const format = ({ '.csv': 'CSV', '.xlsx': 'XLSX', '.json': 'JSON', '.zip': 'CSV' } as Record<string, ImportFormat>)[
    ext
  ];
  if (exts.size > 1 || !format)
    throw new Error(
      `import reads .xlsx, .json or .csv files (one kind at a time; with --format oruk, a .zip); got ${[...exts].join(', ')}`,
    );
  if (format !== 'CSV' && expanded.length > 1) throw new Error(`import one ${ext} file at a time`);
  for (const p of expanded) {
    const size = statSync(p).size;
    if (size > CLI_LIMITS.maxBytes)
      throw new Error(
        `${p} is too large (${(size / 1024 / 1024).toFixed(1)} MB); at most ${CLI_LIMITS.maxBytes / 1024 / 1024} MB can be imported at once: split it`,
      );
  }
  return { format, files: expanded.map((p) => ({ name: basename(p), content: readFileSync(p) })) };
}

export function printReport(r: ImportReport, log: (s: string) => void = console.log): void {
  if (r.outcome === 'UNKNOWN') {
    log(`Outcome unknown (import ${r.importId}): ${r.message}`);
    log(`  To check: query { importStatus(id: "${r.importId}") { landed at } }, or run this same command again.`);
    return;
  }
  const verb = r.committed ? 'Imported' : r.dryRun ? 'Dry run' : 'Nothing imported';
  log(
    `${verb}: ${r.rows} rows${r.encoding ? ` (${r.encoding})` : ''}: ${r.created} to create, ${r.updated} to update, ${r.unchanged} unchanged, ${r.problems.length} problem(s).`
      .replace(/to create/, r.committed ? 'created' : 'to create')
      .replace(/to update/, r.committed ? 'updated' : 'to update'),
  );
  for (const s of r.sheets)
    log(
      `  ${s.sheet.padEnd(14)} ${String(s.rows).padStart(7)} rows: ${s.created} create, ${s.updated} update, ${s.unchanged} unchanged, ${s.bad} bad`,
    );
  for (const w of r.warnings) log(`  note: ${w}`);
  if (r.conflicts.length) {
    log(
      r.overwrite
        ? `Stale rows, overwritten (--overwrite): ${r.conflicts.length} field(s) exported before the graph's last change:`
        : `Conflicts (rows exported before the graph's last change; nothing was written; --overwrite applies them):`,
    );
    for (const c of r.conflicts.slice(0, 200))
      log(
        `  ${c.sheet} row ${c.row}, ${c.id}, field ${c.field}: the file has ${c.fileValue === null ? 'nothing' : JSON.stringify(c.fileValue)} (version ${c.fileVersion}), the graph has ${c.graphValue === null ? 'nothing' : JSON.stringify(c.graphValue)} (version ${c.graphVersion})`,
      );
    if (r.conflictsTruncated || r.conflicts.length > 200) log('  ...and more');
  }
  if (r.problems.length) {
    log('Problems (fix them and import again; nothing was written):');
    for (const p of r.problems.slice(0, 200))
      log(`  ${p.sheet}${p.row !== null ? ` row ${p.row}` : ''}${p.column ? `, column ${p.column}` : ''}: ${p.reason}`);
    if (r.problems.length > 200) log(`  ...and ${r.problems.length - 200} more`);
  } else if (r.dryRun && r.ok) {
    for (const c of r.changes.slice(0, 30))
      log(
        `  ${c.action.padEnd(9)} ${c.sheet} row ${c.row}: ${c.id}${c.action === 'UPDATE' ? ` (${c.changedFields.join(', ')})` : ''}`,
      );
    if (r.changes.length > 30) log(`  ...and ${r.changes.length - 30} more changes`);
    log('Run again without --dry-run to write these changes.');
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const { format, files } = inputs(args.files, args.dialect ?? null);
  const big = files.reduce((s, f) => s + f.content.length, 0) > 2 * 1024 * 1024;
  const config = loadConfig();
  const { db, where, stop: close } = await connectForCli(config);
  try {
    console.error(`Importing into ${where}${args.dryRun ? ' (dry run: nothing is written)' : ''}...`);
    let last = 0;
    const options: ImportOptions = {
      dryRun: args.dryRun,
      limits: CLI_LIMITS,
      sheet: args.sheet,
      overwrite: args.overwrite,
      staging: stagingOf(config),
      // The command line holds the database's own credentials, so it imports as an admin: the claim states a file
      // carries are kept, new links without one enter as claims, and nobody verifies their own (claims.ts).
      actor: {
        auditId: randomUUID(),
        user: `cli:${userInfo().username}`,
        reason: `npm run import -- ${args.files.join(' ')}`,
        verifier: true,
        selfVerify: config.LEVERMAP_SELF_VERIFY,
      },
      onProgress: big
        ? (p) => {
            const now = Date.now();
            if (now - last > 1000 || p.done === p.total) {
              last = now;
              console.error(`  ${p.phase}: ${p.done}/${p.total}`);
            }
          }
        : undefined,
    };
    const report = args.dialect
      ? await importOpenData(db, args.dialect, format, files, options)
      : await importData(db, format, files, options);
    printReport(report);
    if (report.outcome === 'NOTHING_TO_CHANGE') console.log(report.message);
    // 3: the commit's outcome is unknown (see the message); 1: the file has problems.
    process.exitCode = report.outcome === 'UNKNOWN' ? 3 : report.ok ? 0 : 1;
  } finally {
    await close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(2);
});
