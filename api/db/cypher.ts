/**
 * Every Cypher statement lives in a .cypher file, read once: by name under cypher/ ("queries/search"), or by the
 * absolute path of a file kept elsewhere (statements only tests or benches run, which the product must not ship).
 * Loading expands a fixed set of macros, so that a rule every statement shares is written once, in cypher/fragments/.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// From the module's own path (a string): in a jsdom test the global URL is not Node's.
export const CYPHER_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../cypher');
const FRAGMENT_DIR = join(CYPHER_DIR, 'fragments');
const NAME = /^[\w-]+(\/[\w-]+)*$/;
const cache = new Map<string, string>();

/**
 * `@validAt(r)`: link r is valid at $asOf; `@started(r)` and `@notEnded(r)` are its two halves. A second argument,
 * a variable or a $parameter, names another date: `@validAt(r, d)`. Each fragment is written for `r` and `$asOf`.
 * `@generic(n)`: node n is a placeholder or a generic class of bodies, not one body.
 * `@event(n)`: node n is an event (attending one together is meeting, not partnership).
 * `@initiativeFilter(i)`: initiative i matches the filter parameters of queries/initiatives ($status,
 * $frameworkElement, ..., $hasLever, $lacksLever), and `@initiativeSource(i)` the initiatives it starts from (a
 * CALL giving i): each written once for the count and for each way of choosing a page.
 */
const MACROS: Readonly<Record<string, { file: string; variable: string }>> = {
  validAt: { file: 'valid-at', variable: 'r' },
  started: { file: 'started', variable: 'r' },
  notEnded: { file: 'not-ended', variable: 'r' },
  generic: { file: 'generic', variable: 'r' },
  event: { file: 'event', variable: 'r' },
  initiativeFilter: { file: 'initiative-filter', variable: 'i' },
  initiativeSource: { file: 'initiative-source', variable: 'i' },
};
const VARIABLE = /^[a-z][A-Za-z0-9]*$/;
const DATE = /^\$?[a-z][A-Za-z0-9]*$/;
const CALL = /@([A-Za-z]\w*)\(([^()]*)\)/g;

function readFragment(file: string): string {
  return readFileSync(join(FRAGMENT_DIR, `${file}.cypher`), 'utf8')
    .split('\n')
    .filter((l) => !l.trim().startsWith('//'))
    .join('\n')
    .trim();
}

/** Expands the macros in `text`; throws on an unknown macro, a bad argument, or an `@` left that is not a call. */
export function expandMacros(text: string, fragment: (file: string) => string = readFragment, depth = 0): string {
  if (depth > 4) throw new Error('Cypher macros nest too deeply');
  const out = text.replace(CALL, (call, macro: string, args: string) => {
    const def = Object.hasOwn(MACROS, macro) ? MACROS[macro] : undefined;
    if (def === undefined)
      throw new Error(
        `unknown Cypher macro ${call}; known: ${Object.keys(MACROS)
          .map((m) => `@${m}`)
          .join(', ')}`,
      );
    const [variable = '', at = '$asOf', ...rest] = args.split(',').map((a) => a.trim());
    if (!VARIABLE.test(variable) || !DATE.test(at) || rest.length)
      throw new Error(`bad arguments in ${call}: expected (variable) or (variable, date)`);
    // The fragment's own variable, wherever it stands as a name (not a parameter or a property).
    const own = new RegExp(`(?<![$.\\w])${def.variable}\\b`, 'g');
    return expandMacros(fragment(def.file), fragment, depth + 1)
      .replace(own, variable)
      .replace(/\$asOf\b/g, at);
  });
  const stray = /@[A-Za-z]\w*/.exec(out);
  if (stray) throw new Error(`unknown Cypher macro syntax near "${out.slice(stray.index, stray.index + 40)}"`);
  return out;
}

function fileOf(name: string): string {
  if (isAbsolute(name)) {
    if (!name.endsWith('.cypher')) throw new Error(`not a .cypher file: ${name}`);
    return name;
  }
  if (!NAME.test(name)) throw new Error(`bad statement name "${name}"`);
  return join(CYPHER_DIR, `${name}.cypher`);
}

/** The statement `name` (see above), macros expanded, without its final ';'. */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = expandMacros(readFileSync(fileOf(name), 'utf8').trim().replace(/;\s*$/, ''));
    cache.set(name, text);
  }
  return text;
}

/** Splits a schema file into its statements (they end with ';' at the end of a line). */
export function statements(name: string): string[] {
  return readFileSync(fileOf(name), 'utf8')
    .split(/;\s*$/m)
    .map((s) =>
      expandMacros(
        s
          .split('\n')
          .filter((l) => !l.trim().startsWith('//'))
          .join('\n')
          .trim(),
      ),
    )
    .filter(Boolean);
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.cypher') ? [p] : [];
  });
}

export function cypherNames(sub: string): string[] {
  return walk(join(CYPHER_DIR, sub))
    .map((p) => relative(CYPHER_DIR, p).replace(/\.cypher$/, ''))
    .sort();
}
