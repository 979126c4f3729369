/** The layout of a seed file (seed/data/*.json): entities per label, then links. */
import { z } from 'zod';
import { Directorate, Initiative, Link, Organisation, Partnership, Place, Source, TargetGroup } from '../model/schemas.js';

export const SeedFile = z.object({
  organisations: z.array(Organisation).default([]),
  directorates: z.array(Directorate).default([]),
  partnerships: z.array(Partnership).default([]),
  initiatives: z.array(Initiative).default([]),
  targetGroups: z.array(TargetGroup).default([]),
  places: z.array(Place).default([]),
  links: z.array(Link).default([]),
}).strict();
export type SeedFile = z.infer<typeof SeedFile>;

export const SourcesFile = z.array(Source);
