/** Shapes analysis results for GraphQL: references, trigger links, alignments. */
import type { AlignmentView } from './alignment.js';
import type { FactLink, FactRef } from './facts.js';

export interface Ref { id: string; name: string; type: string; placeholder: boolean }

export const refOf = (r: { id: string; name: string; label?: string; type?: string; placeholder?: boolean | null }): Ref => ({
  id: r.id, name: r.name, type: (r.label ?? r.type)!, placeholder: Boolean(r.placeholder),
});

export function triggerOf(l: FactLink, to: Ref) {
  return {
    linkId: l.id, type: l.type, lever: l.lever, stance: l.stance, class: l.class, validFrom: l.validFrom, validTo: l.validTo,
    from: refOf(l.from as FactRef), to, evidence: l.evidence,
  };
}

export function presentAlignment(a: AlignmentView) {
  const to = refOf({ ...a.initiative, label: 'Initiative' });
  return {
    downward: a.downward, sideward: a.sideward, upward: a.upward, opposing: a.opposing,
    status: a.status, gaps: a.gaps, asOf: a.asOf, levers: a.levers,
    flags: a.flags.map((f) => ({
      flag: f.flag, kind: f.kind, rule: f.rule, why: f.why, sources: f.sources, detail: f.detail,
      triggers: f.triggers.map((t) => triggerOf(t, to)),
    })),
  };
}
