/**
 * England's local authorities from the committed ONS lookup (data/ons/README.md): code, name, tier and upper-tier
 * parent, typed. The places loader, the open-data imports and the benchmark generators all read it here.
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

export interface OnsArea {
  code: string;
  name: string;
  tier: LaTier;
  /** The county over a district; null for an upper-tier or unitary authority. */
  upperTier: string | null;
  /** The row of the file (header = 1) that names the area first, and that row's record (its LTLA code). */
  row: number;
  record: string;
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

let cache: OnsArea[] | null = null;

/** Every area once: the lower tiers in file order, each county after the first district that names it. */
export function onsAreas(file: string = ONS_FILE): OnsArea[] {
  if (file === ONS_FILE && cache) return cache;
  const rows = z.array(Row).parse(parse(readFileSync(file), { columns: true, bom: true, skip_empty_lines: true }));
  const out = new Map<string, OnsArea>();
  rows.forEach((r, i) => {
    const row = i + 2;
    const add = (code: string, name: string, upperTier: string | null) => {
      const tier = tierOf(code);
      if (!tier) throw new Error(`${file} row ${row}: ${code} is not an English local authority code`);
      if (!out.has(code)) out.set(code, { code, name, tier, upperTier, row, record: r.LTLA21CD });
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
