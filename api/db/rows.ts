/**
 * Rows as our Cypher returns them, and their mapping to API shapes. Evidence is stored as three parallel
 * lists (evSource, evLine, evQuote) because Neo4j properties cannot hold maps; these helpers hide that.
 */
import type { Citation as ModelCitation, LinkType, NodeLabel } from '../domain/model.js';

export interface Citation { sourceId: string; line: number; quote: string }
export interface RefRow { id: string; name: string; type: NodeLabel; placeholder: boolean }
export interface LinkRow {
  id: string; type: LinkType; from: RefRow; to: RefRow; evidence: Citation[]; version: number;
  confidence: string; [prop: string]: unknown;
}
export interface NodeRow {
  id: string; name: string; label: NodeLabel; evidence: Citation[]; aliases: string[]; placeholder: boolean;
  version: number; links: LinkRow[]; [prop: string]: unknown;
}
export interface AlignmentCounts { downward: number; sideward: number; upward: number; opposing: number }
export interface InitiativeRow extends NodeRow { alignmentCounts: AlignmentCounts }

type Props = Record<string, unknown>;
interface RawRef { id: string; name: string; placeholder: boolean; label: NodeLabel }
export interface RawLink { type: LinkType; props: Props; outgoing?: boolean; other?: RawRef; from?: RawRef; to?: RawRef }

const HIDDEN = new Set(['evSource', 'evLine', 'evQuote', 'createdAt', 'updatedAt']);

export function evidenceOf(p: Props): Citation[] {
  const s = (p.evSource as string[] | undefined) ?? [];
  const l = (p.evLine as number[] | undefined) ?? [];
  const q = (p.evQuote as string[] | undefined) ?? [];
  return s.map((sourceId, i) => ({ sourceId, line: l[i]!, quote: q[i]! }));
}

/** Citations as stored: the parallel lists. */
export function evidenceProps(ev: (ModelCitation | Citation)[]): { evSource: string[]; evLine: number[]; evQuote: string[] } {
  return {
    evSource: ev.map((c) => ('sourceId' in c ? c.sourceId : c.source)),
    evLine: ev.map((c) => c.line),
    evQuote: ev.map((c) => c.quote.trim()),
  };
}

function plain(p: Props): Props {
  const out: Props = {};
  for (const [k, v] of Object.entries(p)) if (!HIDDEN.has(k)) out[k] = v;
  return out;
}

const ref = (r: RawRef): RefRow => ({ id: r.id, name: r.name, type: r.label, placeholder: r.placeholder });

export function toLink(raw: RawLink, self?: RefRow): LinkRow {
  const from = raw.from ? ref(raw.from) : raw.outgoing ? self! : ref(raw.other!);
  const to = raw.to ? ref(raw.to) : raw.outgoing ? ref(raw.other!) : self!;
  return {
    confidence: 'STATED', claimStatus: 'VERIFIED', ...plain(raw.props), type: raw.type, from, to, evidence: evidenceOf(raw.props),
    id: raw.props.id as string, version: (raw.props.version as number | undefined) ?? 1,
  };
}

export function toNode(label: NodeLabel, props: Props, links: RawLink[] = []): NodeRow {
  const self: RefRow = { id: props.id as string, name: props.name as string, type: label, placeholder: Boolean(props.placeholder) };
  return {
    aliases: [], placeholder: false, version: 1,
    ...plain(props),
    id: self.id, name: self.name, label, evidence: evidenceOf(props),
    links: links.map((l) => toLink(l, self)),
  } as NodeRow;
}
