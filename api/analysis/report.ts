/**
 * The alignment report: one Cypher round trip (cypher/analysis/alignment.cypher) computes counts and status per
 * initiative; the rules of rules.ts then raise the flags from the same rows.
 */
import type { Database } from '../db/database.js';
import { alignmentOf, type AlignmentStatus, type AlignmentView } from '../domain/alignment.js';
import { toFacts, type InitiativeFacts, type RawFacts } from './facts.js';
import type { Flag } from './rules.js';

export interface ReportRow {
  facts: InitiativeFacts;
  /** Counts and status as Cypher computed them. */
  counted: { downward: number; sideward: number; upward: number; opposing: number; status: AlignmentStatus };
  alignment: AlignmentView;
  kind: string | null;
  frameworkElements: string[];
  sources: string[];
  places: string[];
  targetGroups: string[];
}

export interface ReportQuery { asOf: string; ids?: string[] | null; touching?: string[] | null; statuses?: string[] | null }

export async function alignmentRows(db: Database, q: ReportQuery): Promise<ReportRow[]> {
  const rows = await db.read('analysis/alignment', {
    asOf: q.asOf, ids: q.ids ?? null, touching: q.touching ?? null, statuses: q.statuses ?? null,
  }, 60_000);
  return rows.map((r) => {
    const i = r.initiative as Record<string, unknown>;
    const facts = toFacts({ initiative: i, levers: r.levers, roles: r.roles, vcse: r.vcse } as RawFacts, q.asOf);
    return {
      facts, counted: r.counted as ReportRow['counted'], alignment: alignmentOf(facts),
      kind: (i.kind as string | undefined) ?? null,
      frameworkElements: (i.frameworkElements as string[] | undefined) ?? [],
      sources: [...new Set((i.evSource as string[] | undefined) ?? [])].sort(),
      places: r.places as string[], targetGroups: r.targetGroups as string[],
    };
  });
}

export function summarise(rows: ReportRow[], flags: readonly Flag[] | null) {
  const matching = flags?.length ? rows.filter((r) => r.alignment.flags.some((f) => flags.includes(f.flag))) : rows;
  const byStatus = new Map<string, number>();
  const byFlag = new Map<string, number>();
  for (const r of matching) {
    byStatus.set(r.counted.status, (byStatus.get(r.counted.status) ?? 0) + 1);
    for (const f of r.alignment.flags) byFlag.set(f.flag, (byFlag.get(f.flag) ?? 0) + 1);
  }
  return { matching, byStatus, byFlag };
}
