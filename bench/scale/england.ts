/**
 * A connected, England-wide graph for benchmarks, the same for the same seed number: every local authority (real
 * counts: 21 county councils and 296 district, metropolitan, London and unitary councils under 153 upper-tier
 * authorities in 9 regions), 42 ICBs, a Health and Wellbeing Board per upper-tier authority, national bodies and
 * funders shared by every place (hubs of tens of thousands of links), VCSE organisations, initiatives, grants and
 * target groups. Names are generated and say so; every node and link cites the generated DATASET source by record.
 */
import type { Lever } from '../../model/vocabulary.js';

export interface ScaleOptions {
  seed: number;
  /** Initiatives; the other counts follow from it (100,000 gives about 1,050,000 relationships). */
  initiatives: number;
  vcse: number;
}

export const NATIONAL_DEFAULTS: ScaleOptions = { seed: 1, initiatives: 100_000, vcse: 20_000 };

export const SCALE_SOURCE = 'src-scale-england';

export interface NodeRow {
  id: string;
  label: string;
  props: Record<string, unknown>;
}
export interface LinkRow {
  id: string;
  from: string;
  to: string;
  type: string;
  props: Record<string, unknown>;
}

/** mulberry32: small, fast and deterministic; Math.random is neither reproducible nor seedable. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REGIONS = 9;
const COUNTIES = 21;
const DISTRICTS = 164;
const SINGLE_TIER = 132; // metropolitan boroughs, London boroughs, unitaries, City of London, Isles of Scilly
const ICBS = 42;
const NATIONAL_BODIES = 8;
const FUNDERS = 40;
const TARGET_KINDS = ['PLACE', 'AGE', 'UNDERSERVED', 'PATIENT', 'IDENTITY', 'INTEREST'] as const;
const INITIATIVE_KINDS = ['SERVICE', 'PROJECT', 'PILOT', 'PROGRAMME'] as const;
const STATUSES = ['ACTIVE', 'ACTIVE', 'ACTIVE', 'AT_RISK', 'DISCONTINUED', 'PLANNED'] as const;
const ELEMENTS = ['E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7', 'E8', 'E9', 'E10', 'E11'] as const;

/** The graph in batches: nodes first (every label), then links; `each` may write a batch before the next is made. */
export async function generateEngland(
  opts: ScaleOptions,
  each: (batch: { nodes?: NodeRow[]; links?: LinkRow[] }) => Promise<void>,
  batchSize = 5_000,
): Promise<{ nodes: number; links: number; hubs: Record<string, string> }> {
  const rand = prng(opts.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  let row = 0;
  const cite = (id: string) => {
    row += 1;
    return { evSource: [SCALE_SOURCE], evLine: [row], evQuote: [''], evRecord: [id] };
  };
  let nodes: NodeRow[] = [];
  let links: LinkRow[] = [];
  let nodeCount = 0;
  let linkCount = 0;
  const flushNodes = async (force = false) => {
    if (nodes.length >= batchSize || (force && nodes.length)) {
      nodeCount += nodes.length;
      await each({ nodes });
      nodes = [];
    }
  };
  const flushLinks = async (force = false) => {
    if (links.length >= batchSize || (force && links.length)) {
      linkCount += links.length;
      await each({ links });
      links = [];
    }
  };
  const node = async (label: string, id: string, props: Record<string, unknown>) => {
    nodes.push({ id, label, props: { id, ...props, ...cite(id) } });
    await flushNodes();
  };
  const link = async (type: string, from: string, to: string, props: Record<string, unknown> = {}) => {
    const id = `lnk-scale-${linkCount + links.length + 1}`;
    links.push({ id, from, to, type, props: { confidence: 'STATED', claimStatus: 'VERIFIED', ...props, ...cite(id) } });
    await flushLinks();
  };
  const lever = (lever: Lever) => ({ lever, stance: 'ENABLES' });

  // Places: England, its regions, upper-tier areas (counties and single-tier) and lower-tier districts.
  await node('Place', 'place-scale-england', { name: 'England (generated)', kind: 'NATION' });
  const regions = Array.from({ length: REGIONS }, (_, i) => `place-scale-region-${i + 1}`);
  for (const [i, id] of regions.entries())
    await node('Place', id, { name: `Generated region ${i + 1}`, kind: 'REGION' });
  const upper: { place: string; council: string; region: string; districts: string[] }[] = [];
  for (let i = 0; i < COUNTIES + SINGLE_TIER; i++) {
    const county = i < COUNTIES;
    upper.push({
      place: `place-scale-utla-${i + 1}`,
      council: `org-scale-utla-${i + 1}`,
      region: regions[i % REGIONS]!,
      districts: [],
    });
    await node('Place', upper[i]!.place, {
      name: `Generated ${county ? 'county' : 'unitary area'} ${i + 1}`,
      kind: 'LA_AREA',
      code: `${county ? 'E10' : 'E06'}${String(900000 + i + 1)}`,
    });
    await node('Organisation', upper[i]!.council, {
      name: `Generated ${county ? 'County' : 'Unitary'} Council ${i + 1}`,
      type: 'LOCAL_AUTHORITY',
    });
  }
  // Lower tier: districts within counties; a single-tier area is its own lower tier.
  const lower: { place: string; council: string; upper: (typeof upper)[number] }[] = [];
  for (let d = 0; d < DISTRICTS; d++) {
    const u = upper[d % COUNTIES]!;
    const place = `place-scale-ltla-${d + 1}`;
    u.districts.push(place);
    lower.push({ place, council: `org-scale-ltla-${d + 1}`, upper: u });
    await node('Place', place, { name: `Generated district ${d + 1}`, kind: 'LA_AREA', code: `E07${900000 + d + 1}` });
    await node('Organisation', `org-scale-ltla-${d + 1}`, {
      name: `Generated District Council ${d + 1}`,
      type: 'LOCAL_AUTHORITY',
    });
  }
  for (const u of upper.slice(COUNTIES)) lower.push({ place: u.place, council: u.council, upper: u });

  const icbs = Array.from({ length: ICBS }, (_, i) => `org-scale-icb-${i + 1}`);
  for (const [i, id] of icbs.entries())
    await node('Organisation', id, { name: `Generated Integrated Care Board ${i + 1}`, type: 'NHS_COMMISSIONER' });
  const national = Array.from({ length: NATIONAL_BODIES }, (_, i) => `org-scale-national-${i + 1}`);
  for (const [i, id] of national.entries())
    await node('Organisation', id, { name: `Generated national body ${i + 1}`, type: 'NATIONAL_BODY' });
  const funders = Array.from({ length: FUNDERS }, (_, i) => `org-scale-funder-${i + 1}`);
  for (const [i, id] of funders.entries())
    await node('Organisation', id, { name: `Generated funder ${i + 1}`, type: 'FUNDER' });
  const healthwatch = upper.map((_, i) => `org-scale-healthwatch-${i + 1}`);
  for (const [i, id] of healthwatch.entries())
    await node('Organisation', id, { name: `Generated Healthwatch ${i + 1}`, type: 'HEALTHWATCH' });
  const phTeams = upper.map((_, i) => `dir-scale-ph-${i + 1}`);
  for (const [i, id] of phTeams.entries())
    await node('Directorate', id, { name: `Generated public health team ${i + 1}`, kind: 'PUBLIC_HEALTH' });

  const hwbs = upper.map((_, i) => `pship-scale-hwb-${i + 1}`);
  for (const [i, id] of hwbs.entries())
    await node('Partnership', id, { name: `Generated Health and Wellbeing Board ${i + 1}`, kind: 'BOARD' });
  // A VCSE consortium per lower-tier area, and one national network every VCSE body may join (a hub).
  const consortia = lower.map((_, i) => `pship-scale-consortium-${i + 1}`);
  for (const [i, id] of consortia.entries())
    await node('Partnership', id, { name: `Generated VCSE consortium ${i + 1}`, kind: 'CONSORTIUM' });
  const network = 'pship-scale-national-network';
  await node('Partnership', network, { name: 'Generated national VCSE network', kind: 'NETWORK' });

  const vcse = Array.from({ length: opts.vcse }, (_, i) => `org-scale-vcse-${i + 1}`);
  const vcseArea = vcse.map(() => Math.floor(rand() * lower.length));
  for (const [i, id] of vcse.entries())
    await node('Organisation', id, { name: `Generated VCSE organisation ${i + 1}`, type: 'VCSE' });

  const groups: string[][] = lower.map((_, a) => TARGET_KINDS.map((_, k) => `tg-scale-${a + 1}-${k + 1}`));
  for (const [a, ids] of groups.entries())
    for (const [k, id] of ids.entries())
      await node('TargetGroup', id, {
        name: `Generated ${TARGET_KINDS[k]!.toLowerCase()} group ${a + 1}`,
        kind: TARGET_KINDS[k],
      });

  const initiativeArea: number[] = [];
  for (let i = 0; i < opts.initiatives; i++) {
    initiativeArea.push(Math.floor(rand() * lower.length));
    const elements = [pick(ELEMENTS), pick(ELEMENTS)].filter((e, j, xs) => xs.indexOf(e) === j);
    await node('Initiative', `ini-scale-${i + 1}`, {
      name: `Generated initiative ${i + 1}`,
      kind: pick(INITIATIVE_KINDS),
      status: pick(STATUSES),
      frameworkElements: elements,
      startDate: String(2012 + Math.floor(rand() * 12)),
    });
  }
  await flushNodes(true);

  // Links: the place hierarchy, who works where, who sits on which board.
  for (const r of regions) await link('WITHIN', r, 'place-scale-england');
  for (const u of upper) {
    await link('WITHIN', u.place, u.region);
    for (const d of u.districts) await link('WITHIN', d, u.place);
  }
  for (const [i, u] of upper.entries()) {
    const icb = icbs[i % ICBS]!;
    await link('WORKS_IN', u.council, u.place);
    await link('WORKS_IN', healthwatch[i]!, u.place);
    await link('WORKS_IN', icb, u.place);
    await link('PART_OF', phTeams[i]!, u.council);
    for (const m of [u.council, phTeams[i]!, icb, healthwatch[i]!])
      await link('MEMBER_OF', m, hwbs[i]!, { role: m === u.council ? 'chair' : 'member' });
  }
  for (const [a, l] of lower.entries()) {
    if (l.council !== l.upper.council) await link('WORKS_IN', l.council, l.place);
    await link('WORKS_IN', consortia[a]!, l.place);
  }
  for (const [i, id] of vcse.entries()) {
    const a = vcseArea[i]!;
    await link('WORKS_IN', id, lower[a]!.place);
    await link('MEMBER_OF', id, consortia[a]!, { role: 'member' });
    if (rand() < 0.6) await link('MEMBER_OF', id, network, { role: 'member' });
  }

  // Each initiative: where it runs, who commissions and delivers it, who backs it on each lever, whom it targets.
  for (let i = 0; i < opts.initiatives; i++) {
    const id = `ini-scale-${i + 1}`;
    const a = initiativeArea[i]!;
    const area = lower[a]!;
    const u = upper.indexOf(area.upper);
    const deliverer = vcse[Math.floor(rand() * vcse.length)]!;
    await link('LOCATED_IN', id, area.place);
    await link('COMMISSIONS', rand() < 0.7 ? area.upper.council : icbs[u % ICBS]!, id);
    await link('DELIVERS', deliverer, id);
    if (rand() < 0.3) await link('DELIVERS', vcse[Math.floor(rand() * vcse.length)]!, id);
    if (rand() < 0.75) await link('LEVER', phTeams[u]!, id, lever('DOWNWARD'));
    if (rand() < 0.35) await link('LEVER', pick(national), id, lever('DOWNWARD'));
    if (rand() < 0.3) await link('LEVER', pick(funders), id, lever('DOWNWARD'));
    if (rand() < 0.7) await link('LEVER', hwbs[u]!, id, lever('SIDEWARD'));
    if (rand() < 0.5) await link('LEVER', consortia[a]!, id, lever('SIDEWARD'));
    if (rand() < 0.15) await link('LEVER', network, id, lever('SIDEWARD'));
    const target = pick(groups[a]!);
    await link('TARGETS', id, target);
    if (rand() < 0.5) await link('TARGETS', id, pick(groups[a]!));
    if (rand() < 0.45) await link('LEVER', target, id, lever('UPWARD'));
    if (rand() < 0.1) await link('LEVER', healthwatch[u]!, id, lever('UPWARD'));
  }
  // Grants: funders to VCSE bodies (downward money, several grants to one recipient allowed).
  const grants = Math.round(opts.initiatives * 1.5);
  for (let g = 0; g < grants; g++) {
    const amount = 1000 * (1 + Math.floor(rand() * 200));
    await link('FUNDS', pick(funders), vcse[Math.floor(rand() * vcse.length)]!, {
      amount,
      currency: 'GBP',
      validFrom: `${2015 + Math.floor(rand() * 9)}`,
    });
  }
  await flushLinks(true);
  return {
    nodes: nodeCount,
    links: linkCount,
    hubs: { national: national[0]!, network, hwb: hwbs[0]!, funder: funders[0]! },
  };
}
