/**
 * `npx tsx bench/suggest.ts`: quality of suggestCollaborators as link prediction. For each random seed, hide 20% of
 * the links that make organisations partners (MEMBER_OF a partnership; DELIVERS or an enabling LEVER on an
 * initiative), ask for collaborators of every organisation that lost a partner, and report hit@10 and mean
 * reciprocal rank of the lost partners, against baselines computed in the same run on the same hidden graph:
 * random, most-connected, common neighbours on the whole graph and on the partner graph (graphology).
 *
 * Runs against its own Neo4j and data folder (.data/bench-suggest, Bolt port 7735; wiped and reseeded each run),
 * never the user's. The links are hidden inside one transaction that is rolled back, so the seed never changes.
 * Env: BENCH_SEEDS (default 5), BENCH_HIDE (default 0.2), BENCH_SUGGEST_PORT, BENCH_SUGGEST_DATA_DIR.
 */
// First: graphql and express read NODE_ENV as they load; the API is measured as `npm start` serves it.
import '../api/node-env.js';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UndirectedGraph } from 'graphology';
import { connect, prepare } from '../api/bootstrap.js';
import { loadConfig } from '../api/config.js';
import { suggest } from '../api/features/suggest/engine.js';
import { DEFAULT_WEIGHTS } from '../api/features/suggest/weights.js';

const SEEDS = Number(process.env.BENCH_SEEDS ?? 5);
const HIDE = Number(process.env.BENCH_HIDE ?? 0.2);
const K = 10;
/** This benchmark's own statements, kept beside it: the product never runs them. */
const statement = (name: string) => fileURLToPath(new URL(`./cypher/${name}.cypher`, import.meta.url));

interface GNode {
  id: string;
  label: string;
}
interface GLink {
  id: string;
  type: string;
  from: string;
  to: string;
  stance: string | null;
}

/** Small seeded PRNG (mulberry32), so each seed hides the same links and breaks ties the same way every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Partner links as the suggest Cypher defines them: an organisation's (or its directorate's) membership or co-delivery. */
function partnerGroups(nodes: Map<string, string>, links: GLink[], owner: Map<string, string>) {
  const groups = new Map<string, Set<string>>();
  const carriers: GLink[] = [];
  for (const l of links) {
    const fromLabel = nodes.get(l.from);
    const toLabel = nodes.get(l.to);
    if (fromLabel !== 'Organisation' && fromLabel !== 'Directorate') continue;
    const ok =
      (l.type === 'MEMBER_OF' && toLabel === 'Partnership') ||
      (toLabel === 'Initiative' && (l.type === 'DELIVERS' || (l.type === 'LEVER' && l.stance === 'ENABLES')));
    if (!ok) continue;
    const org = owner.get(l.from);
    if (!org) continue;
    carriers.push(l);
    if (!groups.has(l.to)) groups.set(l.to, new Set());
    groups.get(l.to)!.add(org);
  }
  return { groups, carriers };
}

function partnersOf(groups: Map<string, Set<string>>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const members of groups.values()) {
    for (const a of members)
      for (const b of members) {
        if (a === b) continue;
        if (!out.has(a)) out.set(a, new Set());
        out.get(a)!.add(b);
      }
  }
  return out;
}

/** Ranks candidates by score (higher first), ties in a seeded random order; returns ids best first. */
function rankBy(candidates: string[], score: (c: string) => number, rand: () => number): string[] {
  return candidates
    .map((c) => ({ c, s: score(c), t: rand() }))
    .sort((x, y) => y.s - x.s || x.t - y.t)
    .map((x) => x.c);
}

function metrics(ranking: string[], relevant: Set<string>): { hit: number; rr: number } {
  const i = ranking.findIndex((c) => relevant.has(c));
  return { hit: i >= 0 && i < K ? 1 : 0, rr: i >= 0 ? 1 / (i + 1) : 0 };
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const sd = (xs: number[]) => {
  const m = mean(xs);
  return Math.sqrt(mean(xs.map((x) => (x - m) ** 2)));
};

async function main() {
  const dataDir = resolve(process.env.BENCH_SUGGEST_DATA_DIR ?? '.data/bench-suggest');
  rmSync(dataDir, { recursive: true, force: true });
  const env = { ...process.env };
  delete env.NEO4J_URI;
  delete env.NEO4J_PASSWORD;
  const config = loadConfig({
    ...env,
    NODE_ENV: 'test',
    LEVERMAP_DATA_DIR: dataDir,
    LEVERMAP_BOLT_PORT: process.env.BENCH_SUGGEST_PORT ?? '7735',
    LEVERMAP_TX_TIMEOUT_SECONDS: '1800',
    LEVERMAP_SEED: 'auto',
    LEVERMAP_NEO4J_HEAP: '1g',
  });
  const log = (s: string) => process.stderr.write(`[bench] ${s}\n`);
  const { db, neo4j: local } = await connect(config, log);
  try {
    await prepare(db, config, log);
    const [g] = await db.read(statement('suggest-graph'));
    const nodeList = g!.nodes as GNode[];
    const links = g!.links as GLink[];
    const nodes = new Map(nodeList.map((n) => [n.id, n.label]));
    const orgs = nodeList.filter((n) => n.label === 'Organisation').map((n) => n.id);
    const owner = new Map<string, string>(orgs.map((o) => [o, o]));
    for (const l of links) if (l.type === 'PART_OF' && nodes.get(l.from) === 'Directorate') owner.set(l.from, l.to);

    const all = partnerGroups(nodes, links, owner);
    // Only links that make two organisations partners can be hidden (a group with one organisation joins no one).
    const hideable = all.carriers.filter((l) => all.groups.get(l.to)!.size >= 2);
    const pairsBefore = partnersOf(all.groups);
    log(
      `${orgs.length} organisations, ${links.length} links; ${hideable.length} partner-making links, ` +
        `${[...pairsBefore.values()].reduce((a, s) => a + s.size, 0) / 2} partner pairs.`,
    );

    const methods = [
      'suggestCollaborators',
      'random',
      'most-connected',
      'common neighbours (whole graph)',
      'common neighbours (partner graph)',
    ] as const;
    const perSeed: Record<string, { hit: number[]; mrr: number[] }> = Object.fromEntries(
      methods.map((m) => [m, { hit: [], mrr: [] }]),
    );
    const started = Date.now();

    for (let seed = 1; seed <= SEEDS; seed++) {
      const rand = rng(seed);
      const shuffled = rankBy(
        hideable.map((l) => l.id),
        () => 0,
        rand,
      );
      const hiddenIds = new Set(shuffled.slice(0, Math.round(HIDE * hideable.length)));
      const kept = links.filter((l) => !hiddenIds.has(l.id));
      const after = partnerGroups(nodes, kept, owner);
      const pairsAfter = partnersOf(after.groups);
      const lost = new Map<string, Set<string>>();
      for (const [a, bs] of pairsBefore) {
        const still = pairsAfter.get(a) ?? new Set();
        const gone = [...bs].filter((b) => !still.has(b));
        if (gone.length) lost.set(a, new Set(gone));
      }

      // The baselines' graphs, from the same hidden graph.
      const whole = new UndirectedGraph();
      for (const n of nodeList) whole.addNode(n.id);
      for (const l of kept) if (l.from !== l.to) whole.mergeEdge(l.from, l.to);
      const partner = new UndirectedGraph();
      for (const o of orgs) partner.addNode(o);
      for (const [a, bs] of pairsAfter) for (const b of bs) partner.mergeEdge(a, b);
      const common = (gr: UndirectedGraph, a: string) => {
        const na = new Set(gr.neighbors(a));
        return (c: string) => gr.neighbors(c).filter((x) => na.has(x)).length;
      };

      const scores: Record<string, { hit: number[]; rr: number[] }> = Object.fromEntries(
        methods.map((m) => [m, { hit: [], rr: [] }]),
      );
      await db.transaction(
        'WRITE',
        'bench/suggest',
        async (runner) => {
          const hideRows = [...hiddenIds].map((id) => ({ id, from: links.find((l) => l.id === id)!.from }));
          const [res] = await runner(statement('suggest-hide-links'), { rows: hideRows });
          const deleted = Number(res?.deleted);
          if (deleted !== hiddenIds.size) throw new Error(`hid ${deleted} links, expected ${hiddenIds.size}`);

          for (const [a, relevant] of lost) {
            const existing = pairsAfter.get(a) ?? new Set<string>();
            const candidates = orgs.filter((c) => c !== a && !existing.has(c));
            const result = await suggest(runner, 'collaborators', {
              organisationId: a,
              first: 5000,
              includeExisting: false,
              weights: { ...DEFAULT_WEIGHTS },
              checks: [],
              profile: {
                name: null,
                targetGroups: [],
                places: [],
                frameworkElements: [],
                serviceAreas: [],
                levers: [],
                partnerships: [],
              },
            });
            const ours = new Map(result.suggestions.map((s) => [s.node.id, s.score]));
            const rankings: Record<(typeof methods)[number], string[]> = {
              suggestCollaborators: rankBy(candidates, (c) => ours.get(c) ?? 0, rand),
              random: rankBy(candidates, () => 0, rand),
              'most-connected': rankBy(candidates, (c) => whole.degree(c), rand),
              'common neighbours (whole graph)': rankBy(candidates, common(whole, a), rand),
              'common neighbours (partner graph)': rankBy(candidates, common(partner, a), rand),
            };
            for (const m of methods) {
              const r = metrics(rankings[m], relevant);
              scores[m]!.hit.push(r.hit);
              scores[m]!.rr.push(r.rr);
            }
          }
        },
        { timeoutMs: 1_800_000, rollback: true },
      );
      log(
        `seed ${seed}: hid ${hiddenIds.size} links, ${[...lost.values()].reduce((a, s) => a + s.size, 0) / 2} partner pairs; ` +
          `${lost.size} organisations asked. ` +
          methods.map((m) => `${m} ${mean(scores[m]!.hit).toFixed(3)}/${mean(scores[m]!.rr).toFixed(3)}`).join('; '),
      );
      for (const m of methods) {
        perSeed[m]!.hit.push(mean(scores[m]!.hit));
        perSeed[m]!.mrr.push(mean(scores[m]!.rr));
      }
    }

    const [check] = await db.read('queries/stats');
    console.log(
      `\nsuggestCollaborators link prediction: ${SEEDS} seeds, ${Math.round(HIDE * 100)}% of partner-making links hidden, ` +
        `${((Date.now() - started) / 1000).toFixed(0)} s; the graph after rollback has ${check!.relationships} links (${links.length} before).`,
    );
    console.log(`${'method'.padEnd(36)} ${'hit@10'.padStart(15)} ${'MRR'.padStart(15)}`);
    for (const m of methods) {
      const h = perSeed[m]!.hit;
      const r = perSeed[m]!.mrr;
      console.log(
        `${m.padEnd(36)} ${`${mean(h).toFixed(3)} ± ${sd(h).toFixed(3)}`.padStart(15)} ${`${mean(r).toFixed(3)} ± ${sd(r).toFixed(3)}`.padStart(15)}`,
      );
    }
    const ours = perSeed.suggestCollaborators!;
    const cn = ['common neighbours (whole graph)', 'common neighbours (partner graph)'].map((m) => perSeed[m]!);
    const beats = cn.every((c) => mean(ours.hit) > mean(c.hit) && mean(ours.mrr) > mean(c.mrr));
    console.log(`\nGoal (beat common neighbours on hit@10 and MRR): ${beats ? 'met' : 'NOT met'}.`);
  } finally {
    await db.close();
    await local?.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
