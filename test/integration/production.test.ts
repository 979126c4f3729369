/** The API as deployed (NODE_ENV=production), and the one-round-trip-per-root-field rule, on an in-process server. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../api/config.js';
import { Database, type Mode, type Params, type RunStep, type TxOptions } from '../../api/db/database.js';
import { startServer, type AppServer } from '../../api/server.js';
import { QUERY_LIMITS } from '../../model/query-limits.js';
import { inject } from 'vitest';

class CountingDatabase extends Database {
  calls: string[] = [];
  override read(name: string, params: Params = {}, t?: number) {
    this.calls.push(name);
    return super.read(name, params, t);
  }
  override write(name: string, params: Params = {}) {
    this.calls.push(name);
    return super.write(name, params);
  }
  // One call per transaction, under its label: the initiatives list chooses its page and projects it in one read
  // transaction (two statements), an initiative by id runs the projection alone.
  override transaction<T>(mode: Mode, label: string, work: (run: RunStep) => Promise<T>, opts?: TxOptions) {
    this.calls.push(label);
    return super.transaction(mode, label, work, opts);
  }
}

let server: AppServer;
let db: CountingDatabase;
const post = (body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

beforeAll(async () => {
  const n = inject('neo4j');
  const config = loadConfig({ NODE_ENV: 'production', PORT: '0', NEO4J_URI: n.uri, NEO4J_PASSWORD: n.password });
  db = new CountingDatabase({ ...n, database: 'neo4j', queryTimeoutMs: 10_000 });
  server = await startServer({ db, config, ready: async () => true });
});
afterAll(async () => {
  await server.close();
  server.server.close();
  await db.close();
});

describe('in production', () => {
  it('returns errors with a code and no stack trace or Cypher', async () => {
    const r = await (await post({ query: '{ neighbourhood(id: "nope", depth: 9) { focus } }' })).json();
    expect(r.errors[0]).toEqual({
      message: 'depth: must be 1, 2 or 3',
      locations: [{ line: 1, column: 3 }],
      path: ['neighbourhood'],
      extensions: { code: 'BAD_USER_INPUT', field: 'depth' },
    });
  });

  it('rejects a query with too many aliases or too high a cost, as a validation error', async () => {
    const aliases = '{ ' + Array.from({ length: 20 }, (_, i) => `a${i}: entity(id:"x") { id }`).join(' ') + ' }';
    const r = await (await post({ query: aliases })).json();
    expect(r.errors?.[0]).toMatchObject({
      message: 'Syntax Error: Aliases limit of 15 exceeded, found 20.',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    const heavy =
      '{ ' +
      Array.from(
        { length: 14 },
        (_, i) =>
          `a${i}: initiatives(first: 500) { edges { node { links { id type from { id name type } to { id name type } evidence { sourceId line quote sourceTitle } } backers { backer { id name } evidence { quote } } } } }`,
      ).join(' ') +
      ' }';
    const h = await (await post({ query: heavy })).json();
    expect(h.errors?.[0]?.message).toMatch(
      new RegExp(`^Syntax Error: Query Cost limit of ${QUERY_LIMITS.cost} exceeded`),
    );
    expect(h.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('blocks a cross-site form post (CSRF prevention)', async () => {
    const res = await post('query=%7B%20stats%20%7B%20initiatives%20%7D%20%7D', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(res.status).toBe(400);
    const get = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ stats { initiatives } }')}`);
    expect(get.status).toBe(400);
    expect(await get.text()).toMatch(/CSRF/);
  });
});

describe('one Cypher round trip per root field', () => {
  const roots: [string, string][] = [
    ['search', '{ search(text: "health") { id } }'],
    [
      'initiatives',
      '{ initiatives(first: 50) { totalCount edges { node { id backers { backer { id } evidence { quote sourceTitle } } alignment { status } links { id from { id } } } } } }',
    ],
    ['neighbourhood', '{ neighbourhood(id: "place-england", depth: 2) { nodes { id degree } edges { id lever } } }'],
    ['stats', '{ stats { initiatives relationships } }'],
  ];
  for (const [name, query] of roots) {
    it(`${name} makes exactly one database call however many items it returns`, async () => {
      db.calls = [];
      const r = await (await post({ query })).json();
      expect(r.errors).toBeUndefined();
      expect(db.calls).toHaveLength(1);
    });
  }

  it('the initiative page (entity and initiative of one id, with backers and alignment) makes one call', async () => {
    const first = await (await post({ query: '{ initiatives(first: 1) { edges { node { id } } } }' })).json();
    const id = first.data.initiatives.edges[0].node.id;
    db.calls = [];
    const page = `query($id: ID!) { entity(id: $id) { id name links { id } ... on Initiative { status } }
      initiative(id: $id) { backers { linkId backer { id } } alignment { status flags { flag } } } }`;
    const r = await (await post({ query: page, variables: { id } })).json();
    expect(r.errors).toBeUndefined();
    expect(r.data.entity.id).toBe(id);
    expect(r.data.initiative.alignment.status).toBeTruthy();
    expect(db.calls).toEqual(['queries/initiatives']);
  });

  it('entity(id) of an initiative with its alignment reads the node, then its facts', async () => {
    const first = await (
      await post({ query: '{ initiatives(first: 1) { edges { node { id alignment { status } } } } }' })
    ).json();
    const { id, alignment } = first.data.initiatives.edges[0].node;
    db.calls = [];
    const r = await (
      await post({
        query: `query($id: ID!) { entity(id: $id) { ... on Initiative { alignment { status } } } }`,
        variables: { id },
      })
    ).json();
    expect(r.errors).toBeUndefined();
    expect(r.data.entity.alignment).toEqual(alignment);
    expect(db.calls).toEqual(['queries/entity', 'queries/initiatives']);
  });

  it('a query with three root fields makes three calls', async () => {
    db.calls = [];
    const r = await (
      await post({
        query: '{ stats { places } search(text: "council") { id } entities(type: Place, first: 100) { nodes { id } } }',
      })
    ).json();
    expect(r.errors).toBeUndefined();
    expect(db.calls.sort()).toEqual(['queries/entities', 'queries/search', 'queries/stats']);
  });
});
