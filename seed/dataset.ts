/**
 * Reads the seed files, validates them with zod and merges them into one dataset.
 * The same id may appear in several files (a national body named by several documents): the
 * definitions must agree on label, name and type, and their evidence and aliases are merged.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { mergeCitations } from '../model/citation.js';
import { ENTITY_LABELS, NODE_LABEL } from '../model/vocabulary.js';
import {
  formatPath,
  type Citation,
  type DataTable,
  type Finding,
  type LeverAbsenceStatement,
  type Link,
  type NodeLabel,
  type Study,
  type VocabularyTerm,
} from '../model/schemas.js';
import { encodeAbsences } from '../model/lever-absence.js';
import { LINK_RULES } from '../model/link-rules.js';
import { linkId } from '../model/ids.js';
import { SeedFile, SourcesFile } from './schema.js';

export type SeedNode = Record<string, unknown> & { id: string; name: string; evidence: Citation[]; aliases: string[] };
export interface Dataset {
  sources: z.infer<typeof SourcesFile>;
  nodes: Map<string, { label: NodeLabel; props: SeedNode }>;
  links: Map<string, Link & { id: string }>;
  /** Findings, studies, tables and vocabulary terms by id (ids unique across the four). */
  findings: Map<string, Finding>;
  studies: Map<string, Study>;
  tables: Map<string, DataTable>;
  terms: Map<string, VocabularyTerm>;
  /** Documents' statements that an initiative has no backer on a lever, also stored on the initiative's node. */
  absences: LeverAbsenceStatement[];
}
export interface DatasetProblem {
  file: string;
  path: string;
  message: string;
}

export class DatasetError extends Error {
  constructor(readonly problems: DatasetProblem[]) {
    super(
      `seed data has ${problems.length} problem(s):\n` +
        problems
          .slice(0, 50)
          .map((p) => `  ${p.file} ${p.path}: ${p.message}`)
          .join('\n'),
    );
  }
}

const SECTIONS = ENTITY_LABELS.map((l) => [NODE_LABEL[l].section, l] as const);

export function loadDataset(dir: string): Dataset {
  const problems: DatasetProblem[] = [];
  const sourcesRaw = JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8'));
  const sourcesParsed = SourcesFile.safeParse(sourcesRaw);
  if (!sourcesParsed.success) throw new DatasetError(issues('sources.json', sourcesParsed.error));
  const sources = sourcesParsed.data;
  const sourceIds = new Set(sources.map((s) => s.id));
  const nodes: Dataset['nodes'] = new Map();
  const links: Dataset['links'] = new Map();
  const linkFiles: [string, Link & { id: string }, number][] = [];
  const knowledge = { findings: new Map(), studies: new Map(), tables: new Map(), terms: new Map() } as Pick<
    Dataset,
    'findings' | 'studies' | 'tables' | 'terms'
  >;
  const knowledgeIds = new Map<string, string>();
  const aboutRefs: [string, string, string][] = [];
  const absenceFiles: [string, LeverAbsenceStatement, number][] = [];

  const files = readdirSync(join(dir, 'data'))
    .filter((f) => f.endsWith('.json'))
    .sort();
  for (const file of files) {
    const parsed = SeedFile.safeParse(JSON.parse(readFileSync(join(dir, 'data', file), 'utf8')));
    if (!parsed.success) {
      problems.push(...issues(file, parsed.error));
      continue;
    }
    const checkCitations = (path: string, ev: Citation[]) =>
      ev.forEach((c, i) => {
        if (!sourceIds.has(c.sourceId))
          problems.push({ file, path: `${path}.evidence[${i}].source`, message: `unknown source "${c.sourceId}"` });
      });
    const idsInFile = new Set<string>();
    for (const [section, label] of SECTIONS) {
      (parsed.data[section] as SeedNode[]).forEach((n, i) => {
        const path = `${section}[${i}]`;
        checkCitations(path, n.evidence);
        if (idsInFile.has(n.id)) {
          problems.push({ file, path: `${path}.id`, message: `duplicate id "${n.id}" in this file` });
          return;
        }
        idsInFile.add(n.id);
        const prev = nodes.get(n.id);
        if (!prev) {
          nodes.set(n.id, { label, props: { ...n } });
          return;
        }
        const clash =
          prev.label !== label
            ? `label ${prev.label} vs ${label}`
            : prev.props.name !== n.name
              ? `name "${prev.props.name}" vs "${n.name}"`
              : prev.props.type !== n.type || prev.props.kind !== n.kind
                ? 'type or kind differs'
                : null;
        if (clash) {
          problems.push({
            file,
            path: `${path}.id`,
            message: `id "${n.id}" is defined elsewhere with a different ${clash}`,
          });
          return;
        }
        prev.props.evidence = mergeCitations(prev.props.evidence, n.evidence);
        prev.props.aliases = [...new Set([...prev.props.aliases, ...n.aliases])];
        for (const [k, v] of Object.entries(n)) if (prev.props[k] === undefined) prev.props[k] = v;
      });
    }
    parsed.data.links.forEach((l, i) => {
      checkCitations(`links[${i}]`, l.evidence);
      linkFiles.push([file, { ...l, id: linkId(l) }, i]);
    });
    const keep = <T extends { id: string; evidence: Citation[] }>(section: string, xs: T[], into: Map<string, T>) =>
      xs.forEach((x, i) => {
        const path = `${section}[${i}]`;
        checkCitations(path, x.evidence);
        const seen = knowledgeIds.get(x.id);
        if (seen) problems.push({ file, path: `${path}.id`, message: `id "${x.id}" is already used in ${seen}` });
        else if (nodes.has(x.id))
          problems.push({ file, path: `${path}.id`, message: `id "${x.id}" is already a node's id` });
        else {
          knowledgeIds.set(x.id, `${file} ${path}`);
          into.set(x.id, x);
        }
      });
    keep('findings', parsed.data.findings, knowledge.findings);
    keep('studies', parsed.data.studies, knowledge.studies);
    keep('tables', parsed.data.tables, knowledge.tables);
    keep('vocabulary', parsed.data.vocabulary, knowledge.terms);
    parsed.data.findings.forEach((f, i) => {
      for (const [j, a] of f.about.entries()) aboutRefs.push([file, `findings[${i}].about[${j}]`, a]);
    });
    parsed.data.studies.forEach((st, i) => {
      if (!sourceIds.has(st.source))
        problems.push({ file, path: `studies[${i}].source`, message: `unknown source "${st.source}"` });
      st.samples.forEach((sm, j) => {
        checkCitations(`studies[${i}].samples[${j}]`, sm.evidence);
      });
    });
    parsed.data.tables.forEach((t, i) => {
      const path = `tables[${i}]`;
      if (!sourceIds.has(t.source))
        problems.push({ file, path: `${path}.source`, message: `unknown source "${t.source}"` });
      if (t.lineTo < t.lineFrom) problems.push({ file, path: `${path}.lineTo`, message: 'lineTo is before lineFrom' });
      t.rows.forEach((r, j) => {
        if (r.length !== t.columns.length)
          problems.push({
            file,
            path: `${path}.rows[${j}]`,
            message: `row has ${r.length} cell(s) but the table has ${t.columns.length} column(s)`,
          });
        for (const c of r)
          if (c.line < t.lineFrom || c.line > t.lineTo)
            problems.push({
              file,
              path: `${path}.rows[${j}]`,
              message: `cell "${c.value}" is on line ${c.line}, outside the table's lines ${t.lineFrom}-${t.lineTo}`,
            });
      });
    });
    parsed.data.leverAbsences.forEach((a, i) => {
      checkCitations(`leverAbsences[${i}]`, a.evidence);
      absenceFiles.push([file, a, i]);
    });
  }
  const absences: LeverAbsenceStatement[] = [];
  for (const [file, a, i] of absenceFiles) {
    const node = nodes.get(a.initiative);
    if (node?.label !== 'Initiative') {
      problems.push({
        file,
        path: `leverAbsences[${i}].initiative`,
        message: `no initiative with id "${a.initiative}"`,
      });
      continue;
    }
    absences.push(a);
    const mine = absences.filter((x) => x.initiative === a.initiative);
    Object.assign(
      node.props,
      encodeAbsences(
        mine.flatMap((x) => x.evidence.map((citation) => ({ lever: x.lever, kind: 'SOURCE' as const, citation }))),
      ),
    );
  }
  for (const [file, l, i] of linkFiles) {
    const path = `links[${i}]`;
    const from = nodes.get(l.from);
    const to = nodes.get(l.to);
    if (!from) {
      problems.push({ file, path: `${path}.from`, message: `no node with id "${l.from}"` });
      continue;
    }
    if (!to) {
      problems.push({ file, path: `${path}.to`, message: `no node with id "${l.to}"` });
      continue;
    }
    const rule = LINK_RULES[l.type];
    if (!(rule.from as readonly string[]).includes(from.label) || !(rule.to as readonly string[]).includes(to.label)) {
      problems.push({ file, path, message: `${l.type} cannot go from ${from.label} to ${to.label}` });
      continue;
    }
    const prev = links.get(l.id);
    if (prev) {
      if (prev.stance !== l.stance)
        problems.push({ file, path, message: `link ${l.id} is given twice with different stances` });
      prev.evidence = mergeCitations(prev.evidence, l.evidence);
    } else links.set(l.id, l);
  }
  for (const [file, path, about] of aboutRefs)
    if (!nodes.has(about) && !links.has(about) && !sourceIds.has(about))
      problems.push({ file, path, message: `no node, link or source with id "${about}"` });
  const sampleIds = new Set([...knowledge.studies.values()].flatMap((st) => st.samples.map((s) => s.id)));
  for (const t of knowledge.tables.values())
    if (t.sample && !sampleIds.has(t.sample))
      problems.push({ file: t.source, path: `tables.${t.id}.sample`, message: `no study sample "${t.sample}"` });
  if (problems.length) throw new DatasetError(problems);
  return { sources, nodes, links, ...knowledge, absences };
}

/** The citations of findings, studies (and their samples), tables and vocabulary terms, by where they stand. */
export function knowledgeCitations(ds: Dataset): [string, Citation[]][] {
  return [
    ...[...ds.findings.values()].map((f): [string, Citation[]] => [f.id, f.evidence]),
    ...[...ds.studies.values()].flatMap((st): [string, Citation[]][] => [
      [st.id, st.evidence],
      ...st.samples.map((sm): [string, Citation[]] => [`${st.id}.${sm.id}`, sm.evidence]),
    ]),
    ...[...ds.tables.values()].map((t): [string, Citation[]] => [t.id, t.evidence]),
    ...[...ds.terms.values()].map((t): [string, Citation[]] => [t.id, t.evidence]),
  ];
}

function issues(file: string, err: z.ZodError): DatasetProblem[] {
  return err.issues.map((i) => ({ file, path: formatPath(i.path), message: i.message }));
}

export function countByLabel(ds: Dataset): Record<string, number> {
  const out: Record<string, number> = {};
  for (const { label } of ds.nodes.values()) out[label] = (out[label] ?? 0) + 1;
  out.Source = ds.sources.length;
  return out;
}
export function countByType(ds: Dataset): Record<string, number> {
  const out: Record<string, number> = {};
  for (const l of ds.links.values()) out[l.type] = (out[l.type] ?? 0) + 1;
  return out;
}

/** Findings by kind and by the document of their first citation; studies, tables and vocabulary terms. */
export function countKnowledge(ds: Dataset) {
  const tally = (xs: string[]) => {
    const out: Record<string, number> = {};
    for (const x of xs) out[x] = (out[x] ?? 0) + 1;
    return out;
  };
  const findings = [...ds.findings.values()];
  return {
    findingsByKind: tally(findings.map((f) => f.kind)),
    findingsBySource: tally(findings.map((f) => f.evidence[0]!.sourceId)),
    studies: ds.studies.size,
    samples: [...ds.studies.values()].reduce((n, s) => n + s.samples.length, 0),
    tables: ds.tables.size,
    tableCells: [...ds.tables.values()].reduce((n, t) => n + t.rows.flat().length, 0),
    vocabulary: tally([...ds.terms.values()].map((t) => t.kind)),
  };
}
