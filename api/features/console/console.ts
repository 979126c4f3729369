/**
 * The read-only Cypher console. Neo4j's own verdict decides, not text patterns alone (a READ transaction does
 * not stop LOAD CSV, and the driver's access mode is a routing hint, not a boundary: shared/neo4j-notes.md):
 *   1. EXPLAIN the query (plans it, runs nothing): the summary's queryType must be 'r' and the plan must run on
 *      our database;
 *   2. walk the plan: no LoadCSV, no administration or SHOW operators, no batched transactions, and procedure
 *      calls only from ALLOWED_PROCEDURES;
 *   3. run it in a READ transaction with a server-side timeout, stream at most maxRows rows, then roll back.
 * It reaches Neo4j only through Database.explain and Database.stream (named database, metadata, timeout,
 * mapError), like every other query.
 */
import { isInt, isNode, isPath, isRelationship } from '../../db/values.js';
import type { Database, Params, ResultSummary } from '../../db/database.js';
import { LINK_RULES } from '../../../model/link-rules.js';
import { type Confidence, type FrameworkElement, type Lever, type LinkType, NODE_LABELS, type NodeLabel, type Stance } from '../../../model/vocabulary.js';
import { AppError, badInput } from '../../errors.js';

export const ALLOWED_PROCEDURES = [
  'db.labels', 'db.relationshipTypes', 'db.propertyKeys',
  'db.index.fulltext.queryNodes', 'db.index.fulltext.queryRelationships',
  'db.schema.visualization', 'db.schema.nodeTypeProperties', 'db.schema.relTypeProperties',
] as const;
export const CONSOLE_LIMITS = {
  maxQueryChars: 10_000, defaultTimeoutMs: 5_000, maxTimeoutMs: 30_000, defaultRows: 1_000, maxRows: 5_000,
  explainTimeoutMs: 5_000,
} as const;

/** Operators that never belong in a read-only console, whatever queryType says. */
const FORBIDDEN_OPERATORS: [RegExp, string][] = [
  [/^LoadCSV$/, 'LOAD CSV reads files and URLs, which the console does not allow'],
  [/^(AdministrationCommand|SystemProcedureCall|Show\w*|Terminate\w*)$/, 'SHOW and administration commands are not allowed'],
  [/^(TransactionApply|TransactionForeach)$/, 'CALL { ... } IN TRANSACTIONS is not allowed'],
];

/**
 * Accounts live in the same database (Community edition has no per-user privileges), so the console keeps them
 * out three ways: queries naming their labels or secret properties are refused; their nodes and those properties
 * are redacted from results; and any string containing a secret value (or 6+ characters of one) is redacted.
 */
const RESTRICTED = /(LevermapUser|LevermapSession|passwordHash|tokenHash)/i;
const RESTRICTED_LABELS = new Set(['LevermapUser', 'LevermapSession']);
const RESTRICTED_KEYS = new Set(['passwordHash', 'tokenHash']);
const REDACTED = '[redacted]';

const reject = (message: string, reason: string) => new AppError('BAD_USER_INPUT', `query: ${message}`, { field: 'query', reason });

interface PlanNode { operatorType: string; arguments?: Record<string, unknown>; children?: PlanNode[] }

function operators(p: PlanNode | false | null | undefined, out: PlanNode[] = []): PlanNode[] {
  if (!p) return out;
  out.push(p);
  for (const c of p.children ?? []) operators(c, out);
  return out;
}

/** Checks an EXPLAIN summary; throws BAD_USER_INPUT saying why the query is refused. */
export function checkPlan(summary: ResultSummary, database: string): void {
  if (summary.queryType !== 'r') {
    const kinds: Record<string, string> = { rw: 'reads and writes', w: 'writes', s: 'changes the schema or runs an administration command' };
    throw reject(`only read-only queries are allowed; Neo4j says this query ${kinds[summary.queryType] ?? `is of type ${summary.queryType}`}`, 'NOT_READ_ONLY');
  }
  if (summary.database.name && summary.database.name !== database) throw reject(`queries may only read the "${database}" database`, 'OTHER_DATABASE');
  for (const op of operators(summary.plan as PlanNode | false)) {
    const [name = '', db] = op.operatorType.split('@');
    if (db && db !== database) throw reject(`queries may only read the "${database}" database`, 'OTHER_DATABASE');
    for (const [pattern, why] of FORBIDDEN_OPERATORS) if (pattern.test(name)) throw reject(why, name.toUpperCase());
    checkScope(name, String(op.arguments?.Details ?? ''));
    if (/^ProcedureCall/.test(name)) {
      const details = String(op.arguments?.Details ?? op.arguments?.Signature ?? '');
      const proc = /^\s*([\w.]+)\s*\(/.exec(details)?.[1] ?? '(unknown)';
      if (!(ALLOWED_PROCEDURES as readonly string[]).includes(proc)) {
        throw reject(`procedure ${proc} is not allowed; allowed: ${ALLOWED_PROCEDURES.join(', ')}`, 'PROCEDURE_NOT_ALLOWED');
      }
    }
  }
}

/**
 * The console may read only the domain graph. Accounts, sessions, drafts and the audit trail are never joined
 * to domain nodes, so it is enough that every place a plan starts reading (a scan, seek or count) names only
 * domain labels and relationship types: whole-graph scans and lookups by internal id are refused.
 */
const DOMAIN_LABELS = new Set<string>(['Entity', ...NODE_LABELS]);
const DOMAIN_TYPES = new Set<string>(Object.keys(LINK_RULES));
function checkScope(operator: string, details: string): void {
  if (/AllNodesScan|AllRelationshipsScan|ById|ByElementId|Dynamic/.test(operator)) {
    throw reject('start from a label or relationship type, e.g. MATCH (n:Initiative) or MATCH (:Entity)-[r:LEVER]->()', 'UNANCHORED');
  }
  const reads = /(NodeByLabel|NodeIndex|NodeUniqueIndex|MultiNodeIndex|NodesByLabels|RelationshipTypeScan|RelationshipIndex|CountFromCountStore)/.test(operator);
  if (!reads) return;
  const labels = [...details.matchAll(/\(\s*\w*\s*:\s*([\w|:&!]+)/g), ...details.matchAll(/^\s*\w+\s*:\s*([\w|:&!]+)/g)]
    .flatMap((m) => m[1]!.split(/[|:&!]/)).filter(Boolean);
  const types = [...details.matchAll(/\[\s*\w*\s*:\s*([\w|]+)/g)].flatMap((m) => m[1]!.split('|')).filter(Boolean);
  const counted = operator.includes('CountFromCountStore');
  if (counted && labels.length === 0 && types.length === 0) throw reject('count with a label or relationship type, e.g. MATCH (n:Entity) RETURN count(n)', 'UNANCHORED');
  if (operator.startsWith('RelationshipCountFromCountStore') && types.length === 0) throw reject('count relationships of a type, or between :Entity nodes', 'UNANCHORED');
  const outside = [...labels.filter((l) => !DOMAIN_LABELS.has(l)), ...types.filter((t) => !DOMAIN_TYPES.has(t))];
  if (outside.length) throw reject(`the console reads only the shared graph (labels ${[...DOMAIN_LABELS].join(', ')}); not ${outside.join(', ')}`, 'RESTRICTED');
}

export interface ConsoleInput { query: string; params?: unknown; timeoutMs?: number | null; maxRows?: number | null }

const NODE_LABEL_SET = new Set<string>(NODE_LABELS);
const LINK_TYPE_SET = new Set<string>(Object.keys(LINK_RULES));
const isNodeLabel = (l: string): l is NodeLabel => NODE_LABEL_SET.has(l);
const isLinkType = (t: string): t is LinkType => LINK_TYPE_SET.has(t);

export async function runConsole(db: Database, input: ConsoleInput) {
  const query = input.query.trim();
  if (!query) throw badInput('query', 'is empty');
  if (query.length > CONSOLE_LIMITS.maxQueryChars) throw badInput('query', `must be at most ${CONSOLE_LIMITS.maxQueryChars} characters`);
  // EXPLAIN is prefixed below; a query that brings its own EXPLAIN/PROFILE (PROFILE runs it) or options is refused.
  if (/^(\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*(EXPLAIN|PROFILE|CYPHER)\b/i.test(query)) throw reject('EXPLAIN, PROFILE and CYPHER options are not allowed', 'PREFIX');
  const params = input.params ?? {};
  if (typeof params !== 'object' || Array.isArray(params) || params === null) throw badInput('params', 'must be a JSON object');
  const timeoutMs = input.timeoutMs ?? CONSOLE_LIMITS.defaultTimeoutMs;
  if (!Number.isInteger(timeoutMs) || timeoutMs < 100 || timeoutMs > CONSOLE_LIMITS.maxTimeoutMs) throw badInput('timeoutMs', `must be from 100 to ${CONSOLE_LIMITS.maxTimeoutMs}`);
  const maxRows = input.maxRows ?? CONSOLE_LIMITS.defaultRows;
  if (!Number.isInteger(maxRows) || maxRows < 1 || maxRows > CONSOLE_LIMITS.maxRows) throw badInput('maxRows', `must be from 1 to ${CONSOLE_LIMITS.maxRows}`);
  if (RESTRICTED.test(query) || RESTRICTED.test(JSON.stringify(params))) throw reject('accounts and sessions cannot be read from the console', 'RESTRICTED');
  const p = params as Params;

  const started = Date.now();
  checkPlan(await db.explain('console', query, p, CONSOLE_LIMITS.explainTimeoutMs), db.opts.database);
  let graph = new GraphCollector([]);
  const { columns, rows, truncated } = await db.stream('console', query, p, { timeoutMs, maxRows, before: ['analysis/console-secrets'] }, ([secrets], cols) => {
    graph = new GraphCollector((secrets?.[0]?.secrets as string[] | undefined) ?? []);
    return (record) => {
      const row: Record<string, unknown> = {};
      for (const k of cols) row[k] = graph.plain(record.get(k));
      return row;
    };
  });
  return { columns, rows, truncated, elapsedMs: Date.now() - started, ...graph.result() };
}

/** Turns driver values into JSON, remembering nodes and relationships for the explorer. */
class GraphCollector {
  constructor(private readonly secrets: string[]) {}
  private nodes = new Map<string, {
    id: string; label: string; type: NodeLabel; placeholder: boolean; depth: number; degree: number;
    kind: string | null; frameworkElements: FrameworkElement[]; places: string[]; hiddenNeighbours: number;
  }>();
  private rels = new Map<string, { elementId: string; start: string; end: string; type: string; props: Record<string, unknown> }>();

  plain(v: unknown): unknown {
    if (v === null || v === undefined) return null;
    if (isNode(v)) {
      const n = v;
      if (n.labels.some((l) => RESTRICTED_LABELS.has(l))) return { elementId: n.elementId, labels: n.labels, redacted: true };
      const type = n.labels.find(isNodeLabel);
      if (type) {
        this.nodes.set(n.elementId, {
          id: String(n.properties.id ?? n.elementId), label: String(n.properties.name ?? n.properties.title ?? type),
          type, placeholder: Boolean(n.properties.placeholder), depth: 0, degree: 0,
          // What the result holds: neighbours and places are not looked up (GraphNode.hiddenNeighbours says so).
          kind: (n.properties.type ?? n.properties.kind ?? null) as string | null,
          frameworkElements: (n.properties.frameworkElements as FrameworkElement[] | undefined) ?? [], places: [], hiddenNeighbours: 0,
        });
      }
      return { elementId: n.elementId, labels: n.labels, properties: this.props(n.properties) };
    }
    if (isRelationship(v)) {
      const r = v;
      this.rels.set(r.elementId, { elementId: r.elementId, start: r.startNodeElementId, end: r.endNodeElementId, type: r.type, props: r.properties });
      return { elementId: r.elementId, type: r.type, start: r.startNodeElementId, end: r.endNodeElementId, properties: this.props(r.properties) };
    }
    if (isPath(v)) {
      const path = v;
      return {
        start: this.plain(path.start), end: this.plain(path.end),
        segments: path.segments.map((s) => ({ start: this.plain(s.start), relationship: this.plain(s.relationship), end: this.plain(s.end) })),
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
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, RESTRICTED_KEYS.has(k) ? REDACTED : this.plain(x)]));
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
      return [{
        id: String(r.props.id ?? r.elementId), source: a.id, target: b.id, type: r.type,
        lever: (r.props.lever as Lever | undefined) ?? null, stance: (r.props.stance as Stance | undefined) ?? null,
        confidence: (r.props.confidence as Confidence | undefined) ?? 'STATED',
      }];
    });
    return { nodes: [...this.nodes.values()], edges };
  }
}
