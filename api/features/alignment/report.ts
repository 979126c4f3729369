/**
 * The alignment report: cypher/analysis/alignment.cypher reads the facts of every initiative, and
 * alignment-backers.cypher describes the nodes at the far end of their links once (one read transaction);
 * alignment.ts then counts, rates and flags each initiative from those rows.
 *
 * The whole-graph report needs every initiative's flags (for the counts and the flag filter) but evidence only
 * for the page it returns: the rows for the summary come without evidence, and the page is read again, with
 * evidence, by id (bench/analysis.ts: evidence was most of the bytes and a fifth of the time at 17,000 initiatives).
 */
import type { Database, RunStep } from '../../db/database.js';
import { rowsAs } from '../shared/rows.js';
import { alignmentOf, countsOf, statusOf, type AlignmentView } from './alignment.js';
import { Backers, toFacts, type InitiativeFacts, type RawBacker, type RawFactLink } from './facts.js';
import { DEFAULT_CLAIMS, type Claim } from '../shared/args.js';
import { ALIGNMENT_FLAGS as FLAGS } from '../../../model/vocabulary.js';
import type { Flag } from './rules.js';
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

export function summarise(rows: ReportRow[], flags: readonly Flag[] | null) {
  const matching = flags?.length ? rows.filter((r) => r.alignment.flags.some((f) => flags.includes(f.flag))) : rows;
  const byStatus = new Map<string, number>();
  const byFlag = new Map<string, number>();
  for (const r of matching) {
    byStatus.set(r.alignment.status, (byStatus.get(r.alignment.status) ?? 0) + 1);
    for (const f of r.alignment.flags) byFlag.set(f.flag, (byFlag.get(f.flag) ?? 0) + 1);
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

/** alignmentReport: counts by status and flag over every matching initiative, and one page with evidence. */
export async function alignmentReport(db: Database, a: ReportArgs) {
  const rows = await alignmentRows(db, { asOf: a.asOf, statuses: a.statuses, claims: a.claims });
  const { matching, byStatus, byFlag } = summarise(rows, a.flags);
  const page = matching.slice(a.offset, a.offset + a.first);
  // The same rows again, by id, with evidence: both queries order by name then id, so the order holds.
  const items = page.length
    ? await alignmentRows(db, { asOf: a.asOf, ids: page.map((r) => r.facts.id), claims: a.claims, evidence: true })
    : [];
  return {
    asOf: a.asOf,
    total: matching.length,
    byStatus: STATUSES.map((s) => ({ status: s, count: byStatus.get(s) ?? 0 })),
    byFlag: FLAGS.map((f) => ({ flag: f, count: byFlag.get(f) ?? 0 })),
    items,
  };
}
