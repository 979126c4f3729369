import type { Config } from './config.js';
import type { Database } from './db/database.js';

/** Built once per request. */
export interface Context {
  db: Database;
  config: Config;
  /** Document titles by source id, read once at start: citations show them without another query. */
  sourceTitles: Map<string, string>;
}
