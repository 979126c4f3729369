/**
 * Board briefs through the HTTP route: a PDF and a DOCX for an initiative, a partnership and a place of the seed,
 * parsed back (the PDF's text with unpdf, the DOCX's text with mammoth) and checked for the title, the dates,
 * the flags with their rules, and numbered citations naming document titles and lines.
 */
import mammoth from 'mammoth';
import { extractText, getDocumentProxy } from 'unpdf';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { RULE_BY_FLAG } from '../../api/features/alignment/rules.js';
import { ALIGNMENT_FLAG, type AlignmentFlag } from '../../model/vocabulary.js';
import { gqlOk } from '../support/helpers.js';
import { SEED } from '../support/seed.js';

const AS_OF = '2016';
const get = (path: string, headers: Record<string, string> = {}) => fetch(`${inject('apiUrl')}${path}`, { headers });

async function pdfText(bytes: ArrayBuffer): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: true });
  return text.replace(/\s+/g, ' ');
}
async function docxText(bytes: ArrayBuffer): Promise<string> {
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return value.replace(/\s+/g, ' ');
}
const TEXT = { pdf: pdfText, docx: docxText } as const;

/** The flags the alignment report raises for an initiative at AS_OF, to check the brief names each with its rule. */
async function flagsOf(id: string): Promise<AlignmentFlag[]> {
  const { alignmentReport } = await gqlOk(
    `{ alignmentReport(asOf: "${AS_OF}", first: 5000) { items { initiative { id } alignment { flags { flag } } } } }`,
  );
  const item = alignmentReport.items.find((i: { initiative: { id: string } }) => i.initiative.id === id);
  return item.alignment.flags.map((f: { flag: AlignmentFlag }) => f.flag);
}

const SUBJECTS = () => [
  { kind: 'initiative', ...SEED.liveWellGateshead },
  { kind: 'partnership', ...SEED.liveWellConsortium },
  { kind: 'place', ...SEED.gateshead },
];

// A loaded machine (the whole-graph report, pdfkit's first fonts) can take a while on the first brief.
const SLOW = 180_000;
let lwgFlags: AlignmentFlag[] = [];
beforeAll(async () => {
  lwgFlags = await flagsOf(SEED.liveWellGateshead.id);
}, SLOW);

describe('board brief', { timeout: SLOW }, () => {
  for (const format of ['pdf', 'docx'] as const)
    for (const kind of ['initiative', 'partnership', 'place'])
      it(`a ${kind} as ${format.toUpperCase()} has its title, dates, flags with rules and numbered citations`, async () => {
        const s = SUBJECTS().find((x) => x.kind === kind)!;
        const res = await get(`/brief/${kind}/${s.id}.${format}?asOf=${AS_OF}`);
        expect(res.status).toBe(200);
        expect(res.headers.get('content-disposition')).toContain(`brief-${s.id}-${AS_OF}.${format}`);
        const text = await TEXT[format](await res.arrayBuffer());
        expect(text).toContain(`Board brief: ${s.name}`);
        const today = new Date().toISOString().slice(0, 10);
        expect(text).toContain(`Made on ${today}. Facts as of ${AS_OF}.`);
        for (const section of [
          'Summary',
          'The lever picture',
          'Legend',
          'Flags and their rules',
          'Gaps',
          'Fragility',
          'Citations',
        ])
          expect(text).toContain(section);
        // Live Well Gateshead is in all three (the consortium delivers it, it is located in Gateshead).
        const flags = lwgFlags;
        expect(flags.length).toBeGreaterThan(0);
        for (const f of flags) {
          expect(text).toContain(ALIGNMENT_FLAG[f].label);
          expect(text).toContain(RULE_BY_FLAG[f].rule.slice(0, 40));
        }
        // Numbered citations with the document's title and line: the seed cites Live Well Gateshead in document 003.
        const { source } = await gqlOk(`{ source(id: "003") { title } }`);
        expect(text).toMatch(/\[1\] [^[]+, line \d+: /);
        expect(text).toContain(`${source.title}, line `);
        // No bare codes in the words a reader sees.
        expect(text).not.toMatch(/\b(DOWNWARD|SIDEWARD|UPWARD|UNSPONSORED_PARTNERSHIP|NO_COMMUNITY_VOICE|PARTIAL)\b/);
      });

  it('says a lever with no backer is not recorded, never a gap', async () => {
    const res = await get(`/brief/place/${SEED.gateshead.id}.pdf?asOf=${AS_OF}`);
    const text = await pdfText(await res.arrayBuffer());
    expect(text).toContain('No lever is confirmed absent by a source.');
    expect(text).toMatch(/Not recorded \(unknown, not gaps\):/);
  });

  it('draws the lever picture with its three lanes and the backers of the initiative', async () => {
    const res = await get(`/brief/initiative/${SEED.liveWellGateshead.id}.svg?asOf=${AS_OF}`);
    expect(res.headers.get('content-type')).toContain('image/svg+xml');
    const svg = await res.text();
    for (const lane of [
      'Sponsors (downward lever), above',
      'Partnerships (sideward lever), beside',
      'Community (upward lever), below',
    ])
      expect(svg).toContain(lane);
    expect(svg).toMatch(/Live Well Gateshead<\/tspan><tspan[^>]*>delivery consortium</);
    // Each name once: the figure draws no label twice.
    expect(svg.match(/Department of Health/g)).toHaveLength(1);
    // A target group is not an upward pusher: with no community voice recorded, the lane below says so, and it
    // is the only lane that does.
    expect(svg).not.toContain('Underserved groups');
    expect(svg.match(/>Not recorded</g)).toHaveLength(1);
    expect(svg).toContain('(unknown, not a gap)');
    expect(svg).toContain('Legend');
  });

  it('refuses an unknown kind, format or id with a clear error, and dates that are not dates', async () => {
    const kind = await get(`/brief/organisation/${SEED.gatesheadCouncil.id}.pdf`);
    expect(kind.status).toBe(400);
    expect((await kind.json()).error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kind' });
    const format = await get(`/brief/initiative/${SEED.liveWellGateshead.id}.rtf`);
    expect((await format.json()).error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'format' });
    const missing = await get('/brief/initiative/ini-nothing-here.pdf');
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.message).toContain('ini-nothing-here');
    const date = await get(`/brief/initiative/${SEED.liveWellGateshead.id}.pdf?asOf=last-year`);
    expect((await date.json()).error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf' });
  });
});
