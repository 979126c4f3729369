/**
 * Runs `work` again while the app's outage watch refuses it (DATABASE_UNAVAILABLE): on a freshly started Neo4j
 * holding a million relationships, the first heavy reads run from a cold page cache and can hold up the watch's
 * probe past its timeout, so the watch briefly takes Neo4j for gone.
 */
import { AppError } from '../../api/errors.js';

export async function patiently<T>(work: () => Promise<T>, tries = 10, waitMs = 2000): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (e) {
      const refused = e instanceof AppError && e.extensions.code === 'DATABASE_UNAVAILABLE';
      if (!refused || attempt >= tries) throw e;
      await new Promise((r) => setTimeout(r, waitMs));
    }
  }
}
