/** Counts, status and flags of one initiative, from facts alone (no database). */
import { describe, expect, it } from 'vitest';
import { alignmentOf, countsOf, statusOf } from '../../../api/features/alignment/alignment.js';
import type { FactLink, FactRef, InitiativeFacts } from '../../../api/features/alignment/facts.js';
import { RULE_BY_FLAG, RULES } from '../../../api/features/alignment/rules.js';
import { ALIGNMENT_FLAG, ALIGNMENT_FLAGS } from '../../../model/vocabulary.js';
import { allAbsent } from '../../support/facts.js';

const backer = (id: string, label: FactRef['label'] = 'Organisation'): FactRef => ({
  id,
  name: id,
  label,
  placeholder: false,
  orgType: null,
  owner: id,
});
const lever = (
  id: string,
  l: 'DOWNWARD' | 'SIDEWARD' | 'UPWARD',
  stance: 'ENABLES' | 'OPPOSES' = 'ENABLES',
): FactLink => ({
  id,
  type: 'LEVER',
  lever: l,
  stance,
  class: null,
  confidence: 'STATED',
  validFrom: null,
  validTo: null,
  amount: null,
  current: true,
  from: backer(`org-${id}`),
  evidence: [],
});
const facts = (levers: FactLink[]): InitiativeFacts => ({
  id: 'ini-x',
  name: 'x',
  placeholder: false,
  status: 'ACTIVE',
  endDate: null,
  benefitExpected: null,
  asOf: '2020-01-01',
  levers,
  roles: [],
  vcse: [],
  absences: [],
  sources: [],
});

describe('countsOf and statusOf', () => {
  it('counts enabling links per lever and opposing links', () => {
    const c = countsOf([lever('a', 'DOWNWARD'), lever('b', 'DOWNWARD'), lever('c', 'UPWARD', 'OPPOSES')]);
    expect(c).toMatchObject({ downward: 2, sideward: 0, upward: 0, opposing: 1 });
    expect(c.levers).toEqual([
      { lever: 'DOWNWARD', enabling: 2, opposing: 0 },
      { lever: 'SIDEWARD', enabling: 0, opposing: 0 },
      { lever: 'UPWARD', enabling: 0, opposing: 1 },
    ]);
  });

  it('rates nothing recorded UNKNOWN, any opposition CONTESTED, all three levers ALIGNED, else PARTIAL', () => {
    expect(statusOf(countsOf([]))).toBe('UNKNOWN');
    expect(
      statusOf(
        countsOf([
          lever('a', 'DOWNWARD'),
          lever('b', 'SIDEWARD'),
          lever('c', 'UPWARD'),
          lever('d', 'UPWARD', 'OPPOSES'),
        ]),
      ),
    ).toBe('CONTESTED');
    expect(statusOf(countsOf([lever('a', 'DOWNWARD'), lever('b', 'SIDEWARD'), lever('c', 'UPWARD')]))).toBe('ALIGNED');
    expect(statusOf(countsOf([lever('a', 'DOWNWARD')]))).toBe('PARTIAL');
  });
});

describe('alignmentOf', () => {
  it('names the lever gaps only where a lever is confirmed absent', () => {
    expect(alignmentOf(facts([])).gaps).toEqual([]);
    expect(alignmentOf(facts([lever('a', 'SIDEWARD')])).gaps).toEqual([]);
    expect(alignmentOf({ ...facts([lever('a', 'SIDEWARD')]), absences: allAbsent() }).gaps).toEqual([
      'NO_DOWNWARD',
      'NO_UPWARD',
    ]);
  });

  it('raises UNSPONSORED_PARTNERSHIP on sideward backing without a confirmed sponsor, triggered by that link', () => {
    expect(alignmentOf(facts([lever('a', 'SIDEWARD')])).flags.map((f) => f.flag)).not.toContain(
      'UNSPONSORED_PARTNERSHIP',
    );
    const a = alignmentOf({ ...facts([lever('a', 'SIDEWARD')]), absences: allAbsent() });
    const hit = a.flags.find((f) => f.flag === 'UNSPONSORED_PARTNERSHIP');
    expect(hit?.triggers.map((t) => t.id)).toEqual(['a']);
  });
});

describe('the rules', () => {
  it('has one rule per vocabulary flag, in its order and of its kind', () => {
    expect(RULES.map((r) => r.flag)).toEqual(ALIGNMENT_FLAGS);
    for (const f of ALIGNMENT_FLAGS) expect(RULE_BY_FLAG[f].kind).toBe(ALIGNMENT_FLAG[f].kind);
  });
});
