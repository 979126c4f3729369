/**
 * The general budget for expensive fields (whole-graph analysis, exports, the console, suggestions, search):
 * each such root field costs one point from its client's budget of LEVERMAP_RATE_LIMIT_POINTS per
 * LEVERMAP_RATE_LIMIT_WINDOW_SECONDS, kept in memory by rate-limiter-flexible. A signed-in user spends their
 * account's budget, anyone else their address's. Past it: TOO_MANY_REQUESTS, HTTP 429 and Retry-After.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Config } from './config.js';
import type { Context } from './context.js';
import { AppError } from './errors.js';

export const EXPENSIVE_FIELDS = new Set([
  'paths',
  'centrality',
  'communities',
  'exportGraph',
  'exportData',
  'exportInitiativesCsv',
  'cypherConsole',
  'suggestCollaborators',
  'suggestSponsors',
  'suggestPartnerships',
  'search',
]);

export class RateBudget {
  readonly #limiter: RateLimiterMemory | null;
  constructor(points: number, windowSeconds: number) {
    this.#limiter = points > 0 ? new RateLimiterMemory({ points, duration: windowSeconds }) : null;
  }

  static of(config: Config): RateBudget {
    return new RateBudget(config.LEVERMAP_RATE_LIMIT_POINTS, config.LEVERMAP_RATE_LIMIT_WINDOW_SECONDS);
  }

  /** Spends `cost` points of `key`'s budget, or throws TOO_MANY_REQUESTS saying when to come back. */
  async spend(key: string, cost: number): Promise<void> {
    if (!this.#limiter || cost <= 0) return;
    try {
      await this.#limiter.consume(key, cost);
    } catch (e) {
      if (!(e instanceof RateLimiterRes)) throw e;
      const seconds = Math.max(1, Math.ceil(e.msBeforeNext / 1000));
      throw new AppError('TOO_MANY_REQUESTS', `too many expensive requests; try again in ${seconds} s`, {
        retryAfter: seconds,
        http: { status: 429, headers: new Map([['retry-after', String(seconds)]]) },
      });
    }
  }
}

export const budgetKey = (username: string | undefined, req: Request | undefined): string =>
  username ? `account:${username}` : `client:${req?.ip ?? req?.socket.remoteAddress ?? 'unknown'}`;

/** Charges each expensive root field of an operation before any of it runs. */
export function expensiveFieldBudget(budget: RateBudget): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          const cost = (operation?.selectionSet.selections ?? []).filter(
            (s) => s.kind === 'Field' && EXPENSIVE_FIELDS.has(s.name.value),
          ).length;
          await budget.spend(budgetKey(contextValue.user?.username, contextValue.req), cost);
        },
      };
    },
  };
}

/** The same budget for the HTTP downloads under /export; `who` names the signed-in user, if any. */
export function downloadBudget(budget: RateBudget, who: (res: Response) => string | undefined) {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      await budget.spend(budgetKey(who(res), req), 1);
      next();
    } catch (e) {
      if (!(e instanceof AppError)) return next(e);
      const seconds = String(e.extensions.retryAfter);
      res
        .set('Retry-After', seconds)
        .status(429)
        .json({ error: { code: 'TOO_MANY_REQUESTS', message: e.message } });
    }
  };
}
