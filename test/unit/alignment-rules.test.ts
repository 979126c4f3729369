/** The gap and tension rules (api/features/alignment/rules.ts) on facts built in memory: one behaviour per test. */
import { describe, expect, it } from 'vitest';
import { evaluateFlags, RULES, type Flag } from '../../api/features/alignment/rules.js';
import type { InitiativeFacts } from '../../api/features/alignment/facts.js';
import {
  absent,
  allAbsent,
  checked,
  commissions,
  delivers,
  directorate,
  facts,
  funds,
  lever,
  partnership,
  ref,
  targetGroup,
} from '../support/facts.js';

/** Facts whose every lever is confirmed absent by a source, so that the GAP rules may fire. */
const confirmed = (p: Partial<InitiativeFacts> = {}) => facts({ absences: allAbsent(), ...p });

const council = ref('Council');
const nationalBody = ref('National body', { orgType: 'NATIONAL_BODY' });
const provider = ref('NHS provider', { orgType: 'NHS_PROVIDER' });
const vcse = ref('Charity', { orgType: 'VCSE' });
const publicHealth = directorate('Public health team', council);
const board = partnership('Board');
const residents = targetGroup('Residents');

const flags = (f: InitiativeFacts) => evaluateFlags(f).map((r) => r.flag);
const hit = (f: InitiativeFacts, flag: Flag) => evaluateFlags(f).find((r) => r.flag === flag);

describe('UNSPONSORED_PARTNERSHIP', () => {
  it('fires on an enabling sideward backer with no enabling downward backer, triggered by the sideward links', () => {
    const side = lever(board, 'SIDEWARD');
    expect(hit(confirmed({ levers: [side] }), 'UNSPONSORED_PARTNERSHIP')).toMatchObject({
      triggers: [side],
      detail: 'sideward backing from Board; no enabling downward backer recorded',
    });
  });

  it('does not fire when an enabling downward backer sponsors the partnership', () => {
    expect(flags(confirmed({ levers: [lever(board, 'SIDEWARD'), lever(council, 'DOWNWARD')] }))).not.toContain(
      'UNSPONSORED_PARTNERSHIP',
    );
  });

  it('still fires when the only downward backer opposes it', () => {
    expect(flags(confirmed({ levers: [lever(board, 'SIDEWARD'), lever(council, 'DOWNWARD', 'OPPOSES')] }))).toContain(
      'UNSPONSORED_PARTNERSHIP',
    );
  });

  it('does not fire when the sideward backer opposes rather than enables', () => {
    expect(flags(confirmed({ levers: [lever(board, 'SIDEWARD', 'OPPOSES')] }))).not.toContain(
      'UNSPONSORED_PARTNERSHIP',
    );
  });
});

describe('NO_COMMUNITY_VOICE', () => {
  it('fires when levers are recorded but none enables upward, triggered by every lever link', () => {
    const levers = [lever(council, 'DOWNWARD'), lever(board, 'SIDEWARD')];
    expect(hit(confirmed({ levers }), 'NO_COMMUNITY_VOICE')).toMatchObject({
      triggers: levers,
      detail: '2 lever link(s) recorded, none enabling upward',
    });
  });

  it('does not fire on an initiative with no lever recorded: unknown is not a gap', () => {
    expect(evaluateFlags(facts())).toEqual([]);
  });

  it('does not fire when a target group enables upward', () => {
    expect(flags(confirmed({ levers: [lever(council, 'DOWNWARD'), lever(residents, 'UPWARD')] }))).not.toContain(
      'NO_COMMUNITY_VOICE',
    );
  });

  it('still fires when the only upward lever opposes', () => {
    expect(flags(confirmed({ levers: [lever(residents, 'UPWARD', 'OPPOSES')] }))).toContain('NO_COMMUNITY_VOICE');
  });
});

describe('SPONSOR_WITHOUT_PARTNERS', () => {
  it('fires on an enabling downward backer with no enabling sideward backer', () => {
    const down = lever(council, 'DOWNWARD');
    expect(hit(confirmed({ levers: [down] }), 'SPONSOR_WITHOUT_PARTNERS')).toMatchObject({
      triggers: [down],
      detail: 'downward backing from Council; no enabling sideward backer recorded',
    });
  });

  it('does not fire once a partner enables sideward', () => {
    expect(flags(confirmed({ levers: [lever(council, 'DOWNWARD'), lever(board, 'SIDEWARD')] }))).not.toContain(
      'SPONSOR_WITHOUT_PARTNERS',
    );
  });
});

describe('LEADERSHIP_WITHOUT_SPONSORSHIP', () => {
  it('fires when the only downward backing is a directorate and nothing funds it', () => {
    const internal = lever(publicHealth, 'DOWNWARD');
    expect(hit(facts({ levers: [internal] }), 'LEADERSHIP_WITHOUT_SPONSORSHIP')).toMatchObject({
      triggers: [internal],
      detail: 'leadership from Public health team with no sponsor or funder recorded',
    });
  });

  it('fires on an organisation whose downward lever has the class "strong leadership within the LA"', () => {
    expect(
      flags(facts({ levers: [lever(council, 'DOWNWARD', 'ENABLES', { class: 'strong leadership within the LA' })] })),
    ).toContain('LEADERSHIP_WITHOUT_SPONSORSHIP');
  });

  it("does not fire on an organisation's downward lever of another class", () => {
    expect(
      flags(facts({ levers: [lever(council, 'DOWNWARD', 'ENABLES', { class: 'strong system leadership' })] })),
    ).not.toContain('LEADERSHIP_WITHOUT_SPONSORSHIP');
  });

  it('does not fire when another enabling downward backer sponsors it', () => {
    expect(flags(facts({ levers: [lever(publicHealth, 'DOWNWARD'), lever(nationalBody, 'DOWNWARD')] }))).not.toContain(
      'LEADERSHIP_WITHOUT_SPONSORSHIP',
    );
  });

  it('does not fire when a current FUNDS link funds it', () => {
    expect(flags(facts({ levers: [lever(publicHealth, 'DOWNWARD')], roles: [funds(nationalBody)] }))).not.toContain(
      'LEADERSHIP_WITHOUT_SPONSORSHIP',
    );
  });

  it('still fires when the only funding has ended', () => {
    expect(
      flags(
        facts({
          levers: [lever(publicHealth, 'DOWNWARD')],
          roles: [funds(nationalBody, { current: false, validTo: '2019' })],
        }),
      ),
    ).toContain('LEADERSHIP_WITHOUT_SPONSORSHIP');
  });
});

describe('SINGLE_SPONSOR', () => {
  it('fires on exactly one enabling downward backer, naming it', () => {
    const down = lever(council, 'DOWNWARD');
    expect(hit(facts({ levers: [down] }), 'SINGLE_SPONSOR')).toMatchObject({
      triggers: [down],
      detail: 'the only downward backer is Council',
    });
  });

  it('does not fire on two enabling downward backers', () => {
    expect(flags(facts({ levers: [lever(council, 'DOWNWARD'), lever(nationalBody, 'DOWNWARD')] }))).not.toContain(
      'SINGLE_SPONSOR',
    );
  });

  it('does not count an opposing downward backer as a sponsor', () => {
    expect(flags(facts({ levers: [lever(council, 'DOWNWARD', 'OPPOSES')] }))).not.toContain('SINGLE_SPONSOR');
  });
});

describe('OPPOSED', () => {
  it('fires on any opposing lever, triggered by the opposing links and naming each backer once', () => {
    const a = lever(council, 'DOWNWARD', 'OPPOSES');
    const b = lever(council, 'SIDEWARD', 'OPPOSES');
    expect(hit(facts({ levers: [a, b, lever(board, 'SIDEWARD')] }), 'OPPOSED')).toMatchObject({
      triggers: [a, b],
      detail: 'opposed by Council',
    });
  });

  it('does not fire when every backer enables', () => {
    expect(
      flags(facts({ levers: [lever(council, 'DOWNWARD'), lever(board, 'SIDEWARD'), lever(residents, 'UPWARD')] })),
    ).not.toContain('OPPOSED');
  });
});

describe('COMMISSIONER_IS_PROVIDER', () => {
  it("fires when an organisation's directorate commissions it and the organisation delivers it", () => {
    const c = commissions(publicHealth);
    const d = delivers(council);
    expect(hit(facts({ roles: [c, d] }), 'COMMISSIONER_IS_PROVIDER')).toMatchObject({
      triggers: [c, d],
      detail: 'one organisation both commission and deliver it (Public health team; Council)',
    });
  });

  it('does not fire when commissioner and provider are different organisations', () => {
    expect(flags(facts({ roles: [commissions(council), delivers(provider)] }))).not.toContain(
      'COMMISSIONER_IS_PROVIDER',
    );
  });

  it('does not fire when the delivery is not current at the report date', () => {
    expect(flags(facts({ roles: [commissions(council), delivers(council, { current: false })] }))).not.toContain(
      'COMMISSIONER_IS_PROVIDER',
    );
  });

  it('counts several organisations and lists each link once', () => {
    const links = [commissions(council), delivers(council), commissions(provider), delivers(provider)];
    const h = hit(facts({ roles: links }), 'COMMISSIONER_IS_PROVIDER')!;
    expect(h.detail).toBe('2 organisations both commission and deliver it (Council; NHS provider)');
    expect(h.triggers).toEqual(links);
  });
});

describe('NO_VCSE_PARTNER', () => {
  it('fires when partners are recorded and none is VCSE, triggered by the sideward backers and deliverers', () => {
    const side = lever(provider, 'SIDEWARD');
    const d = delivers(council);
    expect(hit(confirmed({ levers: [side], roles: [d] }), 'NO_VCSE_PARTNER')).toMatchObject({
      triggers: [side, d],
      detail: 'partners recorded (NHS provider; Council), none of them VCSE',
    });
  });

  it('does not fire when a VCSE organisation backs or delivers it', () => {
    expect(flags(confirmed({ levers: [lever(board, 'SIDEWARD')], vcse: [vcse] }))).not.toContain('NO_VCSE_PARTNER');
  });

  it('does not fire when no partner is recorded', () => {
    expect(flags(confirmed({ levers: [lever(council, 'DOWNWARD')] }))).not.toContain('NO_VCSE_PARTNER');
  });

  it('does not count a delivery that is not current as a partner', () => {
    expect(flags(confirmed({ roles: [delivers(council, { current: false })] }))).not.toContain('NO_VCSE_PARTNER');
  });
});

describe('FUNDING_ENDS_BEFORE_BENEFIT', () => {
  it('fires when a FUNDS link ends before the benefit is expected, triggered by that link', () => {
    const f = funds(nationalBody, { validTo: '2020', current: false });
    expect(hit(facts({ benefitExpected: '2030', roles: [f] }), 'FUNDING_ENDS_BEFORE_BENEFIT')).toMatchObject({
      triggers: [f],
      detail: 'National body funding ends 2020; benefit expected 2030',
    });
  });

  it('fires when the initiative itself ends before the benefit, with no trigger link', () => {
    expect(
      hit(facts({ benefitExpected: '2030-04', endDate: '2025-03-31' }), 'FUNDING_ENDS_BEFORE_BENEFIT'),
    ).toMatchObject({
      triggers: [],
      detail: 'the initiative ends 2025-03-31; benefit expected 2030-04',
    });
  });

  it('does not fire when funding runs until the benefit year, comparing dates at the coarser precision', () => {
    expect(
      flags(facts({ benefitExpected: '2030', roles: [funds(nationalBody, { validTo: '2030-03' })] })),
    ).not.toContain('FUNDING_ENDS_BEFORE_BENEFIT');
  });

  it('does not fire when no benefit date is recorded', () => {
    expect(flags(facts({ endDate: '2021', roles: [funds(nationalBody, { validTo: '2020' })] }))).not.toContain(
      'FUNDING_ENDS_BEFORE_BENEFIT',
    );
  });

  it('does not fire on open-ended funding', () => {
    expect(flags(facts({ benefitExpected: '2030', roles: [funds(nationalBody)] }))).not.toContain(
      'FUNDING_ENDS_BEFORE_BENEFIT',
    );
  });
});

describe('DISCONTINUED_OR_AT_RISK', () => {
  it.each(['DISCONTINUED', 'AT_RISK'])('fires on status %s, with no trigger link', (status) => {
    expect(hit(facts({ status }), 'DISCONTINUED_OR_AT_RISK')).toMatchObject({
      triggers: [],
      detail: `status ${status}`,
    });
  });

  it('does not fire on an active initiative', () => {
    expect(flags(facts({ status: 'ACTIVE' }))).not.toContain('DISCONTINUED_OR_AT_RISK');
  });
});

describe('evaluateFlags', () => {
  it("gives each flag with its rule, kind, why and sources from the rules table, in the table's order", () => {
    const all = evaluateFlags(
      facts({
        status: 'AT_RISK',
        benefitExpected: '2030',
        levers: [lever(publicHealth, 'DOWNWARD'), lever(council, 'UPWARD', 'OPPOSES')],
        roles: [commissions(publicHealth), delivers(council), funds(nationalBody, { validTo: '2020', current: false })],
        absences: allAbsent(),
      }),
    );
    const order = RULES.map((r) => r.flag);
    expect(all.map((r) => order.indexOf(r.flag))).toEqual(
      [...all.map((r) => order.indexOf(r.flag))].sort((a, b) => a - b),
    );
    for (const r of all) {
      const rule = RULES.find((x) => x.flag === r.flag)!;
      expect({ kind: r.kind, rule: r.rule, why: r.why, sources: r.sources }).toEqual({
        kind: rule.kind,
        rule: rule.rule,
        why: rule.why,
        sources: rule.sources,
      });
    }
    expect(all.map((r) => r.flag)).toEqual([
      'NO_COMMUNITY_VOICE',
      'SPONSOR_WITHOUT_PARTNERS',
      'LEADERSHIP_WITHOUT_SPONSORSHIP',
      'SINGLE_SPONSOR',
      'OPPOSED',
      'COMMISSIONER_IS_PROVIDER',
      'NO_VCSE_PARTNER',
      'FUNDING_ENDS_BEFORE_BENEFIT',
      'DISCONTINUED_OR_AT_RISK',
    ]);
  });

  it('gives a fully backed initiative with a VCSE partner and no opposition no flag at all', () => {
    expect(
      evaluateFlags(
        facts({
          levers: [
            lever(council, 'DOWNWARD'),
            lever(nationalBody, 'DOWNWARD'),
            lever(board, 'SIDEWARD'),
            lever(residents, 'UPWARD'),
          ],
          vcse: [vcse],
        }),
      ),
    ).toEqual([]);
  });
});

describe('unknown is not a gap', () => {
  const gaps = RULES.filter((r) => r.kind === 'GAP').map((r) => r.flag);

  it('raises no GAP flag where the sources are silent on the missing lever (not recorded)', () => {
    const silent = facts({
      levers: [lever(council, 'DOWNWARD'), lever(board, 'SIDEWARD', 'OPPOSES')],
      roles: [delivers(provider)],
    });
    expect(flags(silent).filter((f) => gaps.includes(f))).toEqual([]);
    // The same facts with the levers confirmed absent do raise them: the rule, not the facts, held them back.
    expect(flags({ ...silent, absences: allAbsent() })).toEqual(
      expect.arrayContaining(['NO_COMMUNITY_VOICE', 'SPONSOR_WITHOUT_PARTNERS', 'NO_VCSE_PARTNER']),
    );
  });

  it('fires a GAP flag on an editor\'s "checked: none" as on a document\'s statement', () => {
    const down = [lever(council, 'DOWNWARD')];
    expect(flags(facts({ levers: down, absences: [checked('UPWARD')] }))).toContain('NO_COMMUNITY_VOICE');
    expect(flags(facts({ levers: down, absences: [absent('UPWARD')] }))).toContain('NO_COMMUNITY_VOICE');
    // An absence on another lever does not stand in for this one.
    expect(flags(facts({ levers: down, absences: [checked('SIDEWARD')] }))).not.toContain('NO_COMMUNITY_VOICE');
  });

  it('names the lever each GAP rule needs confirmed absent', () => {
    for (const r of RULES) expect(Boolean(r.absenceOf), r.flag).toBe(r.kind === 'GAP');
  });
});
