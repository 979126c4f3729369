import { afterAll, describe, expect, it } from 'vitest';
import { cypherNames } from '../../api/db/cypher.js';
import { migrate } from '../../api/db/migrate.js';
import { NODE_LABELS } from '../../model/vocabulary.js';
import { LINK_RULES } from '../../model/link-rules.js';
import { testDatabase } from '../support/helpers.js';

const db = testDatabase();
afterAll(() => db.close());

const schemaState = async () => ({
  constraints: await db.runText(
    'READ',
    'test',
    'SHOW CONSTRAINTS YIELD name, labelsOrTypes, properties, type RETURN name, labelsOrTypes, properties, type ORDER BY name',
  ),
  indexes: await db.runText(
    'READ',
    'test',
    'SHOW INDEXES YIELD name, type, labelsOrTypes, properties, state RETURN name, type, labelsOrTypes, properties, state ORDER BY name',
  ),
});

describe('schema migrations', () => {
  it('a second run applies nothing and changes no constraint or index', async () => {
    const before = await schemaState();
    const result = await migrate(db);
    expect(result.applied).toEqual([]);
    expect(result.skipped).toEqual(cypherNames('schema').map((n) => n.replace('schema/', '')));
    expect(await schemaState()).toEqual(before);
  });

  it('leaves no domain link without a claimStatus, so statements can test it without a default', async () => {
    const [row] = await db.runText(
      'READ',
      'test',
      'MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS links, count(r.claimStatus) AS claimed',
    );
    expect(row!.links).toBeGreaterThan(0);
    expect(row!.claimed).toBe(row!.links);
  });

  it('has a uniqueness constraint on the id of every label and every relationship type', async () => {
    const { constraints } = await schemaState();
    const unique = constraints.filter((c) => c.type === 'UNIQUENESS' || c.type === 'RELATIONSHIP_UNIQUENESS');
    const covered = new Set(
      unique.filter((c) => (c.properties as string[])[0] === 'id').flatMap((c) => c.labelsOrTypes as string[]),
    );
    for (const l of [...NODE_LABELS, 'Entity', ...Object.keys(LINK_RULES)]) expect(covered.has(l), l).toBe(true);
  });

  it('has an online full-text index over names, aliases and descriptions of every label', async () => {
    const { indexes } = await schemaState();
    const ft = indexes.find((i) => i.name === 'entity_text')!;
    expect(ft).toMatchObject({ type: 'FULLTEXT', state: 'ONLINE', properties: ['name', 'aliases', 'description'] });
    expect([...(ft.labelsOrTypes as string[])].sort()).toEqual([...NODE_LABELS].sort());
  });
});
