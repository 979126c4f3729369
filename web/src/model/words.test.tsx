/**
 * Plain words: the helpers every page writes counts, articles and curators' notes through, the table's view in
 * the URL, and a scan of every page's source text for the bad forms readers met ("Nhs", "Add a organisation",
 * "1 nodes", bare framework codes, "003:L81").
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NO_TABLE_FILTERS, parseTableView, tableViewQuery } from '../../../model/table-view.js';
import {
  ALIGNMENT_FLAG,
  codes,
  FRAMEWORK_ELEMENT,
  humanise,
  labelOf,
  ORGANISATION_TYPE,
  PLACE_KIND,
} from '../../../model/vocabulary.js';
import { headline } from '../views/TablePage.js';
import { parseUrl, table, toUrl } from './url.js';
import { article, plural, readerText } from './words.js';

describe('plural and article', () => {
  it('counts in the right number', () => {
    expect(plural(1, 'node')).toBe('1 node');
    expect(plural(2, 'node')).toBe('2 nodes');
    expect(plural(0, 'link')).toBe('no links');
    expect(plural(1, 'community voice', 'community voices')).toBe('1 community voice');
  });
  it('chooses "a" or "an" by sound', () => {
    expect(article('organisation')).toBe('an organisation');
    expect(article('initiative')).toBe('an initiative');
    expect(article('partnership')).toBe('a partnership');
    expect(article('target group')).toBe('a target group');
    expect(article('NHS provider')).toBe('an NHS provider');
    expect(article('VCSE organisation')).toBe('a VCSE organisation');
    expect(article('university')).toBe('a university');
  });
});

describe('codes in words', () => {
  it('keeps NHS, VCSE and LA in capitals, even for a code this build does not know', () => {
    expect(humanise('NHS_COMMISSIONER')).toBe('NHS commissioner');
    expect(humanise('VCSE')).toBe('VCSE');
    expect(humanise('LA_AREA')).toBe('LA area');
    expect(humanise('FRAMEWORK_ELEMENT')).toBe('Framework element');
    expect(labelOf(ORGANISATION_TYPE, 'NHS_COMMISSIONER')).toBe('NHS commissioner');
    expect(labelOf(PLACE_KIND, 'LA_AREA')).toBe('Local authority area');
  });
  it('names every framework element in words', () => {
    for (const e of codes(FRAMEWORK_ELEMENT)) expect(FRAMEWORK_ELEMENT[e].label).not.toMatch(/^E\d+/);
  });
  it("turns a curator's shorthand into words a reader follows", () => {
    expect(readerText('a downward lever by the definition at L231.')).toBe(
      'A downward lever by the definition at line 231.',
    );
    expect(readerText("Curator's inference: checked against 003:L81")).toBe('Checked against document 003, line 81');
    expect(readerText('read with L88-L92')).toBe('Read with lines 88 to 92');
  });
});

describe('the table view in the URL', () => {
  it('prints and parses the whole view, so a shared link reopens it', () => {
    const v = table({
      place: 'place-gateshead',
      lacking: ['DOWNWARD', 'UPWARD'],
      levers: { DOWNWARD: [], SIDEWARD: ['NOT_RECORDED', 'ABSENT'], UPWARD: [] },
      flags: ['SINGLE_SPONSOR'],
      element: 'E7',
      sort: 'FLAGS',
      descending: true,
      page: 3,
      asOf: '2016',
    });
    const url = toUrl(v);
    expect(url).toBe(
      '/table?place=place-gateshead&flag=SINGLE_SPONSOR&sideward=NOT_RECORDED,ABSENT&lacking=DOWNWARD,UPWARD&element=E7&asOf=2016&sort=FLAGS&desc=1&page=3',
    );
    const [path, qs] = url.split('?') as [string, string];
    expect(parseUrl(path, `?${qs}`).table).toEqual(v.table);
    expect(toUrl(table())).toBe('/table');
    // The export leaves the page out: it holds every row.
    expect(tableViewQuery(v.table, false)).not.toContain('page=');
  });
  it('reports what it does not know, naming the key', () => {
    const { view, problems } = parseTableView(new URLSearchParams('sort=BOGUS&flag=NOPE&asOf=soon'));
    expect(view).toEqual(NO_TABLE_FILTERS);
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual(['asOf', 'flag', 'sort']);
  });
  it('says how many lack each lever, in words', () => {
    const byLeverState = [
      { lever: 'DOWNWARD', state: 'NOT_RECORDED', count: 30 },
      { lever: 'DOWNWARD', state: 'PRESENT', count: 12 },
      { lever: 'UPWARD', state: 'NOT_RECORDED', count: 1 },
      { lever: 'UPWARD', state: 'PRESENT', count: 41 },
    ] as Parameters<typeof headline>[0]['byLeverState'];
    expect(headline({ total: 42, byLeverState })).toBe(
      '42 initiatives; 30 lack a recorded sponsor; 1 lacks a recorded community voice.',
    );
    expect(headline({ total: 0, byLeverState: [] })).toBe('No initiative matches these filters.');
  });
});

/** The text a reader can see in the web app's sources: JSX text and string literals (not imports or class names). */
function sourceTexts(): { file: string; text: string }[] {
  const root = join(import.meta.dirname, '..');
  const out: { file: string; text: string }[] = [];
  const walk = (dir: string) => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) {
        if (f !== 'gql') walk(p);
      } else if (/\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f)) {
        const src = readFileSync(p, 'utf8')
          .split('\n')
          .filter((l) => !/^\s*(import|\*|\/\/|\/\*\*)/.test(l))
          .join('\n');
        out.push({ file: p, text: src });
      }
    }
  };
  walk(root);
  return out;
}

describe('no bad forms in the pages', () => {
  const BAD: [RegExp, string][] = [
    [/\bNhs\b/, 'NHS in capitals'],
    [/\bVcse\b/, 'VCSE in capitals'],
    [/\bLa area\b/, '"Local authority area"'],
    [/\bAdd a \{/, 'article() for "a" or "an"'],
    [/\ba (organisation|initiative|organisation's)\b/i, '"an organisation"'],
    [/\{[^{}]*\.length\} (nodes|links|initiatives|citations)\b/, 'plural() for counts'],
    [/Place map/, '"Place overview": the page draws no map'],
    [/:L\$\{|:L\{/, 'line numbers in words, not "003:L81"'],
    [/curator's inference:/i, "no curators' labels shown to readers"],
  ];
  const texts = sourceTexts();
  it('scans the pages', () => {
    expect(texts.length).toBeGreaterThan(20);
    expect(texts.some((t) => t.file.endsWith('TablePage.tsx'))).toBe(true);
  });
  for (const [re, fix] of BAD)
    it(`has no ${re} (use ${fix})`, () => {
      const hits = texts.filter((t) => re.test(t.text)).map((t) => `${t.file}: ${t.text.match(re)![0]}`);
      expect(hits).toEqual([]);
    });
  it('shows flags by their label, never by code alone', () => {
    for (const f of codes(ALIGNMENT_FLAG)) expect(ALIGNMENT_FLAG[f].label).not.toContain('_');
  });
});
