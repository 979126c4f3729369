/** The test Neo4j as the global setup started it. */
import { describe, expect, inject, it } from 'vitest';
import { Database } from '../../api/db/database.js';

describe('the local Neo4j', () => {
  it('the running test server has authentication on: a wrong password is refused', async () => {
    const { uri } = inject('neo4j');
    const db = new Database({ uri, user: 'neo4j', password: 'neo4j', database: 'neo4j', queryTimeoutMs: 5_000 });
    await expect(db.verify()).rejects.toMatchObject({ cause: { code: 'Neo.ClientError.Security.Unauthorized' } });
    await db.close();
  });

  it('listens on loopback only', () => {
    expect(inject('neo4j').uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
  });
});
