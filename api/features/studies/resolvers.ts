/** Studies with their samples, and the documents' tables as data (stored as JSON text: Neo4j holds no nested maps). */
import { decodeCitations } from '../../../model/citation.js';
import { Sample as SampleSchema, TableCell as CellSchema } from '../../../model/schemas.js';
import type { Context } from '../../context.js';
import type { Citation } from '../../../model/citation.js';
import type { QueryResolvers, Resolvers } from '../../generated/graphql.js';

interface Sample {
  id: string;
  name: string;
  method: string;
  wave: number | null;
  period: string | null;
  n: number | null;
  population: string | null;
  breakdown: { label: string; n: number }[];
  evidence: Citation[];
}
interface Study {
  id: string;
  source: string;
  name: string;
  methods: string[];
  description: string | null;
  samples: Sample[];
  evidence: Citation[];
}
interface DataTable {
  id: string;
  source: string;
  number: string | null;
  title: string;
  columns: string[];
  rows: { value: string; line: number; lineTo: number | null }[][];
  n: number | null;
  nNote: string | null;
  sample: Sample | null;
  lineFrom: number;
  lineTo: number;
  evidence: Citation[];
}
import { readRows } from '../shared/rows.js';

type Props = { props: Record<string, unknown> };
const str = (v: unknown) => (typeof v === 'string' ? v : null);

function readKnowledge(ctx: Context, label: string, source?: string | null, id?: string | null) {
  return readRows<Props>(ctx.db, 'knowledge/by-label', { label, source: source ?? null, kind: null, id: id ?? null });
}

function toSamples(json: unknown): Sample[] {
  return SampleSchema.array()
    .parse(JSON.parse(String(json ?? '[]')))
    .map((s) => ({
      ...s,
      wave: s.wave ?? null,
      period: s.period ?? null,
      n: s.n ?? null,
      population: s.population ?? null,
      evidence: s.evidence,
    }));
}

function toStudy(p: Record<string, unknown>): Study {
  return {
    id: String(p.id),
    source: String(p.source),
    name: String(p.name),
    methods: (p.methods as string[]) ?? [],
    description: str(p.description),
    samples: toSamples(p.samplesJson),
    evidence: decodeCitations(p),
  };
}

async function toTables(ctx: Context, rows: Props[]): Promise<DataTable[]> {
  const samples = new Map(
    (await readKnowledge(ctx, 'Study')).flatMap((r) => toStudy(r.props).samples.map((s) => [s.id, s] as const)),
  );
  return rows.map(({ props: p }) => ({
    id: String(p.id),
    source: String(p.source),
    number: str(p.number),
    title: String(p.title),
    columns: (p.columns as string[]) ?? [],
    rows: CellSchema.array()
      .array()
      .parse(JSON.parse(String(p.rowsJson ?? '[]')))
      .map((r) => r.map((c) => ({ ...c, lineTo: c.lineTo ?? null }))),
    n: typeof p.n === 'number' ? p.n : null,
    nNote: str(p.nNote),
    sample: samples.get(String(p.sample)) ?? null,
    lineFrom: Number(p.lineFrom),
    lineTo: Number(p.lineTo),
    evidence: decodeCitations(p),
  }));
}

const Query: QueryResolvers = {
  async studies(_p, { source }, ctx) {
    return (await readKnowledge(ctx, 'Study', source)).map((r) => toStudy(r.props));
  },
  async tables(_p, { source }, ctx) {
    return toTables(ctx, await readKnowledge(ctx, 'DataTable', source));
  },
  async table(_p, { id }, ctx) {
    const [t] = await toTables(ctx, await readKnowledge(ctx, 'DataTable', null, id));
    return t ?? null;
  },
};

export const studyResolvers: Resolvers = { Query };
