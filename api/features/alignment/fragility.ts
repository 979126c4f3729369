/**
 * Fragility: re-evaluate each initiative a backer links to as if the backer (and, with withParts, an
 * organisation's directorates) had withdrawn: its lever, commissioning, delivery and funding links removed.
 */
import type { Database } from '../../db/database.js';
import { notFound } from '../../errors.js';
import { alignmentOf } from './alignment.js';
import { LEVERS } from '../../../model/vocabulary.js';
import type { InitiativeFacts } from './facts.js';
import { DEFAULT_CLAIMS, type Claim } from '../shared/args.js';
import { refOf, triggerOf, type Ref } from './present.js';
import { alignmentRows } from './report.js';

export function withdraw(f: InitiativeFacts, ids: Set<string>): InitiativeFacts {
  const levers = f.levers.filter((l) => !ids.has(l.from.id));
  const enabled = (ls: typeof levers, lever: string) => ls.some((l) => l.lever === lever && l.stance === 'ENABLES');
  // A lever the withdrawal leaves with no backer is known absent in this what-if, not unknown.
  const lost = LEVERS.filter((l) => enabled(f.levers, l) && !enabled(levers, l));
  return {
    ...f,
    levers,
    absences: [...f.absences, ...lost.map((lever) => ({ lever, kind: 'WITHDRAWN' as const }))],
    roles: f.roles.filter((l) => !ids.has(l.from.id)),
    vcse: f.vcse.filter((v) => !ids.has(v.id)),
  };
}

export async function fragility(
  db: Database,
  backerId: string,
  asOf: string,
  withParts: boolean,
  claims: Claim[] = DEFAULT_CLAIMS,
) {
  const [b] = await db.read('analysis/backer', { id: backerId, claims });
  if (!b) throw notFound('backer', backerId);
  const backer = b.backer as Ref;
  const withdrawn = [backer, ...(withParts ? (b.parts as Ref[]) : [])];
  const ids = new Set(withdrawn.map((w) => w.id));
  const rows = await alignmentRows(db, { asOf, touching: [...ids], claims, evidence: true });
  const affected = rows.flatMap((r) => {
    const before = r.alignment;
    const after = alignmentOf(withdraw(r.facts, ids));
    const lost = LEVERS.filter((l) => {
      const k = l.toLowerCase() as 'downward' | 'sideward' | 'upward';
      return before[k] > 0 && after[k] === 0;
    });
    const flagsBefore = new Set(before.flags.map((f) => f.flag));
    const flagsAfter = new Set(after.flags.map((f) => f.flag));
    const gained = [...flagsAfter].filter((f) => !flagsBefore.has(f));
    const flagsLost = [...flagsBefore].filter((f) => !flagsAfter.has(f));
    if (!lost.length && before.status === after.status && !gained.length && !flagsLost.length) return [];
    const to = refOf({ ...r.facts, label: 'Initiative' });
    const links = [...r.facts.levers, ...r.facts.roles].filter((l) => ids.has(l.from.id)).map((l) => triggerOf(l, to));
    return [
      {
        initiative: to,
        statusBefore: before.status,
        statusAfter: after.status,
        leversLost: lost,
        links,
        flagsGained: gained,
        flagsLost,
      },
    ];
  });
  return { backer, asOf, withdrawn: withdrawn.slice(1), initiatives: rows.length, affected };
}
