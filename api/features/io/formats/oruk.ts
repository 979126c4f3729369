/**
 * Open Referral UK (the HSDS UK profile): organizations, services, locations, service_at_locations,
 * physical_addresses, taxonomies and service_taxonomies as CSV files named after their tables. Services come in as
 * SERVICE initiatives that their organisations deliver, of the service types their taxonomy terms name, located in
 * the local-authority places their addresses name; each record is cited by its row id in its own file, a DATASET
 * source (docs/open-data.md).
 */
import type { Database } from '../../../db/database.js';
import { AppError } from '../../../errors.js';
import { checkSize, readCsv, type Cell, type InputFile, type Limits, type Table } from '../read.js';
import type { Records } from '../records.js';
import { isZip, unzipCsvTables } from '../zip.js';
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

/** The tables Levermap reads, with the columns each needs. Other tables (contacts, schedules...) are noted and left. */
export const ORUK_TABLES = {
  organizations: ['id', 'name'],
  services: ['id', 'organization_id', 'name'],
  locations: ['id'],
  service_at_locations: ['id', 'service_id', 'location_id'],
  physical_addresses: ['id', 'location_id'],
  taxonomies: ['id', 'name'],
  service_taxonomies: ['id', 'service_id', 'taxonomy_id'],
} as const;
type OrukTable = keyof typeof ORUK_TABLES;
/** Publishers name some tables in the singular, as the HSDS schema does. */
const SINGULAR: Record<string, OrukTable> = { taxonomy: 'taxonomies', service_taxonomy: 'service_taxonomies' };
const tableOf = (s: string): OrukTable | null => (s in ORUK_TABLES ? (s as OrukTable) : (SINGULAR[s] ?? null));

const STATUS: Record<string, string> = { active: 'ACTIVE', inactive: 'DISCONTINUED', defunct: 'DISCONTINUED' };
const text = (c: Cell | undefined) =>
  c === undefined || (typeof c === 'object' && !(c instanceof Date)) ? undefined : String(c).trim() || undefined;

interface Row {
  row: number;
  get(col: string): string | undefined;
}

type Loaded = { rows: Row[]; sourceId: string; file: string } | undefined;

/**
 * Each service's types: the names of the taxonomy terms its service_taxonomies rows give, as "term (vocabulary)",
 * each cited by the row that gives it. A row naming a term the taxonomies table lacks is a problem.
 */
function serviceTypes(set: RecordSet, taxonomies: Loaded, links: Loaded) {
  const out = new Map<string, { terms: string[]; citations: ReturnType<typeof cite>[] }>();
  if (!links) return out;
  if (!taxonomies) {
    set.problem(null, null, `${links.file} names taxonomy terms, so the taxonomies table (taxonomies.csv) is needed`);
    return out;
  }
  const term = new Map(
    taxonomies.rows.map((r) => {
      const vocabulary = r.get('vocabulary');
      return [r.get('id')!, `${r.get('name') ?? r.get('id')}${vocabulary ? ` (${vocabulary})` : ''}`];
    }),
  );
  for (const r of links.rows) {
    const service = r.get('service_id');
    const name = term.get(r.get('taxonomy_id') ?? '');
    if (!name) {
      set.problem(
        r.row,
        `${links.file}: taxonomy_id`,
        `"${r.get('taxonomy_id') ?? ''}" is not an id in ${taxonomies.file}`,
      );
      continue;
    }
    if (!service) continue;
    const t = out.get(service) ?? { terms: [], citations: [] };
    if (!t.terms.includes(name)) t.terms.push(name);
    t.citations.push(cite(links.sourceId, r.row, r.get('id')!));
    out.set(service, t);
  }
  return out;
}

/** The id of a service's initiative: from the dataset's own service id, so the same service is the same node. */
export const serviceInitiativeId = (name: string, id: string) =>
  `ini-oruk-${slug(name).slice(0, 60) || 'service'}-${hash(id)}`;

export async function readOruk(
  db: Database,
  given: InputFile[],
  limits: Limits,
): Promise<Records & { encoding: string | null }> {
  if (!given.length)
    throw new AppError(
      'BAD_USER_INPUT',
      'an Open Referral UK import takes its CSV files, one per table (or a ZIP of them)',
    );
  checkSize(given, limits);
  const files = given.flatMap((f) => (isZip(f.content) ? unzipCsvTables(f, limits) : [f]));
  const set = new RecordSet('Open Referral UK');
  const tables = new Map<OrukTable, { table: Table; rows: Row[]; sourceId: string; file: string }>();
  const encodings = new Set<string>();
  for (const f of files) {
    const {
      tables: [t],
      encodings: enc,
    } = readCsv([f], limits);
    for (const e of enc) encodings.add(e);
    const name = tableOf((t?.sheet ?? '').toLowerCase());
    if (!t || !name) {
      set.warnings.push(
        `${f.name ?? 'a file'} was ignored: the Open Referral UK tables Levermap reads are ${Object.keys(ORUK_TABLES).join(', ')}`,
      );
      continue;
    }
    const missing = ORUK_TABLES[name].filter((c) => !t.columns.includes(c));
    if (missing.length) {
      set.problem(
        1,
        `${f.name}: ${missing[0]}`,
        `${f.name} has no column ${missing.join(', ')}; the ${name} table needs ${ORUK_TABLES[name].join(', ')}`,
      );
      continue;
    }
    const sourceId = datasetSourceId('oruk', f.content);
    const file = f.name ?? `${name}.csv`;
    set.add('sources', 1, { id: sourceId, title: `Open Referral UK ${name}: ${file}`, kind: 'DATASET', file }, null);
    const rows = t.rows.map((r) => ({ row: r.row, get: (c: string) => text(r.cells.get(c)) }));
    const seen = new Map<string, number>();
    for (const r of rows) {
      const id = r.get('id');
      if (!id) set.problem(r.row, `${file}: id`, 'every Open Referral UK record has an id');
      else if (seen.has(id)) set.problem(r.row, `${file}: id`, `the same id as row ${seen.get(id)}`);
      else seen.set(id, r.row);
    }
    tables.set(name, { table: t, rows, sourceId, file });
  }
  for (const need of ['organizations', 'services'] as const)
    if (!tables.has(need))
      set.problem(
        null,
        null,
        `the ${need} table (${need}.csv) is needed; the files given are ${files.map((f) => f.name).join(', ')}`,
      );
  if (set.problems.length) return set.result([...encodings].join(', '));

  const orgs = tables.get('organizations')!;
  const services = tables.get('services')!;
  const types = serviceTypes(set, tables.get('taxonomies'), tables.get('service_taxonomies'));
  const orgById = new Map(orgs.rows.map((r) => [r.get('id')!, r]));
  const refs = new Map<string, OrgRef>();
  for (const r of orgs.rows) {
    if (!r.get('name')) set.problem(r.row, `${orgs.file}: name`, 'an organization needs its name');
    else
      refs.set(r.get('id')!, {
        name: r.get('name'),
        role: 'PROVIDER',
        row: r.row,
        record: r.get('id')!,
        sourceId: orgs.sourceId,
      });
  }
  const orgIds = await organisationRecords(db, set, [...refs.values()]);

  // Where each service is: its locations' addresses, placed by the local authority their city or county names.
  const addresses = tables.get('physical_addresses');
  const placeOfLocation = new Map<
    string,
    { place: NonNullable<ReturnType<typeof placeValues>>; row: number; record: string }
  >();
  for (const a of addresses?.rows ?? []) {
    const place = placeValues({ name: a.get('city') }) ?? placeValues({ name: a.get('state_province') });
    if (place && a.get('location_id'))
      placeOfLocation.set(a.get('location_id')!, { place, row: a.row, record: a.get('id')! });
  }
  const uses: PlaceUse[] = [];
  const located: { from: string; key: string; row: number; record: string; sourceId: string }[] = [];
  const ids = new Map<string, string>();
  for (const s of services.rows) {
    const org = orgById.get(s.get('organization_id') ?? '');
    if (!s.get('name')) {
      set.problem(s.row, `${services.file}: name`, 'a service needs its name');
      continue;
    }
    if (!org) {
      set.problem(
        s.row,
        `${services.file}: organization_id`,
        `"${s.get('organization_id') ?? ''}" is not an id in ${orgs.file}`,
      );
      continue;
    }
    const from = orgIds.get(refs.get(org.get('id')!)!);
    if (!from) continue;
    const id = serviceInitiativeId(s.get('name')!, s.get('id')!);
    ids.set(s.get('id')!, id);
    const ev = [cite(services.sourceId, s.row, s.get('id')!)];
    const typed = types.get(s.get('id')!);
    set.add(
      'initiatives',
      s.row,
      {
        id,
        name: s.get('name'),
        kind: 'SERVICE',
        description: s.get('description')?.slice(0, 2000),
        status: STATUS[(s.get('status') ?? '').toLowerCase()],
        ...(typed ? { serviceTypes: typed.terms } : {}),
      },
      [...ev, ...(typed?.citations ?? [])],
      { name: 'name', description: 'description', status: 'status' },
    );
    set.add('links', s.row, { type: 'DELIVERS', from, to: id, confidence: 'STATED' }, ev);
  }
  const sal = tables.get('service_at_locations');
  for (const r of sal?.rows ?? []) {
    const from = ids.get(r.get('service_id') ?? '');
    const at = placeOfLocation.get(r.get('location_id') ?? '');
    if (!from || !at) continue;
    uses.push({ place: at.place, row: at.row, citation: cite(addresses!.sourceId, at.row, at.record) });
    located.push({ from, key: placeKey(at.place), row: r.row, record: r.get('id')!, sourceId: sal!.sourceId });
  }
  const placeIds = await placeRecords(db, set, uses);
  const done = new Set<string>();
  for (const l of located) {
    const to = placeIds.get(l.key);
    if (!to || done.has(`${l.from}>${to}`)) continue;
    done.add(`${l.from}>${to}`);
    set.add('links', l.row, { type: 'LOCATED_IN', from: l.from, to }, [cite(l.sourceId, l.row, l.record)]);
  }
  return set.result([...encodings].join(', '));
}
