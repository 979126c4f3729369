/**
 * England's local authorities from the committed ONS lookups (data/ons/README.md): code, name, tier, upper-tier
 * parent and region, typed. The places loader, the open-data imports and the benchmark generators all read it here.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import type { LaTier } from '../../../model/vocabulary.js';

export const ONS_FILE = join(dirname(fileURLToPath(import.meta.url)), '../../../data/ons/ltla-utla-2021-england.csv');

/** The dataset as a Levermap source (a DATASET, cited by record: the LTLA code of a row). */
export const ONS_SOURCE = {
  id: 'ons-ltla-utla-2021',
  title: 'Lower Tier Local Authority to Upper Tier Local Authority (April 2021) Lookup in England and Wales',
  kind: 'DATASET',
  publisher: 'Office for National Statistics',
  year: 2021,
  date: '2021-04',
  file: 'data/ons/ltla-utla-2021-england.csv',
  licence: 'Open Government Licence v3.0',
} as const;

export const ONS_REGION_FILE = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../../data/ons/lad-region-2021-england.csv',
);

/** The region lookup as a Levermap source, cited by record (the LAD code of a row). */
export const ONS_REGION_SOURCE = {
  id: 'ons-lad-rgn-2021',
  title: 'Local Authority District to Region (April 2021) Lookup in England',
  kind: 'DATASET',
  publisher: 'Office for National Statistics',
  year: 2021,
  date: '2021-04',
  file: 'data/ons/lad-region-2021-england.csv',
  licence: 'Open Government Licence v3.0',
} as const;

/** An English region (ONS entity E12) and the row of the region lookup that names it first. */
export interface OnsRegion {
  code: string;
  name: string;
  row: number;
  record: string;
}

export interface OnsArea {
  code: string;
  name: string;
  tier: LaTier;
  /** The county over a district; null for an upper-tier or unitary authority. */
  upperTier: string | null;
  /** The row of the file (header = 1) that names the area first, and that row's record (its LTLA code). */
  row: number;
  record: string;
  /**
   * The area's region, and the region lookup's row that says so: the area's own row, or for a county (which the
   * lookup does not list) the row of its first district, since a county's districts all lie in one region.
   */
  region: { code: string; row: number; record: string };
}

const TIER_OF_ENTITY: Record<string, LaTier> = {
  E06: 'UNITARY',
  E07: 'NON_METROPOLITAN_DISTRICT',
  E08: 'METROPOLITAN_DISTRICT',
  E09: 'LONDON_BOROUGH',
  E10: 'COUNTY',
};
/** An ONS area code: entity type (a letter and two digits) then six digits. */
export const ONS_CODE = /^[EWSNK]\d{8}$/;
export const tierOf = (code: string): LaTier | null => TIER_OF_ENTITY[code.slice(0, 3)] ?? null;

const Row = z.object({
  FID: z.string(),
  LTLA21CD: z.string().regex(ONS_CODE),
  LTLA21NM: z.string().min(1),
  UTLA21CD: z.string().regex(ONS_CODE),
  UTLA21NM: z.string().min(1),
});

const RegionRow = z.object({
  LAD21CD: z.string().regex(ONS_CODE),
  LAD21NM: z.string().min(1),
  RGN21CD: z.string().regex(/^E12\d{6}$/),
  RGN21NM: z.string().min(1),
  FID: z.string(),
});

const readCsv = (file: string) => parse(readFileSync(file), { columns: true, bom: true, skip_empty_lines: true });

let regionCache: { regions: OnsRegion[]; ofDistrict: Map<string, { code: string; row: number }> } | null = null;

/** The region lookup: each region once (in file order), and each district's region with its row. */
export function onsRegionLookup(file: string = ONS_REGION_FILE) {
  if (file === ONS_REGION_FILE && regionCache) return regionCache;
  const rows = z.array(RegionRow).parse(readCsv(file));
  const regions = new Map<string, OnsRegion>();
  const ofDistrict = new Map<string, { code: string; row: number }>();
  rows.forEach((r, i) => {
    const row = i + 2;
    if (!regions.has(r.RGN21CD)) regions.set(r.RGN21CD, { code: r.RGN21CD, name: r.RGN21NM, row, record: r.LAD21CD });
    ofDistrict.set(r.LAD21CD, { code: r.RGN21CD, row });
  });
  const out = { regions: [...regions.values()], ofDistrict };
  if (file === ONS_REGION_FILE) regionCache = out;
  return out;
}

let cache: OnsArea[] | null = null;

/** Every area once: the lower tiers in file order, each county after the first district that names it. */
export function onsAreas(file: string = ONS_FILE): OnsArea[] {
  if (file === ONS_FILE && cache) return cache;
  const rows = z.array(Row).parse(readCsv(file));
  const { ofDistrict } = onsRegionLookup();
  const out = new Map<string, OnsArea>();
  rows.forEach((r, i) => {
    const row = i + 2;
    const inRegion = ofDistrict.get(r.LTLA21CD);
    if (!inRegion) throw new Error(`${ONS_REGION_FILE}: no region for ${r.LTLA21CD} (${file} row ${row})`);
    const region = { ...inRegion, record: r.LTLA21CD };
    const add = (code: string, name: string, upperTier: string | null) => {
      const tier = tierOf(code);
      if (!tier) throw new Error(`${file} row ${row}: ${code} is not an English local authority code`);
      if (!out.has(code)) out.set(code, { code, name, tier, upperTier, row, record: r.LTLA21CD, region });
    };
    add(r.LTLA21CD, r.LTLA21NM, r.UTLA21CD === r.LTLA21CD ? null : r.UTLA21CD);
    if (r.UTLA21CD !== r.LTLA21CD) add(r.UTLA21CD, r.UTLA21NM, null);
  });
  const list = [...out.values()];
  if (file === ONS_FILE) cache = list;
  return list;
}

const byCode = () => new Map(onsAreas().map((a) => [a.code, a]));
let codeIndex: Map<string, OnsArea> | null = null;

/** The area of an ONS code (capitals, no spaces), or null when the table has no such English authority. */
export function onsArea(code: string): OnsArea | null {
  codeIndex ??= byCode();
  return codeIndex.get(code.trim().toUpperCase()) ?? null;
}

/** Areas whose ONS name is this name (case and spacing ignored): more than one means the name is ambiguous. */
export function onsAreasNamed(name: string): OnsArea[] {
  const key = name.trim().toLowerCase().replace(/\s+/g, ' ');
  return onsAreas().filter((a) => a.name.toLowerCase() === key);
}
