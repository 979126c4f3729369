import type { Request, Response } from 'express';
import type { User } from './features/auth/roles.js';
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import type { Loaders } from './features/entities/loaders.js';
import type { SourceCatalog } from './features/evidence/catalog.js';

/** Built once per request. */
export interface Context {
  db: Database;
  config: Config;
  /** The sources and their texts, read from the database (cached briefly, dropped on source writes). */
  sources: SourceCatalog;
  /** Reads batched and cached for this request only (dataloader). */
  loaders: Loaders;
  /** The signed-in user, or null for an anonymous viewer. */
  user: User | null;
  /** The session token this request came with, if any. */
  token?: string;
  req?: Request;
  res?: Response;
}
