/**
 * The question set: asks every question of bench/questions/*.json through the running API over HTTP, as a user
 * would, checks each expectation, and prints right / partly / wrong per question and totals by asker.
 *   LEVERMAP_API_URL=http://localhost:4000/graphql npm run bench:questions [-- --verbose]
 * A question: { id, asker: RESEARCHER|OFFICER|VCSE, question, query, variables, expect: [{ path, contains } or
 * { path, equals }], source: "000:L123" }. A path is dot-separated ("data.search.0.name"); "*" takes every item
 * of a list. `contains` is met when the text (case-insensitive) is in what the path reaches; `equals` compares
 * it as JSON. Assert nothing: the figures are the result.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

const Expectation = z.union([
  z.object({ path: z.string().min(1), contains: z.string().min(1) }).strict(),
  z.object({ path: z.string().min(1), equals: z.unknown() }).strict(),
]);
const Question = z
  .object({
    id: z.string().min(1),
    asker: z.enum(['RESEARCHER', 'OFFICER', 'VCSE']),
    question: z.string().min(1),
    query: z.string().min(1),
    variables: z.record(z.string(), z.unknown()).default({}),
    expect: z.array(Expectation).min(1),
    source: z.string().regex(/^\d{3}:L\d+(-L?\d+)?(, ?\d{3}:L\d+(-L?\d+)?)*$/, 'a citation like 000:L123'),
  })
  .strict();
type Question = z.infer<typeof Question>;
type Score = 'right' | 'partly' | 'wrong';

const DIR = resolve(import.meta.dirname, 'questions');
const URL_ = process.env.LEVERMAP_API_URL ?? `http://localhost:${process.env.PORT ?? 4000}/graphql`;

/** Every value the path reaches ("*" fans out over a list). */
export function reach(value: unknown, path: string): unknown[] {
  let now: unknown[] = [value];
  for (const seg of path.split('.')) {
    now = now.flatMap((v) => {
      if (v === null || v === undefined) return [];
      if (seg === '*') return Array.isArray(v) ? v : [];
      return [(v as Record<string, unknown>)[seg]];
    });
  }
  return now.filter((v) => v !== undefined);
}

export function met(response: unknown, e: z.infer<typeof Expectation>): boolean {
  const got = reach(response, e.path);
  if ('contains' in e) {
    const want = e.contains.toLowerCase();
    return got.some((g) => JSON.stringify(g).toLowerCase().includes(want));
  }
  const want = JSON.stringify(e.equals);
  return got.some((g) => JSON.stringify(g) === want);
}

function readQuestions(): { file: string; q: Question }[] {
  const out: { file: string; q: Question }[] = [];
  for (const file of readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const list = JSON.parse(readFileSync(join(DIR, file), 'utf8'));
    if (!Array.isArray(list)) throw new Error(`${file}: expected a list of questions`);
    list.forEach((raw, i) => {
      const p = Question.safeParse(raw);
      if (!p.success)
        throw new Error(`${file}[${i}]: ${p.error.issues[0]!.path.join('.')}: ${p.error.issues[0]!.message}`);
      out.push({ file, q: p.data });
    });
  }
  const ids = new Set<string>();
  for (const { file, q } of out) {
    if (ids.has(q.id)) throw new Error(`${file}: question id ${q.id} is used twice`);
    ids.add(q.id);
  }
  return out;
}

async function ask(q: Question): Promise<unknown> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (process.env.LEVERMAP_TOKEN) headers.authorization = `Bearer ${process.env.LEVERMAP_TOKEN}`;
  const res = await fetch(URL_, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query: q.query, variables: q.variables }),
  });
  return res.json();
}

async function main() {
  const verbose = process.argv.includes('--verbose');
  const questions = readQuestions();
  const totals = new Map<string, Record<Score, number>>();
  console.log(`${questions.length} questions from ${DIR}, asked of ${URL_}\n`);
  console.log('| id | asker | score | met | question |');
  console.log('|---|---|---|---|---|');
  for (const { q } of questions) {
    const r = await ask(q);
    const errors = (r as { errors?: { message: string }[] }).errors;
    const ok = q.expect.map((e) => met(r, e));
    const n = ok.filter(Boolean).length;
    const score: Score = n === ok.length ? 'right' : n > 0 ? 'partly' : 'wrong';
    const t = totals.get(q.asker) ?? { right: 0, partly: 0, wrong: 0 };
    t[score] += 1;
    totals.set(q.asker, t);
    console.log(`| ${q.id} | ${q.asker} | ${score} | ${n}/${ok.length} | ${q.question.replace(/\|/g, '/')} |`);
    if (verbose && score !== 'right')
      console.log(
        `    missed: ${q.expect
          .filter((_, i) => !ok[i])
          .map((e) => e.path)
          .join(', ')}${errors ? `; errors: ${errors.map((e) => e.message).join('; ')}` : ''}`,
      );
  }
  console.log('\n| asker | right | partly | wrong |');
  console.log('|---|---|---|---|');
  const all: Record<Score, number> = { right: 0, partly: 0, wrong: 0 };
  for (const [asker, t] of [...totals].sort()) {
    console.log(`| ${asker} | ${t.right} | ${t.partly} | ${t.wrong} |`);
    for (const k of ['right', 'partly', 'wrong'] as const) all[k] += t[k];
  }
  console.log(`| all | ${all.right} | ${all.partly} | ${all.wrong} |`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
