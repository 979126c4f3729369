/**
 * What the running API knows of the sources: their titles and kinds, whether their text is held, and (on demand)
 * the text itself for checking citations. Read from Neo4j, never from start-up state, so that a source added by
 * this server, by `npm run source`, `npm run import` or a restore is seen at once:
 *  - the list of sources (titles, kinds) is cached for a minute and dropped whenever this process writes a source;
 *  - an id that is not in the cached list is looked up in the database before it is called unknown;
 *  - a held text never changes (new text is a new source with its own id), so texts are cached by id.
 */
import type { Database } from '../../db/database.js';
import type { DocumentText } from '../../../model/quote-match.js';

export interface SourceInfo {
  id: string;
  title: string;
  kind: string | null;
  textHeld: boolean;
  lineCount: number;
  contentHash: string | null;
}

const info = (r: Record<string, unknown>): SourceInfo => ({
  id: String(r.id),
  title: String(r.title ?? r.id),
  kind: (r.kind as string | null) ?? null,
  textHeld: Boolean(r.textHeld),
  lineCount: Number(r.lineCount ?? 0),
  contentHash: (r.contentHash as string | null) ?? null,
});

/** The held text of the given sources, straight from the database (imports, restore and the seed use this). */
export async function readDocuments(db: Database, ids: Iterable<string>): Promise<Map<string, DocumentText>> {
  const list = [...new Set(ids)];
  const out = new Map<string, DocumentText>();
  if (!list.length) return out;
  for (const r of await db.read('evidence/passages', { ids: list }, 60_000)) out.set(String(r.id), documentOf(r));
  return out;
}

export function documentOf(r: Record<string, unknown>): DocumentText {
  const lineCount = Number(r.lineCount ?? 0);
  const lines: (string | null)[] = new Array<string | null>(lineCount).fill(null);
  const records: (string | null)[] = new Array<string | null>(lineCount).fill(null);
  for (const [line, text, record] of r.passages as [number, string, string | null][]) {
    const n = Number(line);
    if (n >= 1 && n <= lineCount) {
      lines[n - 1] = text;
      records[n - 1] = record ?? null;
    }
  }
  return { id: String(r.id), kind: (r.kind as string | null) ?? null, textHeld: true, lineCount, lines, records };
}

/** A known source whose text is not held: its citations are accepted but not checked. */
const notHeld = (s: SourceInfo): DocumentText => ({ id: s.id, kind: s.kind, textHeld: false, lineCount: 0, lines: [] });

export class SourceCatalog {
  private list: Map<string, SourceInfo> | null = null;
  private loadedAt = 0;
  private pending: Promise<Map<string, SourceInfo>> | null = null;
  private texts = new Map<string, DocumentText>();

  constructor(
    private readonly db: Database,
    private readonly ttlMs = 60_000,
    private readonly maxTexts = 200,
  ) {}

  /** After this process writes a source; other processes' writes are found by the miss lookup and the TTL. */
  invalidate(): void {
    this.list = null;
    this.pending = null;
  }

  async all(): Promise<Map<string, SourceInfo>> {
    if (this.list && Date.now() - this.loadedAt < this.ttlMs) return this.list;
    if (!this.pending) {
      this.pending = this.db.read('evidence/sources').then(
        (rows) => {
          const m = new Map(
            rows.map((r) => {
              const s = info(r);
              return [s.id, s] as const;
            }),
          );
          this.list = m;
          this.loadedAt = Date.now();
          this.pending = null;
          return m;
        },
        (e: unknown) => {
          this.pending = null;
          throw e;
        },
      );
    }
    return this.pending;
  }

  async get(id: string): Promise<SourceInfo | undefined> {
    const hit = (await this.all()).get(id);
    if (hit) return hit;
    const [row] = await this.db.read('evidence/source', { id });
    if (!row) return undefined;
    const s = info(row);
    this.list?.set(id, s);
    return s;
  }

  async title(id: string): Promise<string | null> {
    return (await this.get(id))?.title ?? null;
  }

  /** The documents of the given ids as the checker needs them; an unknown id is absent from the result. */
  async documents(ids: Iterable<string>): Promise<Map<string, DocumentText>> {
    const out = new Map<string, DocumentText>();
    const toRead: string[] = [];
    for (const id of new Set(ids)) {
      const s = await this.get(id);
      if (!s) continue;
      if (!s.textHeld) {
        out.set(id, notHeld(s));
        continue;
      }
      const t = this.texts.get(id);
      if (t) out.set(id, t);
      else toRead.push(id);
    }
    if (toRead.length) {
      for (const [id, doc] of await readDocuments(this.db, toRead)) {
        this.texts.set(id, doc);
        if (this.texts.size > this.maxTexts) this.texts.delete(this.texts.keys().next().value!);
        out.set(id, doc);
      }
    }
    return out;
  }
}
