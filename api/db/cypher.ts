/** Every Cypher statement lives in cypher/*.cypher; this reads them once, by name ("queries/search"). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CYPHER_DIR = resolve(fileURLToPath(new URL('../../cypher', import.meta.url)));
const cache = new Map<string, string>();

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.cypher') ? [p] : [];
  });
}

export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(join(CYPHER_DIR, `${name}.cypher`), 'utf8').trim().replace(/;\s*$/, '');
    cache.set(name, text);
  }
  return text;
}

/** Splits a schema file into its statements (they end with ';' at the end of a line). */
export function statements(name: string): string[] {
  return readFileSync(join(CYPHER_DIR, `${name}.cypher`), 'utf8')
    .split(/;\s*$/m)
    .map((s) => s.split('\n').filter((l) => !l.trim().startsWith('//')).join('\n').trim())
    .filter(Boolean);
}

export function cypherNames(sub: string): string[] {
  return walk(join(CYPHER_DIR, sub)).map((p) => relative(CYPHER_DIR, p).replace(/\.cypher$/, '')).sort();
}
