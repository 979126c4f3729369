/** Counts, status and lever gaps of one initiative (api/features/alignment/alignment.ts), without the database. */
import { describe, expect, it } from 'vitest';
import { alignmentOf, countsOf, statusOf } from '../../api/features/alignment/alignment.js';
import { absent, allAbsent, facts, lever, partnership, ref, targetGroup } from '../support/facts.js';

const council = ref('Council');
const board = partnership('Board');
const residents = targetGroup('Residents');
const zero = { downward: 0, sideward: 0, upward: 0, opposing: 0 };

describe('statusOf', () => {
  it('is UNKNOWN when no lever is recorded', () => {
    expect(statusOf(zero)).toBe('UNKNOWN');
  });

  it('is ALIGNED when every lever has an enabling backer and none opposes', () => {
    expect(statusOf({ downward: 1, sideward: 2, upward: 1, opposing: 0 })).toBe('ALIGNED');
  });

  it('is CONTESTED when any backer opposes, even with every lever backed', () => {
    expect(statusOf({ downward: 1, sideward: 1, upward: 1, opposing: 1 })).toBe('CONTESTED');
  });

  it('is CONTESTED when the only lever recorded opposes', () => {
    expect(statusOf({ ...zero, opposing: 1 })).toBe('CONTESTED');
  });

  it('is PARTIAL when some lever lacks an enabling backer', () => {
    expect(statusOf({ ...zero, downward: 1, upward: 1 })).toBe('PARTIAL');
  });
});

describe('countsOf', () => {
  it('counts enabling backers per lever and opposing ones over all levers, listing levers in order', () => {
    const c = countsOf([
      lever(council, 'DOWNWARD'),
      lever(council, 'DOWNWARD', 'OPPOSES'),
      lever(board, 'SIDEWARD'),
      lever(board, 'SIDEWARD'),
      lever(residents, 'UPWARD', 'OPPOSES'),
    ]);
    expect(c).toEqual({
      downward: 1,
      sideward: 2,
      upward: 0,
      opposing: 2,
      levers: [
        { lever: 'DOWNWARD', enabling: 1, opposing: 1 },
        { lever: 'SIDEWARD', enabling: 2, opposing: 0 },
        { lever: 'UPWARD', enabling: 0, opposing: 1 },
      ],
    });
  });
});

describe('alignmentOf', () => {
  it('names a gap for each lever confirmed absent, and none for a lever the sources are silent on', () => {
    expect(alignmentOf(facts({ levers: [lever(board, 'SIDEWARD')], absences: allAbsent() }))).toMatchObject({
      status: 'PARTIAL',
      gaps: ['NO_DOWNWARD', 'NO_UPWARD'],
    });
    const silent = alignmentOf(facts({ levers: [lever(board, 'SIDEWARD')] }));
    expect(silent).toMatchObject({ status: 'PARTIAL', gaps: [] });
    expect(silent.leverStates.map((s) => [s.lever, s.state])).toEqual([
      ['DOWNWARD', 'NOT_RECORDED'],
      ['SIDEWARD', 'PRESENT'],
      ['UPWARD', 'NOT_RECORDED'],
    ]);
  });

  it('gives no gaps to an initiative with no lever recorded: unknown is not a gap', () => {
    expect(alignmentOf(facts())).toMatchObject({ ...zero, status: 'UNKNOWN', gaps: [], flags: [] });
  });

  it('counts an opposed lever as a gap when nobody enables it and a source says none does', () => {
    expect(
      alignmentOf(
        facts({
          levers: [lever(council, 'DOWNWARD'), lever(board, 'SIDEWARD'), lever(residents, 'UPWARD', 'OPPOSES')],
          absences: [absent('UPWARD')],
        }),
      ),
    ).toMatchObject({ status: 'CONTESTED', gaps: ['NO_UPWARD'] });
  });

  it('keeps the report date and the initiative, and carries the flags of the rules', () => {
    const a = alignmentOf(facts({ id: 'ini-a', name: 'A', placeholder: true, asOf: '2011-06', status: 'AT_RISK' }));
    expect(a.asOf).toBe('2011-06');
    expect(a.initiative).toEqual({ id: 'ini-a', name: 'A', placeholder: true });
    expect(a.flags.map((f) => f.flag)).toEqual(['DISCONTINUED_OR_AT_RISK']);
  });
});
