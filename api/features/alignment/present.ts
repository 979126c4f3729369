/** Shapes analysis results for GraphQL: references, trigger links, alignments. */
import type { AlignmentView } from './alignment.js';
import type { FactLink } from './facts.js';
import type { NodeLabel } from '../../../model/vocabulary.js';

export interface Ref {
  id: string;
  name: string;
  type: NodeLabel;
  placeholder: boolean;
}

export const refOf = (r: {
  id: string;
  name: string;
  label?: NodeLabel;
  type?: NodeLabel;
  placeholder?: boolean | null;
}): Ref => ({
  id: r.id,
  name: r.name,
  type: (r.label ?? r.type)!,
  placeholder: Boolean(r.placeholder),
});

export function triggerOf(l: FactLink, to: Ref) {
  return {
    linkId: l.id,
    type: l.type,
    lever: l.lever,
    stance: l.stance,
    class: l.class,
    validFrom: l.validFrom,
    validTo: l.validTo,
    from: refOf(l.from),
    to,
    evidence: l.evidence,
  };
}

export function presentAlignment(a: AlignmentView) {
  const to = refOf({ ...a.initiative, label: 'Initiative' });
  return {
    downward: a.downward,
    sideward: a.sideward,
    upward: a.upward,
    opposing: a.opposing,
    status: a.status,
    gaps: a.gaps,
    asOf: a.asOf,
    levers: a.levers,
    leverStates: a.leverStates,
    flags: a.flags.map((f) => ({
      flag: f.flag,
      kind: f.kind,
      rule: f.rule,
      why: f.why,
      sources: f.sources,
      detail: f.detail,
      triggers: f.triggers.map((t) => triggerOf(t, to)),
    })),
  };
}
