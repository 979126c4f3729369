/**
 * Plain HTTP downloads of the exports, for researchers who want a file without writing GraphQL:
 *   GET /export/initiatives.csv?asOf=2016
 *   GET /export/initiative-table.csv | initiative-table.xlsx ?<the table page's query> (api/features/table/download.ts)
 *   GET /export/graph.graphml | graph.gexf | graph.cyjs ?focus=ID&depth=2&labels=A,B&linkTypes=A,B&levers=A,B&source=000&asOf=2016
 * Mounted by api/server.ts with `app.use('/export', exportRouter(db));`. Same checks and content as the
 * GraphQL fields exportInitiativesCsv and exportGraph; errors are JSON with the API's code and field.
 */
import express, { type Request, type Response, type Router } from 'express';
import { GraphQLError } from 'graphql';
import type { Database } from '../../db/database.js';
import { LINK_RULES } from '../../../model/link-rules.js';
import { LEVERS, NODE_LABELS } from '../../../model/vocabulary.js';
import { badInput } from '../../errors.js';
import { graphFile, type GraphFormat } from './export.js';
import { initiativesCsv } from '../alignment/csv.js';
import type { ExportFile } from '../shared/export-file.js';
import { dateArg } from '../shared/args.js';
import { loadGraph, type GraphFilterInput } from './network.js';
import { alignmentRows } from '../alignment/report.js';
import type { SourceCatalog } from '../evidence/catalog.js';
import { tableDownload } from '../table/download.js';

const FORMATS: Record<string, GraphFormat> = { graphml: 'GRAPHML', gexf: 'GEXF', cyjs: 'CYTOSCAPE_JSON' };

function one(req: Request, name: string): string | null {
  const v = req.query[name];
  if (v === undefined) return null;
  if (typeof v !== 'string') throw badInput(name, 'must be given once');
  return v;
}

function listOf(req: Request, name: string, allowed: readonly string[]): string[] | null {
  const v = one(req, name);
  if (v === null || v === '') return null;
  const xs = v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = xs.find((x) => !allowed.includes(x));
  if (bad) throw badInput(name, `"${bad}" is not one of ${allowed.join(', ')}`);
  return xs;
}

export function graphFilterFromQuery(req: Request): GraphFilterInput {
  const depth = one(req, 'depth');
  if (depth !== null && !/^\d+$/.test(depth)) throw badInput('depth', 'must be a whole number');
  return {
    labels: listOf(req, 'labels', NODE_LABELS),
    linkTypes: listOf(req, 'linkTypes', Object.keys(LINK_RULES)),
    levers: listOf(req, 'levers', LEVERS),
    source: one(req, 'source'),
    asOf: one(req, 'asOf'),
    focus: one(req, 'focus'),
    depth: depth === null ? null : Number(depth),
  };
}

function send(res: Response, f: Pick<ExportFile, 'filename' | 'mimeType'>, body: string | Buffer) {
  res.set('content-type', f.mimeType).set('content-disposition', `attachment; filename="${f.filename}"`).send(body);
}

/** An error as JSON with the API's code, message and field, and the HTTP status for its code. */
export function fail(res: Response, e: unknown) {
  if (e instanceof GraphQLError) {
    const code = e.extensions.code as string;
    const status =
      code === 'BAD_USER_INPUT'
        ? 400
        : code === 'NOT_FOUND'
          ? 404
          : code === 'TIMEOUT'
            ? 504
            : code === 'DATABASE_UNAVAILABLE'
              ? 503
              : 500;
    res.status(status).json({ error: { code, message: e.message, field: e.extensions.field ?? null } });
    return;
  }
  res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' } });
}

export function exportRouter(db: Database, sources?: SourceCatalog): Router {
  const router = express.Router();
  router.get(/^\/initiative-table\.(csv|xlsx)$/, async (req, res) => {
    try {
      const format = /\.(csv|xlsx)$/.exec(req.path)![1] as 'csv' | 'xlsx';
      const f = await tableDownload(db, sources, new URLSearchParams(req.url.split('?')[1] ?? ''), format);
      send(res, f, f.body);
    } catch (e) {
      fail(res, e);
    }
  });
  router.get('/initiatives.csv', async (req, res) => {
    try {
      const asOf = dateArg('asOf', one(req, 'asOf'));
      const f = initiativesCsv(await alignmentRows(db, { asOf, lists: true }), asOf);
      send(res, f, f.content);
    } catch (e) {
      fail(res, e);
    }
  });
  router.get(/^\/graph\.(graphml|gexf|cyjs)$/, async (req, res) => {
    try {
      const format = FORMATS[/\.(\w+)$/.exec(req.path)![1]!]!;
      const filter = graphFilterFromQuery(req);
      const f = await graphFile(
        await loadGraph(db, filter),
        format,
        filter.focus ? `${filter.focus}-depth-${filter.depth ?? 2}` : 'graph',
      );
      send(res, f, f.content);
    } catch (e) {
      fail(res, e);
    }
  });
  return router;
}
