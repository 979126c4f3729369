/** Configuration from the environment, validated once at start; a bad value stops the process with its name. */
import { z } from 'zod';
import { Role } from '../model/schemas.js';

const Port = z.coerce.number().int().min(1).max(65535);
const Env = z.object({
  /** 0 picks a free port (tests). */
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('127.0.0.1'),
  /** Production unless told otherwise: `npm run dev` sets development. */
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\//, 'NEO4J_URI must start with bolt:// or neo4j://')
    .optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().default('neo4j'),
  LEVERMAP_DATA_DIR: z.string().default('.data/neo4j'),
  LEVERMAP_BOLT_PORT: Port.default(7687),
  LEVERMAP_TX_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  LEVERMAP_NEO4J_HEAP: z
    .string()
    .regex(/^\d+[mg]$/, 'LEVERMAP_NEO4J_HEAP must look like 512m or 2g')
    .default('2g'),
  LEVERMAP_TX_MEMORY_MB: z.coerce.number().int().min(16).max(16384).default(512),
  /** Imports writing more rows than this are staged and switched in batches (api/features/io/staged.ts). */
  LEVERMAP_IMPORT_STAGE_ABOVE: z.coerce.number().int().min(0).default(20_000),
  /** Rows per staged batch, so per switch transaction. */
  LEVERMAP_IMPORT_BATCH_ROWS: z.coerce.number().int().min(1).max(50_000).default(5_000),
  /** A staged import silent this long is taken as crashed: its staging is cleaned, or its switch completed. */
  LEVERMAP_IMPORT_STALE_SECONDS: z.coerce.number().int().min(0).default(120),
  LEVERMAP_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  LEVERMAP_SEED: z.enum(['auto', 'never']).default('auto'),
  /** Whether the ONS places (data/ons) load with the seed into an empty database. */
  LEVERMAP_PLACES: z.enum(['auto', 'never']).default('auto'),
  /** Whether people who have not signed in may read (never write). */
  /** OpenID Connect sign-in, on when issuer, client id and redirect URI are all set. */
  LEVERMAP_OIDC_ISSUER: z.string().url().optional(),
  LEVERMAP_OIDC_CLIENT_ID: z.string().optional(),
  LEVERMAP_OIDC_CLIENT_SECRET: z.string().optional(),
  LEVERMAP_OIDC_REDIRECT_URI: z.string().url().optional(),
  LEVERMAP_OIDC_DEFAULT_ROLE: Role.default('VIEWER'),
  LEVERMAP_ANONYMOUS_READ: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /** Whether a verifier may accept their own claims (one-person deployments); off: another verifier must. */
  LEVERMAP_SELF_VERIFY: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /** Largest request body, in bytes (an importData upload has its own cap). */
  LEVERMAP_MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(100 * 1024 * 1024)
    .default(1024 * 1024),
  /** Whole-graph analysis (paths, centrality, communities, exportGraph): size cap, time limit and how many at once. */
  LEVERMAP_ANALYSIS_MAX_NODES: z.coerce.number().int().min(1).default(150_000),
  LEVERMAP_ANALYSIS_MAX_LINKS: z.coerce.number().int().min(1).default(600_000),
  LEVERMAP_ANALYSIS_TIMEOUT_MS: z.coerce.number().int().min(1000).max(3_600_000).default(60_000),
  LEVERMAP_ANALYSIS_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  /** signIn throttle: failures allowed per account and per client address in a window, then a growing lockout. */
  LEVERMAP_SIGNIN_MAX_FAILURES: z.coerce.number().int().min(1).max(1000).default(5),
  LEVERMAP_SIGNIN_MAX_FAILURES_PER_CLIENT: z.coerce.number().int().min(1).max(100_000).default(20),
  LEVERMAP_SIGNIN_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(900),
  LEVERMAP_SIGNIN_LOCKOUT_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  LEVERMAP_SIGNIN_MAX_LOCKOUT_SECONDS: z.coerce.number().int().min(1).max(604_800).default(3600),
  /** Expensive fields (analysis, exports, console, suggestions, search): points per client per window; 0 is off. */
  LEVERMAP_RATE_LIMIT_POINTS: z.coerce.number().int().min(0).max(1_000_000).default(120),
  LEVERMAP_RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  /** Where the first admin's password is written (mode 600, folder 700); unset with NEO4J_URI: printed once. */
  LEVERMAP_ADMIN_PASSWORD_FILE: z.string().min(1).optional(),
});
export type Config = z.infer<typeof Env>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  if (parsed.data.NEO4J_URI && !parsed.data.NEO4J_PASSWORD) {
    throw new Error('Invalid configuration:\n  NEO4J_PASSWORD: required when NEO4J_URI is set');
  }
  return parsed.data;
}
