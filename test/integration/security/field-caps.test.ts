/**
 * No field is without a size cap: a contributor cannot store a 100 kB quote, 5,000 aliases or 5,000 citations on one
 * node (the caps are in the zod model, model/schemas.ts). Each is refused with BAD_USER_INPUT naming the field, and
 * nothing is written.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_ALIASES, MAX_CITATIONS, MAX_QUOTE_CHARS } from '../../../model/schemas.js';
import { gql, testDatabase, uniqueId } from '../../support/helpers.js';

const db = testDatabase();
afterAll(() => db.close());

const CREATE = 'mutation($input: OrganisationInput!) { createOrganisation(input: $input) { id } }';
const CITATION = { sourceId: '000', line: 884, quote: 'golden thread' };

async function refused(input: Record<string, unknown>, field: RegExp) {
  const name = input.name as string;
  const r = await gql(CREATE, { input }, { as: 'CONTRIBUTOR' });
  expect(r.data?.createOrganisation ?? null).toBeNull();
  expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(`${r.errors?.[0]?.message} ${JSON.stringify(r.errors?.[0]?.extensions)}`).toMatch(field);
  const [row] = await db.runText('READ', 'test', 'MATCH (n:Organisation {name: $name}) RETURN count(n) AS n', { name });
  expect(row!.n).toBe(0);
}

describe('size caps on every field', () => {
  it(`refuses a 100 kB quote (at most ${MAX_QUOTE_CHARS} characters)`, async () => {
    const quote = 'golden thread '.repeat(7500).trim();
    await refused({ name: uniqueId('caps'), type: 'VCSE', evidence: [{ ...CITATION, quote }] }, /quote/);
  });

  it(`refuses 5,000 aliases (at most ${MAX_ALIASES})`, async () => {
    const aliases = Array.from({ length: 5000 }, (_, k) => `Alias ${k}`);
    await refused({ name: uniqueId('caps'), type: 'VCSE', aliases, evidence: [CITATION] }, /aliases/);
  });

  it(`refuses 5,000 citations on one node (at most ${MAX_CITATIONS})`, async () => {
    const evidence = Array.from({ length: 5000 }, () => CITATION);
    await refused({ name: uniqueId('caps'), type: 'VCSE', evidence }, /evidence/);
  });

  it('still takes a node within the caps', async () => {
    const name = uniqueId('caps');
    const r = await gql(
      CREATE,
      { input: { name, type: 'VCSE', aliases: ['One alias'], evidence: [CITATION] } },
      { as: 'CONTRIBUTOR' },
    );
    expect(r.errors).toBeUndefined();
    await db.runText('WRITE', 'test', 'MATCH (n:Organisation {name: $name}) DETACH DELETE n', { name });
  });
});
