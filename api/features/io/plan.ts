/**
 * From records to a plan: which node or link each row is (by id, UK identifier or natural key), what the
 * row would create or change, and every bad row with its sheet, row, column and reason. Reads the database
 * but never writes; the dry run is this plan, and the commit applies it (apply.ts).
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Database } from '../../db/database.js';
import { decodeCitations, encodeCitations, mergeCitations } from '../../../model/citation.js';
import { newId } from '../../../model/ids.js';
import { Citation, ENTITY_SCHEMAS, Link, LinkBase, LinkType, Source, type NodeLabel } from '../../../model/schemas.js';
import { LINK_RULES } from '../../../model/link-rules.js';
import { linkId } from '../../../model/ids.js';
import { NODE_LABELS } from '../../../model/vocabulary.js';
import { ENTITY_SHEETS, IDENTIFIERS, isEntitySheet, KIND_FIELD, SHEETS, type SheetName } from './layout.js';
import type { Problem, Rec } from './records.js';
import { checkCitation, type DocumentText } from '../../../model/quote-match.js';
import { readDocuments } from '../evidence/catalog.js';

export type Action = 'CREATE' | 'UPDATE' | 'UNCHANGED';
export interface Op {
  sheet: SheetName;
  row: number;
  action: Action;
  id: string;
  label: NodeLabel | null;
  /** For links. */
  type?: LinkType; from?: string; to?: string;
  props: Record<string, unknown>;
  remove: string[];
  expectedVersion: number;
  changedFields: string[];
}
export interface Plan { nodes: Op[]; links: Op[]; problems: Problem[] }

type Props = Record<string, unknown>;
interface Existing { id: string; label: NodeLabel; props: Props }

const lower = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const schemaOf = (label: NodeLabel): z.ZodObject => (label === 'Source' ? Source : ENTITY_SCHEMAS[label]) as unknown as z.ZodObject;

/** The model's view of stored properties: its own fields, with evidence gathered from the parallel lists. */
function modelView(keys: string[], props: Props, withEvidence: boolean): Props {
  const out: Props = {};
  for (const k of keys) if (k !== 'evidence' && props[k] !== undefined && props[k] !== null) out[k] = props[k];
  if (withEvidence) out.evidence = decodeCitations(props);
  return out;
}

/** What is stored for parsed model values: the fields set, the optional fields to remove, evidence as lists. */
function stored(keys: string[], parsed: Props, skip: string[]): { props: Props; absent: string[] } {
  const props: Props = {};
  const absent: string[] = [];
  for (const k of keys) {
    if (skip.includes(k) || k === 'evidence') continue;
    if (parsed[k] === undefined) absent.push(k); else props[k] = parsed[k];
  }
  if (parsed.evidence) {
    const ev = parsed.evidence as Citation[];
    Object.assign(props, encodeCitations(ev));
  }
  return { props, absent };
}

function diff(desired: Props, absent: string[], before: Props | null): string[] {
  if (!before) return Object.keys(desired);
  return [...Object.keys(desired).filter((k) => !same(desired[k], before[k])), ...absent.filter((k) => before[k] !== undefined)];
}

const ID_RE = /^[a-z0-9][a-z0-9-]{1,120}$/;
const shortHash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 6);

export async function plan(db: Database, records: Rec[], onProgress?: (done: number, total: number) => void): Promise<Plan> {
  const problems: Problem[] = [];
  const bad = (r: Rec, column: string | null, reason: string) => { problems.push({ sheet: r.sheet, row: r.row, column, reason }); };
  const bySheet = (s: SheetName) => records.filter((r) => r.sheet === s);
  const entityRecs = records.filter((r) => isEntitySheet(r.sheet));
  const linkRecs = bySheet('links');

  // One read for every node the file may name.
  const ids = new Set<string>();
  const identifiers = new Set<string>();
  const names = new Set<string>();
  for (const r of records) {
    const id = str(r.values.id);
    if (id) ids.add(id);
    if (r.sheet === 'links') {
      for (const k of ['from', 'to']) { const v = str(r.values[k]); if (v) { ids.add(v); names.add(lower(v)); } }
    } else if (r.sheet !== 'sources') {
      const name = str(r.values.name);
      if (name) names.add(lower(name));
      for (const f of IDENTIFIERS[ENTITY_SHEETS[r.sheet as keyof typeof ENTITY_SHEETS]] ?? []) { const v = str(r.values[f]); if (v) identifiers.add(v); }
    }
    for (const c of r.evidence ?? []) if (typeof c?.sourceId === 'string') ids.add(c.sourceId);
  }
  const found = await db.read('io/lookup-nodes', { ids: [...ids], identifiers: [...identifiers], names: [...names], labels: NODE_LABELS }, 120_000);
  const existing = new Map<string, Existing>();
  for (const f of found) if (f.label) existing.set(f.id as string, { id: f.id as string, label: f.label as NodeLabel, props: f.props as Props });
  const dbByName = new Map<string, Existing[]>();
  const dbByIdentifier = new Map<string, Existing[]>();
  for (const e of existing.values()) {
    const n = str(e.props.name);
    if (n) dbByName.set(lower(n), [...(dbByName.get(lower(n)) ?? []), e]);
    for (const f of IDENTIFIERS[e.label] ?? []) {
      const v = str(e.props[f]);
      if (v) { const k = `${e.label}:${f}:${v.toUpperCase()}`; dbByIdentifier.set(k, [...(dbByIdentifier.get(k) ?? []), e]); }
    }
  }

  const nodes: Op[] = [];
  let done = 0;
  const tick = () => { done += 1; if (onProgress && done % 5000 === 0) onProgress(done, records.length); };

  // Sources first: the citations of every other sheet are checked against them.
  const sourceIds = new Set([...existing.values()].filter((e) => e.label === 'Source').map((e) => e.id));
  const sourceKeys = Object.keys(Source.shape);
  const seenIds = new Map<string, Rec>();
  for (const r of bySheet('sources')) {
    tick();
    const id = str(r.values.id);
    if (!id) { bad(r, 'id', 'a source needs an id (the one its citations name)'); continue; }
    const prior = seenIds.get(id);
    if (prior) { bad(r, 'id', `the same source as ${prior.sheet} row ${prior.row}`); continue; }
    seenIds.set(id, r);
    const ex = existing.get(id);
    if (ex && ex.label !== 'Source') { bad(r, 'id', `"${id}" is already the id of a ${ex.label}`); continue; }
    const before = ex ? modelView(sourceKeys, ex.props, false) : null;
    const merged: Props = { ...(before ?? {}), id };
    for (const k of r.given) merged[k] = r.values[k];
    const parsed = Source.safeParse(merged);
    if (!parsed.success) { for (const i of parsed.error.issues) bad(r, r.column(i.path), i.message); continue; }
    const { props, absent } = stored(sourceKeys, parsed.data as Props, ['id']);
    props.name = props.title;
    const changed = diff(props, absent, ex ? { ...before, name: ex.props.name } : null);
    sourceIds.add(id);
    nodes.push({ sheet: r.sheet, row: r.row, action: ex ? (changed.length ? 'UPDATE' : 'UNCHANGED') : 'CREATE', id, label: 'Source', props, remove: absent.filter((k) => ex?.props[k] != null), expectedVersion: ex ? Number(ex.props.version ?? 1) : 0, changedFields: changed });
  }

  // The stored text of every cited source, to check each quote on its line (a source without text: not checked).
  const cited = new Set<string>();
  for (const r of records) for (const c of r.evidence ?? []) if (typeof c?.sourceId === 'string' && sourceIds.has(c.sourceId)) cited.add(c.sourceId);
  const texts = await readDocuments(db, cited);
  const docOf = (id: string): DocumentText => texts.get(id) ?? { id, kind: (existing.get(id)?.props.kind as string | undefined) ?? null, textHeld: false, lineCount: 0, lines: [] };

  const checkEvidence = (r: Rec): Citation[] | null => {
    if (!r.evidence) return [];
    const parsed = z.array(Citation).safeParse(r.evidence);
    if (!parsed.success) { for (const i of parsed.error.issues) bad(r, r.column(['evidence', ...i.path]), i.message); return null; }
    let ok = true;
    parsed.data.forEach((c, i) => {
      if (!sourceIds.has(c.sourceId)) { ok = false; bad(r, r.column(['evidence', i, 'sourceId']), `unknown source "${c.sourceId}": add it to the sources sheet or use the id of a source already in Levermap`); return; }
      const m = checkCitation(c, docOf(c.sourceId));
      if (!m.ok) { ok = false; bad(r, r.column(['evidence', i, m.field]), m.message); }
    });
    return ok ? parsed.data : null;
  };

  // Entities: identity first (id, else UK identifier, else name and type), then merge, validate and compare.
  const fileNodes = new Map<string, { label: NodeLabel; rec: Rec }>();
  const fileByName = new Map<string, string[]>();
  const badRefs = new Map<string, Rec>();
  const takenIds = new Set([...existing.keys()]);
  const resolved: { r: Rec; label: NodeLabel; id: string; ex: Existing | undefined }[] = [];
  for (const r of entityRecs) {
    const label = ENTITY_SHEETS[r.sheet as keyof typeof ENTITY_SHEETS];
    const name = str(r.values.name);
    const given = str(r.values.id);
    const remember = () => { if (given) badRefs.set(given, r); if (name) badRefs.set(lower(name), r); };
    let id: string | null = null;
    if (given) {
      if (!ID_RE.test(given)) { bad(r, 'id', 'id must be lower-case letters, digits and hyphens (2 to 121 characters)'); remember(); continue; }
      const ex = existing.get(given);
      if (ex && ex.label !== label) { bad(r, 'id', `"${given}" is already the id of a ${ex.label}, not a ${label}`); remember(); continue; }
      id = given;
    } else {
      const matches = new Map<string, string>();
      for (const f of IDENTIFIERS[label] ?? []) {
        const v = str(r.values[f]);
        if (v) for (const e of dbByIdentifier.get(`${label}:${f}:${v.toUpperCase()}`) ?? []) matches.set(e.id, f);
      }
      if (matches.size > 1) { bad(r, [...matches.values()][0]!, `matches several nodes (${[...matches.keys()].join(', ')}); give the id of the one you mean`); remember(); continue; }
      if (matches.size === 1) id = [...matches.keys()][0]!;
      else if (name) {
        const kindField = KIND_FIELD[label]!;
        const kind = r.values[kindField];
        const byKey = (dbByName.get(lower(name)) ?? []).filter((e) => e.label === label && (kind === undefined || e.props[kindField] === kind));
        if (byKey.length > 1) { bad(r, 'name', `matches several ${label} nodes with this name (${byKey.map((e) => e.id).join(', ')}); give the id of the one you mean`); remember(); continue; }
        if (byKey.length === 1) id = byKey[0]!.id;
        else {
          // A new node's id is made from its name, deterministically, so importing the file again finds it.
          const base = newId(label, name).replace(/-[0-9a-f]{6}$/, '');
          id = takenIds.has(base) || fileNodes.has(base) ? `${base}-${shortHash(`${label}|${lower(name)}|${String(kind ?? '')}`)}` : base;
        }
      } else { bad(r, 'name', `a ${label} needs a name (or an id)`); continue; }
    }
    const prior = fileNodes.get(id);
    if (prior) { bad(r, given ? 'id' : 'name', `the same ${label} (${id}) as ${prior.rec.sheet} row ${prior.rec.row}`); continue; }
    fileNodes.set(id, { label, rec: r });
    if (name) fileByName.set(lower(name), [...(fileByName.get(lower(name)) ?? []), id]);
    resolved.push({ r, label, id, ex: existing.get(id) });
  }
  for (const { r, label, id, ex } of resolved) {
    tick();
    const ev = checkEvidence(r);
    if (!ev) { badRefs.set(id, r); continue; }
    const schema = schemaOf(label);
    const keys = Object.keys(schema.shape);
    const before = ex ? modelView(keys, ex.props, true) : null;
    const merged: Props = { ...(before ?? {}), id };
    for (const k of r.given) if (k !== 'id') merged[k] = r.values[k];
    merged.evidence = mergeCitations((before?.evidence as Citation[] | undefined) ?? [], ev);
    const parsed = schema.safeParse(merged);
    if (!parsed.success) {
      for (const i of parsed.error.issues) bad(r, r.column(i.path), ex && !r.given.has(String(i.path[0])) && i.path[0] !== 'evidence' ? `the stored value is invalid (${i.message}); give a value in this column` : i.message);
      badRefs.set(id, r);
      continue;
    }
    const { props, absent } = stored(keys, parsed.data as Props, ['id']);
    let changed: string[] = Object.keys(props);
    if (ex) {
      const normal = schema.safeParse(before);
      changed = diff(props, absent, normal.success ? stored(keys, normal.data as Props, ['id']).props : ex.props);
    }
    nodes.push({ sheet: r.sheet, row: r.row, action: ex ? (changed.length ? 'UPDATE' : 'UNCHANGED') : 'CREATE', id, label, props, remove: absent.filter((k) => ex?.props[k] != null), expectedVersion: ex ? Number(ex.props.version ?? 1) : 0, changedFields: changed });
  }

  // Links: ends by id or by name, the type's rules, then merge with the stored link and compare.
  const resolveEnd = (r: Rec, col: 'from' | 'to'): { id: string; label: NodeLabel } | null => {
    const ref = str(r.values[col]);
    if (!ref) { bad(r, col, `a link needs ${col === 'from' ? 'a from' : 'a to'} node (an id or a name)`); return null; }
    const badRow = badRefs.get(ref) ?? (fileNodes.has(ref) ? undefined : badRefs.get(lower(ref)));
    if (badRow) { bad(r, col, `"${ref}" is the node in ${badRow.sheet} row ${badRow.row}, which has problems`); return null; }
    const inFile = fileNodes.get(ref);
    if (inFile) return { id: ref, label: inFile.label };
    const ex = existing.get(ref);
    if (ex && ex.label !== 'Source') return { id: ref, label: ex.label };
    const candidates = new Map<string, NodeLabel>();
    for (const id of fileByName.get(lower(ref)) ?? []) candidates.set(id, fileNodes.get(id)!.label);
    for (const e of dbByName.get(lower(ref)) ?? []) if (e.label !== 'Source') candidates.set(e.id, e.label);
    if (candidates.size === 1) { const [id, label] = [...candidates][0]!; return { id, label }; }
    if (candidates.size > 1) { bad(r, col, `"${ref}" names several nodes (${[...candidates.keys()].join(', ')}); use the id`); return null; }
    bad(r, col, `no node with the id or name "${ref}", in this file or in Levermap`);
    return null;
  };
  interface LinkDraft { r: Rec; id: string; type: LinkType; from: string; to: string; ev: Citation[] }
  const drafts: LinkDraft[] = [];
  const seenLinks = new Map<string, Rec>();
  for (const r of linkRecs) {
    tick();
    const type = LinkType.safeParse(r.values.type);
    if (!type.success) { bad(r, 'type', `type must be one of ${LinkType.options.join(', ')}`); continue; }
    const from = resolveEnd(r, 'from');
    const to = resolveEnd(r, 'to');
    const ev = checkEvidence(r);
    if (!from || !to || !ev) continue;
    const rule = LINK_RULES[type.data];
    if (!(rule.from as readonly string[]).includes(from.label) || !(rule.to as readonly string[]).includes(to.label)) {
      bad(r, 'type', `${type.data} cannot go from ${from.label} (${from.id}) to ${to.label} (${to.id}); it goes from ${rule.from.join(' or ')} to ${rule.to.join(' or ')}`);
      continue;
    }
    const lever = r.values.lever;
    const id = linkId({ type: type.data, from: from.id, to: to.id, lever: typeof lever === 'string' && lever ? lever as never : undefined });
    const givenId = str(r.values.id);
    if (givenId && givenId !== id) { bad(r, 'id', `the link's id is made from its type, ends and lever: expected "${id}", not "${givenId}" (leave id empty)`); continue; }
    const prior = seenLinks.get(id);
    if (prior) { bad(r, 'type', `the same link (${id}) as links row ${prior.row}`); continue; }
    seenLinks.set(id, r);
    drafts.push({ r, id, type: type.data, from: from.id, to: to.id, ev });
  }
  const linkRows = drafts.length ? await db.read('io/lookup-links', { rows: drafts.filter((d) => existing.has(d.from)).map((d) => ({ id: d.id, from: d.from })) }, 120_000) : [];
  const existingLinks = new Map(linkRows.map((l) => [l.id as string, l.props as Props]));
  const links: Op[] = [];
  const linkKeys = Object.keys(LinkBase.shape);
  for (const { r, id, type, from, to, ev } of drafts) {
    const ex = existingLinks.get(id);
    const before: Props | null = ex ? { ...modelView(linkKeys, ex, true), type, from, to } : null;
    const merged: Props = { ...(before ?? {}), type, from, to };
    for (const k of r.given) if (!['type', 'from', 'to'].includes(k)) merged[k] = r.values[k];
    merged.evidence = mergeCitations((before?.evidence as Citation[] | undefined) ?? [], ev);
    const parsed = Link.safeParse(merged);
    if (!parsed.success) { for (const i of parsed.error.issues) bad(r, r.column(i.path), i.message); continue; }
    const { props, absent } = stored(linkKeys, parsed.data as Props, ['type', 'from', 'to']);
    let changed = Object.keys(props);
    if (ex) {
      const normal = Link.safeParse(before);
      changed = diff(props, absent, normal.success ? stored(linkKeys, normal.data as Props, ['type', 'from', 'to']).props : ex);
    }
    links.push({ sheet: 'links', row: r.row, action: ex ? (changed.length ? 'UPDATE' : 'UNCHANGED') : 'CREATE', id, label: null, type, from, to, props, remove: absent.filter((k) => ex?.[k] != null), expectedVersion: ex ? Number(ex.version ?? 1) : 0, changedFields: changed });
  }
  onProgress?.(records.length, records.length);
  const order = (s: string) => { const i = SHEETS.indexOf(s as SheetName); return i < 0 ? -1 : i; };
  problems.sort((a, b) => order(a.sheet) - order(b.sheet) || (a.row ?? 0) - (b.row ?? 0));
  return { nodes, links, problems };
}
