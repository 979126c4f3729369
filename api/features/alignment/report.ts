/**
 * The alignment report. Its counts need every initiative's status and flags; its page needs the whole alignment of
 * fifty. So the counts read only what the status and the rules read (cypher/analysis/alignment-summary.cypher, its
 * far ends described once by alignment-summary-backers), and the page is read as initiative(id) reads one
 * (queries/initiative-items), in the same read transaction. The flags are evaluated here, by the rules of rules.ts,
 * for every initiative: the one place they are written.
 *
 * alignmentRows (cypher/analysis/alignment.cypher) serves the CSV export, briefs, fragility and the initiatives
 * table: they show each initiative's facts whole, and fragility needs every VCSE member a partnership stands for.
 */
import type { Database, RunStep } from '../../db/database.js';
import { GraphCache } from '../../db/graph-cache.js';
import { rowsAs } from '../shared/rows.js';
import { alignmentOf, countsOf, statusOf, type AlignmentStatus, type AlignmentView } from './alignment.js';
import { Backers, toFacts, type InitiativeFacts, type RawBacker, type RawFactLink } from './facts.js';
import { DEFAULT_CLAIMS, type Claim } from '../shared/args.js';
import { ALIGNMENT_FLAGS as FLAGS } from '../../../model/vocabulary.js';
import { evaluateFlags, type Flag } from './rules.js';
import { type InitiativeItem, readInitiativeItems } from '../entities/loaders.js';
import { ABSENCE_PROPS } from '../../../model/lever-absence.js';

export interface ReportRow {
  facts: InitiativeFacts;
  alignment: AlignmentView;
  /** Only with `lists` (the CSV export); otherwise null and empty. */
  kind: string | null;
  frameworkElements: string[];
  sources: string[];
  places: string[];
  targetGroups: string[];
}

export interface ReportQuery {
  asOf: string;
  ids?: string[] | null;
  touching?: string[] | null;
  /** Only initiatives with these alignment statuses. */
  statuses?: readonly string[] | null;
  /** Which claims count (inputs.ts claimsArg); default verified and unverified. */
  claims?: Claim[];
  /** Each link's evidence (for triggers shown to a user). */
  evidence?: boolean;
  /** kind, framework elements, sources, places and target groups (for the CSV export). */
  lists?: boolean;
}

export async function alignmentRows(db: Database, q: ReportQuery): Promise<ReportRow[]> {
  return db.transaction('READ', 'analysis/alignment', (run) => readAlignmentRows(run, q), { timeoutMs: 60_000 });
}

/** The report's rows inside a transaction another statement shares (the initiatives table filters first). */
export async function readAlignmentRows(run: RunStep, q: ReportQuery): Promise<ReportRow[]> {
  const params = {
    asOf: q.asOf,
    ids: q.ids ?? null,
    touching: q.touching ?? null,
    claims: q.claims ?? DEFAULT_CLAIMS,
    evidence: q.evidence ?? false,
    lists: q.lists ?? false,
  };
  const [rows, backerRows] = await Promise.all([
    run('analysis/alignment', params),
    run('analysis/alignment-backers', params),
  ]);
  const backers = new Backers(rowsAs<RawBacker>(backerRows));
  const out: ReportRow[] = [];
  for (const r of rows) {
    const initiative = {
      id: r.id,
      name: r.name,
      placeholder: r.placeholder,
      status: r.recordedStatus,
      endDate: r.endDate,
      benefitExpected: r.benefitExpected,
      ...Object.fromEntries(ABSENCE_PROPS.map((k) => [k, r[k]])),
      evSource: r.evSource,
    };
    const facts = toFacts({ initiative, links: r.links as RawFactLink[] }, backers, q.asOf);
    if (q.statuses && !q.statuses.includes(statusOf(countsOf(facts.levers)))) continue;
    out.push({
      facts,
      alignment: alignmentOf(facts),
      kind: (r.kind as string | null) ?? null,
      frameworkElements: r.frameworkElements as string[],
      sources: [...new Set(r.sources as string[])].sort(),
      places: r.places as string[],
      targetGroups: r.targetGroups as string[],
    });
  }
  return out;
}

/** What the counts keep of one initiative. */
export interface SummaryRow {
  id: string;
  status: AlignmentStatus;
  flags: Flag[];
}

/**
 * Every initiative's status and flags at asOf, in name then id order. The facts are lean: no evidence, no names a
 * rule only words its detail with, no link ids, only current commissioning and delivery, and a partnership stands for one VCSE
 * member at most; the statuses and flags come out as the whole facts give them (a test compares the two).
 */
export async function readSummary(run: RunStep, asOf: string, claims: readonly Claim[]): Promise<SummaryRow[]> {
  const params = { asOf, claims };
  const [rows, backerRows] = await Promise.all([
    run('analysis/alignment-summary', params),
    run('analysis/alignment-summary-backers', params),
  ]);
  const backers = new Backers(rowsAs<RawBacker>(backerRows));
  return rows.map((r) => {
    const initiative = {
      id: r.id,
      status: r.recordedStatus,
      endDate: r.endDate,
      benefitExpected: r.benefitExpected,
      absLever: r.absLever,
    };
    const facts = toFacts({ initiative, links: r.links as RawFactLink[] }, backers, asOf);
    return { id: facts.id, status: statusOf(countsOf(facts.levers)), flags: evaluateFlags(facts).map((f) => f.flag) };
  });
}

export function summarise(rows: SummaryRow[], statuses: readonly string[] | null, flags: readonly Flag[] | null) {
  const matching = rows.filter(
    (r) => (!statuses || statuses.includes(r.status)) && (!flags?.length || r.flags.some((f) => flags.includes(f))),
  );
  const byStatus = new Map<string, number>();
  const byFlag = new Map<string, number>();
  for (const r of matching) {
    byStatus.set(r.status, (byStatus.get(r.status) ?? 0) + 1);
    for (const f of r.flags) byFlag.set(f, (byFlag.get(f) ?? 0) + 1);
  }
  return { matching, byStatus, byFlag };
}

export const STATUSES = ['ALIGNED', 'PARTIAL', 'CONTESTED', 'UNKNOWN'] as const;

export interface ReportArgs {
  asOf: string;
  statuses: string[] | null;
  flags: readonly Flag[] | null;
  first: number;
  offset: number;
  claims?: Claim[];
}

/** One initiative of the page, projected as initiative(id) projects it, with its alignment at asOf. */
function pageItem(it: InitiativeItem, backers: Backers, asOf: string) {
  const facts = toFacts({ initiative: it.props, links: it.facts.links }, backers, asOf);
  return { facts, alignment: alignmentOf(facts) };
}

/** Every initiative's status and flags, per date and claims, while the graph is unchanged (a few: each is large). */
const summaries = new GraphCache<SummaryRow[]>(4);

/** alignmentReport: counts by status and flag over every matching initiative, and one page with evidence. */
export async function alignmentReport(db: Database, a: ReportArgs) {
  const claims = a.claims ?? DEFAULT_CLAIMS;
  const rows = await summaries.get(db, JSON.stringify([a.asOf, claims]), () =>
    db.transaction('READ', 'analysis/alignment-summary', (run) => readSummary(run, a.asOf, claims), {
      timeoutMs: 60_000,
    }),
  );
  const { matching, byStatus, byFlag } = summarise(rows, a.statuses, a.flags);
  const ids = matching.slice(a.offset, a.offset + a.first).map((r) => r.id);
  // The page's facts with evidence; its links beyond the facts are not shown. Counts alone read no page.
  const items = ids.length
    ? await db.transaction('READ', 'analysis/alignment-page', async (run) => {
        const page = await readInitiativeItems(run, ids, a.asOf, { claims, evidence: true, links: 'NONE' });
        const backers = new Backers(page.backers);
        return page.items.map((it) => pageItem(it, backers, a.asOf));
      })
    : [];
  return {
    asOf: a.asOf,
    total: matching.length,
    byStatus: STATUSES.map((s) => ({ status: s, count: byStatus.get(s) ?? 0 })),
    byFlag: FLAGS.map((f) => ({ flag: f, count: byFlag.get(f) ?? 0 })),
    items,
  };
}
