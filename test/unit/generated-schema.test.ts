import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generate, GENERATED_SCHEMA } from '../../scripts/gen-graphql.js';

describe('generated GraphQL schema', () => {
  it('matches the zod model (run `npx tsx scripts/gen-graphql.ts` after changing the model)', () => {
    expect(readFileSync(GENERATED_SCHEMA, 'utf8')).toBe(generate());
  });
});
