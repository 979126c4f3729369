/**
 * A large import, all or nothing without one huge transaction (docs/adr/0015-staged-import.md): its rows are
 * first staged as ImportBatch nodes, which no read sees (they are not Entities), then switched visible batch by
 * batch through the same apply statements a one-transaction commit uses. Each switched batch is deleted in the
 * transaction that applied it, so a batch is applied exactly once whoever completes it. A crash while staging
 * leaves nothing visible, and the next start or import deletes the staging; a crash once the switch has begun
 * leaves a switch that the next start (or import) completes.
 */
import { randomUUID } from 'node:crypto';
import { type Config, loadConfig } from '../../config.js';
import { type Database, type RunStep, unavailable } from '../../db/database.js';
import { AppError } from '../../errors.js';

/** The apply statements a batch may name (a staged batch names one, checked before it runs). */
const STATEMENTS = ['io/apply-nodes', 'io/create-links', 'io/update-links', 'io/apply-findings'] as const;
export type ApplyStatement = (typeof STATEMENTS)[number];

export interface StagedBatch {
  statement: ApplyStatement;
  rows: Record<string, unknown>[];
}
export interface StagingOptions {
  /** Imports writing more rows than this are staged; smaller ones commit in one transaction, as before. */
  above: number;
  /** Rows per staged batch, and so per switch transaction. */
  batchRows: number;
  /** An import whose owner has been silent this long is taken as crashed: cleaned, or its switch completed. */
  staleSeconds: number;
}
/** The staging settings from the configuration (LEVERMAP_IMPORT_*, api/config.ts, where their defaults are). */
export const stagingOf = (c: Config): StagingOptions => ({
  above: c.LEVERMAP_IMPORT_STAGE_ABOVE,
  batchRows: c.LEVERMAP_IMPORT_BATCH_ROWS,
  staleSeconds: c.LEVERMAP_IMPORT_STALE_SECONDS,
});
export const DEFAULT_STAGING: StagingOptions = stagingOf(loadConfig({}));

export interface AuditOf {
  id: string;
  user: string;
  reason: string | null;
  format: string;
}
/** What each applied row became, by id: CREATED, UPDATED, UNCHANGED, or CONFLICT / MISSING_END (skipped). */
export type RowOutcomes = Map<string, string>;

export interface SwitchResult {
  /** Rows changed or deleted by someone else during the switch: left as the other change made them. */
  skipped: string[];
}

/** Batches staged per transaction: a few MB of JSON, far inside the default transaction memory. */
const STAGE_PER_TX = 4;
const DROP_PER_TX = 4;

/** This process, as the owner of the imports it stages. */
const OWNER = `${process.pid}-${randomUUID()}`;

/**
 * Stages then switches `batches` (nodes first, then links, in the order given). `audit`: the entry written when
 * the switch completes (none when null). Throws if the database goes away: before the switch nothing is visible;
 * after, the next start completes it. Calls `onBatch` with each batch's outcomes as it lands.
 */
export async function stagedCommit(
  db: Database,
  importId: string,
  batches: StagedBatch[],
  audit: AuditOf | null,
  onBatch: (seq: number, outcomes: RowOutcomes) => void,
  onStage: (done: number) => void = () => {},
): Promise<SwitchResult> {
  const json = batches.map((b) => JSON.stringify(b.rows));
  await db.write('io/stage-begin', {
    id: importId,
    owner: OWNER,
    batches: batches.length,
    audit: audit !== null,
    user: audit?.user ?? null,
    reason: audit?.reason ?? null,
    format: audit?.format ?? null,
  });
  let staged = 0;
  for (let i = 0; i < batches.length; i += STAGE_PER_TX) {
    const part = batches.slice(i, i + STAGE_PER_TX).map((b, k) => ({
      seq: i + k,
      statement: b.statement,
      rows: json[i + k]!,
    }));
    const [r] = await db.write('io/stage-batches', { id: importId, owner: OWNER, batches: part });
    if (Number(r?.staged ?? 0) !== part.length) throw lostImport(importId);
    staged += part.reduce((s, p) => s + batches[p.seq]!.rows.length, 0);
    onStage(staged);
  }
  const [begun] = await db.write('io/switch-begin', { id: importId, owner: OWNER });
  if (!begun) throw lostImport(importId);
  const skipped: string[] = [];
  try {
    for (let seq = 0; seq < batches.length; seq++) {
      // The rows as staged (parsed from the same JSON), so that a switch completed later applies the same values.
      const outcomes = await switchBatch(db, importId, OWNER, seq, batches[seq]!.statement, JSON.parse(json[seq]!));
      for (const [id, o] of outcomes) if (o === 'CONFLICT' || o === 'MISSING_END') skipped.push(id);
      onBatch(seq, outcomes);
    }
    await finish(db, importId, OWNER);
  } catch (e) {
    // The switch has begun, so the import will land (the next start completes it): its outcome is not known here.
    if (e instanceof AppError && e.extensions.code === 'DATABASE_UNAVAILABLE')
      throw unavailable({ outcome: 'UNKNOWN' });
    throw e;
  }
  return { skipped };
}

/** Applies one staged batch and deletes it, in one transaction (retried whole on a transient error). */
async function switchBatch(
  db: Database,
  importId: string,
  owner: string,
  seq: number,
  statement: string,
  rows: Record<string, unknown>[],
): Promise<RowOutcomes> {
  if (!(STATEMENTS as readonly string[]).includes(statement))
    throw new Error(`staged import ${importId}: batch ${seq} names an unknown statement ${statement}`);
  return db.transaction(
    'WRITE',
    'io/switch-batch',
    async (run) => {
      const result = await run(statement, { rows });
      const outcomes: RowOutcomes = new Map(result.map((r) => [r.id as string, r.outcome as string]));
      const kind = statement === 'io/apply-nodes' ? 'nodes' : statement === 'io/apply-findings' ? 'findings' : 'links';
      const count = (k: typeof kind, o: string) =>
        k === kind ? [...outcomes.values()].filter((x) => x === o).length : 0;
      const [ok] = await run('io/switch-batch-done', {
        id: importId,
        owner,
        seq,
        counts: {
          nodesCreated: count('nodes', 'CREATED'),
          nodesUpdated: count('nodes', 'UPDATED'),
          linksCreated: count('links', 'CREATED'),
          linksUpdated: count('links', 'UPDATED'),
          findingsCreated: count('findings', 'CREATED'),
          findingsUpdated: count('findings', 'UPDATED'),
        },
        ids: [...outcomes]
          .filter(([, o]) => o === 'CREATED' || o === 'UPDATED')
          .slice(0, 500)
          .map(([id]) => id),
      });
      // Another process took the import over (this one was silent too long): roll this batch back, it will apply it.
      if (!ok) throw lostImport(importId);
      return outcomes;
    },
    { timeoutMs: Math.max(db.opts.queryTimeoutMs, 120_000) },
  );
}

/** Writes the audit entry and removes the import's state, in one transaction: importStatus then says landed. */
async function finish(db: Database, importId: string, owner: string): Promise<void> {
  await db.transaction('WRITE', 'io/import-finish', async (run: RunStep) => {
    const [s] = await run('io/import-state', { id: importId });
    if (!s) throw lostImport(importId);
    if (s.audit) {
      const summary = {
        nodesCreated: Number(s.nodesCreated),
        nodesUpdated: Number(s.nodesUpdated),
        linksCreated: Number(s.linksCreated),
        linksUpdated: Number(s.linksUpdated),
        findingsCreated: Number(s.findingsCreated),
        findingsUpdated: Number(s.findingsUpdated),
        ids: s.ids as string[],
      };
      await run('audit/record-import', {
        audit: { id: importId, user: s.user, reason: s.reason, format: s.format },
        summary: JSON.stringify(summary),
      });
    }
    const [ok] = await run('io/import-finish', { id: importId, owner });
    if (!ok) throw lostImport(importId);
  });
}

export interface Recovered {
  /** Imports whose staging was deleted (they had not begun to switch: nothing of them was visible). */
  cleaned: string[];
  /** Imports whose switch was completed. */
  completed: string[];
}

/**
 * Finishes what crashed imports left: staging is deleted, a begun switch is completed. Run at start and before
 * each import. Imports whose owner is still heard from (within staleSeconds) are left to it.
 */
export async function recoverImports(
  db: Database,
  opts: Pick<StagingOptions, 'staleSeconds'> = DEFAULT_STAGING,
): Promise<Recovered> {
  const out: Recovered = { cleaned: [], completed: [] };
  const stale = await db.read('io/stale-imports', { staleSeconds: opts.staleSeconds });
  for (const s of stale) {
    const id = s.id as string;
    const owner = `${OWNER}-recover`;
    const [claimed] = await db.write('io/import-claim', { id, owner, staleSeconds: opts.staleSeconds });
    if (!claimed) continue;
    if (claimed.state === 'STAGING') {
      for (;;) {
        const [r] = await db.write('io/stage-drop', { id, owner, limit: DROP_PER_TX });
        if (!r || Number(r.left) === 0) break;
      }
      out.cleaned.push(id);
      continue;
    }
    const [state] = await db.read('io/import-state', { id });
    for (const seq of (state?.left as number[] | undefined) ?? []) {
      const [b] = await db.read('io/import-batch', { id, seq });
      if (!b) continue;
      await switchBatch(db, id, owner, Number(seq), String(b.statement), JSON.parse(String(b.rows)));
    }
    await finish(db, id, owner);
    out.completed.push(id);
  }
  return out;
}

const lostImport = (id: string) =>
  new AppError(
    'INTERNAL_SERVER_ERROR',
    `import ${id} was taken over by another process (this one was silent for too long); it completes or cleans it`,
    { importId: id },
  );
