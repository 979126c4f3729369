/**
 * The alignment of one initiative at one date: counts of enabling and opposing backers per lever, a status,
 * the lever gaps, and the gap and tension flags of rules.ts with the links that triggered them. Pure: the one
 * place counts and status are computed, for initiative pages and whole-graph reports alike.
 */
import { evaluateFlags, type FlagResult } from './rules.js';
import type { FactLink, InitiativeFacts } from './facts.js';
import { LEVERS, type AlignmentStatus } from '../../../model/vocabulary.js';
import { absentLevers, leverStatesOf, type LeverStateView } from './lever-states.js';

export type { AlignmentStatus };
export interface AlignmentCounts {
  downward: number;
  sideward: number;
  upward: number;
  opposing: number;
}
export type LeverName = (typeof LEVERS)[number];

export function statusOf(c: AlignmentCounts): AlignmentStatus {
  const any = c.downward + c.sideward + c.upward + c.opposing > 0;
  // No lever recorded is unknown, not a gap (domain.md: "Unknown is not a gap").
  return !any
    ? 'UNKNOWN'
    : c.opposing > 0
      ? 'CONTESTED'
      : c.downward > 0 && c.sideward > 0 && c.upward > 0
        ? 'ALIGNED'
        : 'PARTIAL';
}

export function countsOf(
  levers: FactLink[],
): AlignmentCounts & { levers: { lever: LeverName; enabling: number; opposing: number }[] } {
  const n = (lever: LeverName, stance: 'ENABLES' | 'OPPOSES') =>
    levers.filter((l) => l.lever === lever && l.stance === stance).length;
  return {
    downward: n('DOWNWARD', 'ENABLES'),
    sideward: n('SIDEWARD', 'ENABLES'),
    upward: n('UPWARD', 'ENABLES'),
    opposing: levers.filter((l) => l.stance === 'OPPOSES').length,
    levers: LEVERS.map((lever) => ({ lever, enabling: n(lever, 'ENABLES'), opposing: n(lever, 'OPPOSES') })),
  };
}

export interface AlignmentView extends AlignmentCounts {
  status: AlignmentStatus;
  gaps: string[];
  asOf: string;
  levers: { lever: LeverName; enabling: number; opposing: number }[];
  flags: FlagResult[];
  /** What the sources say about each lever: recorded, confirmed absent, or not recorded (lever-states.ts). */
  leverStates: LeverStateView[];
  /** The initiative, for the flags' trigger links (their `to` end). */
  initiative: { id: string; name: string; placeholder: boolean };
}

export function alignmentOf(f: InitiativeFacts): AlignmentView {
  const c = countsOf(f.levers);
  const status = statusOf(c);
  // A gap is a lever confirmed absent; a lever the sources are silent on is not recorded, never a gap.
  const absent = absentLevers(f.levers, f.absences);
  const gaps = LEVERS.filter((l) => absent.has(l)).map((l) => `NO_${l}`);
  return {
    ...c,
    status,
    gaps,
    asOf: f.asOf,
    flags: evaluateFlags(f),
    leverStates: leverStatesOf(f.levers, f.absences, f.sources),
    initiative: { id: f.id, name: f.name, placeholder: f.placeholder },
  };
}
