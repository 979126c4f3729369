/**
 * Production settings reach the libraries that read NODE_ENV as they load: with NODE_ENV unset, `npm start`'s
 * entry point imports api/node-env.ts first, so graphql-js runs its production type checks (outside production it
 * inspects every failed type test for a second copy of itself).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// What graphql-js does with an object that only claims to be an object type: production answers false, the
// development build throws ("from another module or realm").
const probe = (first: string) => `
${first}
const g = await import('graphql');
let seen;
try { seen = String(g.isObjectType({ [Symbol.toStringTag]: 'GraphQLObjectType' })); } catch { seen = 'development checks'; }
console.log(process.env.NODE_ENV + ' ' + seen);`;

function run(first: string, env: Record<string, string | undefined>): string {
  const { NODE_ENV: _, ...rest } = process.env;
  return execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', probe(first)], {
    env: { ...rest, ...env },
    encoding: 'utf8',
  }).trim();
}

describe('NODE_ENV for the libraries', () => {
  it('is production when unset, so graphql-js loads its production checks', () => {
    expect(run("await import('./api/node-env.ts');", {})).toBe('production false');
  });

  it('without it graphql-js would run its development checks (what the import prevents)', () => {
    expect(run('', {})).toBe('undefined development checks');
  });

  it('keeps a NODE_ENV that is set', () => {
    expect(run("await import('./api/node-env.ts');", { NODE_ENV: 'development' })).toBe(
      'development development checks',
    );
  });

  it("is the first import of npm start's entry point", () => {
    const first = readFileSync(new URL('../../api/main.ts', import.meta.url), 'utf8').match(/^import .*$/m)?.[0];
    expect(first).toBe("import './node-env.js';");
  });
});
