/** The layout of a seed file (seed/data/*.json): entities per label, under each label's section, then links. */
import { z } from 'zod';
import { ENTITY_SCHEMAS, LeverAbsenceStatement, Link, Source } from '../model/schemas.js';
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
    leverAbsences: z.array(LeverAbsenceStatement).default([]),
  })
  .strict();
export type SeedFile = z.infer<typeof SeedFile>;

export const SourcesFile = z.array(Source);
