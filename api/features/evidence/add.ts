/**
 * Adding a document, for the addSource mutation and `npm run source -- add`: read the file into passages,
 * check the metadata, and (unless a dry run) store the Source, its passages and the audit entry together.
 * Stored text never changes: a new text is a new source with its own id (versionOf names the one it replaces).
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Database } from '../../db/database.js';
import { Source } from '../../../model/schemas.js';
import { AppError, badInput, conflict, zodBadInput } from '../../errors.js';
import { DocumentError, extract, type FileFormat } from './documents.js';

export interface AddSourceInput {
  id?: string | null;
  title: string;
  kind?: string | null;
  authors?: string | null;
  publisher?: string | null;
  year?: number | null;
  date?: string | null;
  url?: string | null;
  licence?: string | null;
  versionOf?: string | null;
  recordColumn?: string | null;
  file: { name: string; bytes: Uint8Array };
}
export interface PassageOut {
  sourceId: string;
  line: number;
  text: string;
  record: string | null;
}
export interface AddSourceResult {
  source: Record<string, unknown>;
  passages: PassageOut[];
  dryRun: boolean;
  format: FileFormat;
  warnings: string[];
}

export const contentHash = (lines: readonly string[]) => createHash('sha256').update(lines.join('\n')).digest('hex');
const ID_RE = /^[a-z0-9][a-z0-9-]{1,63}$/;

export async function addSource(
  db: Database,
  input: AddSourceInput,
  opts: { dryRun: boolean; user: string; reason?: string | null },
): Promise<AddSourceResult> {
  let ex: Awaited<ReturnType<typeof extract>>;
  try {
    ex = await extract(input.file.name, input.file.bytes, { recordColumn: input.recordColumn });
  } catch (e) {
    if (e instanceof DocumentError) throw badInput('input.file', e.message);
    throw e;
  }
  const kind = input.kind ?? (ex.format === 'CSV' ? 'DATASET' : null);
  if (ex.format === 'CSV' && kind !== 'DATASET')
    throw badInput('input.kind', 'a CSV file is stored as a DATASET, cited by record');
  if (kind === 'DATASET' && ex.format !== 'CSV')
    throw badInput('input.kind', 'a DATASET is read from a CSV file, one record a row');
  const hash = contentHash(ex.passages);
  const id = input.id?.trim() || `src-${hash.slice(0, 12)}`;
  if (!ID_RE.test(id))
    throw badInput('input.id', 'id must be lower-case letters, digits and hyphens (2 to 64 characters)');
  const meta = Object.fromEntries(
    Object.entries({
      id,
      title: input.title,
      kind: kind ?? undefined,
      authors: input.authors ?? undefined,
      publisher: input.publisher ?? undefined,
      year: input.year ?? undefined,
      date: input.date ?? undefined,
      url: input.url ?? undefined,
      licence: input.licence ?? undefined,
      file: input.file.name,
    }).filter(([, v]) => v !== undefined),
  );
  const parsed = Source.safeParse(meta);
  if (!parsed.success) throw zodBadInput(parsed.error, meta, ['input']);
  const [same] = await db.read('evidence/by-hash', { hash });
  if (same)
    throw conflict(
      `this text is already stored as source "${String(same.id)}" ("${String(same.title)}"); cite that one`,
      { id: same.id },
    );
  if (input.versionOf) {
    const [prev] = await db.read('evidence/source', { id: input.versionOf });
    if (!prev) throw badInput('input.versionOf', `no source "${input.versionOf}"`);
  }
  const props: Record<string, unknown> = {
    ...parsed.data,
    textHeld: true,
    lineCount: ex.passages.length,
    contentHash: hash,
    format: ex.format,
    ...(input.versionOf ? { versionOf: input.versionOf } : {}),
  };
  delete props.id;
  const passages: PassageOut[] = ex.passages.map((text, i) => ({
    sourceId: id,
    line: i + 1,
    text,
    record: ex.records?.[i] ?? null,
  }));
  const stored = passages
    .filter((p) => p.text.trim())
    .map((p) => (p.record ? { line: p.line, text: p.text, record: p.record } : { line: p.line, text: p.text }));
  if (!opts.dryRun) {
    const [row] = await db.write('evidence/create-source', {
      id,
      props,
      passages: stored,
      audit: { id: randomUUID(), user: opts.user, reason: opts.reason ?? null },
    });
    if (row?.outcome === 'CONFLICT')
      throw conflict(
        `source "${id}" already exists, and stored text never changes: give a new id (and versionOf: "${id}") for a new text`,
        { id },
      );
    if (row?.outcome !== 'OK') throw new AppError('INTERNAL_SERVER_ERROR', 'the source was not stored');
  }
  return { source: { id, ...props }, passages, dryRun: opts.dryRun, format: ex.format, warnings: ex.warnings };
}
