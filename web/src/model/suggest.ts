/**
 * Suggestions as the finder shows them, free of React and Cytoscape: the reason paths as a graph to draw
 * (source on the left, suggestion on the right, one row per reason), the profile from the form, and the CSV.
 */
import type {
  CitationFragment as Citation,
  ProfileInput,
  RefFragment as Ref,
  SuggestionItemFragment as Suggestion,
  SuggestionResultItemFragment as SuggestionResult,
} from '../gql/graphql.js';
import type { FindTab as SuggestKind } from './url.js';
import { plural } from './words.js';
import { csvCell } from './export.js';
import type { DrawEdge, DrawGraph, DrawNode } from './graph.js';

export interface PathGraph {
  graph: DrawGraph;
  positions: Map<string, { x: number; y: number }>;
}

const COL = 190;
const ROW = 90;

/**
 * The paths of a suggestion's reasons (or of one reason) joined into one graph. Each path runs from the source
 * (or, for a profile, from the shared thing) to the suggestion; its inner nodes go in a row of their own.
 */
export function reasonGraph(s: Suggestion, only: number | null = null): PathGraph {
  const reasons = only === null ? s.reasons : s.reasons.slice(only, only + 1);
  const nodes = new Map<string, DrawNode>();
  const edges = new Map<string, DrawEdge>();
  const positions = new Map<string, { x: number; y: number }>();
  const maxLen = Math.max(2, ...reasons.map((r) => r.path.nodes.length));
  const width = (maxLen - 1) * COL;
  const rows = reasons.filter((r) => r.path.nodes.length > 2).length;
  const endY = ((Math.max(1, rows) - 1) * ROW) / 2;
  const first = reasons.find((r) => r.path.nodes.length)?.path.nodes[0];
  const sourceId = first && first.id !== s.node.id ? first.id : null;
  const add = (n: Ref, pos: { x: number; y: number }) => {
    if (nodes.has(n.id)) return;
    const end = n.id === s.node.id || n.id === sourceId;
    nodes.set(n.id, {
      id: n.id,
      label: n.name,
      type: n.type,
      placeholder: n.placeholder,
      focus: end,
      more: 0,
      hops: end ? 0 : 1,
    });
    positions.set(n.id, pos);
  };
  let row = 0;
  for (const r of reasons) {
    const ns = r.path.nodes;
    if (!ns.length) continue;
    const y = ns.length > 2 ? row++ * ROW : endY;
    ns.forEach((n, i) => {
      const x = ns.length === 1 ? width : (i / (ns.length - 1)) * width;
      const isEnd = n.id === s.node.id || (n.id === sourceId && i === 0);
      add(n, { x, y: isEnd ? endY : y });
    });
    for (const l of r.path.links) {
      if (!edges.has(l.id))
        edges.set(l.id, {
          id: l.id,
          source: l.from.id,
          target: l.to.id,
          type: l.type,
          lever: l.lever,
          stance: l.stance,
          confidence: l.confidence,
        });
    }
  }
  add(s.node, { x: width, y: endY });
  const drawn = [...edges.values()].filter((e) => nodes.has(e.source) && nodes.has(e.target));
  return { graph: { nodes: [...nodes.values()], edges: drawn, filteredOut: 0 }, positions };
}

export const citationText = (c: Citation) =>
  `${c.sourceTitle ?? `Document ${c.sourceId}`} (document ${c.sourceId}, line ${c.line}): “${c.quote}”`;

const HEAD = ['rank', 'id', 'name', 'type', 'score', 'existing_partner', 'reasons', 'citations'];

/** One row per suggestion; reasons and citations joined, each in the words the page shows. */
export function suggestionsCsv(result: SuggestionResult): string {
  const rows = result.suggestions.map((s) => {
    const cites = new Map<string, Citation>();
    for (const r of s.reasons) for (const c of r.evidence) cites.set(`${c.sourceId}:${c.line}:${c.quote}`, c);
    return [
      s.rank,
      s.node.id,
      s.node.name,
      s.node.type,
      s.score.toFixed(3),
      s.existingPartner,
      s.reasons.map((r) => `${r.text} (+${r.weight.toFixed(2)})`).join('; '),
      [...cites.values()].map(citationText).join('; '),
    ]
      .map(csvCell)
      .join(',');
  });
  return [HEAD.join(','), ...rows].join('\r\n') + '\r\n';
}

export const csvName = (kind: SuggestKind, about: string) =>
  `levermap-${kind}-${
    about
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'profile'
  }.csv`;

/** The describe-yourself form: picked nodes by id, free-text service areas split on commas or semicolons. */
export interface ProfileForm {
  name: string;
  targetGroups: Ref[];
  places: Ref[];
  partnerships: Ref[];
  frameworkElements: string[];
  serviceAreas: string;
  levers: string[];
}
export const EMPTY_PROFILE: ProfileForm = {
  name: '',
  targetGroups: [],
  places: [],
  partnerships: [],
  frameworkElements: [],
  serviceAreas: '',
  levers: [],
};

export function profileInput(f: ProfileForm): ProfileInput {
  const areas = f.serviceAreas
    .split(/[;,]/)
    .map((s) => s.trim())
    .filter(Boolean);
  return {
    ...(f.name.trim() ? { name: f.name.trim() } : {}),
    targetGroups: f.targetGroups.map((r) => r.id),
    places: f.places.map((r) => r.id),
    partnerships: f.partnerships.map((r) => r.id),
    frameworkElements: f.frameworkElements as ProfileInput['frameworkElements'],
    serviceAreas: areas,
    levers: f.levers as ProfileInput['levers'],
  };
}

/** The form as the URL keeps it (JSON), and back; anything else in the URL gives null. */
export const profileParam = (f: ProfileForm): string => JSON.stringify(f);
export function profileFromParam(s: string | null): ProfileForm | null {
  if (!s) return null;
  try {
    const v = JSON.parse(s) as Partial<Record<keyof ProfileForm, unknown>>;
    const refs = (x: unknown): Ref[] =>
      Array.isArray(x)
        ? x.filter(
            (r): r is Ref => !!r && typeof r === 'object' && typeof r.id === 'string' && typeof r.name === 'string',
          )
        : [];
    const strings = (x: unknown): string[] => (Array.isArray(x) ? x.filter((y) => typeof y === 'string') : []);
    return {
      name: typeof v.name === 'string' ? v.name : '',
      targetGroups: refs(v.targetGroups),
      places: refs(v.places),
      partnerships: refs(v.partnerships),
      frameworkElements: strings(v.frameworkElements),
      serviceAreas: typeof v.serviceAreas === 'string' ? v.serviceAreas : '',
      levers: strings(v.levers),
    };
  } catch {
    return null;
  }
}

export const profileEmpty = (f: ProfileForm) =>
  !f.targetGroups.length &&
  !f.places.length &&
  !f.partnerships.length &&
  !f.frameworkElements.length &&
  !f.serviceAreas.trim() &&
  !f.levers.length;

/**
 * What "shared by N" counts, in words. N counts the candidates of the tab that reach the shared thing, plus the
 * organisation asking: organisations for collaborators, sponsors for sponsors, partnerships for partnerships.
 */
export function sharedByText(
  r: { kind: string; sharedBy: number; via?: { name: string } | null },
  tab: SuggestKind = 'collaborators',
): string {
  const rule = 'the fewer, the more it counts';
  if (tab !== 'collaborators') {
    const others = plural(r.sharedBy - 1, tab === 'sponsors' ? 'other sponsor' : 'other partnership');
    return `${r.sharedBy} share this (${others} and yours); ${rule}`;
  }
  const n = plural(r.sharedBy, 'organisation');
  if (r.kind === 'PARTNER_OF_PARTNER')
    return `${n} partner with ${r.via?.name ?? 'this partner'}, counting yours; ${rule}`;
  if (r.kind === 'MET_AT') return `${n} attended it, counting yours; ${rule}`;
  return `${n} share this, counting yours; ${rule}`;
}
