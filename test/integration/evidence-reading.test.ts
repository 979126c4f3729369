/**
 * Reading the evidence against the real server: passage search finds a phrase from a seed document on its line
 * first, with what cites that line; a document's uncited passages are listed for curators only.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../seed/dataset.js';
import { SEED_DIR } from '../../seed/paths.js';
import { gql, gqlOk } from '../support/helpers.js';

// 003 line 200: "Funding: The evaluation of LWG was funded by Gateshead Council, while the WFL evaluation ..."
const PHRASE = 'evaluation of LWG was funded by Gateshead Council';

const SEARCH = `query($q: String!, $first: Int) {
  passageSearch(query: $q, first: $first) {
    sourceTitle score exact
    passage {
      sourceId line text
      citedBy { nodes { quote node { id name label } } links { quote link { id type from { id } to { id } } } }
    }
  }
}`;

describe('passageSearch', () => {
  it('finds a phrase from a seed document on its line first, with the nodes and links citing that line', async () => {
    const { passageSearch: hits } = await gqlOk(SEARCH, { q: PHRASE, first: 5 }, { as: 'ANONYMOUS' });
    expect(hits.length).toBeGreaterThan(0);
    const [top] = hits;
    expect(top.passage).toMatchObject({ sourceId: '003', line: 200 });
    expect(top.exact).toBe(true);
    expect(top.passage.text).toContain(PHRASE);
    expect(top.sourceTitle).toBeTruthy();
    expect(top.passage.citedBy.nodes.map((n: { node: { id: string } }) => n.node.id)).toContain(
      'org-gateshead-council',
    );
    const link = top.passage.citedBy.links.find(
      (l: { link: { id: string } }) => l.link.id === 'FUNDS:org-gateshead-council:ini-003-lwg-evaluation',
    );
    expect(link).toMatchObject({ quote: 'The evaluation of LWG was funded by Gateshead Council' });
    expect(link.link).toMatchObject({ type: 'FUNDS', from: { id: 'org-gateshead-council' } });
  });

  it('finds, in each of the five documents, the line a seed quote was taken from', async () => {
    const ds = loadDataset(SEED_DIR);
    const quotes = new Map<string, { line: number; quote: string }>();
    // The longest quote of each document: a phrase a reader might paste, long enough to be the document's own.
    for (const n of ds.nodes.values())
      for (const c of n.props.evidence) {
        const best = quotes.get(c.sourceId);
        if (!best || c.quote.length > best.quote.length) quotes.set(c.sourceId, { line: c.line, quote: c.quote });
      }
    expect([...quotes.keys()].sort()).toEqual(['000', '001', '002', '003', '004']);
    for (const [sourceId, { line, quote }] of quotes) {
      const { passageSearch: hits } = await gqlOk(SEARCH, { q: quote, first: 5 }, { as: 'ANONYMOUS' });
      expect(hits[0]?.passage, `${sourceId}:L${line} "${quote}"`).toMatchObject({ sourceId, line });
    }
  });

  it('ranks a verbatim phrase above passages that only share its words', async () => {
    const { passageSearch: hits } = await gqlOk(SEARCH, { q: 'Gateshead Council funded evaluation', first: 20 });
    const { passageSearch: exact } = await gqlOk(SEARCH, { q: 'funded by Gateshead Council', first: 20 });
    expect(hits.length).toBeGreaterThan(0);
    expect(exact[0].exact).toBe(true);
    expect(exact[0].passage.text.toLowerCase()).toContain('funded by gateshead council');
    const firstInexact = exact.findIndex((h: { exact: boolean }) => !h.exact);
    if (firstInexact >= 0) expect(exact.slice(firstInexact).every((h: { exact: boolean }) => !h.exact)).toBe(true);
  });

  it('treats Lucene syntax as words and gives nothing for no words', async () => {
    const { passageSearch: none } = await gqlOk(SEARCH, { q: ' ()*: ' });
    expect(none).toEqual([]);
    const r = await gql(SEARCH, { q: 'Gateshead" OR *:* (' });
    expect(r.errors).toBeUndefined();
  });
});

describe('uncitedPassages', () => {
  const UNCITED = `query($id: ID!, $first: Int, $after: String) {
    uncitedPassages(sourceId: $id, first: $first, after: $after) {
      totalCount nodes { sourceId line text } pageInfo { hasNextPage endCursor }
    }
  }`;

  it('lists the passages nobody cites, in line order, a page at a time', async () => {
    const { uncitedPassages: p1 } = await gqlOk(UNCITED, { id: '003', first: 10 }, { as: 'CONTRIBUTOR' });
    expect(p1.totalCount).toBeGreaterThan(10);
    expect(p1.nodes).toHaveLength(10);
    expect(p1.pageInfo.hasNextPage).toBe(true);
    const lines = p1.nodes.map((n: { line: number }) => n.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    const { uncitedPassages: p2 } = await gqlOk(
      UNCITED,
      { id: '003', first: 500, after: p1.pageInfo.endCursor },
      { as: 'CONTRIBUTOR' },
    );
    const all = [...lines, ...p2.nodes.map((n: { line: number }) => n.line)];
    expect(all).toHaveLength(p1.totalCount);
    expect(all).not.toContain(200);
    expect(all).not.toContain(27);
    expect(p2.nodes[0].line).toBeGreaterThan(lines[lines.length - 1]);
  });

  it('is for contributors and above', async () => {
    const r = await gql(UNCITED, { id: '003' }, { as: 'VIEWER' });
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
