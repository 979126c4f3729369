/**
 * The console's scope is decided on Neo4j's plan, not on the query text: accounts, sessions, workspaces, drafts
 * and the audit trail stay out of reach whatever the variables are called (Unicode, backtick-quoted, escaped)
 * and however the query gets there (WHERE n:Label, label expressions, dynamic labels, parameters, CALL
 * subqueries, UNION, WITH chains, counts, schema procedures). Queries of the shared graph written the same ways
 * still run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrgAndInitiative, gql, gqlOk, testDatabase, uniqueId } from '../../support/helpers.js';
import { PRIVATE_LABELS } from '../../../api/features/console/console.js';

const db = testDatabase();
const CONSOLE = `query($q: String!, $p: JSON) { cypherConsole(query: $q, params: $p) { columns rows truncated } }`;
const run = (q: string, p: Record<string, unknown> | null = null, as: 'ANONYMOUS' | 'ADMIN' = 'ANONYMOUS') =>
  gql(CONSOLE, { q, p }, { as });
const SECRET = uniqueId('secret-draft-body');
const AUTHOR = uniqueId('secret-author');
const cleanup: string[] = [];
const workspace = uniqueId('ws');
const draft = uniqueId('draft');

beforeAll(async () => {
  // Private data of every kind: a workspace with a draft, audit entries and snapshots (from a create), accounts.
  await createOrgAndInitiative(cleanup, {
    org: 'Console Scope Org',
    orgType: 'VCSE',
    initiative: 'Console Scope Initiative',
  });
  await db.runText(
    'WRITE',
    'test',
    `CREATE (:LevermapWorkspace {id: $w, name: 'private', members: [$a], createdBy: $a})
    CREATE (:Draft {id: $d, workspace: $w, data: $s, createdBy: $a})`,
    { w: workspace, d: draft, s: SECRET, a: AUTHOR },
  );
});
afterAll(async () => {
  await db.runText(
    'WRITE',
    'test',
    'MATCH (n) WHERE (n:Draft AND n.id = $d) OR (n:LevermapWorkspace AND n.id = $w) OR (n:Entity AND n.id IN $ids) DETACH DELETE n',
    { d: draft, w: workspace, ids: cleanup },
  );
  await db.close();
});

/** What must never appear in a console answer: drafts, their authors, audit users, hashes. */
async function secrets(): Promise<string[]> {
  const [row] = await db.read('analysis/console-secrets');
  return [SECRET, AUTHOR, 'test-admin', 'test-contributor', ...(row!.secrets as string[])];
}

const BYPASSES: [string, string, Record<string, unknown> | null][] = [
  ['a non-ASCII variable', 'MATCH (é:Draft) RETURN é.data, é.createdBy', null],
  ['a Greek variable', 'MATCH (λ:LevermapWorkspace) RETURN λ.members', null],
  ['a backtick-quoted variable with a space', 'MATCH (`a b`:AuditEntry) RETURN `a b`.user', null],
  ['a backtick-quoted variable with an escaped backtick', 'MATCH (`x``y`:AuditEntry) RETURN `x``y`.user', null],
  ['a backtick-quoted variable holding a colon', 'MATCH (`x:Entity`:AuditEntry) RETURN `x:Entity`.user', null],
  ['a backtick-quoted label', 'MATCH (n:`Draft`) RETURN n.data', null],
  ['a label in WHERE', 'MATCH (n) WHERE n:AuditEntry RETURN n.user', null],
  ['labels() in WHERE', "MATCH (n) WHERE 'Draft' IN labels(n) RETURN n.data", null],
  ['a negated label', 'MATCH (n:!Entity) RETURN n.data, n.user', null],
  ['a wildcard label', 'MATCH (n:%) WHERE n.data IS NOT NULL RETURN n.data', null],
  ['a label disjunction', 'MATCH (n:Entity|AuditEntry) RETURN n.user', null],
  ['a dynamic label from a parameter', 'MATCH (n:$($l)) RETURN n.data', { l: 'Draft' }],
  ['a dynamic label with $any', 'MATCH (n:$any($l)) RETURN n.user', { l: ['AuditEntry'] }],
  ['a parameter compared to labels', 'MATCH (n) WHERE $l IN labels(n) RETURN n.data', { l: 'Draft' }],
  ['a CALL subquery', 'CALL () { MATCH (a:AuditEntry) RETURN a.user AS u } RETURN u', null],
  [
    'a correlated CALL subquery',
    'MATCH (i:Initiative) WITH i LIMIT 1 CALL (i) { MATCH (d:Draft) RETURN d.data AS x } RETURN x',
    null,
  ],
  ['a UNION', 'MATCH (n:Initiative) RETURN n.name AS x UNION MATCH (d:Draft) RETURN d.data AS x', null],
  [
    'a UNION ALL',
    'MATCH (n:Initiative) RETURN n.name AS x UNION ALL MATCH (`é`:LevermapWorkspace) RETURN `é`.createdBy AS x',
    null,
  ],
  [
    'a WITH chain',
    'MATCH (n:Initiative) WITH n LIMIT 1 WITH n MATCH (s:AuditSnapshot) RETURN properties(s) AS p',
    null,
  ],
  [
    'a lookup by element id',
    'MATCH (n:Initiative) WITH n LIMIT 1 MATCH (m) WHERE elementId(m) = $id RETURN m',
    { id: '4:x:1' },
  ],
  ['a lookup by id', 'MATCH (m) WHERE id(m) IN range(0, 5000) RETURN m.user, m.data', null],
  ['a count of a private label', 'MATCH (a:AuditEntry) RETURN count(a) AS n', null],
  ['a COUNT subquery', 'RETURN COUNT { MATCH (d:Draft) } AS n', null],
  [
    'an EXISTS subquery',
    'MATCH (i:Initiative) WHERE EXISTS { MATCH (a:AuditEntry {targetId: i.id}) } RETURN i.id',
    null,
  ],
  [
    'a pattern comprehension',
    'MATCH (i:Initiative) RETURN [(a:AuditEntry) WHERE a.targetId = i.id | a.user] AS users',
    null,
  ],
  ['an audit relationship type', 'MATCH ()-[r:AFTER]->(s) RETURN properties(s) AS p', null],
  ['an audit relationship from an unlabelled node', 'MATCH (a)-[:BEFORE]->(s) RETURN a.user', null],
  ['an unlabelled relationship scan', 'MATCH (a)-[r]->(b) RETURN a.user, b.data LIMIT 10', null],
  ['an OPTIONAL MATCH on a private label', 'OPTIONAL MATCH (d:Draft) RETURN d.data', null],
  [
    'a shortest path from a private node',
    'MATCH (a:AuditEntry), (i:Initiative) MATCH p = shortestPath((a)-[*]-(i)) RETURN p',
    null,
  ],
];

describe('the console refuses, whatever the variables are called', () => {
  for (const [what, query, params] of BYPASSES) {
    it(`${what}: ${query}`, async () => {
      const r = await run(query, params);
      const text = JSON.stringify(r);
      for (const s of await secrets()) expect(text).not.toContain(s);
      expect(r.data).toBeNull();
      expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  }

  it('a backtick-quoted label with an escape sequence, which Neo4j either refuses or reads as the private label', async () => {
    const r = await run('MATCH (n:`Dr\\u0061ft`) RETURN n.data');
    for (const s of await secrets()) expect(JSON.stringify(r)).not.toContain(s);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('leaves private labels, types and keys out of the schema procedures', async () => {
    for (const q of [
      'CALL db.labels() YIELD label RETURN label',
      'CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType',
      'CALL db.schema.nodeTypeProperties()',
      'CALL db.schema.relTypeProperties()',
      'CALL db.schema.visualization()',
      'CALL db.propertyKeys()',
    ]) {
      const r = await gqlOk(CONSOLE, { q });
      const text = JSON.stringify(r);
      for (const name of [
        'LevermapUser',
        'LevermapSession',
        'LevermapWorkspace',
        'Draft',
        'AuditEntry',
        'AuditSnapshot',
        'passwordHash',
        'tokenHash',
        'REMOVED_LINK',
      ]) {
        expect(text, `${q} names ${name}`).not.toMatch(new RegExp(`\\b${name}\\b`));
      }
    }
    const labels = (await gqlOk(CONSOLE, { q: 'CALL db.labels() YIELD label RETURN label' })).cypherConsole.rows.map(
      (x: { label: string }) => x.label,
    );
    expect(labels).toEqual(expect.arrayContaining(['Entity', 'Initiative', 'Organisation']));
  });

  it('has nothing private to expand into: no relationship joins a private node to an Entity', async () => {
    const [row] = await db.runText(
      'READ',
      'test',
      'MATCH (e:Entity)-[r]-(p) WHERE any(l IN labels(p) WHERE l IN $private) RETURN count(r) AS n',
      { private: [...PRIVATE_LABELS] },
    );
    expect(row!.n).toBe(0);
    // The console either refuses the query (the planner may start from the unlabelled end) or finds only public
    // neighbours (a document's passages).
    const r = await run('MATCH (e:Entity)-[r]-(x) WHERE NOT x:Entity RETURN x, properties(x) AS p LIMIT 5');
    const text = JSON.stringify(r);
    for (const s of await secrets()) expect(text).not.toContain(s);
    for (const l of PRIVATE_LABELS) expect(text).not.toContain(l);
    if (r.errors) expect(r.errors[0]!.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('the console still reads the shared graph written the same ways', () => {
  const OK: [string, string, Record<string, unknown> | null, number][] = [
    ['a non-ASCII variable', 'MATCH (é:Initiative) RETURN é.name AS name LIMIT 3', null, 3],
    [
      'backtick-quoted names',
      'MATCH (`a b`:Organisation)-[`r``s`:LEVER]->(`i`:Initiative) RETURN `a b`.name AS o, `r``s`.lever AS l LIMIT 3',
      null,
      3,
    ],
    ['a parameter', 'MATCH (o:Organisation {id: $id}) RETURN o.name AS name', { id: 'org-gateshead-council' }, 1],
    [
      'a CALL subquery',
      'MATCH (o:Organisation {id: $id}) CALL (o) { MATCH (o)-[:LEVER]->(i:Initiative) RETURN count(i) AS n } RETURN n',
      { id: 'org-gateshead-council' },
      1,
    ],
    [
      'a UNION',
      'MATCH (n:Initiative) RETURN n.id AS x LIMIT 1 UNION MATCH (p:Place) RETURN p.id AS x LIMIT 1',
      null,
      2,
    ],
    [
      'a WITH chain',
      'MATCH (n:Organisation) WITH n ORDER BY n.id LIMIT 2 WITH n MATCH (n)-[r]->(m) RETURN n.id, type(r), labels(m) LIMIT 2',
      null,
      2,
    ],
    ['a count', 'MATCH (n:Entity) RETURN count(n) AS n', null, 1],
    ['an untyped expansion from a label', 'MATCH (n:Initiative)-[r]-(m) RETURN labels(m) AS l LIMIT 2', null, 2],
  ];
  for (const [what, q, p, rows] of OK) {
    it(what, async () => {
      const r = await gql(CONSOLE, { q, p }, { as: 'ANONYMOUS' });
      expect(r.errors).toBeUndefined();
      expect(r.data!.cypherConsole.rows).toHaveLength(rows);
    });
  }
});
