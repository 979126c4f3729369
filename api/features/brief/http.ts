/**
 * Board briefs as downloads, made on the server so they are the same in every browser:
 *   GET /brief/initiative/ID.pdf | .docx | .svg ?asOf=YYYY[-MM[-DD]]
 *   GET /brief/partnership/ID.pdf ...   GET /brief/place/ID.pdf ...
 * (.svg is the lever picture alone.) Mounted by api/server.ts behind the same reading rule as GraphQL; errors are
 * JSON with the API's code and field, as the /export downloads give them.
 */
import express, { type Router } from 'express';
import type { Database } from '../../db/database.js';
import { badInput } from '../../errors.js';
import { today } from '../alignment/facts.js';
import type { SourceCatalog } from '../evidence/catalog.js';
import { fail } from '../network/http.js';
import { dateArg } from '../shared/args.js';
import { briefInput } from './collect.js';
import { BRIEF_KINDS, briefContent, type BriefKind } from './content.js';
import { BRIEF_MIME, type BriefFormat, renderBrief } from './render.js';

export function briefRouter(db: Database, sources: SourceCatalog): Router {
  const router = express.Router();
  router.get('/:kind/:file', async (req, res) => {
    try {
      const kind = req.params.kind;
      if (!Object.hasOwn(BRIEF_KINDS, kind))
        throw badInput('kind', `"${kind}" is not one of ${Object.keys(BRIEF_KINDS).join(', ')}`);
      const m = /^(.+)\.(pdf|docx|svg)$/.exec(req.params.file);
      if (!m) throw badInput('format', 'the address must end .pdf, .docx or .svg');
      const [, id, format] = m as unknown as [string, string, BriefFormat];
      const asOfQuery = req.query.asOf;
      if (asOfQuery !== undefined && typeof asOfQuery !== 'string') throw badInput('asOf', 'must be given once');
      const generated = today();
      const asOf = dateArg('asOf', asOfQuery, () => generated);
      const content = briefContent(await briefInput(db, sources, kind as BriefKind, id, asOf, generated));
      const body = await renderBrief(content, format);
      res
        .set('content-type', BRIEF_MIME[format])
        .set('content-disposition', `attachment; filename="brief-${id}-${asOf}.${format}"`)
        .send(body);
    } catch (e) {
      fail(res, e);
    }
  });
  return router;
}
