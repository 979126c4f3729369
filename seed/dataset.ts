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
import { formatPath, type Citation, type LeverAbsenceStatement, type Link, type NodeLabel } from '../model/schemas.js';
import { encodeAbsences } from '../model/lever-absence.js';
import { LINK_RULES } from '../model/link-rules.js';
import { linkId } from '../model/ids.js';
import { SeedFile, SourcesFile } from './schema.js';

export type SeedNode = Record<string, unknown> & { id: string; name: string; evidence: Citation[]; aliases: string[] };
export interface Dataset {
  sources: z.infer<typeof SourcesFile>;
  nodes: Map<string, { label: NodeLabel; props: SeedNode }>;
  links: Map<string, Link & { id: string }>;
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
  if (problems.length) throw new DatasetError(problems);
  return { sources, nodes, links, absences };
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
