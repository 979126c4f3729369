/** One sentence per reason, from its kind and paths: what is shared, and through what on each side. */
import type { RefRow } from '../../db/rows.js';
import type { ReasonPathRow } from './paths.js';
import type { ReasonKind } from './weights.js';
import { FRAMEWORK_ELEMENT, labelOf } from '../../../model/vocabulary.js';

export type SuggestFor = 'collaborators' | 'sponsors' | 'partnerships';

/** The initiatives (or partnerships) a path passes through, between its ends. */
function through(p: ReasonPathRow | null): string | null {
  const mid = (p?.nodes ?? []).slice(1, -1).filter((n) => n.type === 'Initiative' || n.type === 'Partnership');
  return mid.length ? mid.map((n) => n.name).join(', ') : null;
}

/** The last initiative or partnership on a path (where a lever or class sits). */
function lastStep(p: ReasonPathRow | null): string | null {
  const mid = (p?.nodes ?? []).filter((n) => n.type === 'Initiative' || n.type === 'Partnership');
  return mid.at(-1)?.name ?? null;
}

export interface ReasonFacts {
  kind: ReasonKind;
  key: string | null;
  via: RefRow | null;
  sourcePath: ReasonPathRow | null;
  suggestionPath: ReasonPathRow | null;
  suggestion: RefRow;
  source: RefRow | null;
  places: string[];
}

export function reasonText(r: ReasonFacts, mode: SuggestFor): string {
  const you = r.source ? r.source.name : 'you';
  const is = (who: string, third: string, second: string) => (who === 'you' ? second : third);
  const them = r.suggestion.name;
  const sides = [
    through(r.sourcePath) && `${r.source ? r.source.name : 'you'} through ${through(r.sourcePath)}`,
    through(r.suggestionPath) && `${them} through ${through(r.suggestionPath)}`,
  ]
    .filter(Boolean)
    .join('; ');
  const tail = sides ? ` (${sides})` : '';
  const inPlaces = r.places.length ? `, both in ${r.places.join(' and ')}` : '';
  const subject = mode === 'sponsors' ? `${them} sponsors, commissions or funds work` : 'Both work';
  switch (r.kind) {
    case 'TARGET_GROUP':
      return mode === 'sponsors'
        ? `${them} backs work with ${r.via?.name}${inPlaces}, as ${you === 'you' ? 'you do' : `${you} does`}${tail}`
        : `Both work with ${r.via?.name}${inPlaces}${tail}`;
    case 'PLACE':
      return `${subject} in ${r.via?.name}${tail}`;
    case 'FRAMEWORK_ELEMENT':
      return `${subject} in the framework element “${labelOf(FRAMEWORK_ELEMENT, r.key ?? '')}”${tail}`;
    case 'SERVICE_AREA':
      return `${subject} in the service area "${r.key}"${tail}`;
    case 'PARTNER_OF_PARTNER':
      if (mode === 'partnerships') return `${r.via?.name}, a partner of ${you}, is a member of ${them}${tail}`;
      if (mode === 'sponsors') return `${them} backs the work of ${r.via?.name}, a partner of ${you}${tail}`;
      return `A partner in common: ${r.via?.name}${tail}`;
    case 'EXISTING':
      if (mode === 'partnerships')
        return `${you === 'you' ? 'You are' : `${you} is`} already a member of ${them}${tail}`;
      if (mode === 'sponsors') return `${them} already backs ${you === 'you' ? 'your' : `${you}'s`} work${tail}`;
      return `Already partners${tail}`;
    case 'MET_AT':
      return `Met at ${r.via?.name}: both attended it, which does not make them partners${tail}`;
    case 'LEVER_COMPLEMENT': {
      const up = r.key === 'UPWARD_DOWNWARD' ? r.sourcePath : r.suggestionPath;
      const down = r.key === 'UPWARD_DOWNWARD' ? r.suggestionPath : r.sourcePath;
      const upWho = r.key === 'UPWARD_DOWNWARD' ? you : them;
      const downWho = r.key === 'UPWARD_DOWNWARD' ? them : you;
      const upAt = lastStep(up);
      const downAt = lastStep(down);
      return `Complementary levers: ${upWho} ${is(upWho, 'reaches', 'reach')} communities (upward${upAt ? `, ${upAt}` : ''}); ${downWho} can sponsor, commission or fund (downward${downAt ? `, ${downAt}` : ''})`;
    }
  }
}
