/**
 * What a board brief says, built from the alignment facts of the initiatives it covers. Pure: collect.ts reads
 * the facts, and pdf.ts and docx.ts lay out the same content, so both formats say the same thing.
 *
 * Words, not codes: lever, status and flag words come from model/vocabulary.ts and model/lever-look.ts. A lever
 * with no backer recorded is "not recorded", never a gap: only a lever a source confirms absent is a gap.
 */
import type { Citation } from '../../../model/citation.js';
import { LEVER_LOOK } from '../../../model/lever-look.js';
import {
  ALIGNMENT_FLAG,
  ALIGNMENT_STATUS,
  FLAG_KIND,
  INITIATIVE_STATUS,
  LEVER,
  LEVERS,
  type AlignmentStatus,
  type Lever,
} from '../../../model/vocabulary.js';
import type { AlignmentView } from '../alignment/alignment.js';
import type { FactLink, FactRef, InitiativeFacts } from '../alignment/facts.js';
import { withdraw } from '../alignment/fragility.js';

export const BRIEF_KINDS = { initiative: 'Initiative', partnership: 'Partnership', place: 'Place' } as const;
export type BriefKind = keyof typeof BRIEF_KINDS;

export interface BriefSubject {
  kind: BriefKind;
  id: string;
  name: string;
  placeholder: boolean;
  evidence: Citation[];
}
export interface BriefInitiative {
  facts: InitiativeFacts;
  alignment: AlignmentView;
}
export interface BriefInput {
  subject: BriefSubject;
  initiatives: BriefInitiative[];
  /** The day the brief was made, YYYY-MM-DD. */
  generated: string;
  asOf: string;
  /** Document titles by source id. */
  titles: ReadonlyMap<string, string>;
}

/** One box in a lane of the lever picture: a backer, with how many initiatives it backs there. */
export interface FigureBacker {
  name: string;
  opposes: boolean;
  initiatives: number;
  placeholder: boolean;
}
export interface LeverFigure {
  centre: string;
  lanes: Record<Lever, { backers: FigureBacker[]; more: number; state: 'RECORDED' | 'NOT_RECORDED' }>;
}
export interface BriefCitation {
  n: number;
  sourceId: string;
  title: string;
  line: number;
  quote: string;
}
export interface BriefFlag {
  label: string;
  kind: string;
  rule: string;
  why: string;
  /** The initiatives that raise it, with what triggered it there. */
  where: { initiative: string; detail: string; cites: number[] }[];
  /** Citations of the passages that motivate the rule. */
  ruleCites: number[];
}
export interface BriefContent {
  title: string;
  kindLabel: string;
  generated: string;
  asOf: string;
  summary: string[];
  figure: LeverFigure;
  legend: { mark: string; words: string }[];
  flags: BriefFlag[];
  gaps: string[];
  notRecorded: string[];
  fragility: string[];
  citations: BriefCitation[];
}

/** Most names in one lane of the picture; the rest are counted. */
export const LANE_MAX = 6;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const statusWords = (s: AlignmentStatus) => ALIGNMENT_STATUS[s].label.toLowerCase();
/** A label inside a sentence: its first letter lower-case, unless the word is an acronym (VCSE, NHS). */
const inSentence = (label: string) => (/^[A-Z][a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label);
const listWords = (xs: string[]) =>
  xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;

/** Numbers citations in the order they are first used; the same document line and quote keeps its number. */
class Citations {
  readonly list: BriefCitation[] = [];
  private readonly seen = new Map<string, number>();
  constructor(private readonly titles: ReadonlyMap<string, string>) {}
  cite(cs: readonly Citation[]): number[] {
    return cs.map((c) => {
      const key = `${c.sourceId}\u0000${c.line}\u0000${c.quote}`;
      let n = this.seen.get(key);
      if (n === undefined) {
        n = this.list.length + 1;
        this.seen.set(key, n);
        this.list.push({
          n,
          sourceId: c.sourceId,
          title: this.titles.get(c.sourceId) ?? `Document ${c.sourceId}`,
          line: c.line,
          quote: c.quote,
        });
      }
      return n;
    });
  }
}

function figureOf(input: BriefInput): LeverFigure {
  const lanes = {} as LeverFigure['lanes'];
  for (const lever of LEVERS) {
    const byBacker = new Map<string, FigureBacker & { id: string }>();
    for (const { facts } of input.initiatives)
      for (const l of facts.levers.filter((x) => x.lever === lever)) {
        const b = byBacker.get(l.from.id) ?? {
          id: l.from.id,
          name: l.from.name,
          opposes: false,
          initiatives: 0,
          placeholder: l.from.placeholder,
        };
        b.initiatives += 1;
        b.opposes ||= l.stance === 'OPPOSES';
        byBacker.set(l.from.id, b);
      }
    const all = [...byBacker.values()].sort((a, b) => b.initiatives - a.initiatives || a.name.localeCompare(b.name));
    lanes[lever] = {
      backers: all.slice(0, LANE_MAX).map(({ id: _id, ...b }) => b),
      more: Math.max(0, all.length - LANE_MAX),
      state: all.length ? 'RECORDED' : 'NOT_RECORDED',
    };
  }
  return { centre: input.subject.name, lanes };
}

export const LEGEND: { mark: string; words: string }[] = [
  ...LEVERS.map((l) => ({
    mark: `${LEVER_LOOK[l].line} line`,
    words: `${LEVER[l].label} lever: ${LEVER_LOOK[l].who} (${LEVER_LOOK[l].lane.split(', ')[1]}).`,
  })),
  { mark: 'red box', words: 'Opposes: the backer works against it.' },
  { mark: 'grey dotted box', words: 'Not recorded: the sources name no backer on this lever (unknown, not a gap).' },
  { mark: '(×N)', words: 'The backer backs N of the initiatives in this brief.' },
];

const enabling = (f: InitiativeFacts, lever: Lever) =>
  f.levers.filter((l) => l.lever === lever && l.stance === 'ENABLES');

function initiativeSummary(i: BriefInitiative): string[] {
  const a = i.alignment;
  const name = i.facts.name;
  if (a.status === 'UNKNOWN')
    return [
      `The sources record no sponsor, partnership or community voice behind ${name}, as of ${a.asOf}. ` +
        'This is unknown, not a gap: nothing is known either way.',
    ];
  const parts = LEVERS.map((l) => {
    const k = enabling(i.facts, l).length;
    return k ? plural(k, LEVER_LOOK[l].noun, LEVER_LOOK[l].nouns) : `no ${LEVER_LOOK[l].noun} recorded`;
  });
  const out = [`${name} is ${statusWords(a.status)} as of ${a.asOf}: ${listWords(parts)}.`];
  const who = LEVERS.flatMap((l) => {
    const names = [...new Set(enabling(i.facts, l).map((x) => x.from.name))];
    return names.length ? [`${LEVER[l].label} backing comes from ${listWords(names)}.`] : [];
  });
  out.push(...who);
  const opp = [...new Set(i.facts.levers.filter((l) => l.stance === 'OPPOSES').map((l) => l.from.name))];
  if (opp.length) out.push(`${listWords(opp)} ${opp.length === 1 ? 'works' : 'work'} against it.`);
  if (a.flags.length)
    out.push(
      `It raises ${plural(a.flags.length, 'flag', 'flags')}: ${listWords(a.flags.map((f) => inSentence(ALIGNMENT_FLAG[f.flag].label)))}.`,
    );
  else out.push('It raises no flag.');
  return out;
}

function groupSummary(input: BriefInput, lead: string): string[] {
  const n = input.initiatives.length;
  if (!n) return [`${lead} no initiative, as of ${input.asOf}.`];
  const by = new Map<AlignmentStatus, number>();
  for (const i of input.initiatives) by.set(i.alignment.status, (by.get(i.alignment.status) ?? 0) + 1);
  const counts = (['ALIGNED', 'PARTIAL', 'CONTESTED', 'UNKNOWN'] as const)
    .filter((s) => by.get(s))
    .map((s) => (s === 'UNKNOWN' ? `${by.get(s)} with no lever recorded` : `${by.get(s)} ${statusWords(s)}`));
  const out = [`${lead} ${plural(n, 'initiative', 'initiatives')}, as of ${input.asOf}: ${listWords(counts)}.`];
  const flagCount = new Map<string, number>();
  for (const i of input.initiatives)
    for (const f of i.alignment.flags) flagCount.set(f.flag, (flagCount.get(f.flag) ?? 0) + 1);
  const top = [...flagCount.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3);
  if (top.length)
    out.push(
      `The most common flags are ${listWords(
        top.map(
          ([f, k]) =>
            `${inSentence(ALIGNMENT_FLAG[f as keyof typeof ALIGNMENT_FLAG].label)} (${plural(k, 'initiative', 'initiatives')})`,
        ),
      )}.`,
    );
  else out.push('None of them raises a flag.');
  for (const l of LEVERS) {
    const without = input.initiatives.filter(
      (i) => i.alignment.status !== 'UNKNOWN' && !enabling(i.facts, l).length,
    ).length;
    if (without)
      out.push(
        `${plural(without, 'initiative has', 'initiatives have')} levers recorded but no ${LEVER_LOOK[l].noun} recorded.`,
      );
  }
  return out;
}

const STATUS_CODE = new RegExp(`\\b(${Object.keys(INITIATIVE_STATUS).join('|')})\\b`, 'g');
/** A rule's detail in words: an initiative status code in it as its words ("status At risk" reads "status at risk"). */
export const plainDetail = (s: string) =>
  s
    .replace(STATUS_CODE, (code) => INITIATIVE_STATUS[code as keyof typeof INITIATIVE_STATUS].label.toLowerCase())
    .replace(/\b1 lever link\(s\)/g, '1 lever link')
    .replace(/lever link\(s\)/g, 'lever links');

/** Levers with exactly one enabling backer: losing that one backer loses the lever. */
function soleBackers(i: BriefInitiative): { lever: Lever; backer: FactRef }[] {
  return LEVERS.flatMap((lever) => {
    const bs = [...new Map(enabling(i.facts, lever).map((l) => [l.from.id, l.from])).values()];
    return bs.length === 1 ? [{ lever, backer: bs[0]! }] : [];
  });
}

function fragilityOf(input: BriefInput): string[] {
  const out: string[] = [];
  if (input.subject.kind === 'partnership') {
    const ids = new Set([input.subject.id]);
    const losing = input.initiatives.filter((i) => {
      const after = withdraw(i.facts, ids);
      return LEVERS.some((l) => enabling(i.facts, l).length > 0 && enabling(after, l).length === 0);
    });
    out.push(
      losing.length
        ? `If ${input.subject.name} withdrew, ${plural(losing.length, 'initiative', 'initiatives')} would lose a lever: ${listWords(losing.map((i) => i.facts.name))}.`
        : `If ${input.subject.name} withdrew, no initiative would lose a lever.`,
    );
  }
  for (const i of input.initiatives)
    for (const { lever, backer } of soleBackers(i))
      out.push(`${i.facts.name} depends on ${backer.name} alone for its ${LEVER_LOOK[lever].noun}.`);
  if (!out.length) out.push('No initiative here depends on a single backer for a lever.');
  return out;
}

function flagsOf(input: BriefInput, cites: Citations): BriefFlag[] {
  const out = new Map<string, BriefFlag>();
  for (const i of input.initiatives)
    for (const f of i.alignment.flags) {
      let b = out.get(f.flag);
      if (!b) {
        b = {
          label: ALIGNMENT_FLAG[f.flag].label,
          kind: FLAG_KIND[f.kind].label,
          rule: f.rule,
          why: f.why,
          where: [],
          ruleCites: cites.cite(f.sources),
        };
        out.set(f.flag, b);
      }
      b.where.push({
        initiative: i.facts.name,
        detail: plainDetail(f.detail),
        cites: cites.cite(f.triggers.flatMap((t: FactLink) => t.evidence.slice(0, 1))),
      });
    }
  return [...out.values()];
}

export function briefContent(input: BriefInput): BriefContent {
  const cites = new Citations(input.titles);
  const { subject } = input;
  const kindLabel = subject.kind === 'initiative' ? 'an initiative' : `a ${subject.kind}`;
  const summary =
    subject.kind === 'initiative'
      ? initiativeSummary(input.initiatives[0]!)
      : groupSummary(
          input,
          subject.kind === 'partnership'
            ? `${subject.name} backs, commissions, delivers or funds`
            : `${subject.name} (with the places within it) has`,
        );
  // The subject's own citations first, then the lever links drawn, then each flag's triggers and rule.
  cites.cite(subject.evidence);
  for (const { facts } of input.initiatives) for (const l of facts.levers) cites.cite(l.evidence.slice(0, 1));
  const flags = flagsOf(input, cites);
  const notRecorded: string[] = [];
  for (const i of input.initiatives) {
    if (i.alignment.status === 'UNKNOWN') {
      notRecorded.push(`${i.facts.name}: no lever recorded at all (unknown, not a gap).`);
      continue;
    }
    const missing = LEVERS.filter((l) => !enabling(i.facts, l).length).map((l) => LEVER_LOOK[l].noun);
    if (missing.length) notRecorded.push(`${i.facts.name}: no ${listWords(missing)} recorded.`);
  }
  return {
    title: `Board brief: ${subject.name}`,
    kindLabel,
    generated: input.generated,
    asOf: input.asOf,
    summary,
    figure: figureOf(input),
    legend: LEGEND,
    flags,
    // No source yet confirms a lever absent; until one does, every missing lever is "not recorded".
    gaps: [],
    notRecorded,
    fragility: fragilityOf(input),
    citations: cites.list,
  };
}
