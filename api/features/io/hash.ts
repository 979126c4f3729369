/**
 * The canonical hash of a graph: every node and link with its properties, sorted, as JSON with sorted keys,
 * through SHA-256. Two databases with the same hash hold the same graph. The one definition used by the
 * round-trip and backup tests, and by anyone who wants to check that a copy is whole.
 *
 * - 'domain': the Levermap graph (nodes labelled Entity and the links between them) and the findings about it,
 *   without the timestamps and versions that an import sets afresh: export then import gives the same domain hash.
 * - 'everything': every node but the migration records (so audit entries, users, snapshots too) and every
 *   relationship, with all properties, timestamps and versions: a restore gives the same hash.
 */
import { createHash } from 'node:crypto';
import type { Database } from '../../db/database.js';
import { LINK_RULES } from '../../../model/link-rules.js';
import { NODE_LABELS } from '../../../model/vocabulary.js';
import { BOOKKEEPING } from './layout.js';

export type HashMode = 'domain' | 'everything';
type Props = Record<string, unknown>;

/** JSON with sorted keys; driver values (dates, times, points) by their string form. */
export function canonical(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (typeof v === 'object') {
    const proto = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null && typeof (v as { toString?: unknown }).toString === 'function')
      return JSON.stringify(String(v));
    const o = v as Props;
    return `{${Object.keys(o)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

const without = (p: Props, skip: Set<string>) => Object.fromEntries(Object.entries(p).filter(([k]) => !skip.has(k)));

export interface GraphHash {
  hash: string;
  nodes: number;
  links: number;
  /** Findings counted in a domain hash (in 'everything' they are among the nodes). */
  findings: number;
}

export async function canonicalHash(db: Database, mode: HashMode = 'domain'): Promise<GraphHash> {
  const lines: string[] = [];
  let nodes = 0;
  let links = 0;
  let findings = 0;
  if (mode === 'domain') {
    for (const n of await db.read('io/export-nodes', { ids: null, labels: NODE_LABELS }, 600_000)) {
      lines.push(`N ${canonical([n.label, n.id, without(n.props as Props, BOOKKEEPING)])}`);
      nodes += 1;
    }
    for (const l of await db.read('io/export-links', { ids: null, types: Object.keys(LINK_RULES) }, 600_000)) {
      lines.push(`L ${canonical([l.type, l.from, l.to, without(l.props as Props, BOOKKEEPING)])}`);
      links += 1;
    }
    for (const f of await db.read('io/export-findings', {}, 600_000)) {
      lines.push(`F ${canonical([f.id, without(f.props as Props, BOOKKEEPING)])}`);
      findings += 1;
    }
  } else {
    const form = new Map<string, string>();
    for (const n of await db.read('io/hash-all-nodes', {}, 600_000)) {
      const s = canonical([[...(n.labels as string[])].sort(), n.props]);
      form.set(n.eid as string, s);
      lines.push(`N ${s}`);
      nodes += 1;
    }
    for (const r of await db.read('io/hash-all-links', {}, 600_000)) {
      lines.push(`L ${canonical([form.get(r.a as string), r.type, r.props, form.get(r.b as string)])}`);
      links += 1;
    }
  }
  lines.sort();
  const h = createHash('sha256');
  for (const l of lines) h.update(l).update('\n');
  return { hash: h.digest('hex'), nodes, links, findings };
}
