/**
 * Import: read the file, plan (the dry run), and on commit apply the plan in one write transaction (a large one is
 * staged, then switched visible in batches: staged.ts). A file with any bad row writes nothing; a node or link
 * changed by someone else between plan and commit rolls the whole import back with CONFLICT. Used by the CLI (scripts/import.ts), the API (resolvers/io.ts) and the bench.
 */
import type { Database } from '../../db/database.js';
import { AppError } from '../../errors.js';
import { isSheet, SHEETS, type SheetName } from './layout.js';
import { type Claimant, TRUSTED } from './claims.js';
import { plan, type Action, type Op } from './plan.js';
import type { Conflict } from './stale.js';
import {
  type ApplyStatement,
  DEFAULT_STAGING,
  recoverImports,
  type StagedBatch,
  stagedCommit,
  type StagingOptions,
} from './staged.js';
import { checkSize, readCsv, readJson, readXlsx, type ImportFormat, type InputFile, type Limits } from './read.js';
import { fromJson, fromTables, type Problem, type Records } from './records.js';
import { randomUUID } from 'node:crypto';

export interface SheetSummary {
  sheet: string;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  bad: number;
}
export interface Change {
  sheet: string;
  row: number;
  action: Action;
  id: string;
  changedFields: string[];
}
/** What became of a commit; UNKNOWN: the database stopped answering during the commit, so it may have landed. */
export type ImportOutcome = 'DRY_RUN' | 'COMMITTED' | 'NOTHING_TO_CHANGE' | 'NOT_COMMITTED' | 'UNKNOWN';

export interface ImportReport {
  ok: boolean;
  dryRun: boolean;
  committed: boolean;
  outcome: ImportOutcome;
  /** The import's audit entry id, by which importStatus tells whether it landed (null for a dry run). */
  importId: string | null;
  /** One sentence for the user about the outcome. */
  message: string;
  format: ImportFormat;
  encoding: string | null;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  sheets: SheetSummary[];
  problems: Problem[];
  /** Rows older than the graph, field by field (the first CHANGE_LIMIT); with any, nothing is written unless overwrite. */
  conflicts: Conflict[];
  conflictsTruncated: boolean;
  /** Whether stale rows were (or, in a dry run, would be) applied over the graph's newer values. */
  overwrite: boolean;
  /** Rows that create or change something, first CHANGE_LIMIT of them. */
  changes: Change[];
  changesTruncated: boolean;
  warnings: string[];
}

/** stage: a large import's rows written where no read sees them; write: the rows applied (switched visible). */
export type Progress = (p: { phase: 'read' | 'check' | 'stage' | 'write'; done: number; total: number }) => void;
/**
 * Who imports: recorded in the audit trail, and what the claim rules allow them (claims.ts): only a verifier
 * imports a claim as accepted or rejected, and never their own unless selfVerify (LEVERMAP_SELF_VERIFY).
 */
export interface ImportActor {
  auditId: string;
  user: string;
  reason: string | null;
  verifier: boolean;
  selfVerify: boolean;
  /** Levermap's own reference data (the ONS places): its links are VERIFIED, as the seed's are. */
  trusted?: boolean;
}
export interface ImportOptions {
  dryRun: boolean;
  limits: Limits;
  onProgress?: Progress;
  sheet?: string;
  actor?: ImportActor;
  /** Reads the file another way (an open-data format, api/features/io/formats/) into the same records. */
  read?: () => Promise<Records & { encoding: string | null }>;
  /** Apply rows exported at an older version than the graph's (the dry run lists them as conflicts). */
  overwrite?: boolean;
  /** For a dry run without an actor: who would import, for the claim rules. Neither: trusted code (claims.ts). */
  claimant?: Claimant;
  /** When a commit is staged and switched in batches rather than written in one transaction (staged.ts). */
  staging?: StagingOptions;
}

const BATCH = 2000;
const CHANGE_LIMIT = 1000;

export async function readRecords(
  format: ImportFormat,
  files: InputFile[],
  opts: Pick<ImportOptions, 'limits' | 'sheet'>,
): Promise<Records & { encoding: string | null }> {
  checkSize(files, opts.limits);
  if (opts.sheet !== undefined && !isSheet(opts.sheet)) {
    throw new AppError('BAD_USER_INPUT', `sheet: "${opts.sheet}" is not a sheet; the sheets are ${SHEETS.join(', ')}`, {
      field: 'sheet',
    });
  }
  if (format === 'CSV') {
    const { tables, encodings } = readCsv(files, opts.limits, opts.sheet);
    return { ...fromTables(tables), encoding: [...new Set(encodings)].join(', ') };
  }
  if (files.length !== 1) throw new AppError('BAD_USER_INPUT', `${format} import takes one file`);
  if (format === 'XLSX') return { ...fromTables(await readXlsx(files[0]!, opts.limits)), encoding: null };
  return { ...fromJson(readJson(files[0]!)), encoding: 'UTF-8' };
}

export async function importData(
  db: Database,
  format: ImportFormat,
  files: InputFile[],
  opts: ImportOptions,
): Promise<ImportReport> {
  const progress = opts.onProgress ?? (() => {});
  const read = opts.read ? await opts.read() : await readRecords(format, files, opts);
  progress({ phase: 'read', done: read.records.length, total: read.records.length });
  const planOpts = { claimant: claimantOf(opts) };
  let p = await plan(db, read.records, (done, total) => progress({ phase: 'check', done, total }), planOpts);
  const order = (sheet: string) => SHEETS.indexOf(sheet as SheetName);
  const problems = [...read.problems, ...p.problems].sort(
    (a, b) => order(a.sheet) - order(b.sheet) || (a.row ?? 0) - (b.row ?? 0),
  );
  const overwrite = opts.overwrite ?? false;
  let ops = [...p.nodes, ...p.links, ...p.findings];
  let outcome = new Map<Op, Action>(ops.map((o) => [o, o.action]));
  let committed = false;
  const warnings = [...read.warnings];
  const out = (conflicts: Conflict[]) => ({ conflicts, overwrite });
  const done = (c: boolean, unknown = false) =>
    report(
      format,
      read.encoding,
      ops,
      outcome,
      problems,
      out(p.conflicts),
      warnings,
      opts.dryRun,
      c,
      opts.actor?.auditId,
      unknown,
    );
  if (!opts.dryRun && problems.length === 0 && (overwrite || p.conflicts.length === 0)) {
    try {
      // A loop, not push(...): a warning per row of a million-row file would overflow the call stack.
      for (const w of await commit(db, ops, outcome, progress, format, opts.actor, opts.staging)) warnings.push(w);
    } catch (e) {
      if (isUnknownOutcome(e)) return done(false, true);
      // Another import or edit got there between our plan and our write (e.g. the same file imported twice
      // at once): nothing was written, so plan again against what is there now, and try once more.
      if (!(e instanceof AppError) || e.extensions.code !== 'CONFLICT') throw e;
      p = await plan(db, read.records, undefined, planOpts);
      if (p.problems.length || (!overwrite && p.conflicts.length))
        return report(
          format,
          read.encoding,
          [...p.nodes, ...p.links, ...p.findings],
          new Map(),
          p.problems,
          out(p.conflicts),
          read.warnings,
          opts.dryRun,
          false,
          opts.actor?.auditId,
          false,
        );
      ops = [...p.nodes, ...p.links, ...p.findings];
      outcome = new Map<Op, Action>(ops.map((o) => [o, o.action]));
      try {
        for (const w of await commit(db, ops, outcome, progress, format, opts.actor, opts.staging)) warnings.push(w);
      } catch (again) {
        if (isUnknownOutcome(again)) return done(false, true);
        throw again;
      }
    }
    committed = true;
  }
  return done(committed);
}

function claimantOf(opts: ImportOptions): Claimant {
  if (opts.actor)
    return {
      user: opts.actor.user,
      verifier: opts.actor.verifier,
      selfVerify: opts.actor.selfVerify,
      trusted: opts.actor.trusted,
    };
  return opts.claimant ?? TRUSTED;
}

const isUnknownOutcome = (e: unknown) =>
  e instanceof AppError && e.extensions.code === 'DATABASE_UNAVAILABLE' && e.extensions.outcome === 'UNKNOWN';

function outcomeOf(dryRun: boolean, committed: boolean, unknown: boolean, changed: number): ImportOutcome {
  if (unknown) return 'UNKNOWN';
  if (dryRun) return 'DRY_RUN';
  if (!committed) return 'NOT_COMMITTED';
  return changed === 0 ? 'NOTHING_TO_CHANGE' : 'COMMITTED';
}

const MESSAGES: Record<ImportOutcome, (id: string | null) => string> = {
  DRY_RUN: () => 'Dry run: nothing was written.',
  COMMITTED: () => 'Imported.',
  NOTHING_TO_CHANGE: () => 'Already applied, nothing changed: the graph already holds everything in the file.',
  NOT_COMMITTED: () => 'Nothing was imported: fix the problems and import again.',
  UNKNOWN: (id) =>
    `The database stopped answering while the import was committing, so it may or may not have landed. ` +
    `Ask importStatus(id: "${id}") whether it did, or run the same import again: that is safe, and changes nothing if it landed.`,
};

type ApplyName = ApplyStatement;
/** The $rows of each apply statement (cypher/io/apply-nodes, create-links, update-links, apply-findings). */
const ROWS: Record<ApplyName, (o: Op) => Record<string, unknown>> = {
  'io/apply-nodes': (o: Op) => ({
    id: o.id,
    label: o.label,
    props: o.props,
    remove: o.remove,
    expectedVersion: o.expectedVersion,
  }),
  // A link's claim state and authors are in its props: the plan applied the claim rules (claims.ts).
  'io/create-links': (o: Op) => ({ id: o.id, type: o.type, from: o.from, to: o.to, props: o.props, remove: o.remove }),
  'io/update-links': (o: Op) => ({
    id: o.id,
    from: o.from,
    props: o.props,
    remove: o.remove,
    expectedVersion: o.expectedVersion,
  }),
  'io/apply-findings': (o: Op) => ({ id: o.id, props: o.props, remove: o.remove, expectedVersion: o.expectedVersion }),
};

/** The ops to write, grouped by the statement that applies them, in the order they must be applied. */
function groups(toWrite: Op[]): [ApplyName, Op[]][] {
  const isLink = (o: Op) => o.sheet === 'links';
  return [
    ['io/apply-nodes', toWrite.filter((o) => o.label !== null)],
    ['io/create-links', toWrite.filter((o) => isLink(o) && o.action === 'CREATE')],
    ['io/update-links', toWrite.filter((o) => isLink(o) && o.action === 'UPDATE')],
    // Findings are Knowledge nodes, merged on their own constraint, after the nodes and links they are about.
    ['io/apply-findings', toWrite.filter((o) => o.sheet === 'findings')],
  ];
}

const actionOf = (a: string | undefined): Action =>
  a === 'CREATED' ? 'CREATE' : a === 'UPDATED' ? 'UPDATE' : 'UNCHANGED';

/** Writes the plan; returns warnings for the report (rows a staged switch had to leave as someone else changed them). */
async function commit(
  db: Database,
  ops: Op[],
  outcome: Map<Op, Action>,
  progress: Progress,
  format: ImportFormat,
  actor?: ImportActor,
  staging: StagingOptions = DEFAULT_STAGING,
): Promise<string[]> {
  // What a crashed import left: its staging goes, or its begun switch completes, before this one plans its writes.
  await recoverImports(db, staging);
  const toWrite = ops.filter((o) => o.action !== 'UNCHANGED');
  if (toWrite.length > staging.above) return stagedWrite(db, toWrite, outcome, progress, format, staging, actor);
  await oneTransaction(db, toWrite, outcome, progress, format, actor);
  return [];
}

/** A large import: staged, then switched visible in batches (staged.ts, docs/adr/0015-staged-import.md). */
async function stagedWrite(
  db: Database,
  toWrite: Op[],
  outcome: Map<Op, Action>,
  progress: Progress,
  format: ImportFormat,
  staging: StagingOptions,
  actor?: ImportActor,
): Promise<string[]> {
  const total = toWrite.length;
  const batchOps: Op[][] = [];
  const batches: StagedBatch[] = [];
  for (const [statement, ops] of groups(toWrite))
    for (const batch of chunks(ops, staging.batchRows)) {
      batchOps.push(batch);
      batches.push({ statement, rows: batch.map(ROWS[statement]) });
    }
  let done = 0;
  const audit = actor ? { id: actor.auditId, user: actor.user, reason: actor.reason, format } : null;
  const { skipped } = await stagedCommit(
    db,
    actor?.auditId ?? randomUUID(),
    batches,
    audit,
    (seq, byId) => {
      for (const o of batchOps[seq]!) outcome.set(o, actionOf(byId.get(o.id)));
      done += batchOps[seq]!.length;
      progress({ phase: 'write', done, total });
    },
    (staged) => progress({ phase: 'stage', done: staged, total }),
  );
  if (!skipped.length) return [];
  return [
    `${skipped.length} row(s) changed or were deleted by someone else while the import switched, and were left as that change made them: ${skipped.slice(0, 5).join(', ')}${skipped.length > 5 ? ', ...' : ''}`,
  ];
}

async function oneTransaction(
  db: Database,
  toWrite: Op[],
  outcome: Map<Op, Action>,
  progress: Progress,
  format: ImportFormat,
  actor?: ImportActor,
): Promise<void> {
  const total = toWrite.length;
  const timeout = Math.max(db.opts.queryTimeoutMs * 6, 60_000 + total * 5);
  await db.transaction(
    'WRITE',
    'io/import',
    async (run) => {
      let done = 0;
      const apply = async (name: ApplyName, batch: Op[]) => {
        const result = await run(name, { rows: batch.map(ROWS[name]) });
        const bad = result
          .filter((r) => r.outcome === 'CONFLICT' || r.outcome === 'MISSING_END')
          .map((r) => r.id as string);
        if (bad.length) {
          throw new AppError(
            'CONFLICT',
            `nothing was imported: ${bad.slice(0, 5).join(', ')}${bad.length > 5 ? ` and ${bad.length - 5} more` : ''} changed or was deleted while the import ran; run the import again to see the new differences`,
            { ids: bad.slice(0, 100) },
          );
        }
        // Another import may have made the same change first: such rows are unchanged, not updated.
        const byId = new Map(result.map((r) => [r.id as string, r.outcome as string]));
        for (const o of batch) outcome.set(o, actionOf(byId.get(o.id)));
        done += batch.length;
        progress({ phase: 'write', done, total });
      };
      for (const [name, ops] of groups(toWrite)) for (const batch of chunks(ops)) await apply(name, batch);
      if (actor) {
        const changed = toWrite.filter((o) => outcome.get(o) !== 'UNCHANGED');
        const count = (kind: 'node' | 'link' | 'finding', a: Action) =>
          changed.filter((o) => kindOf(o) === kind && outcome.get(o) === a).length;
        const summary = {
          nodesCreated: count('node', 'CREATE'),
          nodesUpdated: count('node', 'UPDATE'),
          linksCreated: count('link', 'CREATE'),
          linksUpdated: count('link', 'UPDATE'),
          findingsCreated: count('finding', 'CREATE'),
          findingsUpdated: count('finding', 'UPDATE'),
          ids: changed.slice(0, 500).map((o) => o.id),
        };
        await run('audit/record-import', {
          audit: { id: actor.auditId, user: actor.user, reason: actor.reason, format },
          summary: JSON.stringify(summary),
        });
      }
    },
    // Run once with an explicit commit, so that a connection lost during the commit is told apart (UNKNOWN).
    { timeoutMs: timeout, once: true },
  );
}

const kindOf = (o: Op) => (o.sheet === 'findings' ? 'finding' : o.sheet === 'links' ? 'link' : 'node');

function chunks<T>(xs: T[], size = BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

function report(
  format: ImportFormat,
  encoding: string | null,
  ops: Op[],
  outcome: Map<Op, Action>,
  problems: Problem[],
  stale: { conflicts: Conflict[]; overwrite: boolean },
  warnings: string[],
  dryRun: boolean,
  committed: boolean,
  auditId: string | undefined,
  unknown: boolean,
): ImportReport {
  const sheets = new Map<string, SheetSummary>();
  const sheet = (s: string) => {
    if (!sheets.has(s)) sheets.set(s, { sheet: s, rows: 0, created: 0, updated: 0, unchanged: 0, bad: 0 });
    return sheets.get(s)!;
  };
  for (const o of ops) {
    const s = sheet(o.sheet);
    s.rows += 1;
    const a = outcome.get(o)!;
    if (a === 'CREATE') s.created += 1;
    else if (a === 'UPDATE') s.updated += 1;
    else s.unchanged += 1;
  }
  const badRows = new Map<string, Set<number>>();
  // Row 1 of a table is its header: a problem there is about a column, not a row.
  for (const p of problems) {
    if (p.row === null || (p.row === 1 && format !== 'JSON')) continue;
    if (!badRows.has(p.sheet)) badRows.set(p.sheet, new Set());
    badRows.get(p.sheet)!.add(p.row);
  }
  for (const [s, set] of badRows) {
    const x = sheet(s);
    x.bad = set.size;
    x.rows += set.size;
  }
  const list = [...sheets.values()].sort(
    (a, b) => SHEETS.indexOf(a.sheet as SheetName) - SHEETS.indexOf(b.sheet as SheetName),
  );
  const changes = ops
    .filter((o) => outcome.get(o) !== 'UNCHANGED')
    .sort((a, b) => SHEETS.indexOf(a.sheet) - SHEETS.indexOf(b.sheet) || a.row - b.row);
  const sum = (a: Action) => ops.filter((o) => outcome.get(o) === a).length;
  const result = outcomeOf(dryRun, committed, unknown, sum('CREATE') + sum('UPDATE'));
  const importId = dryRun ? null : (auditId ?? null);
  return {
    ok: problems.length === 0 && (stale.overwrite || stale.conflicts.length === 0),
    dryRun,
    committed,
    outcome: result,
    importId,
    message: MESSAGES[result](importId),
    format,
    encoding,
    rows: list.reduce((s, x) => s + x.rows, 0),
    created: sum('CREATE'),
    updated: sum('UPDATE'),
    unchanged: sum('UNCHANGED'),
    sheets: list,
    problems,
    conflicts: stale.conflicts.slice(0, CHANGE_LIMIT),
    conflictsTruncated: stale.conflicts.length > CHANGE_LIMIT,
    overwrite: stale.overwrite,
    changes: changes
      .slice(0, CHANGE_LIMIT)
      .map((o) => ({ sheet: o.sheet, row: o.row, action: outcome.get(o)!, id: o.id, changedFields: o.changedFields })),
    changesTruncated: changes.length > CHANGE_LIMIT,
    warnings,
  };
}
