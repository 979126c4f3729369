/**
 * 360Giving grants (the ThreeSixtyGiving/standard schema, 360-giving-schema.json) from CSV or XLSX with the
 * standard's column titles (GrantNav's numbered "Beneficiary Location:0:Name" form too), or the JSON package
 * `{ "grants": [...] }`. Each grant becomes a GRANT initiative cited by its Identifier (docs/open-data.md, ADR 0012).
 */
import { z } from 'zod';
import type { Citation } from '../../../../model/schemas.js';
import type { Database } from '../../../db/database.js';
import { DATE_PATTERN } from '../../../../model/vocabulary.js';
import { AppError } from '../../../errors.js';
import { checkSize, readCsv, readJson, readXlsx, type Cell, type InputFile, type Limits, type Table } from '../read.js';
import type { Records } from '../records.js';
import {
  cite,
  datasetSourceId,
  hash,
  type OrgRef,
  organisationRecords,
  type PlaceUse,
  placeKey,
  placeRecords,
  placeValues,
  RecordSet,
  slug,
} from './build.js';

/** One grant as the standard defines it, in the fields Levermap keeps. */
export interface Grant {
  row: number;
  identifier?: string;
  title?: string;
  description?: string;
  currency?: string;
  amountAwarded?: string;
  awardDate?: string;
  startDate?: string;
  endDate?: string;
  durationMonths?: string;
  recipient: { orgId?: string; name?: string; charityNumber?: string; companyNumber?: string };
  funder: { orgId?: string; name?: string };
  programme: { code?: string; title?: string };
  locations: { name?: string; code?: string; codeType?: string }[];
}

/** The standard's column titles (summary-table/360-giving-schema-titles grants sheet) that Levermap reads. */
export const GRANT_COLUMNS = {
  identifier: 'Identifier',
  title: 'Title',
  description: 'Description',
  currency: 'Currency',
  amountAwarded: 'Amount Awarded',
  awardDate: 'Award Date',
  startDate: 'Planned Dates:Start Date',
  endDate: 'Planned Dates:End Date',
  durationMonths: 'Planned Dates:Duration (months)',
  recipientId: 'Recipient Org:Identifier',
  recipientName: 'Recipient Org:Name',
  recipientCharity: 'Recipient Org:Charity Number',
  recipientCompany: 'Recipient Org:Company Number',
  funderId: 'Funding Org:Identifier',
  funderName: 'Funding Org:Name',
  programmeCode: 'Grant Programme:Code',
  programmeTitle: 'Grant Programme:Title',
  locationName: 'Beneficiary Location:Name',
  locationCode: 'Beneficiary Location:Geographic Code',
  locationType: 'Beneficiary Location:Geographic Code Type',
} as const;
const REQUIRED = ['identifier', 'title', 'currency', 'amountAwarded', 'awardDate'] as const;

const text = (c: Cell | undefined): string | undefined => {
  if (c === undefined || (typeof c === 'object' && !(c instanceof Date))) return undefined;
  const s = c instanceof Date ? c.toISOString() : String(c).trim();
  return s === '' ? undefined : s;
};

/** Companies House numbers are eight characters: one a spreadsheet made a number (9999999) gets its zeros back. */
const companyNumber = (s: string | undefined) => (s && /^\d{1,7}$/.test(s) ? s.padStart(8, '0') : s);

/** "Beneficiary Location:0:Name" (GrantNav, the flatten tool) reads as "Beneficiary Location:Name", item 0. */
function splitIndexed(col: string): { base: string; index: number } {
  const m = /^(.*?):(\d+):(.*)$/.exec(col);
  return m ? { base: `${m[1]}:${m[3]}`, index: Number(m[2]) } : { base: col, index: 0 };
}

export function grantsFromTables(tables: Table[], set: RecordSet): Grant[] {
  const sheets = tables.filter((t) => t.columns.some((c) => c.trim() === GRANT_COLUMNS.identifier));
  if (!sheets.length) {
    set.problem(
      1,
      null,
      `no sheet has the 360Giving column titles (${GRANT_COLUMNS.identifier}, ${GRANT_COLUMNS.title}, ${GRANT_COLUMNS.amountAwarded}, ...); the sheets are ${tables.map((t) => t.sheet || '(unnamed)').join(', ')}`,
    );
    return [];
  }
  for (const t of tables.filter((x) => !sheets.includes(x)))
    set.warnings.push(`sheet "${t.sheet}" was ignored: it has no ${GRANT_COLUMNS.identifier} column`);
  const grants: Grant[] = [];
  for (const t of sheets) {
    for (const { row, cells } of t.rows) {
      const get = (col: string, index = 0) => {
        for (const [k, v] of cells) {
          const s = splitIndexed(k.trim());
          if (s.base === col && s.index === index) return text(v);
        }
        return undefined;
      };
      for (const [k, v] of cells)
        if (
          typeof v === 'object' &&
          !(v instanceof Date) &&
          Object.values(GRANT_COLUMNS).includes(splitIndexed(k).base as never)
        )
          set.problem(row, k, v.bad);
      const indexes = new Set([0]);
      for (const k of cells.keys()) {
        const s = splitIndexed(k.trim());
        if (s.base.startsWith('Beneficiary Location:')) indexes.add(s.index);
      }
      const C = GRANT_COLUMNS;
      grants.push({
        row,
        identifier: get(C.identifier),
        title: get(C.title),
        description: get(C.description),
        currency: get(C.currency),
        amountAwarded: get(C.amountAwarded),
        awardDate: get(C.awardDate),
        startDate: get(C.startDate),
        endDate: get(C.endDate),
        durationMonths: get(C.durationMonths),
        recipient: {
          orgId: get(C.recipientId),
          name: get(C.recipientName),
          charityNumber: get(C.recipientCharity),
          companyNumber: companyNumber(get(C.recipientCompany)),
        },
        funder: { orgId: get(C.funderId), name: get(C.funderName) },
        programme: { code: get(C.programmeCode), title: get(C.programmeTitle) },
        locations: [...indexes]
          .sort((a, b) => a - b)
          .map((i) => ({
            name: get(C.locationName, i),
            code: get(C.locationCode, i),
            codeType: get(C.locationType, i),
          }))
          .filter((l) => l.name || l.code),
      });
    }
  }
  return grants;
}

const Str = z.union([z.string(), z.number()]).transform(String).optional();
const JsonOrg = z.object({ id: Str, name: Str, charityNumber: Str, companyNumber: Str }).loose();
const JsonGrant = z
  .object({
    id: Str,
    title: Str,
    description: Str,
    currency: Str,
    amountAwarded: Str,
    awardDate: Str,
    plannedDates: z.array(z.object({ startDate: Str, endDate: Str, duration: Str }).loose()).optional(),
    recipientOrganization: z.array(JsonOrg).optional(),
    fundingOrganization: z.array(JsonOrg).optional(),
    grantProgramme: z.array(z.object({ code: Str, title: Str }).loose()).optional(),
    beneficiaryLocation: z.array(z.object({ name: Str, geoCode: Str, geoCodeType: Str }).loose()).optional(),
  })
  .loose();
const JsonPackage = z.object({ grants: z.array(z.unknown()) }).loose();

export function grantsFromJson(doc: unknown, set: RecordSet): Grant[] {
  const pkg = JsonPackage.safeParse(doc);
  if (!pkg.success) {
    set.problem(
      null,
      'grants',
      'a 360Giving JSON file is an object with a "grants" list (360-giving-package-schema.json)',
    );
    return [];
  }
  const grants: Grant[] = [];
  pkg.data.grants.forEach((raw, i) => {
    const row = i + 1;
    const g = JsonGrant.safeParse(raw);
    if (!g.success) {
      for (const issue of g.error.issues) set.problem(row, `grants[${i}].${issue.path.join('.')}`, issue.message);
      return;
    }
    const d = g.data;
    const pd = d.plannedDates?.[0];
    const rec = d.recipientOrganization?.[0];
    const fun = d.fundingOrganization?.[0];
    grants.push({
      row,
      identifier: d.id,
      title: d.title,
      description: d.description,
      currency: d.currency,
      amountAwarded: d.amountAwarded,
      awardDate: d.awardDate,
      startDate: pd?.startDate,
      endDate: pd?.endDate,
      durationMonths: pd?.duration,
      recipient: {
        orgId: rec?.id,
        name: rec?.name,
        charityNumber: rec?.charityNumber,
        companyNumber: rec?.companyNumber,
      },
      funder: { orgId: fun?.id, name: fun?.name },
      programme: { code: d.grantProgramme?.[0]?.code, title: d.grantProgramme?.[0]?.title },
      locations: (d.beneficiaryLocation ?? []).map((l) => ({ name: l.name, code: l.geoCode, codeType: l.geoCodeType })),
    });
  });
  return grants;
}

/** A date or datetime ("2021-03-01T00:00:00+00:00", as the schema allows) read as the day it names. */
export function dayOf(s: string | undefined): string | undefined | null {
  if (s === undefined) return undefined;
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s.trim());
  if (m) return m[1]!;
  return DATE_PATTERN.test(s.trim()) ? s.trim() : null;
}

/** The id of a grant's initiative, made from its Identifier, so the same grant is always the same node. */
export const grantInitiativeId = (identifier: string) =>
  `ini-grant-${slug(identifier).slice(0, 80) || 'grant'}-${hash(identifier)}`;

/** Reads a 360Giving file into the import's records (organisations, initiatives, places, links, the source). */
export async function read360Giving(
  db: Database,
  format: 'CSV' | 'XLSX' | 'JSON',
  file: InputFile,
  limits: Limits,
): Promise<Records & { encoding: string | null }> {
  checkSize([file], limits);
  const name = file.name ?? `grants.${format.toLowerCase()}`;
  const set = new RecordSet(name);
  let encoding: string | null = null;
  let grants: Grant[];
  if (format === 'JSON') {
    grants = grantsFromJson(readJson(file), set);
    encoding = 'UTF-8';
  } else if (format === 'CSV') {
    const r = readCsv([file], limits, 'grants');
    encoding = r.encodings.join(', ');
    grants = grantsFromTables(r.tables, set);
  } else grants = grantsFromTables(await readXlsx(file, limits), set);
  const sourceId = datasetSourceId('360g', file.content);
  set.add(
    'sources',
    1,
    {
      id: sourceId,
      title: `360Giving grants: ${name}`,
      kind: 'DATASET',
      file: name,
    },
    null,
  );
  const seen = new Map<string, number>();
  const good: Grant[] = [];
  for (const g of grants) {
    const C = GRANT_COLUMNS;
    const missing = REQUIRED.filter((k) => !g[k]);
    for (const k of missing) set.problem(g.row, C[k], `${C[k]} is required by the 360Giving standard`);
    if (!g.funder.orgId) set.problem(g.row, C.funderId, `${C.funderId} is required by the 360Giving standard`);
    if (!g.recipient.orgId && !g.recipient.name)
      set.problem(g.row, C.recipientId, 'a grant needs its recipient (Recipient Org:Identifier and Name)');
    if (g.identifier) {
      const prior = seen.get(g.identifier);
      if (prior !== undefined)
        set.problem(g.row, C.identifier, `the same Identifier as row ${prior}: each grant has its own`);
      else seen.set(g.identifier, g.row);
    }
    if (g.amountAwarded !== undefined) {
      const a = g.amountAwarded.replace(/,/g, '');
      if (!/^\d+(\.\d+)?$/.test(a) || !/^\d{1,15}(\.\d{1,2})?$/.test(String(Number(a))))
        set.problem(g.row, C.amountAwarded, `"${g.amountAwarded}" is not an amount (a number such as 5000 or 1250.50)`);
      else g.amountAwarded = String(Number(a));
    }
    for (const k of ['awardDate', 'startDate', 'endDate'] as const) {
      const d = dayOf(g[k]);
      if (d === null)
        set.problem(g.row, C[k], `"${g[k]}" is not a date (YYYY-MM-DD, or a datetime such as 2021-03-01T00:00:00Z)`);
      else g[k] = d;
    }
    if (g.durationMonths !== undefined && !/^\d+$/.test(g.durationMonths))
      set.problem(g.row, C.durationMonths, `"${g.durationMonths}" is not a whole number of months`);
    if (g.currency !== undefined) g.currency = g.currency.toUpperCase();
    if (!set.problems.some((p) => p.row === g.row)) good.push(g);
  }
  const refs = new Map<Grant, { funder: OrgRef; recipient: OrgRef }>();
  for (const g of good) {
    const record = g.identifier!;
    refs.set(g, {
      funder: { ...g.funder, role: 'FUNDER', row: g.row, record, sourceId },
      recipient: { ...g.recipient, role: 'RECIPIENT', row: g.row, record, sourceId },
    });
  }
  const orgIds = await organisationRecords(
    db,
    set,
    [...refs.values()].flatMap((r) => [r.funder, r.recipient]),
  );
  const placeUses: PlaceUse[] = [];
  const located: { from: string; key: string; row: number; ev: Citation[] }[] = [];
  for (const g of good) {
    const { funder, recipient } = refs.get(g)!;
    const f = orgIds.get(funder);
    const r = orgIds.get(recipient);
    if (!f || !r) continue;
    const id = grantInitiativeId(g.identifier!);
    const ev = [cite(sourceId, g.row, g.identifier!)];
    const C = GRANT_COLUMNS;
    const programme = g.programme.title
      ? `${g.programme.title}${g.programme.code ? ` (${g.programme.code})` : ''}`
      : g.programme.code;
    set.add(
      'initiatives',
      g.row,
      {
        id,
        name: g.title,
        kind: 'GRANT',
        description: g.description?.slice(0, 2000),
        startDate: g.startDate,
        endDate: g.endDate,
        grantId: g.identifier,
        amountAwarded: g.amountAwarded,
        currency: g.currency,
        awardDate: g.awardDate,
        durationMonths: g.durationMonths === undefined ? undefined : Number(g.durationMonths),
        programme,
      },
      ev,
      {
        name: C.title,
        description: C.description,
        startDate: C.startDate,
        endDate: C.endDate,
        grantId: C.identifier,
        amountAwarded: C.amountAwarded,
        currency: C.currency,
        awardDate: C.awardDate,
        durationMonths: C.durationMonths,
        programme: C.programmeTitle,
      },
    );
    const dates = { validFrom: g.startDate, validTo: g.endDate };
    set.add('links', g.row, { type: 'FUNDS', from: f, to: id, confidence: 'STATED', ...dates }, ev);
    // As in the seed, funding is also the funder's downward lever on the work it funds.
    set.add(
      'links',
      g.row,
      {
        type: 'LEVER',
        from: f,
        to: id,
        lever: 'DOWNWARD',
        stance: 'ENABLES',
        class: 'grant funding',
        confidence: 'INFERRED',
        reason: 'A grant is funding, which the downward lever counts (sponsorship, mandate, targets or funding).',
        ...dates,
      },
      ev,
    );
    set.add(
      'links',
      g.row,
      {
        type: 'DELIVERS',
        from: r,
        to: id,
        confidence: 'INFERRED',
        reason: 'The recipient of a grant carries out the work the grant funds.',
      },
      ev,
    );
    for (const l of g.locations) {
      const place = placeValues(l);
      if (!place) {
        set.warnings.push(
          `row ${g.row}: beneficiary location "${l.name ?? l.code}" has no ONS code or type Levermap can place; it was left out`,
        );
        continue;
      }
      placeUses.push({ place, row: g.row, citation: ev[0]! });
      located.push({ from: id, key: placeKey(place), row: g.row, ev });
    }
  }
  const placeIds = await placeRecords(db, set, placeUses);
  for (const l of located) {
    const to = placeIds.get(l.key);
    if (to) set.add('links', l.row, { type: 'LOCATED_IN', from: l.from, to }, l.ev);
  }
  return set.result(encoding);
}

export const THREESIXTYGIVING_FORMATS = ['CSV', 'XLSX', 'JSON'] as const;
export function assertOneFile(files: InputFile[]): InputFile {
  if (files.length !== 1) throw new AppError('BAD_USER_INPUT', 'a 360Giving import takes one file');
  return files[0]!;
}
