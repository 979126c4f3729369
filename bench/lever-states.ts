/**
 * Prints what the seed graph says about each initiative's levers, and the GAP flags before and after the rule that
 * a GAP needs a lever confirmed absent: initiatives by lever state (recorded, confirmed absent, not recorded) per
 * lever, and each GAP flag's count with the gate (now) and without it (the old rule, which read silence as a gap).
 * LEVERMAP_BENCH_SEED_DIR reads another seed folder (an older checkout's seed/, to compare).
 * Runs its own Neo4j in .data/bench-lever-states on port 7715 (LEVERMAP_BENCH_BOLT_PORT), wiped first.
 *   npx tsx bench/lever-states.ts
 */
import { alignmentRows } from '../api/features/alignment/report.js';
import { RULES } from '../api/features/alignment/rules.js';
import { loadSeed } from '../api/features/seed/load.js';
import { loadDataset } from '../seed/dataset.js';
import { freshDatabase } from './support/fresh-database.js';
import { SEED_DIR } from '../seed/paths.js';
import { LEVER_STATE, LEVERS, type LeverState } from '../model/vocabulary.js';

const ASOF = new Date().toISOString().slice(0, 10);
const STATES = Object.keys(LEVER_STATE) as LeverState[];

async function main() {
  const { db, stop } = await freshDatabase('.data/bench-lever-states', '7715');
  try {
    // LEVERMAP_BENCH_SEED_DIR names another seed folder, e.g. an older checkout's, to measure it the same way.
    await loadSeed(db, loadDataset(process.env.LEVERMAP_BENCH_SEED_DIR ?? SEED_DIR));
    const rows = await alignmentRows(db, { asOf: ASOF });
    console.log(`\n${rows.length} initiatives, asOf ${ASOF}.\n`);
    console.log(`| lever | ${STATES.map((s) => `${s} (${LEVER_STATE[s].label})`).join(' | ')} |`);
    console.log(`|---|${STATES.map(() => '---').join('|')}|`);
    for (const lever of LEVERS) {
      const n = (s: LeverState) =>
        rows.filter((r) => r.alignment.leverStates.find((x) => x.lever === lever)!.state === s).length;
      console.log(`| ${lever} | ${STATES.map(n).join(' | ')} |`);
    }
    const any = (s: LeverState) => rows.filter((r) => r.alignment.leverStates.some((x) => x.state === s)).length;
    console.log(`| any lever | ${STATES.map(any).join(' | ')} |`);
    console.log('\n| GAP flag | old rule (silence counted) | now (confirmed absent only) |');
    console.log('|---|---|---|');
    let oldTotal = 0;
    let newTotal = 0;
    for (const rule of RULES.filter((r) => r.kind === 'GAP')) {
      const before = rows.filter((r) => rule.test(r.facts) !== null).length;
      const after = rows.filter((r) => r.alignment.flags.some((f) => f.flag === rule.flag)).length;
      oldTotal += before;
      newTotal += after;
      console.log(`| ${rule.flag} | ${before} | ${after} |`);
    }
    console.log(`| all GAP flags | ${oldTotal} | ${newTotal} |`);
    const flagged = (gate: boolean) =>
      rows.filter((r) =>
        gate
          ? r.alignment.flags.some((f) => f.kind === 'GAP')
          : RULES.some((rule) => rule.kind === 'GAP' && rule.test(r.facts) !== null),
      ).length;
    console.log(`| initiatives with a GAP flag | ${flagged(false)} | ${flagged(true)} |`);
    const status = new Map<string, number>();
    for (const r of rows) status.set(r.alignment.status, (status.get(r.alignment.status) ?? 0) + 1);
    console.log(`\nBy alignment status: ${[...status].map(([s, k]) => `${s} ${k}`).join(', ')}.`);
  } finally {
    await stop();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});
