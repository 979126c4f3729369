/**
 * The read-only console: each attempt to write, load files or URLs, call a procedure outside the allow-list or
 * run an administration command is refused with a clear error, and the graph is unchanged afterwards; runaway
 * reads stop at the row cap or the timeout.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { builders } from '../support/builders.js';
import { gql, gqlOk, testDatabase } from '../support/helpers.js';

const db = testDatabase();
const make = builders();
afterAll(() => db.close());

// Stats and a checksum over every node and relationship property, so any change shows.
const snapshot = async () => {
  const [stats] = await db.read('queries/stats');
  const { nodes } = (await gqlOk(`{ stats { relationships } }`)).stats;
  return { stats, nodes };
};
const CONSOLE = `query($q: String!, $p: JSON, $t: Int, $m: Int) { cypherConsole(query: $q, params: $p, timeoutMs: $t, maxRows: $m) { columns rows truncated elapsedMs nodes { id type } edges { id source target type } } }`;
const run = (q: string, p: Record<string, unknown> | null = null, t?: number, m?: number) =>
  gql(CONSOLE, { q, p, t, m });

const REFUSED: [string, string, RegExp][] = [
  [
    'CREATE',
    'CREATE (n:Entity:Organisation {id: "console-x", name: "x"}) RETURN n',
    /only read-only queries are allowed; Neo4j says this query reads and writes/,
  ],
  ['MERGE', 'MERGE (n:Entity {id: "console-x"}) RETURN n', /only read-only queries are allowed/],
  [
    'SET',
    'MATCH (n:Organisation) SET n.name = "hacked"',
    /only read-only queries are allowed; Neo4j says this query writes/,
  ],
  [
    'DELETE',
    'MATCH (n:Initiative) DETACH DELETE n',
    /only read-only queries are allowed; Neo4j says this query writes/,
  ],
  ['FOREACH', 'MATCH (n:Organisation) FOREACH (x IN [1] | SET n.hacked = x)', /only read-only queries are allowed/],
  [
    'CALL { } with a write',
    'CALL () { CREATE (:Entity {id: "console-y"}) } RETURN 1 AS one',
    /only read-only queries are allowed/,
  ],
  ['LOAD CSV from a file', "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", /LOAD CSV reads files and URLs/],
  [
    'LOAD CSV from a URL',
    "LOAD CSV FROM 'https://example.com/data.csv' AS line RETURN line",
    /LOAD CSV reads files and URLs/,
  ],
  [
    'CALL dbms.*',
    'CALL dbms.components()',
    /only read-only queries are allowed|procedure dbms.components is not allowed/,
  ],
  [
    'SHOW USERS',
    'SHOW USERS',
    /only read-only queries are allowed; Neo4j says this query changes the schema or runs an administration command/,
  ],
  ['SHOW INDEXES', 'SHOW INDEXES', /SHOW and administration commands are not allowed/],
  ['a procedure outside the allow-list', 'CALL db.info() YIELD name RETURN name', /procedure db.info is not allowed/],
  [
    'PROFILE (which runs the query)',
    'PROFILE MATCH (n) RETURN count(n)',
    /EXPLAIN, PROFILE and CYPHER options are not allowed/,
  ],
  ['reading accounts', 'MATCH (u:LevermapUser) RETURN u.passwordHash', /accounts and sessions cannot be read/],
];

describe('cypherConsole refuses', () => {
  for (const [what, query, message] of REFUSED) {
    it(`${what}, leaving the graph unchanged`, async () => {
      const before = await snapshot();
      const r = await run(query);
      expect(r.data).toBeNull();
      expect(r.errors).toHaveLength(1);
      expect(r.errors![0]!.message).toMatch(message);
      expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
      expect(await snapshot()).toEqual(before);
    });
  }

  it('a write smuggled in through params, leaving the graph unchanged', async () => {
    const org = await make.organisation({ name: 'Console target' });
    const before = await snapshot();
    const r = await run('MATCH (n:Organisation {id: $id}) SET n.name = $name RETURN n', { id: org, name: 'hacked' });
    expect(r.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'query',
      reason: 'NOT_READ_ONLY',
    });
    expect(await snapshot()).toEqual(before);
    const { organisation } = await gqlOk(`query($id: ID!) { organisation(id: $id) { name } }`, { id: org });
    expect(organisation.name).toBe('Console target');
  });
});

describe('cypherConsole runs reads', () => {
  it('returns rows, columns and the nodes and edges they hold', async () => {
    const org = await make.organisation({ name: 'Console test council' });
    const ini = await make.initiative();
    await make.lever(org, ini, 'SIDEWARD');
    await make.lever(org, ini, 'DOWNWARD');
    const started = performance.now();
    const r = await gqlOk(CONSOLE, {
      q: 'MATCH (o:Organisation {id: $id})-[r:LEVER]->(i:Initiative {id: $ini}) RETURN o, r, i, r.lever AS lever ORDER BY lever',
      p: { id: org, ini },
    });
    const wallMs = performance.now() - started;
    const c = r.cypherConsole;
    expect(c.columns).toEqual(['o', 'r', 'i', 'lever']);
    expect(c.rows.map((x: { lever: string }) => x.lever)).toEqual(['DOWNWARD', 'SIDEWARD']);
    expect(c.rows[0].o.properties.name).toBe('Console test council');
    expect(c.truncated).toBe(false);
    expect(c.nodes).toEqual([
      { id: org, type: 'Organisation' },
      { id: ini, type: 'Initiative' },
    ]);
    expect(c.edges).toEqual(
      ['DOWNWARD', 'SIDEWARD'].map((l) => ({
        id: `LEVER:${org}:${ini}:${l}`,
        source: org,
        target: ini,
        type: 'LEVER',
      })),
    );
    // The server's own timing of the query: a whole number of milliseconds within the request's wall time.
    expect(Number.isInteger(c.elapsedMs)).toBe(true);
    expect(c.elapsedMs).toBeLessThanOrEqual(Math.ceil(wallMs));
  });

  it('allows the listed procedures', async () => {
    const c = (await gqlOk(CONSOLE, { q: 'CALL db.labels() YIELD label RETURN label ORDER BY label' })).cypherConsole;
    expect(c.rows.map((x: { label: string }) => x.label)).toEqual(
      expect.arrayContaining(['Entity', 'Initiative', 'Organisation']),
    );
  });

  it('stops a cartesian product over the graph at the row cap and says so', async () => {
    const before = await snapshot();
    const c = (
      await gqlOk(CONSOLE, {
        q: 'MATCH (a:Entity), (b:Entity), (c:Entity) RETURN a.id AS a, b.id AS b, c.id AS c',
        m: 50,
      })
    ).cypherConsole;
    expect({ rows: c.rows.length, truncated: c.truncated }).toEqual({ rows: 50, truncated: true });
    expect(await snapshot()).toEqual(before);
  });

  it('stops an aggregated cartesian product by the timeout with a clear error', async () => {
    const before = await snapshot();
    const r = await run(
      'MATCH (a:Entity), (b:Entity), (c:Entity), (d:Entity) WHERE a.name + b.name + c.name + d.name = "x" RETURN count(*) AS n',
      null,
      1000,
    );
    expect(r.errors?.[0]).toMatchObject({
      message: 'the query took too long and was stopped',
      extensions: { code: 'TIMEOUT' },
    });
    expect(await snapshot()).toEqual(before);
  });

  it('checks its limits, naming the field', async () => {
    expect((await run('RETURN 1', null, 999_999)).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'timeoutMs',
    });
    expect((await run('RETURN 1', null, 1000, 0)).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'maxRows',
    });
    expect((await gql(CONSOLE, { q: 'RETURN $x', p: [1, 2] })).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'params',
    });
    expect((await run('MATCH (n RETURN n')).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('refuses a generic query that could reach accounts, sessions, drafts or the audit trail', async () => {
    const r = await run(
      'MATCH (n) WHERE NOT n:Entity RETURN n, properties(n) AS p, [k IN keys(n) | n[k]] AS vs',
      null,
      5000,
    );
    expect(r.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', reason: 'UNANCHORED' } });
    const hashes = await db.read('analysis/console-secrets');
    expect((hashes[0]!.secrets as string[]).length).toBeGreaterThan(0);
    for (const s of hashes[0]!.secrets as string[]) expect(JSON.stringify(r)).not.toContain(s);
  });
});
