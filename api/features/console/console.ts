/**
 * The read-only Cypher console. Neo4j's own verdict decides, not text patterns alone (a READ transaction does
 * not stop LOAD CSV, and the driver's access mode is a routing hint, not a boundary: shared/neo4j-notes.md):
 *   1. EXPLAIN the query (plans it, runs nothing): the summary's queryType must be 'r' and the plan must run on
 *      our database;
 *   2. walk the plan: no LoadCSV, no administration or SHOW operators, no batched transactions, and procedure
 *      calls only from ALLOWED_PROCEDURES;
 *   3. run it in a READ transaction with a server-side timeout, stream at most maxRows rows and maxBytes of JSON,
 *      then roll back; all of it in a worker thread that is stopped at the timeout or when the client goes away.
 * It reaches Neo4j only through Database.explain and Database.stream (named database, metadata, timeout,
 * mapError), like every other query.
 */
import { isInt, isNode, isPath, isRelationship } from '../../db/values.js';
import type { Database, Params, ResultSummary } from '../../db/database.js';
import { LINK_RULES } from '../../../model/link-rules.js';
import {
  AUTHOR_FIELDS,
  type Confidence,
  type FrameworkElement,
  type Lever,
  type LinkType,
  NODE_LABELS,
  type NodeLabel,
  type Stance,
} from '../../../model/vocabulary.js';
import { AppError, badInput } from '../../errors.js';
import { requestSignal } from '../../request-signal.js';
import { pool } from '../../worker/pool.js';
import { randomUUID } from 'node:crypto';

export const ALLOWED_PROCEDURES = [
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
] as const;
export const CONSOLE_LIMITS = {
  maxQueryChars: 10_000,
  defaultTimeoutMs: 5_000,
  maxTimeoutMs: 30_000,
  defaultRows: 1_000,
  maxRows: 5_000,
  explainTimeoutMs: 5_000,
  /** Result size as JSON, over all rows. */
  maxBytes: 4_000_000,
  maxParamsChars: 100_000,
  /** Console queries running at once (each in its own worker thread and Neo4j transaction). */
  maxConcurrent: 2,
  /** Allowed beyond timeoutMs for planning and a cold worker before the query is stopped from outside. */
  graceMs: 1_500,
  /** range() calls with literal or parameter bounds may make at most this many items. */
  maxRangeItems: 1_000_000,
} as const;

/** Operators that never belong in a read-only console, whatever queryType says. */
const FORBIDDEN_OPERATORS: [RegExp, string][] = [
  [/^LoadCSV$/, 'LOAD CSV reads files and URLs, which the console does not allow'],
  [
    /^(AdministrationCommand|SystemProcedureCall|Show\w*|Terminate\w*)$/,
    'SHOW and administration commands are not allowed',
  ],
  [/^(TransactionApply|TransactionForeach)$/, 'CALL { ... } IN TRANSACTIONS is not allowed'],
];

/**
 * Accounts, sessions, workspaces, drafts and the audit trail live in the same database (Community edition has no
 * per-user privileges). The console keeps them out on what Neo4j plans, not on the query text: every operator's
 * arguments are read for labels and relationship types in label position (whatever the variables are called:
 * Unicode, backtick-quoted, escaped), and a plan that names a private one anywhere, or starts reading anywhere
 * but at a domain label or relationship type, is refused. Results are redacted as well: nodes with a private
 * label, secret properties, and any string holding a secret value (or 6+ characters of one).
 */
export const PRIVATE_LABELS = [
  'LevermapUser',
  'LevermapSession',
  'LevermapWorkspace',
  'Draft',
  'AuditEntry',
  'AuditSnapshot',
] as const;
/** Relationship types among private nodes (the audit trail's). None joins a private node to an Entity. */
export const PRIVATE_TYPES = ['BEFORE', 'AFTER', 'REMOVED_LINK'] as const;
const PRIVATE_NAMES = new Set<string>([...PRIVATE_LABELS, ...PRIVATE_TYPES]);
const RESTRICTED = /(LevermapUser|LevermapSession|passwordHash|tokenHash)/i;
const RESTRICTED_LABELS = new Set<string>(PRIVATE_LABELS);
// Secrets, and who made or verified a claim (authors are for verifiers, and the console is open to anyone).
const RESTRICTED_KEYS = new Set<string>(['passwordHash', 'tokenHash', ...AUTHOR_FIELDS]);
const REDACTED = '[redacted]';
/** Procedures whose rows describe the schema: rows naming a private label, type or key are left out. */
const SCHEMA_PROCEDURES = /^db\.(labels|relationshipTypes|propertyKeys|schema\.)/;
const PRIVATE_WORD = new RegExp(
  `(^|[^\\p{L}\\p{N}_])(${[...PRIVATE_NAMES, ...RESTRICTED_KEYS].join('|')})($|[^\\p{L}\\p{N}_])`,
  'u',
);

const reject = (message: string, reason: string) =>
  new AppError('BAD_USER_INPUT', `query: ${message}`, { field: 'query', reason });

interface PlanNode {
  operatorType: string;
  arguments?: Record<string, unknown>;
  identifiers?: string[];
  children?: PlanNode[];
}

function operators(p: PlanNode | false | null | undefined, out: PlanNode[] = []): PlanNode[] {
  if (!p) return out;
  out.push(p);
  for (const c of p.children ?? []) operators(c, out);
  return out;
}

/** Plan arguments that are Neo4j's own bookkeeping, never a piece of the query. */
const META_ARGUMENTS = new Set([
  'EstimatedRows',
  'planner',
  'planner-impl',
  'planner-version',
  'runtime',
  'runtime-impl',
  'runtime-version',
  'version',
  'batch-size',
  'Memory',
  'GlobalMemory',
  'PipelineInfo',
  'Id',
  'IdGen',
  'Order',
  'source-code',
  'string-representation',
  'DbHits',
  'Rows',
  'PageCacheHits',
  'PageCacheMisses',
  'Time',
]);

/** Every string a plan operator carries (its Details, expressions, index or procedure names). */
function argumentText(op: PlanNode): string {
  return Object.entries(op.arguments ?? {})
    .filter(([k, v]) => !META_ARGUMENTS.has(k) && typeof v === 'string')
    .map(([, v]) => v as string)
    .join('\n');
}

const TOKEN = /`(?:[^`]|``)*`|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|[\p{L}\p{N}_$]+|\s+|[\s\S]/gu;
const unquote = (t: string) => (t.startsWith('`') ? t.slice(1, -1).replaceAll('``', '`') : t);

/**
 * Names in label position in plan text: after `:` (n:Label, [r:TYPE], (:Label)) and through a label expression
 * (`A|B`, `A&!B`, `A:B`). Identifiers are plain or backtick-quoted, any script; string literals are skipped, so a
 * quoted name is never mistaken for a label, and a backtick-quoted variable is never mistaken for one either.
 */
export function labelNames(text: string): string[] {
  const out: string[] = [];
  let inLabels = false;
  let expectName = false;
  for (const [t] of text.matchAll(TOKEN)) {
    if (/^\s+$/.test(t)) continue;
    if (t === ':') {
      inLabels = true;
      expectName = true;
      continue;
    }
    // Within a label expression: | & ! and a group `:(A|B)`; a `(` after a name ends it (an index's `:Label(key)`).
    if (inLabels && (t === '|' || t === '&' || t === '!' || t === '%' || t === ')' || (t === '(' && expectName))) {
      expectName = t !== ')' && t !== '%';
      continue;
    }
    const ident = t.startsWith('`') || /^[\p{L}_][\p{L}\p{N}_]*$/u.test(t);
    if (expectName && ident) {
      out.push(unquote(t));
      expectName = false;
      continue;
    }
    inLabels = false;
    expectName = false;
  }
  return out;
}

/** Checks an EXPLAIN summary; throws BAD_USER_INPUT saying why the query is refused. */
export function checkPlan(summary: ResultSummary, database: string): { schemaProcedure: boolean } {
  if (summary.queryType !== 'r') {
    const kinds: Record<string, string> = {
      rw: 'reads and writes',
      w: 'writes',
      s: 'changes the schema or runs an administration command',
    };
    throw reject(
      `only read-only queries are allowed; Neo4j says this query ${kinds[summary.queryType] ?? `is of type ${summary.queryType}`}`,
      'NOT_READ_ONLY',
    );
  }
  if (summary.database.name && summary.database.name !== database)
    throw reject(`queries may only read the "${database}" database`, 'OTHER_DATABASE');
  let schemaProcedure = false;
  for (const op of operators(summary.plan as PlanNode | false)) {
    const [name = '', db] = op.operatorType.split('@');
    if (db && db !== database) throw reject(`queries may only read the "${database}" database`, 'OTHER_DATABASE');
    for (const [pattern, why] of FORBIDDEN_OPERATORS) if (pattern.test(name)) throw reject(why, name.toUpperCase());
    const text = argumentText(op);
    checkScope(name, text);
    if (/^ProcedureCall/.test(name)) {
      const details = String(op.arguments?.Details ?? op.arguments?.Signature ?? '');
      const proc = /^\s*([\w.]+)\s*\(/.exec(details)?.[1] ?? '(unknown)';
      if (!(ALLOWED_PROCEDURES as readonly string[]).includes(proc)) {
        throw reject(
          `procedure ${proc} is not allowed; allowed: ${ALLOWED_PROCEDURES.join(', ')}`,
          'PROCEDURE_NOT_ALLOWED',
        );
      }
      if (SCHEMA_PROCEDURES.test(proc)) schemaProcedure = true;
    }
  }
  return { schemaProcedure };
}

/**
 * The console may read only the domain graph. Accounts, sessions, workspaces, drafts and the audit trail are
 * never joined to domain nodes, so it is enough that (1) no operator names a private label or relationship type
 * anywhere (MATCH (n) WHERE n:AuditEntry, n:Entity|Draft, COUNT { (:Draft) }, a UNION or CALL branch, ...);
 * (2) every place a plan starts reading (a scan, seek or count) names only domain labels and relationship types;
 * (3) nothing reads the whole graph or looks nodes up by internal id or by a dynamic label ($(...)); and
 * (4) every expansion with a type follows domain relationship types only.
 */
const DOMAIN_LABELS = new Set<string>(['Entity', ...NODE_LABELS]);
const DOMAIN_TYPES = new Set<string>(Object.keys(LINK_RULES));
const PRIVATE_IN_LABEL_POSITION = new RegExp(
  `[:|&!]\\s*\`?(${[...PRIVATE_NAMES].join('|')})\`?(?![\\p{L}\\p{N}_])`,
  'u',
);
const UNANCHORED = /AllNodesScan|AllRelationshipsScan|ById|ByElementId|Dynamic/;
const READS =
  /(NodeByLabel|NodeIndex|NodeUniqueIndex|MultiNodeIndex|NodesByLabels|RelationshipTypeScan|RelationshipIndex|RelationshipUniqueIndex|CountFromCountStore|LabelScan|TypeScan)/;
const EXPANDS = /(Expand|ShortestPath|Traverse|Repeat|Trail)/;
function checkScope(operator: string, text: string): void {
  if (UNANCHORED.test(operator) || /\$(all|any)\s*\(/.test(text)) {
    throw reject(
      'start from a label or relationship type, e.g. MATCH (n:Initiative) or MATCH (:Entity)-[r:LEVER]->(); dynamic labels are not allowed',
      'UNANCHORED',
    );
  }
  const names = labelNames(text);
  // And without the tokenizer, on the raw text: a private name in label position anywhere, even inside quotes.
  const raw = PRIVATE_IN_LABEL_POSITION.exec(text)?.[1];
  const restricted = [...names.filter((n) => PRIVATE_NAMES.has(n)), ...(raw ? [raw] : [])];
  if (restricted.length)
    throw reject(
      `the console reads only the shared graph (labels ${[...DOMAIN_LABELS].join(', ')}); not ${[...new Set(restricted)].join(', ')}`,
      'RESTRICTED',
    );
  const reads = READS.test(operator);
  if (!reads && !EXPANDS.test(operator)) return;
  // Scans and seeks: their details start with the label expression; an index seek's predicate follows `WHERE`.
  const scoped = reads ? labelNames(text.split(/\bWHERE\b/)[0]!) : labelNames(text.split(/\bWHERE\b/)[0]!);
  if (reads && scoped.length === 0)
    throw reject(
      'count or read with a label or relationship type, e.g. MATCH (n:Entity) RETURN count(n)',
      'UNANCHORED',
    );
  const outside = scoped.filter((l) => !DOMAIN_LABELS.has(l) && !DOMAIN_TYPES.has(l));
  if (outside.length)
    throw reject(
      `the console reads only the shared graph (labels ${[...DOMAIN_LABELS].join(', ')}); not ${[...new Set(outside)].join(', ')}`,
      'RESTRICTED',
    );
}

export interface ConsoleInput {
  query: string;
  params?: unknown;
  timeoutMs?: number | null;
  maxRows?: number | null;
}
interface Checked {
  query: string;
  params: Params;
  timeoutMs: number;
  maxRows: number;
  label: string;
}

function checkInput(input: ConsoleInput): Omit<Checked, 'label'> {
  const query = input.query.trim();
  if (!query) throw badInput('query', 'is empty');
  if (query.length > CONSOLE_LIMITS.maxQueryChars)
    throw badInput('query', `must be at most ${CONSOLE_LIMITS.maxQueryChars} characters`);
  // EXPLAIN is prefixed below; a query that brings its own EXPLAIN/PROFILE (PROFILE runs it) or options is refused.
  if (/^(\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*(EXPLAIN|PROFILE|CYPHER)\b/i.test(query))
    throw reject('EXPLAIN, PROFILE and CYPHER options are not allowed', 'PREFIX');
  const params = input.params ?? {};
  if (typeof params !== 'object' || Array.isArray(params) || params === null)
    throw badInput('params', 'must be a JSON object');
  if (JSON.stringify(params).length > CONSOLE_LIMITS.maxParamsChars)
    throw badInput('params', `must be at most ${CONSOLE_LIMITS.maxParamsChars} characters as JSON`);
  const timeoutMs = input.timeoutMs ?? CONSOLE_LIMITS.defaultTimeoutMs;
  if (!Number.isInteger(timeoutMs) || timeoutMs < 100 || timeoutMs > CONSOLE_LIMITS.maxTimeoutMs)
    throw badInput('timeoutMs', `must be from 100 to ${CONSOLE_LIMITS.maxTimeoutMs}`);
  const maxRows = input.maxRows ?? CONSOLE_LIMITS.defaultRows;
  if (!Number.isInteger(maxRows) || maxRows < 1 || maxRows > CONSOLE_LIMITS.maxRows)
    throw badInput('maxRows', `must be from 1 to ${CONSOLE_LIMITS.maxRows}`);
  if (RESTRICTED.test(query) || RESTRICTED.test(JSON.stringify(params)))
    throw reject('accounts and sessions cannot be read from the console', 'RESTRICTED');
  checkRanges(query, params as Params);
  return { query, params: params as Params, timeoutMs, maxRows };
}

/**
 * A list too big to send is refused before it is made: range() with bounds given as literals or parameters.
 * (Any other big value is stopped by the byte cap or the timeout, in the worker, off the event loop.)
 */
function checkRanges(query: string, params: Params): void {
  const code = query.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''");
  const num = (x: string | undefined) => {
    if (x === undefined) return undefined;
    const v = x.startsWith('$') ? params[x.slice(1)] : Number(x);
    return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
  };
  const arg = '\\s*([-+]?\\d+|\\$[\\p{L}_][\\p{L}\\p{N}_]*)\\s*';
  for (const m of code.matchAll(new RegExp(`\\brange\\s*\\(${arg},${arg}(?:,${arg})?\\)`, 'giu'))) {
    const [a, b, step] = [num(m[1]), num(m[2]), num(m[3]) ?? 1];
    if (a === undefined || b === undefined || step === 0) continue;
    const items = Math.max(0, Math.floor((b - a) / step) + 1);
    if (items > CONSOLE_LIMITS.maxRangeItems) {
      throw reject(
        `${m[0]} would make ${items} items; at most ${CONSOLE_LIMITS.maxRangeItems} may be made in the console`,
        'RESULT_TOO_LARGE',
      );
    }
  }
}

/**
 * Runs a console query in a console worker thread (api/worker/pool.ts): at most CONSOLE_LIMITS.maxConcurrent at
 * once (then TOO_MANY_REQUESTS), stopped when the HTTP client goes away or the timeout passes, whatever the query
 * is doing (Neo4j checks its own transaction timeout only between rows, so one long expression would outlive
 * it). A stopped query's transaction is terminated in Neo4j, and its slot stays taken until Neo4j has let it go.
 */
export async function runConsole(db: Database, input: ConsoleInput) {
  const checked: Checked = { ...checkInput(input), label: `console/${randomUUID()}` };
  return consolePool(db).run<Awaited<ReturnType<typeof consoleQuery>>>('console', checked, {
    timeoutMs: checked.timeoutMs + CONSOLE_LIMITS.graceMs,
    signal: requestSignal(),
    onAbandon: async () => {
      // Its transaction runs in the worker's own connection: end it in Neo4j, and wait until it has ended.
      await db.terminateTagged('query', checked.label);
    },
  });
}

export const consolePool = (db: Database) =>
  pool(
    'console',
    CONSOLE_LIMITS.maxConcurrent,
    db.opts,
    `at most ${CONSOLE_LIMITS.maxConcurrent} console queries run at once; try again when one has finished`,
  );

class Stop extends Error {}
const NODE_LABEL_SET = new Set<string>(NODE_LABELS);
const LINK_TYPE_SET = new Set<string>(Object.keys(LINK_RULES));
const isNodeLabel = (l: string): l is NodeLabel => NODE_LABEL_SET.has(l);
const isLinkType = (t: string): t is LinkType => LINK_TYPE_SET.has(t);

/** The console query itself (EXPLAIN, check, stream), in a console worker; sizes are capped in rows and bytes. */
export async function consoleQuery(db: Database, c: Checked) {
  const { query, params: p, timeoutMs, maxRows, label } = c;
  const started = Date.now();
  const { schemaProcedure } = checkPlan(
    await db.explain(label, query, p, CONSOLE_LIMITS.explainTimeoutMs),
    db.opts.database,
  );
  let graph = new GraphCollector([]);
  const rows: Record<string, unknown>[] = [];
  let bytes = 0;
  let truncated = false;
  let columns: string[] = [];
  try {
    const r = await db.stream(
      label,
      query,
      p,
      { timeoutMs, maxRows, before: ['analysis/console-secrets'] },
      ([secrets], cols) => {
        graph = new GraphCollector((secrets?.[0]?.secrets as string[] | undefined) ?? []);
        columns = cols;
        return (record) => {
          if (Date.now() - started > timeoutMs)
            throw new AppError('TIMEOUT', 'the query took too long and was stopped');
          const row: Record<string, unknown> = {};
          for (const k of cols) row[k] = graph.plain(record.get(k));
          const json = JSON.stringify(row);
          if (schemaProcedure && PRIVATE_WORD.test(json)) return null;
          if (json.length > CONSOLE_LIMITS.maxBytes) {
            throw reject(
              `a result row is larger than ${CONSOLE_LIMITS.maxBytes} bytes; return less (e.g. size(list) or a slice)`,
              'RESULT_TOO_LARGE',
            );
          }
          if (bytes + json.length > CONSOLE_LIMITS.maxBytes) {
            truncated = true;
            throw new Stop();
          }
          bytes += json.length;
          rows.push(row);
          return null;
        };
      },
    );
    truncated = r.truncated;
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
  }
  return { columns, rows, truncated, elapsedMs: Date.now() - started, ...graph.result() };
}

/** Turns driver values into JSON, remembering nodes and relationships for the explorer. */
class GraphCollector {
  constructor(private readonly secrets: string[]) {}
  private nodes = new Map<
    string,
    {
      id: string;
      label: string;
      type: NodeLabel;
      placeholder: boolean;
      depth: number;
      degree: number;
      kind: string | null;
      frameworkElements: FrameworkElement[];
      places: string[];
      hiddenNeighbours: number;
    }
  >();
  private rels = new Map<
    string,
    { elementId: string; start: string; end: string; type: string; props: Record<string, unknown> }
  >();

  plain(v: unknown): unknown {
    if (v === null || v === undefined) return null;
    if (isNode(v)) {
      const n = v;
      if (n.labels.some((l) => RESTRICTED_LABELS.has(l)))
        return { elementId: n.elementId, labels: n.labels, redacted: true };
      const type = n.labels.find(isNodeLabel);
      if (type) {
        this.nodes.set(n.elementId, {
          id: String(n.properties.id ?? n.elementId),
          label: String(n.properties.name ?? n.properties.title ?? type),
          type,
          placeholder: Boolean(n.properties.placeholder),
          depth: 0,
          degree: 0,
          // What the result holds: neighbours and places are not looked up (GraphNode.hiddenNeighbours says so).
          kind: (n.properties.type ?? n.properties.kind ?? null) as string | null,
          frameworkElements: (n.properties.frameworkElements as FrameworkElement[] | undefined) ?? [],
          places: [],
          hiddenNeighbours: 0,
        });
      }
      return { elementId: n.elementId, labels: n.labels, properties: this.props(n.properties) };
    }
    if (isRelationship(v)) {
      const r = v;
      this.rels.set(r.elementId, {
        elementId: r.elementId,
        start: r.startNodeElementId,
        end: r.endNodeElementId,
        type: r.type,
        props: r.properties,
      });
      return {
        elementId: r.elementId,
        type: r.type,
        start: r.startNodeElementId,
        end: r.endNodeElementId,
        properties: this.props(r.properties),
      };
    }
    if (isPath(v)) {
      const path = v;
      return {
        start: this.plain(path.start),
        end: this.plain(path.end),
        segments: path.segments.map((s) => ({
          start: this.plain(s.start),
          relationship: this.plain(s.relationship),
          end: this.plain(s.end),
        })),
      };
    }
    if (isInt(v)) return v.toNumber();
    if (typeof v === 'string') return this.leaks(v) ? REDACTED : v;
    if (Array.isArray(v)) return v.map((x) => this.plain(x));
    if (typeof v === 'object') {
      const proto = Object.getPrototypeOf(v);
      if (proto === Object.prototype || proto === null) return this.props(v as Record<string, unknown>);
      return String(v); // temporal values, durations and points print as Cypher literals
    }
    return v;
  }

  private props(o: Record<string, unknown>): Record<string, unknown> {
    return Object.fromEntries(
      Object.entries(o).map(([k, x]) => [k, RESTRICTED_KEYS.has(k) ? REDACTED : this.plain(x)]),
    );
  }

  private leaks(s: string): boolean {
    return this.secrets.some((secret) => s.includes(secret) || (s.length >= 6 && secret.includes(s)));
  }

  /** Nodes with a Levermap label, and the links between them (links to nodes not in the result are left out). */
  result() {
    const edges = [...this.rels.values()].flatMap((r) => {
      const a = this.nodes.get(r.start);
      const b = this.nodes.get(r.end);
      if (!a || !b || !isLinkType(r.type)) return [];
      return [
        {
          id: String(r.props.id ?? r.elementId),
          source: a.id,
          target: b.id,
          type: r.type,
          lever: (r.props.lever as Lever | undefined) ?? null,
          stance: (r.props.stance as Stance | undefined) ?? null,
          confidence: (r.props.confidence as Confidence | undefined) ?? 'STATED',
        },
      ];
    });
    return { nodes: [...this.nodes.values()], edges };
  }
}
