import { afterAll, describe, expect, it } from 'vitest';
import { loadSeed } from '../../api/features/seed/load.js';
import { testDatabase } from '../support/helpers.js';

const db = testDatabase();
afterAll(() => db.close());

const snapshot = async () =>
  (
    await db.runText(
      'READ',
      'test',
      `MATCH (n:Entity) WITH count(n) AS nodes, sum(n.version) AS nv
   MATCH ()-[r]->() RETURN nodes, nv, count(r) AS rels, sum(r.version) AS rv`,
    )
  )[0];

describe('loading the seed', () => {
  it('is idempotent: loading it again creates and changes nothing', async () => {
    const before = await snapshot();
    const r = await loadSeed(db);
    expect(r.nodes).toBeGreaterThan(0);
    expect(await snapshot()).toEqual(before);
  });

  it('never overwrites a node someone has edited', async () => {
    const [n] = await db.runText('READ', 'test', 'MATCH (n:Initiative) RETURN n.id AS id, n.name AS name LIMIT 1');
    await db.runText('WRITE', 'test', 'MATCH (n:Entity {id: $id}) SET n.name = $name', {
      id: n!.id,
      name: 'Edited by a user',
    });
    await loadSeed(db);
    const [after] = await db.runText('READ', 'test', 'MATCH (n:Entity {id: $id}) RETURN n.name AS name', { id: n!.id });
    expect(after!.name).toBe('Edited by a user');
    await db.runText('WRITE', 'test', 'MATCH (n:Entity {id: $id}) SET n.name = $name', { id: n!.id, name: n!.name });
  });

  it('stores line numbers as integers and quotes as text', async () => {
    const [row] = await db.runText(
      'READ',
      'test',
      `MATCH ()-[r:LEVER]->() WITH r LIMIT 1 RETURN valueType(r.evLine) AS lines, valueType(r.evQuote) AS quotes`,
    );
    expect(row).toEqual({ lines: 'LIST<INTEGER NOT NULL> NOT NULL', quotes: 'LIST<STRING NOT NULL> NOT NULL' });
  });
});
