/**
 * `npm run source -- add FILE [--title T] [--kind K] [--id ID] [--authors A] [--publisher P] [--year Y] [--date D]
 *   [--url U] [--licence L] [--version-of ID] [--record-column C] [--dry-run]`: adds a document to Levermap with
 * its text as numbered passages (TXT, Markdown, HTML, DOCX, PDF with a text layer, or a CSV dataset).
 * `npm run source -- list` lists the sources and whether their text is held.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { userInfo } from 'node:os';
import { connectForCli } from '../api/bootstrap.js';
import { loadConfig } from '../api/config.js';
import { migrate } from '../api/db/migrate.js';
import { addSource } from '../api/features/evidence/add.js';

const FLAGS: Record<string, string> = {
  '--title': 'title',
  '--kind': 'kind',
  '--id': 'id',
  '--authors': 'authors',
  '--publisher': 'publisher',
  '--year': 'year',
  '--date': 'date',
  '--url': 'url',
  '--licence': 'licence',
  '--version-of': 'versionOf',
  '--record-column': 'recordColumn',
  '--reason': 'reason',
};
const USAGE =
  'usage: npm run source -- add FILE [--title T] [--kind REPORT|MINUTES|STRATEGY|PLAN|WEB_PAGE|DATASET|...] [--id ID] [--dry-run]\n       npm run source -- list';

function parse(argv: string[]) {
  const [command, ...rest] = argv;
  const opts: Record<string, string> = {};
  const files: string[] = [];
  let dryRun = false;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === '--dry-run') dryRun = true;
    else if (FLAGS[a]) {
      const v = rest[++i];
      if (v === undefined) throw new Error(`${a} needs a value\n${USAGE}`);
      opts[FLAGS[a]!] = v;
    } else if (a.startsWith('--')) throw new Error(`unknown option ${a}\n${USAGE}`);
    else files.push(a);
  }
  return { command, opts, files, dryRun };
}

async function main() {
  const { command, opts, files, dryRun } = parse(process.argv.slice(2));
  if (command !== 'add' && command !== 'list') throw new Error(USAGE);
  if (command === 'add' && files.length !== 1) throw new Error(`give one file to add\n${USAGE}`);
  const { db, where, stop } = await connectForCli(loadConfig());
  try {
    await migrate(db);
    if (command === 'list') {
      for (const r of await db.read('evidence/sources'))
        console.log(
          `${String(r.id).padEnd(20)} ${r.textHeld ? `${String(r.lineCount).padStart(6)} lines` : ' text not held'}  ${String(r.kind ?? '').padEnd(9)} ${String(r.title)}`,
        );
      return;
    }
    const file = files[0]!;
    const bytes = new Uint8Array(readFileSync(file));
    const r = await addSource(
      db,
      {
        ...opts,
        title: opts.title ?? basename(file).replace(/\.[^.]+$/, ''),
        year: opts.year ? Number(opts.year) : undefined,
        file: { name: basename(file), bytes },
      },
      { dryRun, user: `cli:${userInfo().username}`, reason: opts.reason ?? `npm run source -- add ${file}` },
    );
    for (const p of r.passages.slice(0, dryRun ? 40 : 5))
      if (p.text)
        console.log(
          `${String(p.line).padStart(5)}  ${p.record ? `[${p.record}] ` : ''}${p.text.length > 150 ? `${p.text.slice(0, 150)}…` : p.text}`,
        );
    for (const w of r.warnings) console.error(`warning: ${w}`);
    console.error(
      `${dryRun ? 'Dry run (nothing written): would add' : 'Added'} source "${String(r.source.id)}" (${r.format}, ${r.passages.length} passages) to ${where}.`,
    );
  } finally {
    await stop();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
