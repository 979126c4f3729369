/**
 * The lever layout: the focus in the centre, downward backers above, sideward partners to either side,
 * upward groups below; links that are not levers go to an outer band in the same direction. Nodes further
 * out fan out beyond the neighbour that reaches them. Pure: positions from the drawn graph only.
 */
import type { Lever } from './vocabulary.js';
import type { DrawEdge, DrawNode } from './graph.js';

export interface Point {
  x: number;
  y: number;
}
type Band = 'above' | 'side' | 'below';

const GAP_X = 165;
const GAP_Y = 80;
const PER_ROW = 5;
const INNER = 170;
const OUTER = 300;
const SIDE_X = 330;
const OUTER_SIDE_X = 540;

const LEVER_BAND: Record<Lever, Band> = { DOWNWARD: 'above', SIDEWARD: 'side', UPWARD: 'below' };
const FLIP: Record<Band, Band> = { above: 'below', side: 'side', below: 'above' };

/** Where a neighbour of the focus goes, judged from the links between them. */
function bandOf(n: DrawNode, links: DrawEdge[], focus: string): { band: Band; lever: boolean } {
  const lever = links.find((e) => e.type === 'LEVER' && e.lever);
  if (lever?.lever) {
    const band = LEVER_BAND[lever.lever];
    // The focus backs this node (an organisation's view): the lever points the other way.
    return { band: lever.source === focus ? FLIP[band] : band, lever: true };
  }
  for (const e of links) {
    const nIsSource = e.source === n.id;
    if ((e.type === 'COMMISSIONS' || e.type === 'FUNDS') && nIsSource) return { band: 'above', lever: false };
    if (e.type === 'PART_OF' && !nIsSource) return { band: 'above', lever: false };
    if (e.type === 'WITHIN' && !nIsSource) return { band: 'above', lever: false };
    if (e.type === 'MEMBER_OF' || e.type === 'DELIVERS') return { band: 'side', lever: false };
  }
  return { band: 'below', lever: false };
}

function row(ids: string[], y: number, dir: 1 | -1, out: Map<string, Point>) {
  ids.forEach((id, i) => {
    const r = Math.floor(i / PER_ROW);
    const inRow = Math.min(PER_ROW, ids.length - r * PER_ROW);
    const c = i % PER_ROW;
    out.set(id, { x: (c - (inRow - 1) / 2) * GAP_X + (r % 2 ? GAP_X / 4 : 0), y: y + dir * r * GAP_Y });
  });
}

function columns(ids: string[], x: number, out: Map<string, Point>) {
  const left = ids.filter((_, i) => i % 2 === 0);
  const right = ids.filter((_, i) => i % 2 === 1);
  for (const [side, list] of [
    [-1, left],
    [1, right],
  ] as const) {
    list.forEach((id, i) => {
      const col = Math.floor(i / 6);
      const inCol = Math.min(6, list.length - col * 6);
      out.set(id, { x: side * (x + col * 200), y: ((i % 6) - (inCol - 1) / 2) * GAP_Y });
    });
  }
}

export function leverLayout(nodes: DrawNode[], edges: DrawEdge[], focus: string): Map<string, Point> {
  const pos = new Map<string, Point>([[focus, { x: 0, y: 0 }]]);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const incident = new Map<string, DrawEdge[]>();
  for (const e of edges) {
    for (const end of [e.source, e.target]) {
      const list = incident.get(end);
      if (list) list.push(e);
      else incident.set(end, [e]);
    }
  }
  const groups: Record<string, string[]> = {};
  const put = (k: string, id: string) => {
    const list = groups[k] ?? [];
    groups[k] = list;
    list.push(id);
  };
  const first = nodes
    .filter((n) => n.hops === 1)
    .sort((a, b) => Number(!!b.slot) - Number(!!a.slot) || a.label.localeCompare(b.label));
  for (const n of first) {
    if (n.slot) {
      put(`${LEVER_BAND[n.slot.lever]}:inner`, n.id);
      continue;
    }
    const links = (incident.get(n.id) ?? []).filter((e) => e.source === focus || e.target === focus);
    const { band, lever } = bandOf(n, links, focus);
    put(`${band}:${lever ? 'inner' : 'outer'}`, n.id);
  }
  row(groups['above:inner'] ?? [], -INNER, -1, pos);
  row(
    groups['above:outer'] ?? [],
    -INNER - OUTER / 2 - Math.ceil((groups['above:inner']?.length ?? 0) / PER_ROW) * GAP_Y,
    -1,
    pos,
  );
  row(groups['below:inner'] ?? [], INNER, 1, pos);
  row(
    groups['below:outer'] ?? [],
    INNER + OUTER / 2 + Math.ceil((groups['below:inner']?.length ?? 0) / PER_ROW) * GAP_Y,
    1,
    pos,
  );
  columns(groups['side:inner'] ?? [], SIDE_X, pos);
  columns(
    groups['side:outer'] ?? [],
    OUTER_SIDE_X + Math.max(0, Math.ceil((groups['side:inner']?.length ?? 0) / 12) - 1) * 200,
    pos,
  );

  // Further rings: each node fans out beyond the placed neighbour that reaches it.
  const maxHops = Math.max(0, ...nodes.map((n) => n.hops));
  for (let h = 2; h <= maxHops; h++) {
    const children = new Map<string, string[]>();
    for (const n of nodes.filter((m) => m.hops === h)) {
      const parent = (incident.get(n.id) ?? [])
        .map((e) => (e.source === n.id ? e.target : e.source))
        .find((p) => byId.get(p)?.hops === h - 1 && pos.has(p));
      if (!parent) continue;
      const list = children.get(parent);
      if (list) list.push(n.id);
      else children.set(parent, [n.id]);
    }
    for (const [parent, kids] of children) {
      const p = pos.get(parent)!;
      const base = Math.atan2(p.y, p.x || 0.001);
      const spread = Math.min(Math.PI * 0.9, 0.28 * kids.length);
      const radius = 200 + Math.max(0, kids.length - 6) * 14;
      kids.forEach((id, i) => {
        const a = base + (kids.length === 1 ? 0 : -spread / 2 + (spread * i) / (kids.length - 1));
        pos.set(id, { x: p.x + Math.cos(a) * radius, y: p.y + Math.sin(a) * radius });
      });
    }
  }
  // Anything unreachable (should not happen after filtering) goes in a line at the bottom.
  let spare = 0;
  for (const n of nodes) if (!pos.has(n.id)) pos.set(n.id, { x: spare++ * GAP_X, y: 900 });
  return pos;
}
