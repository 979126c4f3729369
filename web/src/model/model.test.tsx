// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { csvCell, graphml, linksCsv } from './export.js';
import {
  NO_FILTERS,
  drawGraph,
  mergeNeighbourhoods,
  type GraphEdge,
  type GraphNode,
  type Neighbourhood,
} from './graph.js';
import { leverLayout } from './layout.js';
import { leverSummary } from './summary.js';
import { parseUrl, toUrl } from './url.js';

const node = (id: string, type: GraphNode['type'] = 'Organisation', degree = 1): GraphNode => ({
  id,
  label: id.toUpperCase(),
  type,
  placeholder: false,
  depth: 1,
  degree,
});
const lever = (
  from: string,
  l: 'DOWNWARD' | 'SIDEWARD' | 'UPWARD',
  stance: 'ENABLES' | 'OPPOSES' = 'ENABLES',
): GraphEdge => ({
  id: `LEVER:${from}:ini:${l}`,
  source: from,
  target: 'ini',
  type: 'LEVER',
  lever: l,
  stance,
  confidence: 'STATED',
});
const nb: Neighbourhood = {
  focus: 'ini',
  truncated: false,
  nodes: [
    node('ini', 'Initiative', 4),
    node('council'),
    node('hwb', 'Partnership'),
    node('residents', 'TargetGroup'),
    node('dh', 'Organisation', 3),
  ],
  edges: [
    lever('council', 'DOWNWARD'),
    lever('hwb', 'SIDEWARD'),
    lever('residents', 'UPWARD'),
    lever('dh', 'DOWNWARD', 'OPPOSES'),
  ],
};

describe('the lever layout', () => {
  it('puts downward backers above, sideward to the sides and upward below the initiative', () => {
    const g = drawGraph({
      data: mergeNeighbourhoods([nb]),
      focus: 'ini',
      filters: NO_FILTERS,
      hidden: new Set(),
      facets: null,
    });
    const pos = leverLayout(g.nodes, g.edges, 'ini');
    expect(pos.get('ini')).toEqual({ x: 0, y: 0 });
    expect(pos.get('council')!.y).toBeLessThan(0);
    expect(pos.get('dh')!.y).toBeLessThan(0);
    expect(pos.get('residents')!.y).toBeGreaterThan(0);
    expect(pos.get('hwb')!.y).toBe(0);
    expect(Math.abs(pos.get('hwb')!.x)).toBeGreaterThan(200);
  });
});

describe('the drawn graph', () => {
  it('draws a gap slot only for a lever confirmed absent, and unknown slots for levers not recorded', () => {
    const data = mergeNeighbourhoods([nb]);
    const gap = drawGraph({
      data,
      focus: 'ini',
      filters: NO_FILTERS,
      hidden: new Set(),
      facets: null,
      alignment: { downward: 1, sideward: 1, upward: 0, opposing: 0, status: 'PARTIAL', gaps: ['NO_UPWARD'] },
    });
    expect(gap.nodes.filter((n) => n.slot).map((n) => [n.id, n.slot!.kind])).toEqual([['slot:UPWARD', 'gap']]);
    const unknown = drawGraph({
      data,
      focus: 'ini',
      filters: NO_FILTERS,
      hidden: new Set(),
      facets: null,
      alignment: { downward: 0, sideward: 0, upward: 0, opposing: 0, status: 'UNKNOWN', gaps: [] },
    });
    expect(unknown.nodes.filter((n) => n.slot).map((n) => n.slot!.kind)).toEqual(['unknown', 'unknown', 'unknown']);
    const silent = drawGraph({
      data,
      focus: 'ini',
      filters: NO_FILTERS,
      hidden: new Set(),
      facets: null,
      alignment: { downward: 1, sideward: 0, upward: 0, opposing: 0, status: 'PARTIAL', gaps: ['NO_UPWARD'] },
    });
    expect(silent.nodes.filter((n) => n.slot).map((n) => [n.id, n.slot!.kind])).toEqual([
      ['slot:SIDEWARD', 'unknown'],
      ['slot:UPWARD', 'gap'],
    ]);
  });

  it('drops backers of other levers under a lever filter, and hidden nodes, but keeps the focus', () => {
    const data = mergeNeighbourhoods([nb]);
    const g = drawGraph({
      data,
      focus: 'ini',
      filters: { ...NO_FILTERS, levers: ['DOWNWARD'], stances: ['ENABLES'] },
      hidden: new Set(['ini']),
      facets: null,
    });
    expect(g.nodes.map((n) => n.id).sort()).toEqual(['council', 'ini']);
    expect(g.filteredOut).toBe(3);
  });

  it('counts neighbours not loaded as "n more"', () => {
    const g = drawGraph({
      data: mergeNeighbourhoods([nb]),
      focus: 'ini',
      filters: NO_FILTERS,
      hidden: new Set(),
      facets: null,
    });
    expect(g.nodes.find((n) => n.id === 'dh')!.more).toBe(2);
    expect(g.nodes.find((n) => n.id === 'ini')!.more).toBe(0);
  });
});

describe('the URL', () => {
  it('holds focus, filters, layout, expansions, hidden nodes and selection, and reads back the same view', () => {
    const url =
      '/explore/ini-a?layout=fcose&lever=DOWNWARD,UPWARD&stance=OPPOSES&orgType=VCSE&place=place-gateshead&element=E7&expand=org-gateshead-council,part-x~40&hide=tg-a&sel=LEVER:a:b:DOWNWARD&view=list';
    const [path, search] = url.split('?') as [string, string];
    const v = parseUrl(path, `?${search}`);
    expect(v.filters).toEqual({
      levers: ['DOWNWARD', 'UPWARD'],
      stances: ['OPPOSES'],
      confidences: [],
      orgTypes: ['VCSE'],
      place: 'place-gateshead',
      element: 'E7',
      hideUnverified: false,
    });
    expect(v.expanded).toEqual([
      { id: 'org-gateshead-council', limit: 20 },
      { id: 'part-x', limit: 40 },
    ]);
    expect(toUrl(v)).toBe(url);
  });

  it('ignores values it does not know', () => {
    const v = parseUrl('/explore/x', '?lever=SIDEWAYS,UPWARD&layout=circle&limit=99999');
    expect(v.filters.levers).toEqual(['UPWARD']);
    expect(v.layout).toBe('lever');
    expect(v.limit).toBe(60);
  });
});

describe('exports', () => {
  it('quotes CSV cells and defuses spreadsheet formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
  });

  it('writes one CSV row and one GraphML edge per drawn link, without slots', () => {
    const g = drawGraph({
      data: mergeNeighbourhoods([nb]),
      focus: 'ini',
      filters: NO_FILTERS,
      hidden: new Set(),
      facets: null,
      alignment: { downward: 1, sideward: 1, upward: 1, opposing: 1, status: 'CONTESTED', gaps: ['NO_UPWARD'] },
    });
    expect(linksCsv(g).trim().split('\r\n')).toHaveLength(1 + 4);
    const xml = graphml(g);
    expect(xml.match(/<edge /g)).toHaveLength(4);
    expect(xml).not.toContain('slot');
  });
});

describe('the summary', () => {
  it('reads as plain English', () => {
    expect(
      leverSummary({ downward: 2, sideward: 3, upward: 0, opposing: 0, status: 'PARTIAL', gaps: ['NO_UPWARD'] }),
    ).toBe('2 sponsors, 3 partnerships or partners, no community voice recorded.');
    expect(leverSummary({ downward: 0, sideward: 0, upward: 0, opposing: 0, status: 'UNKNOWN', gaps: [] })).toContain(
      'unknown, not a gap',
    );
  });
});
