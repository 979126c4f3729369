/**
 * What the open-data formats share: turning a file's records into the import's own records (sources, nodes and
 * links, each cited by dataset record), and finding the organisations and places a file names in the graph.
 * The plan, the all-or-nothing commit, the citation check and the audit trail are the spreadsheet import's own.
 */
import { createHash } from 'node:crypto';
import type { Database } from '../../../db/database.js';
import type { Citation } from '../../../../model/schemas.js';
import { NODE_LABELS, type OrganisationType, type PlaceKind } from '../../../../model/vocabulary.js';
import { onsArea, onsAreasNamed, tierOf } from '../../places/ons.js';
import type { SheetName } from '../layout.js';
import type { Problem, Rec, Records } from '../records.js';

export const hash = (s: string, n = 8) => createHash('sha256').update(s).digest('hex').slice(0, n);
export const slug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
/** Identifiers are compared, and stored, in capitals without spaces (docs/import.md). */
export const ident = (s: string) => s.toUpperCase().replace(/\s+/g, '');
const lower = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** A DATASET source made from the file itself: its id comes from the content, so the same file is the same source. */
export function datasetSourceId(prefix: string, content: Buffer | string): string {
  return `${prefix}-${createHash('sha256').update(content).digest('hex').slice(0, 12)}`;
}
export const cite = (sourceId: string, row: number, record: string): Citation => ({
  sourceId,
  line: row,
  quote: '',
  record,
});

/** The records of an open-data file, built in the import's sheets, with problems named by the file's own columns. */
export class RecordSet {
  readonly records: Rec[] = [];
  readonly problems: Problem[] = [];
  readonly warnings: string[] = [];
  constructor(readonly file: string) {}

  problem(row: number | null, column: string | null, reason: string): void {
    this.problems.push({ sheet: this.file, row, column, reason });
  }

  add(
    sheet: SheetName,
    row: number,
    values: Record<string, unknown>,
    evidence: Citation[] | null,
    columns: Record<string, string> = {},
  ): void {
    const clean = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== ''));
    this.records.push({
      sheet,
      row,
      values: clean,
      given: new Set(Object.keys(clean)),
      evidence,
      column: (path) => {
        const head = String(path[0] ?? '');
        return `${this.file}: ${columns[head] ?? head}`;
      },
    });
  }

  result(encoding: string | null): Records & { encoding: string | null } {
    return { records: this.records, problems: this.problems, warnings: this.warnings, encoding };
  }
}

/** An organisation as a file names it: by Org ID, charity or company number, and name. */
export interface OrgRef {
  orgId?: string;
  charityNumber?: string;
  companyNumber?: string;
  name?: string;
  /** What the file says it is: a funder, a grant's recipient, or the organisation behind a service. */
  role: 'FUNDER' | 'RECIPIENT' | 'PROVIDER';
  row: number;
  record: string;
  sourceId: string;
}

/** org-id.guide prefixes that carry a charity or company number, or tell what kind of body it is. */
const CHARITY_PREFIXES = ['GB-CHC-', 'GB-SC-', 'GB-NIC-'];
const COMPANY_PREFIXES = ['GB-COH-'];
const LA_PREFIXES = ['GB-LAE-', 'GB-LAS-', 'GB-LANI-', 'GB-PLA-', 'GB-UKLA-'];
const GOV_PREFIXES = ['GB-GOR-', 'GB-GOVUK-'];

/** What an Org ID itself says: its charity or company number, and (for councils and government) its type. */
export function fromOrgId(orgId: string): { charityNumber?: string; companyNumber?: string; type?: OrganisationType } {
  const id = ident(orgId);
  const tail = (p: string[]) => {
    const pre = p.find((x) => id.startsWith(x));
    return pre ? id.slice(pre.length) : undefined;
  };
  const charityNumber = tail(CHARITY_PREFIXES);
  const companyNumber = tail(COMPANY_PREFIXES);
  return {
    ...(charityNumber && /^[A-Z0-9-]{5,12}$/.test(charityNumber) ? { charityNumber } : {}),
    ...(companyNumber && /^[A-Z0-9]{8}$/.test(companyNumber) ? { companyNumber } : {}),
    ...(tail(LA_PREFIXES)
      ? { type: 'LOCAL_AUTHORITY' as const }
      : tail(GOV_PREFIXES)
        ? { type: 'NATIONAL_BODY' as const }
        : {}),
  };
}

/** The type of a new organisation, from what the file says: never guessed beyond it (else OTHER). */
export function typeOf(o: OrgRef): OrganisationType {
  const t = o.orgId ? fromOrgId(o.orgId).type : undefined;
  if (t) return t;
  if (o.role === 'FUNDER') return 'FUNDER';
  if (o.charityNumber || (o.orgId && fromOrgId(o.orgId).charityNumber)) return 'VCSE';
  return 'OTHER';
}

interface Found {
  id: string;
  props: Record<string, unknown>;
}

/**
 * Each distinct organisation of the file once, matched in the graph by Org ID, then charity or company number,
 * then name, and written as an organisations record: an existing one gains the identifiers it lacked and a
 * citation; a new one is made from the file's name. Returns, per OrgRef, the key links use (an id or a name).
 */
export async function organisationRecords(db: Database, set: RecordSet, refs: OrgRef[]): Promise<Map<OrgRef, string>> {
  const keyOf = (o: OrgRef) =>
    o.orgId
      ? `ID:${ident(o.orgId)}`
      : o.charityNumber
        ? `CHC:${ident(o.charityNumber)}`
        : o.companyNumber
          ? `COH:${ident(o.companyNumber)}`
          : `NAME:${lower(o.name ?? '')}`;
  const first = new Map<string, OrgRef>();
  for (const o of refs) {
    if (!o.orgId && !o.charityNumber && !o.companyNumber && !o.name) continue;
    const k = keyOf(o);
    const f = first.get(k);
    // The fullest description wins: a later row may give the number or name an earlier one left out.
    if (!f) first.set(k, { ...o });
    else {
      f.name ??= o.name;
      f.charityNumber ??= o.charityNumber;
      f.companyNumber ??= o.companyNumber;
    }
  }
  const orgs = [...first.values()].map((o) => {
    const derived = o.orgId ? fromOrgId(o.orgId) : {};
    return {
      ...o,
      charityNumber: o.charityNumber ? ident(o.charityNumber) : derived.charityNumber,
      companyNumber: o.companyNumber ? ident(o.companyNumber) : derived.companyNumber,
    };
  });
  const identifiers = orgs.flatMap((o) =>
    [o.orgId && ident(o.orgId), o.charityNumber, o.companyNumber].filter((x): x is string => !!x),
  );
  const rows = await db.read('io/lookup-nodes', {
    ids: [],
    identifiers,
    names: orgs.flatMap((o) => (o.name ? [lower(o.name)] : [])),
    labels: NODE_LABELS,
  });
  const graph: Found[] = rows
    .filter((r) => r.label === 'Organisation')
    .map((r) => ({ id: String(r.id), props: r.props as Record<string, unknown> }));
  const by = (f: string, v: string | undefined) => (v ? graph.filter((g) => g.props[f] === v) : []);
  const out = new Map<string, string>();
  const claimed = new Map<string, string>();
  for (const o of orgs) {
    const k = keyOf(o);
    const column = o.role === 'FUNDER' ? 'Funding Org' : o.role === 'RECIPIENT' ? 'Recipient Org' : 'organization';
    const steps: [string, Found[]][] = [
      ['Org ID', by('giving360Id', o.orgId && ident(o.orgId))],
      ['charity number', by('charityNumber', o.charityNumber)],
      ['company number', by('companyNumber', o.companyNumber)],
      ['name', o.name ? graph.filter((g) => lower(String(g.props.name)) === lower(o.name!)) : []],
    ];
    let found: Found | null = null;
    let bad = false;
    for (const [what, hits] of steps) {
      if (hits.length > 1) {
        set.problem(
          o.row,
          column,
          `${o.name ?? o.orgId} matches several organisations by ${what} (${hits.map((h) => h.id).join(', ')}); give its Org ID, or add the Org ID to the one you mean`,
        );
        bad = true;
        break;
      }
      if (hits.length === 1) {
        found = hits[0]!;
        break;
      }
    }
    if (bad) continue;
    const ev = [cite(o.sourceId, o.row, o.record)];
    if (found) {
      // Named twice in the file (say by Org ID on one row, by name on another): one record is enough.
      out.set(k, found.id);
      if (claimed.has(found.id)) continue;
      claimed.set(found.id, k);
      // Only what the organisation lacked: a file never overwrites an identifier or name already recorded.
      const add = (f: string, v: string | undefined) => (v && !found!.props[f] ? { [f]: v } : {});
      set.add(
        'organisations',
        o.row,
        {
          id: found.id,
          ...add('giving360Id', o.orgId && ident(o.orgId)),
          ...add('charityNumber', o.charityNumber),
          ...add('companyNumber', o.companyNumber),
        },
        ev,
        { giving360Id: `${column}:Identifier`, charityNumber: `${column}:Charity Number` },
      );
      out.set(k, found.id);
    } else {
      if (!o.name) {
        set.problem(o.row, `${column}:Name`, `${o.orgId} is not in Levermap, and the file gives no name for it`);
        continue;
      }
      const id = `org-${slug(o.name).slice(0, 80) || 'organisation'}-${hash(k, 6)}`;
      set.add(
        'organisations',
        o.row,
        {
          id,
          name: o.name.trim(),
          type: typeOf(o),
          giving360Id: o.orgId && ident(o.orgId),
          charityNumber: o.charityNumber,
          companyNumber: o.companyNumber,
        },
        ev,
        {
          name: `${column}:Name`,
          giving360Id: `${column}:Identifier`,
          charityNumber: `${column}:Charity Number`,
          companyNumber: `${column}:Company Number`,
        },
      );
      out.set(k, id);
    }
  }
  return new Map(refs.flatMap((o) => (out.has(keyOf(o)) ? [[o, out.get(keyOf(o))!] as const] : [])));
}

/** ONS entity types (the first three characters of a code) that Levermap can place, by kind. */
function placeKindOf(code: string | undefined, codeType: string | undefined): PlaceKind | null {
  const t = (codeType ?? '').trim().toUpperCase();
  if (['CTRY', 'CTRY20', 'CTRY21'].includes(t)) return 'NATION';
  if (t.startsWith('RGN')) return 'REGION';
  if (['LAD', 'UA', 'CTY', 'MD', 'LONB', 'NMD', 'CA', 'UTLA', 'LTLA'].some((x) => t.startsWith(x))) return 'LA_AREA';
  if (t.startsWith('WD')) return 'NEIGHBOURHOOD';
  if (!code) return null;
  const e = code.slice(0, 3);
  if (tierOf(code) || ['W06', 'S12', 'N09'].includes(e)) return 'LA_AREA';
  if (e === 'E12') return 'REGION';
  if (['E92', 'W92', 'S92', 'N92'].includes(e)) return 'NATION';
  if (['E05', 'W05', 'S13', 'N08'].includes(e)) return 'NEIGHBOURHOOD';
  return null;
}

export interface PlaceRef {
  code?: string;
  name?: string;
  codeType?: string;
}

/**
 * A place as the import should match it: by ONS code first (the name then comes from the ONS table when it holds
 * the code), else by name and kind. Null when the file gives nothing Levermap can place (a warning says so).
 * The spreadsheet import may call this for its own place rows.
 */
export function placeValues(p: PlaceRef): { code?: string; name: string; kind: PlaceKind } | null {
  const code = p.code?.trim() ? ident(p.code) : undefined;
  const ons = code ? onsArea(code) : null;
  if (ons) return { code, name: ons.name, kind: 'LA_AREA' };
  const named = !code && p.name ? onsAreasNamed(p.name) : [];
  if (named.length === 1) return { code: named[0]!.code, name: named[0]!.name, kind: 'LA_AREA' };
  const kind = placeKindOf(code, p.codeType);
  if (!kind || !p.name?.trim()) return null;
  return { ...(code ? { code } : {}), name: p.name.trim(), kind };
}

/** A place a file names, and the record that names it first. */
export interface PlaceUse {
  /** `alsoNamed`: other names a document may give the same area (matched like the name, never stored). */
  place: { code?: string; name: string; kind: PlaceKind; alsoNamed?: readonly string[] };
  row: number;
  citation: Citation;
}

/**
 * Each distinct place once, matched in the graph by ONS code first, then by name and kind (several such places
 * are an error naming them), else new; written as a places record. Returns the id per code-or-name key.
 */
export async function placeRecords(db: Database, set: RecordSet, uses: PlaceUse[]): Promise<Map<string, string>> {
  const first = new Map<string, PlaceUse>();
  for (const u of uses) if (!first.has(placeKey(u.place))) first.set(placeKey(u.place), u);
  const list = [...first.values()];
  const rows = await db.read('io/lookup-nodes', {
    ids: list.map((u) => `place-${slug(u.place.name)}`),
    identifiers: list.flatMap((u) => (u.place.code ? [u.place.code] : [])),
    names: list.flatMap((u) => [u.place.name, ...(u.place.alsoNamed ?? [])].map(lower)),
    labels: NODE_LABELS,
  });
  const graph = rows.map((r) => ({
    id: String(r.id),
    label: String(r.label),
    props: r.props as Record<string, unknown>,
  }));
  const taken = new Set(graph.map((g) => g.id));
  const out = new Map<string, string>();
  for (const u of list) {
    const { code, name, kind } = u.place;
    const names = new Set([name, ...(u.place.alsoNamed ?? [])].map(lower));
    const places = graph.filter((g) => g.label === 'Place');
    let hits = code ? places.filter((g) => g.props.code === code) : [];
    if (!hits.length)
      hits = places.filter(
        (g) => names.has(lower(String(g.props.name))) && g.props.kind === kind && (!code || !g.props.code),
      );
    if (hits.length > 1) {
      set.problem(
        u.row,
        null,
        `the place "${name}" matches several places (${hits.map((h) => h.id).join(', ')}); load the ONS places (npm run places) to merge them by code`,
      );
      continue;
    }
    const found = hits[0];
    const base = `place-${slug(name).slice(0, 100) || 'place'}`;
    const id = found?.id ?? (taken.has(base) ? `${base}-${hash(placeKey(u.place), 6)}` : base);
    taken.add(id);
    set.add(
      'places',
      u.row,
      found ? { id, ...(code && !found.props.code ? { code } : {}) } : { id, name, kind, code },
      [u.citation],
    );
    out.set(placeKey(u.place), id);
  }
  return out;
}
export const placeKey = (p: { code?: string; name: string; kind: PlaceKind }) => p.code ?? `${p.kind}:${lower(p.name)}`;
