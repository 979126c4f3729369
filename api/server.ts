/**
 * One HTTP server: GraphQL at /graphql, the built web app at /, and /healthz and /readyz.
 * In production errors carry no stack traces, and query depth, cost and aliases are limited.
 */
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { QUERY_LIMITS } from '../model/query-limits.js';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import express from 'express';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GraphQLError, GraphQLFormattedError, ValidationContext } from 'graphql';
import type { Config } from './config.js';
import type { Context } from './context.js';
import { createLoaders } from './features/entities/loaders.js';
import { type Database, OUTAGE_RETRY_AFTER_SECONDS } from './db/database.js';
import { exportRouter } from './features/network/http.js';
import { briefRouter } from './features/brief/http.js';
import { mountOidc } from './features/auth/oidc.js';
import { tokenFrom } from './features/auth/request.js';
import { sessionUser } from './features/auth/users.js';
import { AppError } from './errors.js';
import { SourceCatalog } from './features/evidence/catalog.js';
import { abortWhenClientLeaves } from './request-signal.js';
import { analysisPool, configureAnalysis } from './features/network/network.js';
import { consolePool } from './features/console/console.js';
import { closePools } from './worker/pool.js';
import { resolvers, typeDefs } from './schema.js';
import { API_LIMITS } from './features/io/read.js';
import { downloadBudget, expensiveFieldBudget, RateBudget } from './rate-limit.js';

/**
 * How long /readyz waits for the database before it says 503: half the 2 s goal for an answer, so that a busy
 * machine's delays still leave it within the goal.
 */
export const READY_TIMEOUT_MS = 1000;
export const WEB_DIST = fileURLToPath(new URL('../web/dist', import.meta.url));
const SAFE_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'TIMEOUT',
  'DATABASE_UNAVAILABLE',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'TOO_MANY_REQUESTS',
]);

/**
 * Headers on every response. The CSP is what the built explorer (web/dist) needs: its own script and stylesheet
 * files, and GraphQL on the same origin; no inline script or style, nothing from elsewhere, no framing.
 */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; '),
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Whole-graph analysis (and the exports built on it) is for people who have signed in. */
export const WHOLE_GRAPH_FIELDS = new Set(['paths', 'centrality', 'communities', 'exportGraph']);
function wholeGraphNeedsSignIn(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          if (contextValue.user) return;
          const fields = (operation?.selectionSet.selections ?? []).map((s) =>
            s.kind === 'Field' ? s.name.value : '',
          );
          if (fields.some((f) => WHOLE_GRAPH_FIELDS.has(f)))
            throw new AppError(
              'UNAUTHENTICATED',
              'sign in to run whole-graph analysis (paths, centrality, communities, exportGraph)',
              // Refused before execution: without a status Apollo would answer 500, as if the server had failed.
              { http: { status: 401 } },
            );
        },
      };
    },
  };
}

// Limits report ordinary validation errors (GRAPHQL_VALIDATION_FAILED) instead of throwing out of validation.
const asValidationError = {
  propagateOnRejection: false,
  onReject: [(ctx: ValidationContext | null, err: GraphQLError) => ctx?.reportError(err)],
};

/** Where anonymous reading is off, only signIn and me answer someone who has not signed in. */
function signInRequired(config: Config): ApolloServerPlugin<Context> {
  const open = new Set(['signIn', 'me', '__typename']);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          if (config.LEVERMAP_ANONYMOUS_READ || contextValue.user) return;
          const fields = (operation?.selectionSet.selections ?? []).map((s) =>
            s.kind === 'Field' ? s.name.value : '?',
          );
          if (fields.some((f) => !open.has(f)))
            throw new AppError('UNAUTHENTICATED', 'sign in to use Levermap', { http: { status: 401 } });
        },
      };
    },
  };
}

export interface AppServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

export function formatError(production: boolean) {
  return (formatted: GraphQLFormattedError): GraphQLFormattedError => {
    const code = formatted.extensions?.code as string | undefined;
    if (production && (!code || !SAFE_CODES.has(code))) {
      return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
    if (production) {
      const { stacktrace: _s, ...ext } = formatted.extensions ?? {};
      return { ...formatted, extensions: ext };
    }
    return formatted;
  };
}

export async function startServer(opts: {
  db: Database;
  config: Config;
  ready: () => Promise<boolean>;
  /** One catalog for the server's requests; made here when not given. */
  sources?: SourceCatalog;
}): Promise<AppServer> {
  const { config, db } = opts;
  const sources = opts.sources ?? new SourceCatalog(db);
  await sources.all();
  const production = config.NODE_ENV === 'production';
  const app = express();
  const httpServer = createServer(app);
  const budget = RateBudget.of(config);
  const plugins: ApolloServerPlugin<Context>[] = [
    ApolloServerPluginDrainHttpServer({ httpServer }),
    signInRequired(config),
    wholeGraphNeedsSignIn(),
    expensiveFieldBudget(budget),
    // Apollo's landing pages load their script from a CDN; the explorer at / is the way in.
    ApolloServerPluginLandingPageDisabled(),
    // No field sets a cache hint (answers change with every edit), so Apollo's cache-control plugin would only
    // wrap and time every field of every response.
    ApolloServerPluginCacheControlDisabled(),
  ];
  configureAnalysis({
    maxNodes: config.LEVERMAP_ANALYSIS_MAX_NODES,
    maxLinks: config.LEVERMAP_ANALYSIS_MAX_LINKS,
    timeoutMs: config.LEVERMAP_ANALYSIS_TIMEOUT_MS,
    maxConcurrent: config.LEVERMAP_ANALYSIS_CONCURRENCY,
  });
  // Console and analysis workers load while the server starts, not on the first query.
  consolePool(db).warm();
  analysisPool(db).warm();
  const apollo = new ApolloServer<Context>({
    typeDefs,
    resolvers: resolvers as never,
    plugins,
    introspection: !production || process.env.LEVERMAP_INTROSPECTION === 'true',
    includeStacktraceInErrorResponses: !production,
    // No "Did you mean ...?" in production: validation errors do not spell out the schema.
    hideSchemaDetailsFromClientErrors: production,
    formatError: formatError(production),
    csrfPrevention: true,
    // api/main.ts handles SIGINT/SIGTERM and stops everything in order; Apollo's own handlers would race it.
    stopOnTerminationSignals: false,
    validationRules: production
      ? [
          maxDepthRule({ n: QUERY_LIMITS.depth, ...asValidationError }),
          costLimitRule({ maxCost: QUERY_LIMITS.cost, ...asValidationError }),
          maxAliasesRule({ n: QUERY_LIMITS.aliases, ...asValidationError }),
        ]
      : [maxDepthRule({ n: 12, ...asValidationError })],
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.use((_req, res, next) => {
    res.set(SECURITY_HEADERS);
    next();
  });
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  // Bounded: an answer within READY_TIMEOUT_MS whatever the database is doing (a stalled Neo4j never answers).
  app.get('/readyz', async (_req, res) => {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<boolean>((ok) => {
      timer = setTimeout(() => ok(false), READY_TIMEOUT_MS);
    });
    const ok = db.available && (await Promise.race([opts.ready().catch(() => false), late]));
    clearTimeout(timer);
    if (!ok) res.set('Retry-After', String(OUTAGE_RETRY_AFTER_SECONDS));
    res.status(ok ? 200 : 503).json({ status: ok ? 'ready' : 'not ready' });
  });
  mountOidc(app, db, config, (s) => console.error(s));
  app.get('/auth/config', (_req, res) => {
    res.json({
      oidc: Boolean(config.LEVERMAP_OIDC_ISSUER && config.LEVERMAP_OIDC_CLIENT_ID && config.LEVERMAP_OIDC_REDIRECT_URI),
      anonymousRead: config.LEVERMAP_ANONYMOUS_READ,
    });
  });
  // Request bodies: LEVERMAP_MAX_BODY_BYTES, except a file upload (importData, addSource), which has its own cap
  // (io/read.ts API_LIMITS) and a clearer message.
  const maxBody = config.LEVERMAP_MAX_BODY_BYTES;
  const uploadBody = Math.ceil((API_LIMITS.maxBytes * 4) / 3) + 1024 * 1024;
  app.use(
    '/graphql',
    express.json({
      limit: Math.max(maxBody, uploadBody),
      verify: (req, _res, buf) => {
        (req as { bodyBytes?: number }).bodyBytes = buf.length;
      },
    }),
    (req, res, next) => {
      const bytes = (req as { bodyBytes?: number }).bodyBytes ?? 0;
      const upload = typeof req.body?.query === 'string' && /\b(importData|addSource)\s*\(/.test(req.body.query);
      if (bytes > maxBody && !upload) {
        res.status(413).json({
          errors: [
            { message: `the request body is larger than ${maxBody} bytes`, extensions: { code: 'BAD_REQUEST' } },
          ],
        });
        return;
      }
      next();
    },
    abortWhenClientLeaves,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const token = tokenFrom(req);
        const user = await sessionUser(db, token);
        return { db, config, sources, loaders: createLoaders(db), user, token, req, res };
      },
    }),
  );
  // File downloads follow the same reading rule as GraphQL: anonymous only where the deployment allows it.
  app.use(
    '/export',
    abortWhenClientLeaves,
    async (req, res, next) => {
      const user = await sessionUser(db, tokenFrom(req));
      res.locals.user = user;
      if (!user && /^\/graph\./.test(req.path)) {
        res.status(401).json({ error: { code: 'UNAUTHENTICATED', message: 'sign in to export the graph' } });
        return;
      }
      if (config.LEVERMAP_ANONYMOUS_READ || user) return next();
      res.status(401).json({ error: { code: 'UNAUTHENTICATED', message: 'sign in to use Levermap' } });
    },
    downloadBudget(budget, (res) => res.locals.user?.username),
    exportRouter(db, sources),
  );
  app.use(
    '/brief',
    abortWhenClientLeaves,
    async (req, res, next) => {
      const user = await sessionUser(db, tokenFrom(req));
      res.locals.user = user;
      if (config.LEVERMAP_ANONYMOUS_READ || user) return next();
      res.status(401).json({ error: { code: 'UNAUTHENTICATED', message: 'sign in to use Levermap' } });
    },
    // A brief is a document made on the server: it costs what a download does.
    downloadBudget(budget, (res) => res.locals.user?.username),
    briefRouter(db, sources),
  );
  if (existsSync(WEB_DIST)) {
    app.use(express.static(WEB_DIST, { index: 'index.html', maxAge: production ? '1h' : 0 }));
    // Client-side routes: any other GET that accepts HTML gets the app.
    app.get(/^\/(?!graphql|healthz|readyz|auth\/|export\/|brief\/).*/, (req, res, next) => {
      if (!req.accepts('html')) return next();
      res.sendFile(join(WEB_DIST, 'index.html'));
    });
  } else {
    app.get('/', (_req, res) => {
      res
        .type('text')
        .send('Levermap API: POST GraphQL to /graphql. The web app is not built; run `npm run build:web`.');
    });
  }

  await new Promise<void>((ok) => httpServer.listen(config.PORT, config.HOST, ok));
  const addr = httpServer.address();
  const port = typeof addr === 'object' && addr ? addr.port : config.PORT;
  return {
    server: httpServer,
    url: `http://${config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST}:${port}`,
    async close() {
      // Keep-alive connections can hold a graceful drain open; after a short grace, close them.
      const force = setTimeout(() => httpServer.closeAllConnections(), 3000);
      httpServer.closeIdleConnections();
      await apollo.stop();
      clearTimeout(force);
      await closePools();
    },
  };
}
