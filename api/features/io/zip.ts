/**
 * A ZIP of CSV tables, as Open Referral UK publishers and tabular data packages distribute them: its .csv entries
 * as input files, named by their base names. Sizes are checked from the entries' headers before anything is
 * inflated, and again after, so that a small archive cannot expand past the import's limit.
 */
import { unzipSync } from 'fflate';
import { AppError } from '../../errors.js';
import { checkSize, type InputFile, type Limits } from './read.js';

/** A ZIP's local file header signature, PK\x03\x04. */
export const isZip = (content: Buffer) =>
  content.length >= 4 && content[0] === 0x50 && content[1] === 0x4b && content[2] === 0x03 && content[3] === 0x04;

const baseName = (path: string) => path.split('/').pop() ?? path;

export function unzipCsvTables(file: InputFile, limits: Limits): InputFile[] {
  let declared = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(file.content, {
      filter: (f) => {
        const wanted = /\.csv$/i.test(f.name) && !baseName(f.name).startsWith('.') && !f.name.startsWith('__MACOSX/');
        if (wanted) declared += f.originalSize;
        if (declared > limits.maxBytes)
          throw new AppError(
            'BAD_USER_INPUT',
            `${file.name ?? 'the ZIP'} holds more than ${Math.round(limits.maxBytes / 1024 / 1024)} MB of CSV; split it`,
            { field: 'contentBase64' },
          );
        return wanted;
      },
    });
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError(
      'BAD_USER_INPUT',
      `${file.name ?? 'the file'} is not a ZIP that can be read: ${(e as Error).message}`,
      {
        field: 'contentBase64',
      },
    );
  }
  const files = Object.entries(entries)
    .map(([name, data]) => ({ name: baseName(name), content: Buffer.from(data) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const names = files.map((f) => f.name);
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice)
    throw new AppError('BAD_USER_INPUT', `${file.name ?? 'the ZIP'} holds ${twice} twice, in different folders`, {
      field: 'contentBase64',
    });
  if (!files.length)
    throw new AppError('BAD_USER_INPUT', `${file.name ?? 'the ZIP'} holds no .csv files`, { field: 'contentBase64' });
  checkSize(files, limits);
  return files;
}
