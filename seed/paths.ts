import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SEED_DIR = dirname(fileURLToPath(import.meta.url));
/** The documents the seed cites; present beside a checkout of the project, optional elsewhere. */
export const SOURCES_DIR = resolve(process.env.LEVERMAP_SOURCES_DIR ?? resolve(SEED_DIR, '../../shared/seeds'));
