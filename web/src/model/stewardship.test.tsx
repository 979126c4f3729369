/** The edit forms, the finder and the history as pure models: no browser, no server. */
import { describe, expect, it } from 'vitest';
import { LINK_RULES as API_LINK_RULES } from '../../../model/link-rules.js';
import type { SuggestionItemFragment as Suggestion } from '../gql/graphql.js';
import {
  isLarge,
  LARGE_EDGES,
  LARGE_NODES,
  rendererFor,
  rendererOptions,
  styleFor,
  WEBGL_WHEN_LARGE,
} from '../graph/performance.js';
import { STYLE } from '../graph/style.js';
import {
  changedOnServer,
  checkForm,
  createInput,
  fieldKey,
  formValues,
  LINK_RULES,
  linkFields,
  NODE_FIELDS,
  rebase,
  updatePatch,
} from './forms.js';
import { changes } from './history.js';
import { EMPTY_PROFILE, profileInput, reasonGraph, suggestionsCsv } from './suggest.js';
import { parseUrl, toUrl } from './url.js';
import { drawGraph, mergeNeighbourhoods, NO_FILTERS } from './graph.js';

const ref = (id: string, type: 'Organisation' | 'Initiative' | 'Place' | 'TargetGroup' = 'Organisation') => ({
  id,
  name: id.toUpperCase(),
  type,
  placeholder: false,
});

describe('the edit forms', () => {
  const fields = NODE_FIELDS.Organisation;

  it('join the same labels as the API for every link type', () => {
    expect(LINK_RULES).toEqual(API_LINK_RULES);
  });

  it('map the API field paths to the fields where their errors show', () => {
    expect(fieldKey('input.evidence[0].quote')).toBe('evidence.0.quote');
    expect(fieldKey('input.evidence[2].source')).toBe('evidence.2.sourceId');
    expect(fieldKey('input.name')).toBe('name');
    expect(fieldKey('reason')).toBe('changeReason');
    expect(fieldKey('contentBase64')).toBeNull();
    expect(fieldKey(undefined)).toBeNull();
  });

  it('require evidence, a line number and a quote before asking the server', () => {
    const v = formValues(fields, null);
    expect(checkForm(fields, v)).toEqual({
      name: 'Name is required.',
      type: 'Type is required.',
      evidence: expect.stringContaining('at least one citation'),
    });
    v.fields.name = 'Young Carers';
    v.fields.type = 'VCSE';
    v.evidence = [{ sourceId: '003', line: 'x', quote: ' ' }];
    expect(Object.keys(checkForm(fields, v)).sort()).toEqual(['evidence.0.line', 'evidence.0.quote']);
  });

  it('create with every field given, update with only what changed (null removes)', () => {
    const start = formValues(
      fields,
      { name: 'Council', type: 'LOCAL_AUTHORITY', subtype: 'unitary', aliases: ['GC'] },
      [{ sourceId: '003', sourceTitle: null, line: 27, quote: 'Gateshead Council' }],
    );
    expect(createInput(fields, start)).toEqual({
      name: 'Council',
      type: 'LOCAL_AUTHORITY',
      subtype: 'unitary',
      aliases: ['GC'],
      placeholder: false,
      evidence: [{ sourceId: '003', line: 27, quote: 'Gateshead Council' }],
    });
    const typed = { ...start, fields: { ...start.fields, subtype: '', description: 'A metropolitan borough council' } };
    expect(updatePatch(fields, start, typed)).toEqual({ subtype: null, description: 'A metropolitan borough council' });
    const more = {
      ...typed,
      evidence: [...typed.evidence, { sourceId: '003', line: '200', quote: 'funded by Gateshead Council' }],
    };
    expect(updatePatch(fields, start, more).evidence).toHaveLength(2);
  });

  it('after a conflict, keep what the user typed and take the rest from the newer version', () => {
    const was = formValues(fields, { name: 'Council', type: 'LOCAL_AUTHORITY', subtype: 'unitary' });
    const now = formValues(fields, {
      name: 'Council',
      type: 'LOCAL_AUTHORITY',
      subtype: 'metropolitan',
      odsCode: 'X1',
    });
    const typed = { ...was, fields: { ...was.fields, name: 'Gateshead Council' } };
    const merged = rebase(fields, was, now, typed);
    expect(merged.fields).toMatchObject({ name: 'Gateshead Council', subtype: 'metropolitan', odsCode: 'X1' });
    expect(changedOnServer(fields, was, now)).toEqual(['Subtype', 'NHS ODS code']);
    expect(updatePatch(fields, now, merged)).toEqual({ name: 'Gateshead Council' });
  });

  it("fix a link's ends and lever once it exists", () => {
    expect(linkFields('LEVER', false).map((f) => f.key)).toEqual([
      'from',
      'to',
      'lever',
      'stance',
      'class',
      'confidence',
      'reason',
      'validFrom',
      'validTo',
    ]);
    expect(linkFields('LEVER', true).map((f) => f.key)).toEqual([
      'stance',
      'class',
      'confidence',
      'reason',
      'validFrom',
      'validTo',
    ]);
    expect(linkFields('FUNDS', true).map((f) => f.key)).toContain('amount');
  });
});

describe('the finder', () => {
  const s: Suggestion = {
    rank: 1,
    score: 2.5,
    existingPartner: false,
    generic: false,
    organisationType: 'VCSE',
    partnershipKind: null,
    node: ref('org-b'),
    reasons: [
      {
        kind: 'PLACE',
        text: 'Both work in Gateshead',
        key: 'place-g',
        weight: 1.5,
        sharedBy: 3,
        via: ref('place-g', 'Place'),
        evidence: [{ sourceId: '003', sourceTitle: 'Doc', line: 81, quote: 'in Gateshead' }],
        path: {
          nodes: [ref('org-a'), ref('ini-x', 'Initiative'), ref('place-g', 'Place'), ref('org-b')],
          links: [
            {
              id: 'DELIVERS:org-a:ini-x',
              type: 'DELIVERS',
              lever: null,
              stance: null,
              confidence: 'STATED',
              from: ref('org-a'),
              to: ref('ini-x', 'Initiative'),
            },
            {
              id: 'LOCATED_IN:ini-x:place-g',
              type: 'LOCATED_IN',
              lever: null,
              stance: null,
              confidence: 'STATED',
              from: ref('ini-x', 'Initiative'),
              to: ref('place-g', 'Place'),
            },
            {
              id: 'WORKS_IN:org-b:place-g',
              type: 'WORKS_IN',
              lever: null,
              stance: null,
              confidence: 'STATED',
              from: ref('org-b'),
              to: ref('place-g', 'Place'),
            },
          ],
        },
      },
      {
        kind: 'TARGET_GROUP',
        text: 'Both work with "carers", say',
        key: 'tg-c',
        weight: 1,
        sharedBy: 2,
        via: ref('tg-c', 'TargetGroup'),
        evidence: [],
        path: {
          nodes: [ref('org-a'), ref('tg-c', 'TargetGroup'), ref('org-b')],
          links: [
            {
              id: 'LEVER:org-b:x:UPWARD',
              type: 'LEVER',
              lever: 'UPWARD',
              stance: 'ENABLES',
              confidence: 'STATED',
              from: ref('org-b'),
              to: ref('tg-c', 'TargetGroup'),
            },
          ],
        },
      },
    ],
  };

  it('draws the source on the left and the suggestion on the right, each shared thing between', () => {
    const { graph, positions } = reasonGraph(s);
    expect(graph.nodes.map((n) => n.id)).toEqual(['org-a', 'ini-x', 'place-g', 'org-b', 'tg-c']);
    expect(graph.nodes.filter((n) => n.focus).map((n) => n.id)).toEqual(['org-a', 'org-b']);
    expect(positions.get('org-a')!.x).toBe(0);
    expect(positions.get('org-b')!.x).toBeGreaterThan(positions.get('place-g')!.x);
    expect(positions.get('org-a')!.y).toBe(positions.get('org-b')!.y);
    expect(graph.edges).toHaveLength(4);
    expect(reasonGraph(s, 1).graph.nodes.map((n) => n.id)).toEqual(['org-a', 'tg-c', 'org-b']);
  });

  it('writes one CSV row per suggestion with its reasons and citations, quoted', () => {
    const csv = suggestionsCsv({ source: ref('org-a'), suggestions: [s] }).split('\r\n');
    expect(csv[0]).toBe('rank,id,name,type,score,existing_partner,reasons,citations');
    expect(csv[1]).toBe(
      '1,org-b,ORG-B,Organisation,2.500,false,"Both work in Gateshead (+1.50); Both work with ""carers"", say (+1.00)","Doc (document 003, line 81): “in Gateshead”"',
    );
  });

  it('sends a described organisation as ids, with service areas split', () => {
    expect(
      profileInput({
        ...EMPTY_PROFILE,
        places: [ref('place-g', 'Place')],
        serviceAreas: 'mental health; older people,',
        levers: ['UPWARD'],
      }),
    ).toEqual({
      targetGroups: [],
      places: ['place-g'],
      partnerships: [],
      frameworkElements: [],
      serviceAreas: ['mental health', 'older people'],
      levers: ['UPWARD'],
    });
  });

  it('keeps the tab and the organisation in the URL', () => {
    const v = parseUrl('/find/sponsors', '?org=org-gateshead-council');
    expect({ page: v.page, tab: v.findTab, ref: v.ref }).toEqual({
      page: 'find',
      tab: 'sponsors',
      ref: 'org-gateshead-council',
    });
    expect(toUrl(v)).toBe('/find/sponsors?org=org-gateshead-council');
    expect(toUrl(parseUrl('/edit/link/LEVER%3Aa%3Ab%3AUPWARD', ''))).toBe('/edit/link/LEVER%3Aa%3Ab%3AUPWARD');
    expect(parseUrl('/explore/x', '?claims=verified').filters.hideUnverified).toBe(true);
  });
});

describe('claims in the graph', () => {
  const nb = {
    focus: 'ini',
    truncated: false,
    nodes: [
      { id: 'ini', label: 'Ini', type: 'Initiative' as const, placeholder: false, depth: 0, degree: 2 },
      { id: 'a', label: 'A', type: 'Organisation' as const, placeholder: false, depth: 1, degree: 1 },
      { id: 'b', label: 'B', type: 'Organisation' as const, placeholder: false, depth: 1, degree: 1 },
    ],
    edges: [
      {
        id: 'LEVER:a:ini:UPWARD',
        source: 'a',
        target: 'ini',
        type: 'LEVER' as const,
        lever: 'UPWARD' as const,
        stance: 'ENABLES' as const,
        confidence: 'STATED' as const,
        claimStatus: 'UNVERIFIED' as const,
      },
      {
        id: 'LEVER:b:ini:DOWNWARD',
        source: 'b',
        target: 'ini',
        type: 'LEVER' as const,
        lever: 'DOWNWARD' as const,
        stance: 'ENABLES' as const,
        confidence: 'STATED' as const,
        claimStatus: 'VERIFIED' as const,
      },
    ],
  };
  it('marks unverified links, and the filter leaves them (and what only they reach) out', () => {
    const all = drawGraph({
      data: mergeNeighbourhoods([nb]),
      focus: 'ini',
      filters: NO_FILTERS,
      hidden: new Set(),
      facets: null,
    });
    expect(all.edges.map((e) => [e.id, e.claim ?? 'VERIFIED'])).toEqual([
      ['LEVER:a:ini:UPWARD', 'UNVERIFIED'],
      ['LEVER:b:ini:DOWNWARD', 'VERIFIED'],
    ]);
    const verified = drawGraph({
      data: mergeNeighbourhoods([nb]),
      focus: 'ini',
      filters: { ...NO_FILTERS, hideUnverified: true },
      hidden: new Set(),
      facets: null,
    });
    expect(verified.edges.map((e) => e.id)).toEqual(['LEVER:b:ini:DOWNWARD']);
    expect(verified.nodes.map((n) => n.id).sort()).toEqual(['b', 'ini']);
  });
});

describe('the history', () => {
  it('lists each changed field with its value before and after, without bookkeeping', () => {
    expect(
      changes({
        before: { claimStatus: 'UNVERIFIED', version: 1, evQuote: ['a'] },
        after: { claimStatus: 'VERIFIED', version: 2, evQuote: ['a'], verifiedBy: 'v' },
      }),
    ).toEqual([
      { field: 'claimStatus', before: 'UNVERIFIED', after: 'VERIFIED' },
      { field: 'verifiedBy', before: '', after: 'v' },
    ]);
  });
});

describe('large graphs', () => {
  it('switch to the simpler drawing past either threshold', () => {
    expect(isLarge(LARGE_NODES - 1, LARGE_EDGES - 1)).toBe(false);
    expect(isLarge(LARGE_NODES, 0)).toBe(true);
    expect(isLarge(10, LARGE_EDGES)).toBe(true);
    expect(rendererOptions(true)).toEqual({
      textureOnViewport: true,
      hideEdgesOnViewport: true,
      motionBlur: false,
      pixelRatio: 1,
    });
    expect(styleFor(false)).toBe(STYLE);
    const edge = styleFor(true)
      .filter((r) => 'selector' in r && r.selector === 'edge')
      .at(-1) as unknown as { style: Record<string, unknown> };
    expect(edge.style['curve-style']).toBe('haystack');
  });

  it('draw on the canvas unless WebGL is asked for, which the bench found slower here', () => {
    expect(rendererFor(false)).toEqual({ name: 'canvas', webgl: false });
    expect(rendererFor(true)).toEqual({ name: 'canvas', webgl: true, webglTexSize: 4096, webglBatchSize: 4096 });
  });
});
