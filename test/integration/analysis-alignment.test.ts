/**
 * Alignment and the gap and tension rules: a small fixture graph built through the API with one initiative per
 * situation, asserted flag by flag with their triggers; and checks over the whole seeded graph that the Cypher
 * report, the initiatives API and an independent count from the seed files agree.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../../api/features/alignment/rules.js';
import { loadDataset } from '../../seed/dataset.js';
import { SEED_DIR } from '../../seed/paths.js';
import { gql, gqlOk, uniqueId } from '../support/helpers.js';

const ev = [{ sourceId: '002', line: 356, quote: 'long term sustainability often appears just out of reach' }];
const tag = uniqueId('al');
const id = (s: string) => `${s}-${tag}`;
const ids = {
  council: id('org-council'),
  national: id('org-national'),
  provider: id('org-provider'),
  vcse: id('org-vcse'),
  ph: id('dir-ph'),
  board: id('part-board'),
  community: id('tg-community'),
  partnershipOnly: id('ini-partnership-only'),
  contested: id('ini-contested'),
  unknown: id('ini-unknown'),
  aligned: id('ini-aligned'),
  silent: id('ini-silent'),
};
const created: string[] = [];

async function node(kind: string, input: Record<string, unknown>) {
  await gqlOk(`mutation($i: ${kind}Input!) { create${kind}(input: $i) { id } }`, { i: { ...input, evidence: ev } });
  created.push(input.id as string);
}
async function link(input: Record<string, unknown>): Promise<string> {
  const r = await gqlOk(`mutation($i: LinkInput!) { createLink(input: $i) { id } }`, { i: { ...input, evidence: ev } });
  return r.createLink.id;
}
const lever = (from: string, to: string, l: string, stance = 'ENABLES', extra: Record<string, unknown> = {}) =>
  link({ type: 'LEVER', from, to, lever: l, stance, ...extra });

const FLAG_FIELDS =
  'flag kind rule why detail sources { sourceId line quote } triggers { linkId type lever stance from { id } to { id } evidence { sourceId line quote } }';
const ALIGNMENT = `alignment { downward sideward upward opposing status gaps asOf levers { lever enabling opposing } flags { ${FLAG_FIELDS} } }`;
const rule = (flag: string) => {
  const r = RULES.find((x) => x.flag === flag)!;
  return { flag, kind: r.kind, rule: r.rule, why: r.why, sources: r.sources };
};
const trigger = (linkId: string, to: string) => {
  const [type, from, , lv] = linkId.split(':');
  const stance =
    type === 'LEVER' ? (linkId.includes(`${ids.council}:${ids.contested}:DOWNWARD`) ? 'OPPOSES' : 'ENABLES') : null;
  return { linkId, type, lever: lv ?? null, stance, from: { id: from }, to: { id: to }, evidence: ev };
};
const L: Record<string, string> = {};
const today = () => new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  await node('Organisation', { id: ids.council, name: 'Test council', type: 'LOCAL_AUTHORITY' });
  await node('Organisation', { id: ids.national, name: 'Test national body', type: 'NATIONAL_BODY' });
  await node('Organisation', { id: ids.provider, name: 'Test NHS provider', type: 'NHS_PROVIDER' });
  await node('Organisation', { id: ids.vcse, name: 'Test VCSE', type: 'VCSE' });
  await node('Directorate', { id: ids.ph, name: 'Test public health team', kind: 'PUBLIC_HEALTH' });
  await node('Partnership', { id: ids.board, name: 'Test board', kind: 'BOARD' });
  await node('TargetGroup', { id: ids.community, name: 'Test community', kind: 'PLACE' });
  await node('Initiative', {
    id: ids.partnershipOnly,
    name: 'Test partnership-only',
    kind: 'PILOT',
    status: 'AT_RISK',
    benefitExpected: '2030',
  });
  await node('Initiative', { id: ids.contested, name: 'Test contested', kind: 'PILOT' });
  await node('Initiative', { id: ids.unknown, name: 'Test unknown', kind: 'PILOT' });
  await node('Initiative', { id: ids.aligned, name: 'Test aligned', kind: 'PILOT' });
  await link({ type: 'PART_OF', from: ids.ph, to: ids.council });
  await link({ type: 'MEMBER_OF', from: ids.vcse, to: ids.board });
  // Partnership-only: sideward from a board with a VCSE member; commissioned by the council's directorate and
  // delivered by the council; funding that ended in 2020 for a benefit expected in 2030; at risk.
  L.side = await lever(ids.board, ids.partnershipOnly, 'SIDEWARD');
  L.commissions = await link({ type: 'COMMISSIONS', from: ids.ph, to: ids.partnershipOnly });
  L.delivers = await link({ type: 'DELIVERS', from: ids.council, to: ids.partnershipOnly });
  L.funds = await link({
    type: 'FUNDS',
    from: ids.national,
    to: ids.partnershipOnly,
    validFrom: '2015',
    validTo: '2020',
  });
  // Contested: internal leadership only, opposed by the council, with a community voice.
  L.internal = await lever(ids.ph, ids.contested, 'DOWNWARD', 'ENABLES', { class: 'strong leadership within the LA' });
  L.opposes = await lever(ids.council, ids.contested, 'DOWNWARD', 'OPPOSES');
  L.up = await lever(ids.community, ids.contested, 'UPWARD');
  // Aligned: two sponsors, a non-VCSE partner, a community voice.
  L.a1 = await lever(ids.council, ids.aligned, 'DOWNWARD', 'ENABLES', { class: 'strong system leadership' });
  L.a2 = await lever(ids.national, ids.aligned, 'DOWNWARD');
  L.a3 = await lever(ids.provider, ids.aligned, 'SIDEWARD');
  L.a4 = await lever(ids.community, ids.aligned, 'UPWARD');
  // Unknown today, but a community voice between 2010 and 2012.
  L.past = await lever(ids.community, ids.unknown, 'UPWARD', 'ENABLES', { validFrom: '2010', validTo: '2012' });
  // Silent: the partnership-only situation, but nobody has confirmed the missing levers absent.
  await node('Initiative', { id: ids.silent, name: 'Test silent', kind: 'PILOT' });
  L.silentSide = await lever(ids.board, ids.silent, 'SIDEWARD');
  // An officer checked the missing levers and found none: only now may the GAP rules fire.
  await check(ids.partnershipOnly, 'DOWNWARD');
  await check(ids.partnershipOnly, 'UPWARD');
  await check(ids.contested, 'SIDEWARD');
  await check(ids.aligned, 'SIDEWARD');
});

const STATES =
  'leverStates { lever state enabling opposing checks { checkedBy checkedOn note } absences { sourceId line quote } }';
async function check(ini: string, lever: string) {
  return (
    await gqlOk(
      `mutation($id: ID!, $l: Lever!) { recordLeverCheck(initiativeId: $id, lever: $l, note: "looked, none") { id ${STATES} } }`,
      { id: ini, l: lever },
    )
  ).recordLeverCheck;
}

afterAll(async () => {
  for (const n of created.reverse())
    await gql(`mutation($id: ID!) { deleteEntity(id: $id, detach: true) { deleted } }`, { id: n });
});

/** An initiative's alignment today; asOf is the server's date, which must be the day the request was made. */
async function alignmentOf(ini: string) {
  const before = today();
  const a = (await gqlOk(`query($id: ID!) { initiative(id: $id) { ${ALIGNMENT} } }`, { id: ini })).initiative.alignment;
  expect([before, today()]).toContain(a.asOf);
  return a;
}
const levers = (d: number[], s: number[], u: number[]) => [
  { lever: 'DOWNWARD', enabling: d[0], opposing: d[1] },
  { lever: 'SIDEWARD', enabling: s[0], opposing: s[1] },
  { lever: 'UPWARD', enabling: u[0], opposing: u[1] },
];

describe('unknown is not a gap', () => {
  it('shows a lever the sources are silent on as not recorded, and raises no GAP flag on it', async () => {
    const { initiative } = await gqlOk(`query($id: ID!) { initiative(id: $id) { ${STATES} ${ALIGNMENT} } }`, {
      id: ids.silent,
    });
    expect(initiative.leverStates.map((s: any) => [s.lever, s.state])).toEqual([
      ['DOWNWARD', 'NOT_RECORDED'],
      ['SIDEWARD', 'PRESENT'],
      ['UPWARD', 'NOT_RECORDED'],
    ]);
    expect(initiative.alignment.gaps).toEqual([]);
    expect(initiative.alignment.flags.filter((f: any) => f.kind === 'GAP')).toEqual([]);
  });

  it("records an editor's check with who and when, refuses a second, and withdraws it (both audited)", async () => {
    const after = await check(ids.silent, 'UPWARD');
    const up = after.leverStates.find((s: any) => s.lever === 'UPWARD');
    expect(up).toMatchObject({ state: 'ABSENT', checks: [{ checkedOn: today(), note: 'looked, none' }], absences: [] });
    expect(up.checks[0].checkedBy).toEqual(expect.any(String));
    const flagsOf = async () => (await alignmentOf(ids.silent)).flags.map((f: { flag: string }) => f.flag) as string[];
    expect(await flagsOf()).toContain('NO_COMMUNITY_VOICE');
    const again = await gql(`mutation($id: ID!) { recordLeverCheck(initiativeId: $id, lever: UPWARD) { id } }`, {
      id: ids.silent,
    });
    expect(again.errors?.[0]?.message).toMatch(/already checked/);
    const withdrawn = (
      await gqlOk(`mutation($id: ID!) { withdrawLeverCheck(initiativeId: $id, lever: UPWARD) { id ${STATES} } }`, {
        id: ids.silent,
      })
    ).withdrawLeverCheck;
    expect(withdrawn.leverStates.find((s: any) => s.lever === 'UPWARD').state).toBe('NOT_RECORDED');
    expect(await flagsOf()).not.toContain('NO_COMMUNITY_VOICE');
    const none = await gql(`mutation($id: ID!) { withdrawLeverCheck(initiativeId: $id, lever: UPWARD) { id } }`, {
      id: ids.silent,
    });
    expect(none.errors?.[0]?.message).toMatch(/no editor's check/);
  });

  it("carries the seed's cited statement of an absence as ABSENT with its citation", async () => {
    const { initiative } = await gqlOk(
      `{ initiative(id: "ini-000-vcse-innovation-without-sponsorship") { ${STATES} } }`,
    );
    const down = initiative.leverStates.find((s: any) => s.lever === 'DOWNWARD');
    expect(down).toMatchObject({ state: 'ABSENT', enabling: 0, opposing: 1, checks: [] });
    expect(down.absences).toEqual([{ sourceId: '000', line: 918, quote: expect.stringContaining('no sponsorship') }]);
  });
});

describe('Initiative.alignment flags', () => {
  it('flags a partnership without sponsor, community voice, commissioner-provider, ended funding and risk, with triggers', async () => {
    const to = ids.partnershipOnly;
    expect(await alignmentOf(to)).toEqual({
      downward: 0,
      sideward: 1,
      upward: 0,
      opposing: 0,
      status: 'PARTIAL',
      gaps: ['NO_DOWNWARD', 'NO_UPWARD'],
      asOf: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      levers: levers([0, 0], [1, 0], [0, 0]),
      flags: [
        {
          ...rule('UNSPONSORED_PARTNERSHIP'),
          detail: 'sideward backing from Test board; no enabling downward backer recorded',
          triggers: [trigger(L.side!, to)],
        },
        {
          ...rule('NO_COMMUNITY_VOICE'),
          detail: '1 lever link(s) recorded, none enabling upward',
          triggers: [trigger(L.side!, to)],
        },
        {
          ...rule('COMMISSIONER_IS_PROVIDER'),
          detail: 'one organisation both commission and deliver it (Test public health team; Test council)',
          triggers: [trigger(L.commissions!, to), trigger(L.delivers!, to)],
        },
        {
          ...rule('FUNDING_ENDS_BEFORE_BENEFIT'),
          detail: 'Test national body funding ends 2020; benefit expected 2030',
          triggers: [trigger(L.funds!, to)],
        },
        { ...rule('DISCONTINUED_OR_AT_RISK'), detail: 'status AT_RISK', triggers: [] },
      ],
    });
  });

  it('flags internal leadership without sponsorship, a single sponsor and opposition', async () => {
    const to = ids.contested;
    expect(await alignmentOf(to)).toEqual({
      downward: 1,
      sideward: 0,
      upward: 1,
      opposing: 1,
      status: 'CONTESTED',
      gaps: ['NO_SIDEWARD'],
      asOf: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      levers: levers([1, 1], [0, 0], [1, 0]),
      flags: [
        {
          ...rule('SPONSOR_WITHOUT_PARTNERS'),
          detail: 'downward backing from Test public health team; no enabling sideward backer recorded',
          triggers: [trigger(L.internal!, to)],
        },
        {
          ...rule('LEADERSHIP_WITHOUT_SPONSORSHIP'),
          detail: 'leadership from Test public health team with no sponsor or funder recorded',
          triggers: [trigger(L.internal!, to)],
        },
        {
          ...rule('SINGLE_SPONSOR'),
          detail: 'the only downward backer is Test public health team',
          triggers: [trigger(L.internal!, to)],
        },
        { ...rule('OPPOSED'), detail: 'opposed by Test council', triggers: [trigger(L.opposes!, to)] },
      ],
    });
  });

  it('gives an aligned initiative with a non-VCSE partner only NO_VCSE_PARTNER', async () => {
    const a = await alignmentOf(ids.aligned);
    expect({
      status: a.status,
      gaps: a.gaps,
      levers: a.levers,
      flags: a.flags.map((f: { flag: string; triggers: { linkId: string }[] }) => [
        f.flag,
        f.triggers.map((t) => t.linkId),
      ]),
    }).toEqual({
      status: 'ALIGNED',
      gaps: [],
      levers: levers([2, 0], [1, 0], [1, 0]),
      flags: [['NO_VCSE_PARTNER', [L.a3]]],
    });
  });

  it('keeps unknown distinct from a gap: no lever recorded means UNKNOWN and no flags at all', async () => {
    expect(await alignmentOf(ids.unknown)).toEqual({
      downward: 0,
      sideward: 0,
      upward: 0,
      opposing: 0,
      status: 'UNKNOWN',
      gaps: [],
      asOf: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      levers: levers([0, 0], [0, 0], [0, 0]),
      flags: [],
    });
  });

  it('reads links at asOf in the report: the 2010-2012 community voice counts in 2011 only', async () => {
    const report = async (asOf: string) =>
      (
        await gqlOk(
          `query($a: String) { alignmentReport(asOf: $a, first: 5000) { items { initiative { id } alignment { status upward asOf flags { flag } } } } }`,
          { a: asOf },
        )
      ).alignmentReport.items.find((i: { initiative: { id: string } }) => i.initiative.id === ids.unknown).alignment;
    expect(await report('2011-06')).toEqual({ status: 'PARTIAL', upward: 1, asOf: '2011-06', flags: [] });
    expect(await report('2013')).toEqual({ status: 'UNKNOWN', upward: 0, asOf: '2013', flags: [] });
  });

  it('gives in the report page the same alignment, triggers and evidence as Initiative.alignment', async () => {
    // The report reads every initiative without evidence, then its page again with evidence (api/features/alignment/report.ts).
    const items = (await gqlOk(`{ alignmentReport(first: 5000) { items { initiative { id } ${ALIGNMENT} } } }`))
      .alignmentReport.items;
    for (const ini of [ids.partnershipOnly, ids.contested, ids.aligned]) {
      const got = items.find((i: { initiative: { id: string } }) => i.initiative.id === ini).alignment;
      expect(got).toEqual(await alignmentOf(ini));
      expect(
        got.flags
          .flatMap((f: { triggers: { evidence: unknown[] }[] }) => f.triggers)
          .every((t: { evidence: unknown[] }) => t.evidence.length > 0),
      ).toBe(true);
    }
  });

  it('filters the report by status and flag and counts them', async () => {
    const r = (
      await gqlOk(
        `{ alignmentReport(status: [CONTESTED], flags: [LEADERSHIP_WITHOUT_SPONSORSHIP], first: 5000) { total byStatus { status count } byFlag { flag count } items { initiative { id } alignment { status flags { flag } } } } }`,
      )
    ).alignmentReport;
    expect(r.items.map((i: { initiative: { id: string } }) => i.initiative.id)).toContain(ids.contested);
    expect(r.total).toBe(r.items.length);
    for (const i of r.items) {
      expect(i.alignment.status).toBe('CONTESTED');
      expect(i.alignment.flags.map((f: { flag: string }) => f.flag)).toContain('LEADERSHIP_WITHOUT_SPONSORSHIP');
    }
    expect(r.byStatus).toEqual([
      { status: 'ALIGNED', count: 0 },
      { status: 'PARTIAL', count: 0 },
      { status: 'CONTESTED', count: r.total },
      { status: 'UNKNOWN', count: 0 },
    ]);
    expect(r.byFlag.find((f: { flag: string }) => f.flag === 'LEADERSHIP_WITHOUT_SPONSORSHIP').count).toBe(r.total);
  });

  it('rejects a malformed asOf naming the field', async () => {
    const r = await gql(`{ alignmentReport(asOf: "2016-13") { total } }`);
    expect(r.errors?.[0]).toMatchObject({
      message: 'asOf: must be a date YYYY, YYYY-MM or YYYY-MM-DD',
      extensions: { code: 'BAD_USER_INPUT', field: 'asOf' },
    });
  });
});

describe('alignmentRules', () => {
  it('serves every rule of the rules table', async () => {
    const { alignmentRules } = await gqlOk(`{ alignmentRules { flag kind rule why sources { sourceId line quote } } }`);
    expect(alignmentRules).toEqual(
      RULES.map((r) => ({ flag: r.flag, kind: r.kind, rule: r.rule, why: r.why, sources: r.sources })),
    );
  });
});

describe('the seeded graph', () => {
  it('agrees between the Cypher report, the initiatives API and a count from the seed files', async () => {
    const ds = loadDataset(SEED_DIR);
    const { alignmentReport } = await gqlOk(
      `{ alignmentReport(first: 5000) { items { initiative { id } alignment { asOf downward sideward upward opposing status gaps flags { flag triggers { linkId } } } } } }`,
    );
    // The seed files are read at the date the server reported at.
    const asOf: string = alignmentReport.items[0].alignment.asOf;
    const report = new Map<string, any>(alignmentReport.items.map((i: any) => [i.initiative.id, i.alignment]));
    const seeded = [...ds.nodes.values()].filter((n) => n.label === 'Initiative').map((n) => n.props.id);
    const current = (l: { validFrom?: string; validTo?: string }) =>
      (!l.validFrom || l.validFrom <= asOf.slice(0, l.validFrom.length)) &&
      (!l.validTo || l.validTo >= asOf.slice(0, l.validTo.length));
    const mismatches: string[] = [];
    for (const ini of seeded) {
      const ls = [...ds.links.values()].filter((l) => l.type === 'LEVER' && l.to === ini && current(l));
      const n = (lv: string) => ls.filter((l) => l.lever === lv && l.stance === 'ENABLES').length;
      const opposing = ls.filter((l) => l.stance === 'OPPOSES').length;
      const status = !ls.length
        ? 'UNKNOWN'
        : opposing
          ? 'CONTESTED'
          : n('DOWNWARD') && n('SIDEWARD') && n('UPWARD')
            ? 'ALIGNED'
            : 'PARTIAL';
      const got = report.get(ini);
      const want = { downward: n('DOWNWARD'), sideward: n('SIDEWARD'), upward: n('UPWARD'), opposing, status };
      if (
        !got ||
        JSON.stringify({
          downward: got.downward,
          sideward: got.sideward,
          upward: got.upward,
          opposing: got.opposing,
          status: got.status,
        }) !== JSON.stringify(want)
      )
        mismatches.push(ini);
      // The opposing triggers are exactly the opposing lever links the seed records.
      const opposed = got?.flags.find((f: any) => f.flag === 'OPPOSED');
      const want2 = ls
        .filter((l) => l.stance === 'OPPOSES')
        .map((l) => l.id)
        .sort();
      if (JSON.stringify(opposed ? opposed.triggers.map((t: any) => t.linkId).sort() : []) !== JSON.stringify(want2))
        mismatches.push(`${ini} OPPOSED`);
      // Unknown is not a gap.
      if (
        status === 'UNKNOWN' &&
        got?.flags.some((f: any) =>
          [
            'UNSPONSORED_PARTNERSHIP',
            'NO_COMMUNITY_VOICE',
            'SPONSOR_WITHOUT_PARTNERS',
            'SINGLE_SPONSOR',
            'OPPOSED',
          ].includes(f.flag),
        )
      )
        mismatches.push(`${ini} UNKNOWN with a lever gap`);
    }
    expect(mismatches).toEqual([]);
    expect(seeded.length).toBeGreaterThan(200);

    // Initiative.alignment (cypher/queries/initiatives.cypher) gives the same alignment as the report.
    const page = (
      await gqlOk(
        `{ initiatives(first: 500) { edges { node { id alignment { downward sideward upward opposing status gaps flags { flag triggers { linkId } } } } } } }`,
      )
    ).initiatives.edges;
    expect(page.length).toBeGreaterThan(200);
    for (const e of page)
      expect({ id: e.node.id, ...e.node.alignment }).toEqual({
        id: e.node.id,
        ...report.get(e.node.id),
        asOf: undefined,
      });
  });
});
