/** Who made or verified a claim is for verifiers and admins: on Link fields, in audit snapshots and in the console. */
import { beforeAll, describe, expect, it } from 'vitest';
import { type As, gql, gqlOk } from '../../support/helpers.js';
import { builders, CITATION } from '../../support/builders.js';

const make = builders();
let link = '';
let ini = '';

beforeAll(async () => {
  const org = await make.organisation();
  ini = await make.initiative();
  const { createLink } = await gqlOk(
    `mutation($i: LinkInput!) { createLink(input: $i) { id } }`,
    { i: { type: 'LEVER', from: org, to: ini, lever: 'UPWARD', stance: 'ENABLES', evidence: [CITATION] } },
    { as: 'CONTRIBUTOR' },
  );
  link = createLink.id;
});

const ROLES: [As, boolean][] = [
  ['ANONYMOUS', false],
  ['VIEWER', false],
  ['VERIFIER', true],
  ['ADMIN', true],
];

describe('authors are private', () => {
  for (const [as, sees] of ROLES) {
    it(`${sees ? 'shows' : 'hides'} the author of a claim on Link.claimedBy to ${as.toLowerCase()}`, async () => {
      const { link: l } = await gqlOk(
        `query($id: ID!) { link(id: $id) { claimedBy claimStatus } }`,
        { id: link },
        { as },
      );
      expect(l).toEqual({ claimedBy: sees ? 'test-contributor' : null, claimStatus: 'UNVERIFIED' });
    });

    it(`${sees ? 'shows' : 'hides'} authors in the audit snapshots to ${as.toLowerCase()}`, async () => {
      const { history } = await gqlOk(
        `query($id: ID!) { history(targetId: $id) { user after } }`,
        { id: link },
        { as },
      );
      const text = JSON.stringify(history);
      if (sees) expect(text).toContain('test-contributor');
      else expect(text).not.toContain('test-contributor');
    });
  }

  it('shows contributors their own name, and nobody else', async () => {
    const own = await gqlOk(`query($id: ID!) { link(id: $id) { claimedBy } }`, { id: link }, { as: 'CONTRIBUTOR' });
    expect(own.link.claimedBy).toBe('test-contributor');
  });

  it('never gives an author through the console, to anyone', async () => {
    for (const as of ['ANONYMOUS', 'ADMIN'] as As[]) {
      const r = await gql(
        `query($q: String!, $p: JSON) { cypherConsole(query: $q, params: $p) { rows } }`,
        { q: 'MATCH ()-[r:LEVER]->(i:Initiative {id: $ini}) RETURN properties(r) AS p', p: { ini } },
        { as },
      );
      expect(r.errors).toBeUndefined();
      expect(JSON.stringify(r.data)).not.toContain('test-contributor');
      const named = await gql(
        `query($q: String!) { cypherConsole(query: $q) { rows } }`,
        { q: 'MATCH ()-[r:LEVER]->() RETURN r.claimedBy AS who LIMIT 5' },
        { as },
      );
      expect(JSON.stringify(named)).not.toContain('test-contributor');
    }
  });
});
