/**
 * What the sources say about each lever of one initiative: PRESENT (an enabling backer is cited), ABSENT (a source
 * says there is none, or an editor recorded "checked: none"), or NOT_RECORDED (nothing either way, which is unknown
 * and never a gap). The one place the state is decided: the gap rules, the report, the CSV, the explorer and the
 * initiatives table all read it from here (leverStateOf for a count, leverStatesOf for the detail). In Cypher the
 * same rule is: PRESENT when an enabling LEVER link counts, else ABSENT when `lever IN coalesce(i.absLever, [])`.
 */
import type { Citation } from '../../../model/citation.js';
import type { LeverAbsence } from '../../../model/lever-absence.js';
import { LEVERS, type Lever, type LeverState } from '../../../model/vocabulary.js';
import type { FactLink } from './facts.js';

/** The state of one lever from its count of enabling backers and its recorded absences. */
export function leverStateOf(enabling: number, absences: number): LeverState {
  return enabling > 0 ? 'PRESENT' : absences > 0 ? 'ABSENT' : 'NOT_RECORDED';
}

export interface SourceLeverState {
  sourceId: string;
  state: LeverState;
}
export interface EditorCheck {
  checkedBy: string;
  checkedOn: string;
  note: string;
}
export interface LeverStateView {
  lever: Lever;
  state: LeverState;
  enabling: number;
  opposing: number;
  /** Per source that speaks of the initiative: what that source says about this lever. */
  sources: SourceLeverState[];
  /** The citations of a source's statement that the lever is absent. */
  absences: Citation[];
  /** Editors' "checked: none". */
  checks: EditorCheck[];
}

const enablingOn = (levers: readonly FactLink[], lever: Lever) =>
  levers.filter((l) => l.lever === lever && l.stance === 'ENABLES');

/** Levers whose state is ABSENT: what a GAP rule needs before it may fire. */
export function absentLevers(levers: readonly FactLink[], absences: readonly LeverAbsence[]): Set<Lever> {
  return new Set(
    LEVERS.filter(
      (lever) =>
        leverStateOf(enablingOn(levers, lever).length, absences.filter((a) => a.lever === lever).length) === 'ABSENT',
    ),
  );
}

/**
 * Each lever's state, with the detail per source: `sources` are the documents that cite the initiative itself,
 * its enabling backers or an absence. A source that cites an enabling backer says PRESENT, one that states an
 * absence says ABSENT, and any other says nothing (NOT_RECORDED) about that lever.
 */
export function leverStatesOf(
  levers: readonly FactLink[],
  absences: readonly LeverAbsence[],
  initiativeSources: readonly string[],
): LeverStateView[] {
  return LEVERS.map((lever) => {
    const enabling = enablingOn(levers, lever);
    const mine = absences.filter((a) => a.lever === lever);
    const cited = mine.flatMap((a) => (a.kind === 'SOURCE' ? [a.citation] : []));
    const checks = mine.flatMap((a) =>
      a.kind === 'CHECKED' ? [{ checkedBy: a.checkedBy, checkedOn: a.checkedOn, note: a.note }] : [],
    );
    const present = new Set(enabling.flatMap((l) => l.evidence.map((c) => c.sourceId)));
    const absent = new Set(cited.map((c) => c.sourceId));
    const all = [...new Set([...initiativeSources, ...present, ...absent])].sort();
    return {
      lever,
      state: leverStateOf(enabling.length, mine.length),
      enabling: enabling.length,
      opposing: levers.filter((l) => l.lever === lever && l.stance === 'OPPOSES').length,
      sources: all.map((sourceId) => ({
        sourceId,
        state: present.has(sourceId) ? 'PRESENT' : absent.has(sourceId) ? 'ABSENT' : 'NOT_RECORDED',
      })),
      absences: cited,
      checks,
    };
  });
}
