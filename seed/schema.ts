/** The layout of a seed file (seed/data/*.json): entities per label, under each label's section, then links. */
import { z } from 'zod';
import {
  DataTable,
  ENTITY_SCHEMAS,
  Finding,
  LeverAbsenceStatement,
  Link,
  Source,
  Study,
  VocabularyTerm,
} from '../model/schemas.js';
import { ENTITY_LABELS, type EntityLabel, NODE_LABEL } from '../model/vocabulary.js';

type Sections = {
  [L in EntityLabel as (typeof NODE_LABEL)[L]['section']]: z.ZodDefault<z.ZodArray<(typeof ENTITY_SCHEMAS)[L]>>;
};
const sections = Object.fromEntries(
  ENTITY_LABELS.map((l) => [NODE_LABEL[l].section, z.array(ENTITY_SCHEMAS[l]).default([])]),
) as Sections;

export const SeedFile = z
  .object({
    ...sections,
    links: z.array(Link).default([]),
    // What the document says beyond nodes and links (docs/knowledge.md): cited findings, its studies, its tables
    // and the vocabularies it defines.
    findings: z.array(Finding).default([]),
    studies: z.array(Study).default([]),
    tables: z.array(DataTable).default([]),
    vocabulary: z.array(VocabularyTerm).default([]),
    leverAbsences: z.array(LeverAbsenceStatement).default([]),
  })
  .strict();
export type SeedFile = z.infer<typeof SeedFile>;

export const SourcesFile = z.array(Source);
