/**
 * Rows as our Cypher returns them, and their mapping to API shapes. Evidence is stored as three parallel
 * lists (evSource, evLine, evQuote) because Neo4j properties cannot hold maps; these helpers hide that.
 */
import { CITATION_PROPS, type Citation, decodeCitations } from '../../model/citation.js';
import type {
  ClaimStatus,
  Confidence,
  EntityLabel,
  Lever,
  LinkType,
  NodeLabel,
  Stance,
} from '../../model/vocabulary.js';

export type { Citation };

export interface RefRow {
  id: string;
  name: string;
  type: NodeLabel;
  placeholder: boolean;
}
export interface LinkRow {
  id: string;
  type: LinkType;
  from: RefRow;
  to: RefRow;
  evidence: Citation[];
  version: number;
  confidence: Confidence;
  claimStatus: ClaimStatus;
  lever?: Lever;
  stance?: Stance;
  class?: string;
  reason?: string;
  validFrom?: string;
  validTo?: string;
  [prop: string]: unknown;
}
export interface NodeRow {
  id: string;
  name: string;
  label: EntityLabel;
  evidence: Citation[];
  aliases: string[];
  placeholder: boolean;
  version: number;
  links: LinkRow[];
  [prop: string]: unknown;
}

type Props = Record<string, unknown>;
interface RawRef {
  id: string;
  name: string;
  placeholder: boolean;
  label: NodeLabel;
}
export interface RawLink {
  type: LinkType;
  props: Props;
  outgoing?: boolean;
  other?: RawRef;
  from?: RawRef;
  to?: RawRef;
}

const HIDDEN = new Set<string>([...CITATION_PROPS, 'createdAt', 'updatedAt']);

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
    confidence: 'STATED',
    claimStatus: 'VERIFIED',
    ...(plain(raw.props) as Partial<LinkRow>),
    type: raw.type,
    from,
    to,
    evidence: decodeCitations(raw.props),
    id: raw.props.id as string,
    version: (raw.props.version as number | undefined) ?? 1,
  };
}

export function toNode(label: EntityLabel, props: Props, links: RawLink[] = []): NodeRow {
  const self: RefRow = {
    id: props.id as string,
    name: props.name as string,
    type: label,
    placeholder: Boolean(props.placeholder),
  };
  return {
    aliases: [],
    placeholder: false,
    version: 1,
    ...plain(props),
    id: self.id,
    name: self.name,
    label,
    evidence: decodeCitations(props),
    links: links.map((l) => toLink(l, self)),
  } as NodeRow;
}
