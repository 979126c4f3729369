/** importOpenData: an open-data file through the import's own plan and commit (api/features/io/formats/). */
import { randomUUID } from 'node:crypto';
import type { MutationResolvers, OpenDataStandard, Resolvers } from '../../generated/graphql.js';
import { atLeast, requireRole } from '../auth/roles.js';
import { importOpenData, type OpenDataFormat } from '../io/formats/open-data.js';
import { API_LIMITS } from '../io/read.js';
import { decodeBase64 } from '../io/resolvers.js';

const STANDARD: Record<OpenDataStandard, OpenDataFormat> = { THREESIXTYGIVING: '360giving', OPEN_REFERRAL_UK: 'oruk' };

const Mutation: MutationResolvers = {
  async importOpenData(_p, { standard, format, contentBase64, fileName, dryRun, reason }, ctx) {
    // As importData: a dry run only reads; writing needs a contributor, whose new links enter as claims.
    const dry = dryRun ?? true;
    const user = dry ? ctx.user : requireRole(ctx.user, 'CONTRIBUTOR', 'import data');
    const claimant = {
      user: user?.username ?? null,
      verifier: atLeast(user, 'VERIFIER'),
      selfVerify: ctx.config.LEVERMAP_SELF_VERIFY,
    };
    const actor =
      user && !dry ? { ...claimant, auditId: randomUUID(), user: user.username, reason: reason ?? null } : undefined;
    const file = { content: decodeBase64(contentBase64), name: fileName ?? undefined };
    const report = await importOpenData(ctx.db, STANDARD[standard], format, [file], {
      dryRun: dry,
      limits: API_LIMITS,
      actor,
      claimant,
    });
    if (report.committed) ctx.sources.invalidate();
    return report;
  },
};

export const openDataResolvers: Resolvers = { Mutation };
