/** The test Neo4j as the global setup started it. */
import { describe, expect, inject, it } from 'vitest';

describe('the local Neo4j', () => {
  it('the running test server has authentication on: a wrong password is refused', async () => {
    const { default: neo4j } = await import('neo4j-driver');
    const { uri } = inject('neo4j');
    const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'neo4j'));
    await expect(driver.verifyConnectivity()).rejects.toMatchObject({ code: 'Neo.ClientError.Security.Unauthorized' });
    await driver.close();
  });

  it('listens on loopback only', () => {
    expect(inject('neo4j').uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
  });
});
