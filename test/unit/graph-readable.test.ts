/** Graphs readable at any size: a hub's neighbours fold into groups, layouts are seeded, communities are stable, the view is in the URL. */
import { describe, expect, it } from 'vitest';
import { neighbourhoodCommunitiesIn } from '../../api/features/network/network.js';
import { recall, remember, shapeKey } from '../../web/src/graph/positions.js';
import { seeded } from '../../web/src/graph/seeded.js';
import type { DrawEdge, DrawGraph, DrawNode } from '../../web/src/model/graph.js';
import { foldGroups, GROUP_MIN, neighbourGroups } from '../../web/src/model/groups.js';
import { HOME, parseUrl, toUrl } from '../../web/src/model/url.js';

const node = (id: string, type: DrawNode['type'], hops = 1, extra: Partial<DrawNode> = {}): DrawNode => ({
  id,
  label: id,
  type,
  placeholder: false,
  focus: hops === 0,
  more: 0,
  hops,
  degree: 3,
  ...extra,
});
const lever = (source: string, target: string, l: 'DOWNWARD' | 'SIDEWARD' | 'UPWARD'): DrawEdge => ({
  id: `LEVER:${source}:${target}:${l}`,
  source,
  target,
  type: 'LEVER',
  lever: l,
  stance: 'ENABLES',
  confidence: 'STATED',
});

/** A hub with 12 downward organisations, 3 sideward partnerships, and a node two hops out behind one organisation. */
function hub(): DrawGraph {
  const nodes = [node('hub', 'Initiative', 0)];
  const edges: DrawEdge[] = [];
  for (let i = 0; i < 12; i++) {
    nodes.push(node(`org-${i}`, 'Organisation'));
    edges.push(lever(`org-${i}`, 'hub', 'DOWNWARD'));
  }
  for (let i = 0; i < 3; i++) {
    nodes.push(node(`pship-${i}`, 'Partnership'));
    edges.push(lever(`pship-${i}`, 'hub', 'SIDEWARD'));
  }
  nodes.push(node('far', 'Organisation', 2));
  edges.push({ ...lever('far', 'org-0', 'UPWARD'), type: 'MEMBER_OF', lever: null, stance: null });
  edges.push({
    ...lever('pship-0', 'org-1', 'UPWARD'),
    id: 'MEMBER_OF:pship-0:org-1',
    type: 'MEMBER_OF',
    lever: null,
    stance: null,
  });
  return { nodes, edges, filteredOut: 0 };
}

describe('groups of a hub’s neighbours', () => {
  it('folds the neighbours of one kind over one lever into a summary node named with the count', () => {
    const groups = neighbourGroups(hub(), 'hub', []);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.label).toBe('12 organisations (downward lever)');
    expect(groups[0]!.members).toHaveLength(12);
    expect(3).toBeLessThan(GROUP_MIN); // the partnerships stay one by one

    const folded = foldGroups(hub(), 'hub', []);
    const ids = folded.nodes.map((n) => n.id).sort();
    expect(ids).toEqual(['far', 'group:DOWNWARD:Organisation', 'hub', 'pship-0', 'pship-1', 'pship-2']);
    const g = folded.nodes.find((n) => n.group)!;
    expect(g.type).toBe('Group');
    expect(g.group!.members).toHaveLength(12);
    // One carried link to the focus (not twelve), and one to each other drawn node linked to a member.
    expect(
      folded.edges
        .filter((e) => e.source === g.id || e.target === g.id)
        .map((e) => `${e.source}>${e.target}`)
        .sort(),
    ).toEqual([
      'far>group:DOWNWARD:Organisation',
      'group:DOWNWARD:Organisation>hub',
      'pship-0>group:DOWNWARD:Organisation',
    ]);
    // Members stay out of the drawing until the group opens.
    for (let i = 0; i < 12; i++) expect(ids).not.toContain(`org-${i}`);
    // Every drawn link joins drawn nodes.
    const drawn = new Set(ids);
    for (const e of folded.edges) expect(drawn.has(e.source) && drawn.has(e.target)).toBe(true);
  });

  it('shows every member, and what hangs off them, once the group is open', () => {
    const open = foldGroups(hub(), 'hub', ['group:DOWNWARD:Organisation']);
    expect(open.nodes).toHaveLength(hub().nodes.length);
    expect(open.nodes.some((n) => n.group)).toBe(false);
    expect(open.nodes.map((n) => n.id)).toContain('far');
  });
});

describe('stable positions and communities', () => {
  it('makes Math.random repeat for the same key, and restores it after', () => {
    const original = Math.random;
    const a = seeded('ini-1|fcose|40', () => [Math.random(), Math.random(), Math.random()]);
    const b = seeded('ini-1|fcose|40', () => [Math.random(), Math.random(), Math.random()]);
    const c = seeded('ini-2|fcose|40', () => [Math.random(), Math.random(), Math.random()]);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    for (const x of a) expect(x >= 0 && x < 1).toBe(true);
    expect(Math.random).toBe(original);
  });

  it('numbers a neighbourhood’s communities by size, the same way every time', () => {
    // Two triangles joined by one link, and a larger square with diagonals.
    const nodes = ['a', 'b', 'c', 'd', 'e', 'f', 'w', 'x', 'y', 'z'];
    const links: [string, string][] = [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'a'],
      ['d', 'e'],
      ['e', 'f'],
      ['f', 'd'],
      ['c', 'd'],
      ['w', 'x'],
      ['x', 'y'],
      ['y', 'z'],
      ['z', 'w'],
      ['w', 'y'],
      ['x', 'z'],
    ];
    const one = neighbourhoodCommunitiesIn(nodes, links);
    const two = neighbourhoodCommunitiesIn([...nodes].reverse(), [...links].reverse());
    const of = (r: typeof one) => Object.fromEntries(r.map((x) => [x.id, x.community]));
    expect(of(one)).toEqual(of(two));
    const c = of(one);
    expect(c.w).toBe(c.z);
    expect(c.a).toBe(c.b);
    expect(c.a).not.toBe(c.w);
    expect(c.w).toBe(0); // the largest community is numbered 0
    expect(new Set(Object.values(c)).size).toBeGreaterThanOrEqual(2);
  });
});

describe('layout positions computed once per drawing', () => {
  it('keys a drawing by its seed and its nodes and links in any order, and never mixes two drawings', () => {
    const a = shapeKey('ini-1|fcose|3', ['n1', 'n2', 'n3'], ['e1', 'e2']);
    expect(shapeKey('ini-1|fcose|3', ['n3', 'n1', 'n2'], ['e2', 'e1'])).toBe(a);
    expect(shapeKey('ini-1|fcose|3', ['n1', 'n2', 'n4'], ['e1', 'e2'])).not.toBe(a);
    expect(shapeKey('ini-1|fcose|3', ['n1', 'n2', 'n3'], ['e1'])).not.toBe(a);
    expect(shapeKey('ini-2|fcose|3', ['n1', 'n2', 'n3'], ['e1', 'e2'])).not.toBe(a);
    const at = new Map([['n1', { x: 10, y: -4 }]]);
    remember(a, at);
    expect(recall(a)?.get('n1')).toEqual({ x: 10, y: -4 });
    expect(recall(shapeKey('other', ['n1'], []))).toBeUndefined();
  });

  it('keeps the most recently used drawings and forgets the oldest past its bound', () => {
    const keys = Array.from({ length: 30 }, (_, i) => shapeKey(`bound-${i}`, [`n${i}`], []));
    keys.forEach((k, i) => {
      remember(k, new Map([[`n${i}`, { x: i, y: i }]]));
      if (i >= 1) recall(keys[1]!); // used again after every new drawing: kept
    });
    expect(recall(keys[1]!)?.get('n1')).toEqual({ x: 1, y: 1 });
    expect(recall(keys[0]!)).toBeUndefined();
    expect(recall(keys[29]!)?.get('n29')).toEqual({ x: 29, y: 29 });
    expect(recall(keys[2]!)).toBeUndefined();
  });
});

describe('the view in the URL', () => {
  it('keeps depth, open groups and the two ends of shown paths', () => {
    const v = {
      ...HOME,
      page: 'explore' as const,
      id: 'ini-1',
      depth: 2,
      groups: ['group:DOWNWARD:Organisation'],
      paths: ['org-a', 'org-b'] as [string, string],
    };
    const url = toUrl(v);
    expect(url).toBe('/explore/ini-1?depth=2&open=group:DOWNWARD:Organisation&paths=org-a,org-b');
    const back = parseUrl(...(url.split('?') as [string, string]));
    expect(back.depth).toBe(2);
    expect(back.groups).toEqual(['group:DOWNWARD:Organisation']);
    expect(back.paths).toEqual(['org-a', 'org-b']);
    expect(parseUrl('/explore/ini-1', '?depth=9&paths=a').depth).toBe(1);
    expect(parseUrl('/explore/ini-1', '?paths=a').paths).toBeNull();
  });
});
