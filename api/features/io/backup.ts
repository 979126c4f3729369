/**
 * Logical backup and restore: every node and relationship with all its labels and properties (versions,
 * timestamps, audit entries, users: everything but the migration records, which the schema files recreate).
 *
 * The file is gzip'd JSON Lines: a header, one line per node, one per relationship, and a trailer with the
 * counts, so that a truncated file is recognised before anything is written. Property types that JSON cannot
 * tell apart (a float 2.0 from an integer 2, dates and times) are tagged with Neo4j's own type names.
 *
 * Restore goes into an EMPTY database only and refuses otherwise, so that it can never overwrite anything.
 * A restore that fails part way deletes what it had written, leaving the database empty as it was.
 */
import { once } from 'node:events';
import { chmodSync, createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip, createGzip } from 'node:zlib';
import { cypher } from '../../db/cypher.js';
import type { Database, Row } from '../../db/database.js';
import { migrate } from '../../db/migrate.js';
import { int, types } from '../../db/values.js';
import { checkBackupCitations } from '../evidence/restore-check.js';

export const BACKUP_FORMAT = 'levermap-backup';
export const BACKUP_VERSION = 1;
const BATCH = 5000;

type Props = Record<string, unknown>;
type Tagged = { $t: string; v: unknown };
interface NodeLine {
  n: number;
  l: string[];
  p: Props;
}
interface LinkLine {
  r: string;
  a: number;
  b: number;
  p: Props;
}
export interface BackupSummary {
  file: string;
  nodes: number;
  links: number;
  skippedLinks: number;
}

// ---- property values <-> JSON -------------------------------------------------------------------------

const JSON_NATIVE = /^(STRING|BOOLEAN|INTEGER|NOTHING)$/;
const TEMPORAL_FIELDS: Record<string, string[]> = {
  'ZONED DATETIME': [
    'year',
    'month',
    'day',
    'hour',
    'minute',
    'second',
    'nanosecond',
    'timeZoneOffsetSeconds',
    'timeZoneId',
  ],
  'LOCAL DATETIME': ['year', 'month', 'day', 'hour', 'minute', 'second', 'nanosecond'],
  DATE: ['year', 'month', 'day'],
  'ZONED TIME': ['hour', 'minute', 'second', 'nanosecond', 'timeZoneOffsetSeconds'],
  'LOCAL TIME': ['hour', 'minute', 'second', 'nanosecond'],
  DURATION: ['months', 'days', 'seconds', 'nanoseconds'],
  POINT: ['srid', 'x', 'y', 'z'],
};

const baseType = (t: string) => t.replace(/ NOT NULL/g, '').trim();
const listOf = (t: string) => /^LIST<(.+)>$/.exec(t)?.[1] ?? null;

function encodeScalar(v: unknown, t: string): unknown {
  if (JSON_NATIVE.test(t) || t === 'FLOAT') return v;
  const fields = TEMPORAL_FIELDS[t];
  if (!fields) throw new Error(`cannot back up a property of type ${t}`);
  const o = v as Props;
  return Object.fromEntries(fields.filter((f) => o[f] !== undefined && o[f] !== null).map((f) => [f, o[f]]));
}

/** A property for the file: JSON as it is when JSON keeps its type, else {$t: type, v}. */
export function encodeValue(v: unknown, type: string): unknown {
  const t = baseType(type);
  const inner = listOf(t);
  if (inner !== null) {
    const it = baseType(inner);
    if (JSON_NATIVE.test(it)) return v;
    return { $t: t, v: (v as unknown[]).map((x) => encodeScalar(x, it)) } satisfies Tagged;
  }
  if (JSON_NATIVE.test(t)) return v;
  return { $t: t, v: encodeScalar(v, t) } satisfies Tagged;
}

interface TemporalFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  nanosecond: number;
  timeZoneOffsetSeconds?: number;
  timeZoneId?: string;
  months: number;
  days: number;
  seconds: number;
  nanoseconds: number;
  srid: number;
  x: number;
  y: number;
  z?: number;
}

function decodeScalar(v: unknown, t: string): unknown {
  switch (t) {
    case 'INTEGER':
      return int(v as number);
    case 'FLOAT':
      return v as number;
    case 'STRING':
    case 'BOOLEAN':
      return v;
  }
  const o = v as TemporalFields;
  switch (t) {
    case 'ZONED DATETIME':
      return new types.DateTime(
        o.year,
        o.month,
        o.day,
        o.hour,
        o.minute,
        o.second,
        o.nanosecond,
        o.timeZoneOffsetSeconds,
        o.timeZoneId,
      );
    case 'LOCAL DATETIME':
      return new types.LocalDateTime(o.year, o.month, o.day, o.hour, o.minute, o.second, o.nanosecond);
    case 'DATE':
      return new types.Date(o.year, o.month, o.day);
    case 'ZONED TIME':
      return new types.Time(o.hour, o.minute, o.second, o.nanosecond, o.timeZoneOffsetSeconds ?? 0);
    case 'LOCAL TIME':
      return new types.LocalTime(o.hour, o.minute, o.second, o.nanosecond);
    case 'DURATION':
      return new types.Duration(o.months, o.days, o.seconds, o.nanoseconds);
    case 'POINT':
      return new types.Point(o.srid, o.x, o.y, o.z);
  }
  throw new Error(`unknown property type ${t} in the backup`);
}

/** Back to driver values: untagged numbers are integers (tagged ones say FLOAT). */
export function decodeValue(v: unknown): unknown {
  if (v && typeof v === 'object' && !Array.isArray(v) && '$t' in v) {
    const { $t, v: inner } = v as Tagged;
    const it = listOf($t);
    return it !== null ? (inner as unknown[]).map((x) => decodeScalar(x, it)) : decodeScalar(inner, $t);
  }
  if (typeof v === 'number') return int(v);
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'number' ? int(x) : x));
  return v;
}

function encodeProps(props: Props, types: [string, string][]): Props {
  return Object.fromEntries(types.map(([k, t]) => [k, encodeValue(props[k], t)]));
}
const decodeProps = (p: Props): Props => Object.fromEntries(Object.entries(p).map(([k, v]) => [k, decodeValue(v)]));

// ---- backup ---------------------------------------------------------------------------------------------

function writer(file: string) {
  // A backup holds password and session hashes: readable by its owner only, even over an older file.
  const out = createWriteStream(file, { mode: 0o600 });
  out.once('open', () => chmodSync(file, 0o600));
  const gz = file.endsWith('.gz') ? createGzip() : null;
  if (gz) gz.pipe(out);
  const sink = gz ?? out;
  return {
    async line(o: unknown) {
      if (!sink.write(JSON.stringify(o) + '\n')) await once(sink, 'drain');
    },
    async close() {
      sink.end();
      await once(out, 'finish');
    },
  };
}

/**
 * One read transaction, four passes in this order: nodes, links, then the audit trail and its links. Neo4j reads
 * committed data (no snapshot isolation), so the order is what makes it consistent: a change commits with its
 * audit entry, so every node and link the first passes saw has its entry in the later ones (docs/adr).
 */
export async function backup(db: Database, file: string, log: (s: string) => void = () => {}): Promise<BackupSummary> {
  const w = writer(file);
  const keys = new Map<string, number>();
  let skippedLinks = 0;
  let links = 0;
  const node = async (r: Row) => {
    const key = keys.size + 1;
    keys.set(r.eid as string, key);
    await w.line({
      n: key,
      l: r.labels as string[],
      p: encodeProps(r.props as Props, r.types as [string, string][]),
    } satisfies NodeLine);
    if (key % 50_000 === 0) log(`  ${key} nodes...`);
  };
  const link = async (r: Row) => {
    const a = keys.get(r.a as string);
    const b = keys.get(r.b as string);
    // A node created after its pass: its relationships wait for the next backup.
    if (a === undefined || b === undefined) {
      skippedLinks += 1;
      return;
    }
    links += 1;
    await w.line({
      r: r.type as string,
      a,
      b,
      p: encodeProps(r.props as Props, r.types as [string, string][]),
    } satisfies LinkLine);
  };
  try {
    await w.line({ format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: new Date().toISOString() });
    await db.readEachInOne('io/backup', [
      { name: 'io/backup-nodes', each: node },
      { name: 'io/backup-links', each: link },
      { name: 'io/backup-audit-nodes', each: node },
      { name: 'io/backup-audit-links', each: link },
    ]);
    await w.line({ end: true, nodes: keys.size, links });
  } finally {
    await w.close();
  }
  return { file, nodes: keys.size, links, skippedLinks };
}

/** What a restore checked: the domain nodes and links, how many have audit entries, and which lack one. */
export interface AuditCheck {
  nodes: number;
  nodesAudited: number;
  links: number;
  linksAudited: number;
  /** Made through the API or an import (they have createdAt), yet no audit entry names them. */
  nodesMissingAudit: string[];
  linksMissingAudit: string[];
}

export async function checkAudit(db: Database): Promise<AuditCheck> {
  const [r] = await db.read('io/restore-audit-check', {}, Math.max(db.opts.queryTimeoutMs, 300_000));
  return {
    nodes: Number(r!.nodes),
    nodesAudited: Number(r!.nodesAudited),
    links: Number(r!.links),
    linksAudited: Number(r!.linksAudited),
    nodesMissingAudit: r!.nodesMissing as string[],
    linksMissingAudit: r!.linksMissing as string[],
  };
}

export function describeAuditCheck(c: AuditCheck): string {
  const missing = c.nodesMissingAudit.length + c.linksMissingAudit.length;
  const head =
    `Audit check: ${c.nodes} nodes (${c.nodesAudited} with audit entries) and ${c.links} links (${c.linksAudited} with audit entries) checked; ` +
    `${missing === 0 ? 'no' : missing} node or link made through the API or an import lacks its audit entry`;
  if (!missing) return `${head}.`;
  const ids = [...c.nodesMissingAudit, ...c.linksMissingAudit];
  return `${head}: ${ids.slice(0, 10).join(', ')}${ids.length > 10 ? ` and ${ids.length - 10} more` : ''}.`;
}

// ---- restore --------------------------------------------------------------------------------------------

export async function* lines(file: string): AsyncGenerator<{ n: number; value: Props }> {
  const input = createReadStream(file);
  const gz = await isGzip(file);
  const rl = createInterface({ input: gz ? input.pipe(createGunzip()) : input, crlfDelay: Infinity });
  let n = 0;
  for await (const text of rl) {
    n += 1;
    if (!text.trim()) continue;
    let value: Props;
    try {
      value = JSON.parse(text) as Props;
    } catch {
      throw new Error(`${file} line ${n} is not JSON: the file is damaged`);
    }
    yield { n, value };
  }
}

async function isGzip(file: string): Promise<boolean> {
  const s = createReadStream(file, { start: 0, end: 1 });
  const chunks: Buffer[] = [];
  for await (const c of s) chunks.push(c as Buffer);
  const b = Buffer.concat(chunks);
  return b[0] === 0x1f && b[1] === 0x8b;
}

/** Reads the whole file once before writing anything: a damaged or truncated file changes nothing. */
export async function checkBackup(file: string): Promise<{ nodes: number; links: number; createdAt: string }> {
  let header: Props | null = null;
  let trailer: Props | null = null;
  let nodes = 0;
  let links = 0;
  const keys = new Set<number>();
  try {
    for await (const { n, value } of lines(file)) {
      if (!header) {
        if (value.format !== BACKUP_FORMAT)
          throw new Error(`${file} is not a Levermap backup (no "${BACKUP_FORMAT}" header)`);
        if (value.version !== BACKUP_VERSION)
          throw new Error(
            `${file} is a backup of format version ${String(value.version)}; this Levermap reads version ${BACKUP_VERSION}`,
          );
        header = value;
        continue;
      }
      if (trailer) throw new Error(`${file} line ${n}: data after the end marker`);
      if (value.end === true) {
        trailer = value;
        continue;
      }
      if (typeof value.n === 'number' && Array.isArray(value.l)) {
        keys.add(value.n);
        nodes += 1;
        continue;
      }
      if (typeof value.r === 'string' && keys.has(value.a as number) && keys.has(value.b as number)) {
        links += 1;
        continue;
      }
      throw new Error(
        `${file} line ${n} is neither a node nor a relationship of a node in the file: the file is damaged`,
      );
    }
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`no such file: ${file}`);
    if ((e as Error).message.includes('unexpected end of file'))
      throw new Error(`${file} is truncated (the gzip stream ends early): the backup is incomplete`);
    throw e;
  }
  if (!header) throw new Error(`${file} is empty`);
  if (!trailer) throw new Error(`${file} has no end marker: the backup is incomplete (was it cut short?)`);
  if (trailer.nodes !== nodes || trailer.links !== links) {
    throw new Error(
      `${file} says it holds ${String(trailer.nodes)} nodes and ${String(trailer.links)} relationships but has ${nodes} and ${links}: the file is damaged`,
    );
  }
  return { nodes, links, createdAt: String(header.createdAt) };
}

export class NotEmptyError extends Error {}

export async function restore(
  db: Database,
  file: string,
  log: (s: string) => void = () => {},
): Promise<{ nodes: number; links: number; audit: AuditCheck }> {
  const expected = await checkBackup(file);
  await checkBackupCitations(file);
  await migrate(db);
  const [count] = await db.read('io/count-nodes');
  const existing = Number(count!.nodes);
  if (existing > 0) {
    throw new NotEmptyError(
      `the database at ${db.opts.uri} is not empty (it holds ${existing} nodes), and a restore only goes into an empty database, so that nothing is ever overwritten. ` +
        'Restore into a new database instead: for the local Neo4j, set LEVERMAP_DATA_DIR to a new folder (and LEVERMAP_BOLT_PORT to a free port if the app is running); ' +
        'for your own server, point NEO4J_URI at an empty database.',
    );
  }
  const timeout = Math.max(db.opts.queryTimeoutMs * 6, 300_000);
  await db.write('io/restore-index');
  // Waiting for an index only reads, but it must wait where the index was made and the restore writes (a
  // cluster's leader), so it runs as schema text in WRITE mode rather than as a routed read.
  await db.runText('WRITE', 'io/restore-await', cypher('io/restore-await'), {}, timeout);
  let nodes = 0;
  let links = 0;
  try {
    let batch: Props[] = [];
    let kind: 'node' | 'link' = 'node';
    const flush = async () => {
      if (!batch.length) return;
      const rows = batch;
      batch = [];
      const [r] = await db.transaction(
        'WRITE',
        'io/restore',
        (run) => run(kind === 'node' ? 'io/restore-nodes' : 'io/restore-links', { rows }),
        { timeoutMs: timeout, typedParams: true },
      );
      const made = Number(r?.created ?? 0);
      if (made !== rows.length)
        throw new Error(`restored ${made} of ${rows.length} ${kind === 'node' ? 'nodes' : 'relationships'} in a batch`);
      if (kind === 'node') nodes += made;
      else links += made;
      log(`  ${nodes} nodes, ${links} relationships...`);
    };
    for await (const { value } of lines(file)) {
      if (typeof value.n === 'number') {
        // The audit trail's nodes come after the other links.
        if (kind === 'link') {
          await flush();
          kind = 'node';
        }
        batch.push({ key: int(value.n), labels: value.l, props: decodeProps(value.p as Props) });
      } else if (typeof value.r === 'string') {
        if (kind === 'node') {
          await flush();
          kind = 'link';
        }
        batch.push({
          a: int(value.a as number),
          b: int(value.b as number),
          type: value.r,
          props: decodeProps(value.p as Props),
        });
      } else continue;
      if (batch.length >= BATCH) await flush();
    }
    await flush();
    if (nodes !== expected.nodes || links !== expected.links)
      throw new Error(
        `restored ${nodes} nodes and ${links} relationships, but the backup holds ${expected.nodes} and ${expected.links}`,
      );
    for (;;) {
      const [r] = await db.write('io/restore-finish', { batch: BATCH });
      if (Number(r!.done) === 0) break;
    }
  } catch (e) {
    log('Restore failed: removing what it had written...');
    for (;;) {
      const [r] = await db.write('io/restore-undo', { batch: BATCH });
      if (Number(r!.done) === 0) break;
    }
    throw e;
  } finally {
    await db.write('io/restore-drop-index');
  }
  const audit = await checkAudit(db);
  log(describeAuditCheck(audit));
  return { nodes, links, audit };
}
