/**
 * The gap and tension rules, one per flag of model/vocabulary.ts ALIGNMENT_FLAG (which gives its kind): the rule
 * in words, why it matters, the passages that motivate it, and the test itself. alignment.ts evaluates these,
 * docs/analysis.md holds the table renderRulesTable writes (scripts/gen-docs.ts), and a test checks every quote
 * against its document. A flag in the vocabulary without a rule here does not compile.
 *
 * A GAP rule names the lever whose absence it asserts (`absenceOf`), and fires only when that absence is confirmed:
 * a source says there is none, or an editor recorded "checked: none" (lever-states.ts). A source's silence is
 * NOT_RECORDED, which is unknown and never a gap (domain.md).
 */
import type { Citation } from '../../../model/citation.js';
import {
  ALIGNMENT_FLAG,
  ALIGNMENT_FLAGS,
  type AlignmentFlag,
  type FlagKind,
  type Lever,
} from '../../../model/vocabulary.js';
import { dateCompare, type FactLink, type InitiativeFacts } from './facts.js';

export type Flag = AlignmentFlag;
export type { FlagKind };

export interface Hit {
  triggers: FactLink[];
  detail: string;
}
/** A rule as written below; its flag is its key and its kind comes from the vocabulary. */
interface RuleDefinition {
  /** GAP rules only: the lever whose confirmed absence (a source's statement or an editor's check) it needs. */
  absenceOf?: Lever;
  rule: string;
  why: string;
  sources: Citation[];
  test(f: InitiativeFacts): Hit | null;
}
export interface Rule extends RuleDefinition {
  flag: Flag;
  kind: FlagKind;
}

const cite = (sourceId: string, line: number, quote: string): Citation => ({ sourceId, line, quote });
const enabling = (f: InitiativeFacts, lever: FactLink['lever']) =>
  f.levers.filter((l) => l.lever === lever && l.stance === 'ENABLES');
const names = (ls: FactLink[]) => [...new Set(ls.map((l) => l.from.name))].join('; ');
/** Leadership from inside an organisation: a directorate, or the document's class "strong leadership within the LA". */
const internalLeadership = (l: FactLink) =>
  l.lever === 'DOWNWARD' && (l.from.label === 'Directorate' || l.class === 'strong leadership within the LA');

const DEFINITIONS: Record<AlignmentFlag, RuleDefinition> = {
  UNSPONSORED_PARTNERSHIP: {
    absenceOf: 'DOWNWARD',
    rule: 'An enabling sideward backer (partnership, alliance, network) but no enabling downward backer, and the downward lever is confirmed absent (a source says so, or an editor checked).',
    why: 'Partnerships usually came with, and often needed, sponsorship from leaders to prove sustainable.',
    sources: [
      cite('000', 939, 'this was usually combined with sponsorship from political leaders (downward levers)'),
      cite('000', 1436, 'often needed sponsorship if they were to prove sustainable'),
    ],
    test(f) {
      const side = enabling(f, 'SIDEWARD');
      if (!side.length || enabling(f, 'DOWNWARD').length) return null;
      return { triggers: side, detail: `sideward backing from ${names(side)}; no enabling downward backer recorded` };
    },
  },
  NO_COMMUNITY_VOICE: {
    absenceOf: 'UPWARD',
    rule: 'Levers are recorded but none is an enabling upward lever (a community, target group or user voice), and the upward lever is confirmed absent (a source says so, or an editor checked).',
    why: 'Upward levers were the least mentioned; where they worked they produced place- and need-based projects.',
    sources: [
      cite('000', 1446, 'Upward levers were the least mentioned'),
      cite(
        '000',
        884,
        'At a community level, it had supported upward levers which had resulted in place and need-based innovative projects.',
      ),
    ],
    test(f) {
      if (!f.levers.length || enabling(f, 'UPWARD').length) return null;
      return { triggers: f.levers, detail: `${f.levers.length} lever link(s) recorded, none enabling upward` };
    },
  },
  SPONSOR_WITHOUT_PARTNERS: {
    absenceOf: 'SIDEWARD',
    rule: 'An enabling downward backer but no enabling sideward backer, and the sideward lever is confirmed absent (a source says so, or an editor checked).',
    why: 'In the golden thread the downward lever fed through to sideward and upward levers; aligned levers enhance innovation.',
    sources: [
      cite('000', 884, 'provided a ‘downward’ lever which fed through to ‘sideward’ and ‘upward’ levers of innovation'),
      cite('000', 830, 'where all levers are aligned, the potential for innovation is enhanced'),
    ],
    test(f) {
      const down = enabling(f, 'DOWNWARD');
      if (!down.length || enabling(f, 'SIDEWARD').length) return null;
      return { triggers: down, detail: `downward backing from ${names(down)}; no enabling sideward backer recorded` };
    },
  },
  LEADERSHIP_WITHOUT_SPONSORSHIP: {
    rule: 'Downward backing comes only from leadership inside an organisation (a directorate, or the class "strong leadership within the LA"), and nothing sponsors it: no other enabling downward backer and no current FUNDS link.',
    why: 'Strong internal leadership without sponsorship produced cultures that were not conducive to innovation.',
    sources: [
      cite(
        '000',
        918,
        'internal leadership was strong, but the resulting cultures were not conducive to innovation as there was no sponsorship',
      ),
    ],
    test(f) {
      const internal = f.levers.filter(internalLeadership);
      if (!internal.length) return null;
      const sponsor = f.levers.some((l) => l.lever === 'DOWNWARD' && l.stance === 'ENABLES' && !internalLeadership(l));
      const funded = f.roles.some((r) => r.type === 'FUNDS' && r.current);
      if (sponsor || funded) return null;
      return { triggers: internal, detail: `leadership from ${names(internal)} with no sponsor or funder recorded` };
    },
  },
  SINGLE_SPONSOR: {
    rule: 'Exactly one enabling downward backer: if it withdraws, the downward lever is lost.',
    why: 'Sponsorship sustains partnerships, and member support is a crucial lever; one sponsor is a single point of failure.',
    sources: [
      cite('000', 1448, 'Interviewees recognised the crucial role of member support as a lever for innovation'),
      cite('000', 1436, 'often needed sponsorship if they were to prove sustainable'),
    ],
    test(f) {
      const down = enabling(f, 'DOWNWARD');
      if (down.length !== 1) return null;
      return { triggers: down, detail: `the only downward backer is ${down[0]!.from.name}` };
    },
  },
  OPPOSED: {
    rule: 'At least one backer opposes it (a lever with stance OPPOSES).',
    why: 'Whether innovation happens depends on whether the levers are aligned or in opposition.',
    sources: [
      cite(
        '000',
        1446,
        'whether innovation takes place at all is influenced by levers for innovation and whether they are aligned or in opposition',
      ),
      cite(
        '000',
        912,
        "well our budget's been cut so we can't do it.  So it's in some respects a kind of conversation stopper.",
      ),
    ],
    test(f) {
      const opp = f.levers.filter((l) => l.stance === 'OPPOSES');
      if (!opp.length) return null;
      return { triggers: opp, detail: `opposed by ${names(opp)}` };
    },
  },
  COMMISSIONER_IS_PROVIDER: {
    rule: 'The same organisation (counting its directorates) both commissions and delivers it.',
    why: 'Commissioning and provider responsibilities in one organisation add complexity; noted, not condemned.',
    sources: [cite('003', 237, 'commissioning and provider responsibilities being managed in the same organisation')],
    test(f) {
      const current = f.roles.filter((r) => r.current);
      const commissioners = current.filter((r) => r.type === 'COMMISSIONS');
      const both = commissioners.flatMap((c) => {
        const d = current.filter((r) => r.type === 'DELIVERS' && r.from.owner === c.from.owner);
        return d.length ? [c, ...d] : [];
      });
      if (!both.length) return null;
      const owners = [...new Set(both.map((l) => l.from.owner))];
      return {
        triggers: dedupe(both),
        detail: `${owners.length === 1 ? 'one organisation' : `${owners.length} organisations`} both commission and deliver it (${names(both)})`,
      };
    },
  },
  NO_VCSE_PARTNER: {
    absenceOf: 'SIDEWARD',
    rule: 'Partners are recorded (enabling sideward backers or deliverers) but none is a VCSE organisation, directly or as a member of a backing or delivering partnership, and further sideward partners are confirmed absent (a source says so, or an editor checked).',
    why: 'The framework looks for greater VCSE involvement, and competitive commissioning could shut the VCSE sector out.',
    sources: [
      cite('000', 17, 'changes in the provider landscape, with greater involvement of the VCSE sector'),
      cite('000', 923, 'limiting or even prohibiting VCSE sector involvement'),
    ],
    test(f) {
      const partners = [...enabling(f, 'SIDEWARD'), ...f.roles.filter((r) => r.type === 'DELIVERS' && r.current)];
      if (!partners.length || f.vcse.length) return null;
      return { triggers: partners, detail: `partners recorded (${names(partners)}), none of them VCSE` };
    },
  },
  FUNDING_ENDS_BEFORE_BENEFIT: {
    rule: "The benefit is expected (benefitExpected) after its funding ends: a FUNDS link's validTo, or the initiative's endDate, falls before it.",
    why: 'Pressure to disinvest before long-term benefits are realised; short-term funding sits badly with long-term change.',
    sources: [
      cite(
        '003',
        176,
        'pressures to disinvest before the long-term benefits to population health and wellbeing are realised',
      ),
      cite(
        '002',
        230,
        'a disjuncture between short-term Vanguard funding and the creation of a more sustainable care system in the long-term',
      ),
    ],
    test(f) {
      const benefit = f.benefitExpected;
      if (!benefit) return null;
      const early = f.roles.filter((r) => r.type === 'FUNDS' && r.validTo && dateCompare(r.validTo, benefit) < 0);
      const endsEarly = f.endDate !== null && dateCompare(f.endDate, benefit) < 0;
      if (!early.length && !endsEarly) return null;
      const ends = [
        ...early.map((r) => `${r.from.name} funding ends ${r.validTo}`),
        ...(endsEarly ? [`the initiative ends ${f.endDate}`] : []),
      ];
      return { triggers: early, detail: `${ends.join('; ')}; benefit expected ${benefit}` };
    },
  },
  DISCONTINUED_OR_AT_RISK: {
    rule: 'Its status is DISCONTINUED or AT_RISK.',
    why: 'Services were disinvested before their benefits were realised; sustainability often appeared just out of reach.',
    sources: [
      cite('003', 176, 'may be under pressure to disinvest prematurely in upstream public health interventions'),
      cite('002', 356, 'long term sustainability often appears just out of reach'),
    ],
    test(f) {
      if (f.status !== 'DISCONTINUED' && f.status !== 'AT_RISK') return null;
      return { triggers: [], detail: `status ${f.status}` };
    },
  },
};

export const RULE_BY_FLAG = Object.fromEntries(
  ALIGNMENT_FLAGS.map((flag) => [flag, { flag, kind: ALIGNMENT_FLAG[flag].kind, ...DEFINITIONS[flag] }]),
) as Record<AlignmentFlag, Rule>;
/** In the vocabulary's order. */
export const RULES: readonly Rule[] = ALIGNMENT_FLAGS.map((flag) => RULE_BY_FLAG[flag]);

function dedupe(ls: FactLink[]): FactLink[] {
  const seen = new Set<string>();
  return ls.filter((l) => (seen.has(l.id) ? false : (seen.add(l.id), true)));
}

export interface FlagResult {
  flag: Flag;
  kind: FlagKind;
  rule: string;
  why: string;
  sources: Citation[];
  detail: string;
  triggers: FactLink[];
}

/** A GAP rule's lever is confirmed absent: a source's statement or an editor's "checked: none" is recorded. */
export const absenceConfirmed = (f: InitiativeFacts, lever: Lever) => f.absences.some((a) => a.lever === lever);

export function evaluateFlags(f: InitiativeFacts): FlagResult[] {
  return RULES.flatMap((r) => {
    // Silence is not a gap: a GAP rule fires only where its lever's absence is confirmed.
    if (r.kind === 'GAP' && (!r.absenceOf || !absenceConfirmed(f, r.absenceOf))) return [];
    const hit = r.test(f);
    return hit ? [{ flag: r.flag, kind: r.kind, rule: r.rule, why: r.why, sources: r.sources, ...hit }] : [];
  });
}

/** The table of docs/analysis.md: flag, kind, rule, why, source. */
export function renderRulesTable(): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  const rows = RULES.map(
    (r) =>
      `| ${r.flag} | ${r.kind} | ${esc(r.rule)} | ${esc(r.why)} | ${r.sources.map((s) => `${s.sourceId}:L${s.line} "${esc(s.quote)}"`).join('; ')} |`,
  );
  return ['| flag | kind | rule | why | source |', '|---|---|---|---|---|', ...rows].join('\n');
}
