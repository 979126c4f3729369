/**
 * `npm run brief -- initiative|partnership|place ID --out PATH.pdf|.docx|.svg [--as-of YYYY[-MM[-DD]]]`: the board
 * brief the explorer offers at /brief/KIND/ID.FORMAT, written to a file from the configured database.
 */
import { writeFileSync } from 'node:fs';
import { connectForCli } from '../api/bootstrap.js';
import { loadConfig } from '../api/config.js';
import { today } from '../api/features/alignment/facts.js';
import { briefInput } from '../api/features/brief/collect.js';
import { BRIEF_KINDS, briefContent, type BriefKind } from '../api/features/brief/content.js';
import { type BriefFormat, renderBrief } from '../api/features/brief/render.js';
import { SourceCatalog } from '../api/features/evidence/catalog.js';
import { dateArg } from '../api/features/shared/args.js';

const USAGE = 'usage: npm run brief -- initiative|partnership|place ID --out PATH.pdf|.docx|.svg [--as-of DATE]';

async function main() {
  const [kind, id, ...rest] = process.argv.slice(2);
  let out = '';
  let asOf: string | null = null;
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--out') out = rest[++i] ?? '';
    else if (rest[i] === '--as-of') asOf = rest[++i] ?? null;
    else throw new Error(`unknown argument ${rest[i]}\n${USAGE}`);
  }
  const format = /\.(pdf|docx|svg)$/.exec(out)?.[1];
  if (!kind || !Object.hasOwn(BRIEF_KINDS, kind) || !id || !format) throw new Error(USAGE);
  const { db, where, stop } = await connectForCli(loadConfig());
  try {
    console.error(`Reading from ${where}...`);
    const generated = today();
    const content = briefContent(
      await briefInput(
        db,
        new SourceCatalog(db),
        kind as BriefKind,
        id,
        dateArg('--as-of', asOf, () => generated),
        generated,
      ),
    );
    const body = await renderBrief(content, format as BriefFormat);
    writeFileSync(out, body);
    console.error(`Wrote ${out}: ${content.flags.length} flags, ${content.citations.length} citations.`);
  } finally {
    await stop();
  }
}

main().catch((e: unknown) => {
  console.error((e as Error).message);
  process.exit(1);
});
