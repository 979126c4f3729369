/** importData and exportData: see api/io and docs/import.md. */
import { randomUUID } from 'node:crypto';
import { maySeeAuthors } from '../auth/privacy.js';
import { atLeast, requireRole } from '../auth/roles.js';
import { API_LIMITS } from './read.js';
import { exportData, type ExportScope } from './export.js';
import { importData } from './import.js';
import { stagingOf } from './staged.js';
import { AppError } from '../../errors.js';
import type { MutationResolvers, QueryResolvers, Resolvers } from '../../generated/graphql.js';

const BASE64 = /^[A-Za-z0-9+/\r\n]*={0,2}\s*$/;

export function decodeBase64(s: string): Buffer {
  if (!BASE64.test(s))
    throw new AppError(
      'BAD_USER_INPUT',
      'contentBase64: is not base64 (letters, digits, + and / only, padded with =)',
      { field: 'contentBase64' },
    );
  // A quick bound before decoding: base64 is 4 characters for every 3 bytes.
  if (s.length > (API_LIMITS.maxBytes * 4) / 3 + 4) {
    throw new AppError(
      'BAD_USER_INPUT',
      `the file is too large: at most ${API_LIMITS.maxBytes / 1024 / 1024} MB can be imported through the API; use npm run import for larger files`,
      { field: 'contentBase64' },
    );
  }
  return Buffer.from(s, 'base64');
}

const Mutation: MutationResolvers = {
  async importData(_p, { format, contentBase64, dryRun, sheet, reason, overwrite }, ctx) {
    // A dry run only reads; writing needs a contributor, whose new links enter as claims.
    const dry = dryRun ?? true;
    const user = dry ? ctx.user : requireRole(ctx.user, 'CONTRIBUTOR', 'import data');
    const content = decodeBase64(contentBase64);
    const claimant = {
      user: user?.username ?? null,
      verifier: atLeast(user, 'VERIFIER'),
      selfVerify: ctx.config.LEVERMAP_SELF_VERIFY,
    };
    const actor =
      user && !dry && claimant.user
        ? { ...claimant, auditId: randomUUID(), user: claimant.user, reason: reason ?? null }
        : undefined;
    const report = await importData(ctx.db, format, [{ content }], {
      dryRun: dry,
      limits: API_LIMITS,
      sheet: sheet ?? undefined,
      actor,
      claimant,
      overwrite: overwrite ?? false,
      staging: stagingOf(ctx.config),
    });
    if (report.committed) ctx.sources.invalidate();
    return report;
  },
};

const Query: QueryResolvers = {
  async importStatus(_p, { id }, ctx) {
    requireRole(ctx.user, 'CONTRIBUTOR', 'check an import');
    const [r] = await ctx.db.read('audit/import-status', { id });
    const summary = r?.landed ? (JSON.parse(String(r.summary)) as Record<string, number>) : {};
    return {
      id,
      landed: Boolean(r?.landed),
      at: (r?.at as string | null) ?? null,
      nodesCreated: summary.nodesCreated ?? null,
      nodesUpdated: summary.nodesUpdated ?? null,
      linksCreated: summary.linksCreated ?? null,
      linksUpdated: summary.linksUpdated ?? null,
    };
  },
  async exportData(_p, { format, scope }, ctx) {
    let s: ExportScope = { kind: 'ALL' };
    if (scope && scope.kind !== 'ALL') {
      if (!scope.id)
        throw new AppError(
          'BAD_USER_INPUT',
          `scope.id: a ${scope.kind.toLowerCase()} export needs the id of the ${scope.kind.toLowerCase()}`,
          { field: 'scope.id' },
        );
      s = { kind: scope.kind, id: scope.id };
    }
    const file = await exportData(ctx.db, format, s, { authors: maySeeAuthors(ctx.user) });
    return { filename: file.filename, mimeType: file.mimeType, contentBase64: file.content.toString('base64') };
  },
};

export const ioResolvers: Resolvers = { Query, Mutation };
