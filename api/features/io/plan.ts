/**
 * From records to a plan: which node or link each row is (by id, UK identifier or natural key), what the
 * row would create or change, and every bad row with its sheet, row, column and reason. Reads the database
 * but never writes; the dry run is this plan, and the commit applies it (apply.ts).
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Database } from '../../db/database.js';
import { decodeCitations, encodeCitations, mergeCitations } from '../../../model/citation.js';
import {
  ABSENCE_PROPS,
  decodeAbsences,
  encodeAbsences,
  fromEntries,
  type LeverAbsence,
  mergeAbsences,
} from '../../../model/lever-absence.js';
import { newId } from '../../../model/ids.js';
import {
  CheckedAbsenceEntry,
  Citation,
  ENTITY_SCHEMAS,
  Finding,
  type LeverAbsenceEntry,
  SourceAbsenceEntry,
  type Lever,
  Link,
  LinkBase,
  LinkType,
  Source,
  type NodeLabel,
} from '../../../model/schemas.js';
import { LINK_RULES } from '../../../model/link-rules.js';
import { linkId } from '../../../model/ids.js';
import { NODE_LABELS } from '../../../model/vocabulary.js';
import { issueMessage } from '../../../model/issues.js';
import { ENTITY_SHEETS, IDENTIFIERS, isEntitySheet, KIND_FIELD, SHEETS, type SheetName } from './layout.js';
import type { Problem, Rec } from './records.js';
import { checkCitation, type DocumentText } from '../../../model/quote-match.js';
import { readDocuments } from '../evidence/catalog.js';
import { type Claimant, planClaim, TRUSTED } from './claims.js';
import { resolveSourceRef, unknownSource } from './source-ids.js';
import { type Conflict, staleConflicts } from './stale.js';
import { FINDING_KEYS, findingColumn, findingIdOf, storedFinding, toModel } from './findings.js';

export type Action = 'CREATE' | 'UPDATE' | 'UNCHANGED';
export interface Op {
  sheet: SheetName;
  row: number;
  action: Action;
  id: string;
  label: NodeLabel | null;
  /** For links. */
  type?: LinkType;
  from?: string;
  to?: string;
  props: Record<string, unknown>;
  remove: string[];
  expectedVersion: number;
  changedFields: string[];
}
export interface Plan {
  nodes: Op[];
  links: Op[];
  /** Rows of the findings sheet (label null, like links; they are Knowledge nodes, never Entity). */
  findings: Op[];
  problems: Problem[];
  /** Rows exported at an older version than the graph holds, field by field: applied only on overwrite. */
  conflicts: Conflict[];
}
export interface PlanOptions {
  /** Who imports, for the claim rules; by default trusted code (claims.ts). */
  claimant?: Claimant;
}

type Props = Record<string, unknown>;
interface Existing {
  id: string;
  label: NodeLabel;
  props: Props;
}

const lower = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const schemaOf = (label: NodeLabel): z.ZodObject => (label === 'Source' ? Source : ENTITY_SCHEMAS[label]);

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
    if (parsed[k] === undefined) absent.push(k);
    else props[k] = parsed[k];
  }
  if (parsed.evidence) {
    const ev = parsed.evidence as Citation[];
    Object.assign(props, encodeCitations(ev));
  }
  return { props, absent };
}

function diff(desired: Props, absent: string[], before: Props | null): string[] {
  if (!before) return Object.keys(desired);
  return [
    ...Object.keys(desired).filter((k) => !same(desired[k], before[k])),
    ...absent.filter((k) => before[k] !== undefined),
  ];
}

const ID_RE = /^[a-z0-9][a-z0-9-]{1,120}$/;
const shortHash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 6);

/** What the phases share: the problems found so far, progress, and what is known of the graph and the file. */
interface Planning {
  records: Rec[];
  problems: Problem[];
  bad(r: Rec, column: string | null, reason: string): void;
  tick(): void;
  graph: Graph;
  conflicts: Conflict[];
  claimant: Claimant;
  /** Sources in the graph or in the file: citations must name one. */
  sourceIds: Set<string>;
  /** Every source id in the graph, to resolve a number a spreadsheet program made of one. */
  graphSourceIds: Set<string>;
  /** The stored text of a cited source (read once all sources of the file are known). */
  docOf: (id: string) => DocumentText;
  /** Entities of the file by id, and their ids by name. */
  fileNodes: Map<string, { label: NodeLabel; rec: Rec }>;
  fileByName: Map<string, string[]>;
  /** Ids and names of rows with problems: a link naming one is refused. */
  badRefs: Map<string, Rec>;
}

/** The nodes the file may name, as the graph holds them: by id, by name and by UK identifier. */
interface Graph {
  existing: Map<string, Existing>;
  byName: Map<string, Existing[]>;
  byIdentifier: Map<string, Existing[]>;
}

/** Read: one read for every node the file may name (ids, names, UK identifiers, cited sources). */
async function readGraph(db: Database, records: Rec[], sourceIds: Set<string>): Promise<Graph> {
  const ids = new Set<string>();
  // A source named as a number ("3") may stand for a zero-padded id ("003"): read those too.
  const sourceRef = (ref: unknown) => {
    if (typeof ref !== 'string') return;
    ids.add(ref);
    if (/^\d+$/.test(ref)) for (const s of sourceIds) if (/^\d+$/.test(s) && Number(s) === Number(ref)) ids.add(s);
  };
  const identifiers = new Set<string>();
  const names = new Set<string>();
  for (const r of records) {
    const id = str(r.values.id);
    if (id) ids.add(id);
    if (r.sheet === 'sources') sourceRef(id);
    if (r.sheet === 'links') {
      for (const k of ['from', 'to']) {
        const v = str(r.values[k]);
        if (v) {
          ids.add(v);
          names.add(lower(v));
        }
      }
    } else if (r.sheet !== 'sources') {
      const name = str(r.values.name);
      if (name) names.add(lower(name));
      for (const f of IDENTIFIERS[ENTITY_SHEETS[r.sheet as keyof typeof ENTITY_SHEETS]] ?? []) {
        const v = str(r.values[f]);
        if (v) identifiers.add(v);
      }
    }
    for (const c of r.evidence ?? []) sourceRef(c?.sourceId);
    for (const c of absenceCitations(r)) sourceRef(c.sourceId);
  }
  const found = await db.read(
    'io/lookup-nodes',
    { ids: [...ids], identifiers: [...identifiers], names: [...names], labels: NODE_LABELS },
    120_000,
  );
  const existing = new Map<string, Existing>();
  for (const f of found)
    if (f.label)
      existing.set(f.id as string, { id: f.id as string, label: f.label as NodeLabel, props: f.props as Props });
  const byName = new Map<string, Existing[]>();
  const byIdentifier = new Map<string, Existing[]>();
  for (const e of existing.values()) {
    const n = str(e.props.name);
    if (n) byName.set(lower(n), [...(byName.get(lower(n)) ?? []), e]);
    for (const f of IDENTIFIERS[e.label] ?? []) {
      const v = str(e.props[f]);
      if (v) {
        const k = `${e.label}:${f}:${v.toUpperCase()}`;
        byIdentifier.set(k, [...(byIdentifier.get(k) ?? []), e]);
      }
    }
  }
  return { existing, byName, byIdentifier };
}

/** Build: the operation for one row, from what it would store and what changed. */
function opOf(
  r: Rec,
  id: string,
  label: NodeLabel | null,
  stored: { props: Props; absent: string[] },
  changed: string[],
  before: Props | undefined,
  link?: { type: LinkType; from: string; to: string },
): Op {
  return {
    sheet: r.sheet,
    row: r.row,
    action: before ? (changed.length ? 'UPDATE' : 'UNCHANGED') : 'CREATE',
    id,
    label,
    ...link,
    props: stored.props,
    remove: stored.absent.filter((k) => before?.[k] != null),
    expectedVersion: before ? Number(before.version ?? 1) : 0,
    changedFields: changed,
  };
}

/** Sources first (validate and diff): the citations of every other sheet are checked against them. */
function planSources(p: Planning): Op[] {
  const nodes: Op[] = [];
  const sourceKeys = Object.keys(Source.shape);
  const seenIds = new Map<string, Rec>();
  const rows = p.records.filter((x) => x.sheet === 'sources');
  // The ids the file writes as text are sources too: a number elsewhere may stand for one of them.
  const known = new Set(p.graphSourceIds);
  for (const r of rows) {
    const id = str(r.values.id);
    if (id && !r.numeric?.has('id')) known.add(id);
  }
  for (const r of rows) {
    p.tick();
    const ref = str(r.values.id);
    if (!ref) {
      p.bad(r, 'id', 'a source needs an id (the one its citations name)');
      continue;
    }
    const resolved = resolveSourceRef(ref, r.numeric?.has('id') ?? false, known);
    if ('error' in resolved) {
      p.bad(r, 'id', resolved.error);
      continue;
    }
    const id = resolved.id;
    const prior = seenIds.get(id);
    if (prior) {
      p.bad(r, 'id', `the same source as ${prior.sheet} row ${prior.row}`);
      continue;
    }
    seenIds.set(id, r);
    const ex = p.graph.existing.get(id);
    if (ex && ex.label !== 'Source') {
      p.bad(r, 'id', `"${id}" is already the id of a ${ex.label}`);
      continue;
    }
    const before = ex ? modelView(sourceKeys, ex.props, false) : null;
    const merged: Props = { ...(before ?? {}), id };
    for (const k of r.given) merged[k] = r.values[k];
    const parsed = Source.safeParse(merged);
    if (!parsed.success) {
      for (const i of parsed.error.issues) p.bad(r, r.column(i.path), issueMessage(i, merged));
      continue;
    }
    const out = stored(sourceKeys, parsed.data, ['id']);
    out.props.name = out.props.title;
    const changed = diff(out.props, out.absent, ex ? { ...before, name: ex.props.name } : null);
    if (ex) p.conflicts.push(...staleConflicts(r, id, changed, out.props, ex.props));
    p.sourceIds.add(id);
    nodes.push(opOf(r, id, 'Source', out, changed, ex?.props));
  }
  return nodes;
}

/** Validate: a row's citations, each naming a known source and, where its text is held, quoting the cited line. */
function checkEvidence(p: Planning, r: Rec): Citation[] | null {
  if (!r.evidence) return [];
  const parsed = z.array(Citation).safeParse(r.evidence);
  if (!parsed.success) {
    for (const i of parsed.error.issues) p.bad(r, r.column(['evidence', ...i.path]), issueMessage(i, r.evidence));
    return null;
  }
  let ok = true;
  const cited: Citation[] = [];
  parsed.data.forEach((given, i) => {
    const ref = resolveSourceRef(given.sourceId, r.numeric?.has(`evidence.${i}`) ?? false, p.sourceIds);
    if ('error' in ref || !p.sourceIds.has(ref.id)) {
      ok = false;
      p.bad(r, r.column(['evidence', i, 'sourceId']), 'error' in ref ? ref.error : unknownSource(ref.id, p.sourceIds));
      return;
    }
    const c = { ...given, sourceId: ref.id };
    cited.push(c);
    const m = checkCitation(c, p.docOf(c.sourceId));
    if (!m.ok) {
      ok = false;
      p.bad(r, r.column(['evidence', i, m.field]), m.message);
    }
  });
  return ok ? cited : null;
}

/** The citations inside a row's absence entries, as the file gives them (before any checking). */
function absenceCitations(r: Rec): { sourceId: string; i: number; j: number }[] {
  const out: { sourceId: string; i: number; j: number }[] = [];
  (r.absences ?? []).forEach((e, i) => {
    const ev = (e as { evidence?: unknown } | null)?.evidence;
    if (Array.isArray(ev))
      ev.forEach((c, j) => {
        const sourceId = (c as { sourceId?: unknown } | null)?.sourceId;
        if (typeof sourceId === 'string') out.push({ sourceId, i, j });
      });
  });
  return out;
}

/**
 * Validate: an initiative's absence entries. A source's statement is checked as any citation is (a known source,
 * its quote on its line); an editor's check keeps its author only when a verifier imports it (as a claim's authors),
 * and is otherwise the importer's own.
 */
function checkAbsences(p: Planning, r: Rec): LeverAbsence[] | null {
  if (!r.absences) return [];
  let ok = true;
  const entries: LeverAbsenceEntry[] = [];
  r.absences.forEach((e, i) => {
    const schema = e && typeof e === 'object' && 'evidence' in e ? SourceAbsenceEntry : CheckedAbsenceEntry;
    const parsed = schema.safeParse(e);
    if (!parsed.success) {
      ok = false;
      for (const x of parsed.error.issues) p.bad(r, r.column(['leverAbsences', i, ...x.path]), issueMessage(x, e));
      return;
    }
    const entry = parsed.data;
    if ('evidence' in entry) {
      const cited: Citation[] = [];
      entry.evidence.forEach((given, j) => {
        const at = ['leverAbsences', i, 'evidence', j];
        const ref = resolveSourceRef(given.sourceId, r.numeric?.has(`leverAbsences.${i}`) ?? false, p.sourceIds);
        if ('error' in ref || !p.sourceIds.has(ref.id)) {
          ok = false;
          p.bad(r, r.column([...at, 'sourceId']), 'error' in ref ? ref.error : unknownSource(ref.id, p.sourceIds));
          return;
        }
        const c = { ...given, sourceId: ref.id };
        const m = checkCitation(c, p.docOf(c.sourceId));
        if (!m.ok) {
          ok = false;
          p.bad(r, r.column([...at, m.field]), m.message);
        }
        cited.push(c);
      });
      entries.push({ ...entry, evidence: cited });
      return;
    }
    const who = p.claimant;
    if (entry.checkedBy && !who.trusted && !who.verifier && entry.checkedBy !== who.user) {
      ok = false;
      p.bad(
        r,
        r.column(['leverAbsences', i, 'checkedBy']),
        `only verifiers and admins import who checked a lever; empty this column and the check is yours (exports for others leave it out)`,
      );
      return;
    }
    entries.push(entry);
  });
  return ok ? fromEntries(entries, p.claimant.user ?? '') : null;
}

/** Read: the stored text of every cited source, to check each quote on its line (a source without text: not checked). */
async function readCitedDocuments(db: Database, p: Planning): Promise<(id: string) => DocumentText> {
  const cited = new Set<string>();
  for (const r of p.records)
    (r.evidence ?? []).forEach((c, i) => {
      if (typeof c?.sourceId !== 'string') return;
      const ref = resolveSourceRef(c.sourceId, r.numeric?.has(`evidence.${i}`) ?? false, p.sourceIds);
      if ('id' in ref && p.sourceIds.has(ref.id)) cited.add(ref.id);
    });
  for (const r of p.records)
    for (const c of absenceCitations(r)) {
      const ref = resolveSourceRef(c.sourceId, r.numeric?.has(`leverAbsences.${c.i}`) ?? false, p.sourceIds);
      if ('id' in ref && p.sourceIds.has(ref.id)) cited.add(ref.id);
    }
  const texts = await readDocuments(db, cited);
  return (id) =>
    texts.get(id) ?? {
      id,
      // A source the file itself adds has its kind in the file (a DATASET there is cited by record).
      kind:
        (p.graph.existing.get(id)?.props.kind as string | undefined) ??
        (p.records.find((r) => r.sheet === 'sources' && r.values.id === id)?.values.kind as string | undefined) ??
        null,
      textHeld: false,
      lineCount: 0,
      lines: [],
    };
}

interface ResolvedEntity {
  r: Rec;
  label: NodeLabel;
  id: string;
  ex: Existing | undefined;
}

/** Resolve ids: each entity row is a node by id, else by UK identifier, else by name and type, else a new one. */
function resolveEntities(p: Planning): ResolvedEntity[] {
  const { existing, byIdentifier, byName } = p.graph;
  const takenIds = new Set([...existing.keys()]);
  const resolved: ResolvedEntity[] = [];
  for (const r of p.records.filter((x) => isEntitySheet(x.sheet))) {
    const label = ENTITY_SHEETS[r.sheet as keyof typeof ENTITY_SHEETS];
    const name = str(r.values.name);
    const given = str(r.values.id);
    const remember = () => {
      if (given) p.badRefs.set(given, r);
      if (name) p.badRefs.set(lower(name), r);
    };
    let id: string | null = null;
    if (given) {
      if (!ID_RE.test(given)) {
        p.bad(r, 'id', 'id must be lower-case letters, digits and hyphens (2 to 121 characters)');
        remember();
        continue;
      }
      const ex = existing.get(given);
      if (ex && ex.label !== label) {
        p.bad(r, 'id', `"${given}" is already the id of a ${ex.label}, not a ${label}`);
        remember();
        continue;
      }
      id = given;
    } else {
      const matches = new Map<string, string>();
      for (const f of IDENTIFIERS[label] ?? []) {
        const v = str(r.values[f]);
        if (v) for (const e of byIdentifier.get(`${label}:${f}:${v.toUpperCase()}`) ?? []) matches.set(e.id, f);
      }
      if (matches.size > 1) {
        p.bad(
          r,
          [...matches.values()][0]!,
          `matches several nodes (${[...matches.keys()].join(', ')}); give the id of the one you mean`,
        );
        remember();
        continue;
      }
      if (matches.size === 1) id = [...matches.keys()][0]!;
      else if (name) {
        const kindField = KIND_FIELD[label]!;
        const kind = r.values[kindField];
        const byKey = (byName.get(lower(name)) ?? []).filter(
          (e) => e.label === label && (kind === undefined || e.props[kindField] === kind),
        );
        if (byKey.length > 1) {
          p.bad(
            r,
            'name',
            `matches several ${label} nodes with this name (${byKey.map((e) => e.id).join(', ')}); give the id of the one you mean`,
          );
          remember();
          continue;
        }
        if (byKey.length === 1) id = byKey[0]!.id;
        else {
          // A new node's id is made from its name, deterministically, so importing the file again finds it.
          const base = newId(label, name).replace(/-[0-9a-f]{6}$/, '');
          id =
            takenIds.has(base) || p.fileNodes.has(base)
              ? `${base}-${shortHash(`${label}|${lower(name)}|${String(kind ?? '')}`)}`
              : base;
        }
      } else {
        p.bad(r, 'name', `a ${label} needs a name (or an id)`);
        continue;
      }
    }
    const prior = p.fileNodes.get(id);
    if (prior) {
      p.bad(r, given ? 'id' : 'name', `the same ${label} (${id}) as ${prior.rec.sheet} row ${prior.rec.row}`);
      continue;
    }
    p.fileNodes.set(id, { label, rec: r });
    if (name) p.fileByName.set(lower(name), [...(p.fileByName.get(lower(name)) ?? []), id]);
    resolved.push({ r, label, id, ex: existing.get(id) });
  }
  return resolved;
}

/** Validate and diff: each resolved entity merged with what is stored, checked by the model, and compared. */
function planEntities(p: Planning, resolved: ResolvedEntity[]): Op[] {
  const nodes: Op[] = [];
  for (const { r, label, id, ex } of resolved) {
    p.tick();
    const ev = checkEvidence(p, r);
    const abs = label === 'Initiative' ? checkAbsences(p, r) : [];
    if (!ev || !abs) {
      p.badRefs.set(id, r);
      continue;
    }
    const schema = schemaOf(label);
    const keys = Object.keys(schema.shape);
    const before = ex ? modelView(keys, ex.props, true) : null;
    const merged: Props = { ...(before ?? {}), id };
    for (const k of r.given) if (k !== 'id') merged[k] = r.values[k];
    merged.evidence = mergeCitations((before?.evidence as Citation[] | undefined) ?? [], ev);
    const parsed = schema.safeParse(merged);
    if (!parsed.success) {
      for (const i of parsed.error.issues)
        p.bad(
          r,
          r.column(i.path),
          ex && !r.given.has(String(i.path[0])) && i.path[0] !== 'evidence'
            ? `the stored value is invalid (${issueMessage(i, merged)}); give a value in this column`
            : issueMessage(i, merged),
        );
      p.badRefs.set(id, r);
      continue;
    }
    const out = stored(keys, parsed.data, ['id']);
    if (label === 'Initiative') {
      const all = mergeAbsences(decodeAbsences(ex?.props ?? {}), abs);
      if (all.length) Object.assign(out.props, encodeAbsences(all));
    }
    let changed: string[] = Object.keys(out.props);
    if (ex) {
      const normal = schema.safeParse(before);
      const storedAbsences = Object.fromEntries(ABSENCE_PROPS.map((k) => [k, ex.props[k]]));
      changed = diff(
        out.props,
        out.absent,
        normal.success ? { ...stored(keys, normal.data, ['id']).props, ...storedAbsences } : ex.props,
      );
      p.conflicts.push(...staleConflicts(r, id, changed, out.props, ex.props));
    }
    nodes.push(opOf(r, id, label, out, changed, ex?.props));
  }
  return nodes;
}

/** Resolve ids: a link's end by id or by name, in the file or in the graph; null (with the problem noted) if none or several. */
function resolveEnd(p: Planning, r: Rec, col: 'from' | 'to'): { id: string; label: NodeLabel } | null {
  const ref = str(r.values[col]);
  if (!ref) {
    p.bad(r, col, `a link needs ${col === 'from' ? 'a from' : 'a to'} node (an id or a name)`);
    return null;
  }
  const badRow = p.badRefs.get(ref) ?? (p.fileNodes.has(ref) ? undefined : p.badRefs.get(lower(ref)));
  if (badRow) {
    p.bad(r, col, `"${ref}" is the node in ${badRow.sheet} row ${badRow.row}, which has problems`);
    return null;
  }
  const inFile = p.fileNodes.get(ref);
  if (inFile) return { id: ref, label: inFile.label };
  const ex = p.graph.existing.get(ref);
  if (ex && ex.label !== 'Source') return { id: ref, label: ex.label };
  const candidates = new Map<string, NodeLabel>();
  for (const id of p.fileByName.get(lower(ref)) ?? []) candidates.set(id, p.fileNodes.get(id)!.label);
  for (const e of p.graph.byName.get(lower(ref)) ?? []) if (e.label !== 'Source') candidates.set(e.id, e.label);
  if (candidates.size === 1) {
    const [id, label] = [...candidates][0]!;
    return { id, label };
  }
  if (candidates.size > 1) {
    p.bad(r, col, `"${ref}" names several nodes (${[...candidates.keys()].join(', ')}); use the id`);
    return null;
  }
  p.bad(r, col, `no node with the id or name "${ref}", in this file or in Levermap`);
  return null;
}

interface LinkDraft {
  r: Rec;
  id: string;
  type: LinkType;
  from: string;
  to: string;
  ev: Citation[];
}

/** Resolve ids and validate: each link row's type, ends, evidence and the type's rules, and its id. */
function draftLinks(p: Planning): LinkDraft[] {
  const drafts: LinkDraft[] = [];
  const seenLinks = new Map<string, Rec>();
  for (const r of p.records.filter((x) => x.sheet === 'links')) {
    p.tick();
    const type = LinkType.safeParse(r.values.type);
    if (!type.success) {
      for (const i of type.error.issues) p.bad(r, 'type', issueMessage(i, r.values.type));
      continue;
    }
    const from = resolveEnd(p, r, 'from');
    const to = resolveEnd(p, r, 'to');
    const ev = checkEvidence(p, r);
    if (!from || !to || !ev) continue;
    const rule = LINK_RULES[type.data];
    if (!(rule.from as readonly string[]).includes(from.label) || !(rule.to as readonly string[]).includes(to.label)) {
      p.bad(
        r,
        'type',
        `${type.data} cannot go from ${from.label} (${from.id}) to ${to.label} (${to.id}); it goes from ${rule.from.join(' or ')} to ${rule.to.join(' or ')}`,
      );
      continue;
    }
    // The lever as given: the model checks it below (Link), and a bad one is reported there.
    const lever = r.values.lever;
    const id = linkId({
      type: type.data,
      from: from.id,
      to: to.id,
      lever: typeof lever === 'string' && lever ? (lever as Lever) : undefined,
    });
    const givenId = str(r.values.id);
    if (givenId && givenId !== id) {
      p.bad(
        r,
        'id',
        `the link's id is made from its type, ends and lever: expected "${id}", not "${givenId}" (leave id empty)`,
      );
      continue;
    }
    const prior = seenLinks.get(id);
    if (prior) {
      p.bad(r, 'type', `the same link (${id}) as links row ${prior.row}`);
      continue;
    }
    seenLinks.set(id, r);
    drafts.push({ r, id, type: type.data, from: from.id, to: to.id, ev });
  }
  return drafts;
}

/** Read: the stored links the drafts would change (only those starting at a node already in the graph). */
async function readLinks(db: Database, p: Planning, drafts: LinkDraft[]): Promise<Map<string, Props>> {
  const rows = drafts.length
    ? await db.read(
        'io/lookup-links',
        { rows: drafts.filter((d) => p.graph.existing.has(d.from)).map((d) => ({ id: d.id, from: d.from })) },
        120_000,
      )
    : [];
  return new Map(rows.map((l) => [l.id as string, l.props as Props]));
}

/** Validate and diff: each link merged with the stored one, checked by the model, and compared. */
function planLinks(p: Planning, drafts: LinkDraft[], existingLinks: Map<string, Props>): Op[] {
  const links: Op[] = [];
  const linkKeys = Object.keys(LinkBase.shape);
  for (const { r, id, type, from, to, ev } of drafts) {
    const ex = existingLinks.get(id);
    const before: Props | null = ex ? { ...modelView(linkKeys, ex, true), type, from, to } : null;
    const merged: Props = { ...(before ?? {}), type, from, to };
    for (const k of r.given) if (!['type', 'from', 'to'].includes(k)) merged[k] = r.values[k];
    merged.evidence = mergeCitations((before?.evidence as Citation[] | undefined) ?? [], ev);
    const parsed = Link.safeParse(merged);
    if (!parsed.success) {
      for (const i of parsed.error.issues) p.bad(r, r.column(i.path), issueMessage(i, merged));
      continue;
    }
    const out = stored(linkKeys, parsed.data, ['type', 'from', 'to']);
    let changed = Object.keys(out.props);
    if (ex) {
      const normal = Link.safeParse(before);
      changed = diff(
        out.props,
        out.absent,
        normal.success ? stored(linkKeys, normal.data, ['type', 'from', 'to']).props : ex,
      );
    }
    const claim = planClaim(r, ex, p.claimant);
    if ('problems' in claim) {
      for (const c of claim.problems) p.bad(r, c.column, c.reason);
      continue;
    }
    Object.assign(out.props, claim.props);
    changed = [...changed, ...claim.changed.filter((k) => !changed.includes(k))];
    if (ex) p.conflicts.push(...staleConflicts(r, id, changed, out.props, ex));
    links.push(opOf(r, id, null, out, changed, ex, { type, from, to }));
  }
  return links;
}

interface FindingGraph {
  /** Stored knowledge items by id, with the label after Knowledge (Finding, Study, ...). */
  existing: Map<string, { label: string; props: Props }>;
  /** The ids of `about` that name a node or link in the graph. */
  known: Set<string>;
}

/** The id of a finding row: the one it gives, or one made from its kind, about and text. */
const findingRowId = (r: Rec) => str(r.values.id) ?? findingIdOf(r.values);

/** Read: the stored findings the file names, and which of the ids they are about the graph holds. */
async function readFindings(db: Database, rows: Rec[]): Promise<FindingGraph> {
  if (rows.length === 0) return { existing: new Map(), known: new Set() };
  const ids = rows.map(findingRowId).filter((x): x is string => x !== null);
  const about = new Set<string>();
  for (const r of rows) {
    const a = r.values.about;
    if (Array.isArray(a)) for (const x of a) if (typeof x === 'string' && x.trim()) about.add(x.trim());
  }
  const [row] = await db.read('io/lookup-findings', { ids, about: [...about] }, 120_000);
  const existing = new Map(
    ((row?.existing as { id: string; label: string; props: Props }[] | undefined) ?? []).map((e) => [e.id, e]),
  );
  return { existing, known: new Set((row?.known as string[] | undefined) ?? []) };
}

/**
 * Validate and diff: each finding row merged with the stored finding, checked by the model (a FIGURE's value and
 * unit, a range's ends), its citations checked like any row's, and everything it is about found in the file or
 * the graph.
 */
function planFindings(p: Planning, rows: Rec[], g: FindingGraph, linkIds: Set<string>): Op[] {
  const out: Op[] = [];
  const seen = new Map<string, Rec>();
  for (const r of rows) {
    p.tick();
    const id = findingRowId(r);
    if (!id) {
      p.bad(r, 'id', 'a finding needs an id, or a kind, about and text to make one from');
      continue;
    }
    if (!ID_RE.test(id)) {
      p.bad(r, 'id', 'id must be lower-case letters, digits and hyphens (2 to 121 characters)');
      continue;
    }
    const prior = seen.get(id);
    if (prior) {
      p.bad(r, 'id', `the same finding (${id}) as findings row ${prior.row}`);
      continue;
    }
    seen.set(id, r);
    const ex = g.existing.get(id);
    if (ex && ex.label !== 'Finding') {
      p.bad(r, 'id', `"${id}" is already the id of a ${ex.label}`);
      continue;
    }
    const ev = checkEvidence(p, r);
    if (!ev) continue;
    const before = ex ? modelView([...FINDING_KEYS], ex.props, true) : null;
    const merged: Props = { ...(before ?? {}), id };
    for (const k of r.given) if (k !== 'id') merged[k] = r.values[k];
    merged.evidence = mergeCitations((before?.evidence as Citation[] | undefined) ?? [], ev);
    const model = toModel(merged);
    const parsed = Finding.safeParse(model);
    if (!parsed.success) {
      for (const i of parsed.error.issues) p.bad(r, findingColumn(i.path, r.column), issueMessage(i, model));
      continue;
    }
    const missing = parsed.data.about.filter(
      (a) => !g.known.has(a) && !p.fileNodes.has(a) && !p.sourceIds.has(a) && !linkIds.has(a),
    );
    if (missing.length) {
      for (const a of missing) {
        const badRow = p.badRefs.get(a);
        p.bad(
          r,
          'about',
          badRow
            ? `"${a}" is the node in ${badRow.sheet} row ${badRow.row}, which has problems`
            : `no node, link or source with the id "${a}", in this file or in Levermap`,
        );
      }
      continue;
    }
    const stored = storedFinding(parsed.data);
    let changed = Object.keys(stored.props);
    if (ex) {
      const normal = before ? Finding.safeParse(toModel(before)) : null;
      changed = diff(stored.props, stored.absent, normal?.success ? storedFinding(normal.data).props : ex.props);
      p.conflicts.push(...staleConflicts(r, id, changed, stored.props, ex.props));
    }
    out.push(opOf(r, id, null, stored, changed, ex?.props));
  }
  return out;
}

/** The plan of an import: read what the file names, resolve each row to a node or link, validate, and diff. */
export async function plan(
  db: Database,
  records: Rec[],
  onProgress?: (done: number, total: number) => void,
  opts: PlanOptions = {},
): Promise<Plan> {
  const problems: Problem[] = [];
  let done = 0;
  const graphSourceIds = new Set((await db.read('io/source-ids', {}, 60_000)).map((s) => s.id as string));
  const graph = await readGraph(db, records, graphSourceIds);
  const p: Planning = {
    records,
    problems,
    conflicts: [],
    claimant: opts.claimant ?? TRUSTED,
    graphSourceIds,
    graph,
    bad: (r, column, reason) => {
      problems.push({ sheet: r.sheet, row: r.row, column, reason });
    },
    tick: () => {
      done += 1;
      if (onProgress && done % 5000 === 0) onProgress(done, records.length);
    },
    sourceIds: new Set(graphSourceIds),
    docOf: () => {
      throw new Error('documents are read after the sources sheet');
    },
    fileNodes: new Map(),
    fileByName: new Map(),
    badRefs: new Map(),
  };
  const nodes = planSources(p);
  p.docOf = await readCitedDocuments(db, p);
  // Not push(...): a million entities would overflow the call stack as arguments.
  for (const n of planEntities(p, resolveEntities(p))) nodes.push(n);
  const drafts = draftLinks(p);
  const links = planLinks(p, drafts, await readLinks(db, p, drafts));
  const findingRows = records.filter((r) => r.sheet === 'findings');
  const findings = planFindings(p, findingRows, await readFindings(db, findingRows), new Set(links.map((l) => l.id)));
  onProgress?.(records.length, records.length);
  const order = (s: string) => {
    const i = SHEETS.indexOf(s as SheetName);
    return i < 0 ? -1 : i;
  };
  problems.sort((a, b) => order(a.sheet) - order(b.sheet) || (a.row ?? 0) - (b.row ?? 0));
  p.conflicts.sort((a, b) => order(a.sheet) - order(b.sheet) || a.row - b.row);
  return { nodes, links, findings, problems, conflicts: p.conflicts };
}
