/**
 * Imports an open-data file (360Giving grants, Open Referral UK services) through the spreadsheet import's own
 * plan and all-or-nothing commit: the format module only reads the file into the same records.
 */
import type { Database } from '../../../db/database.js';
import { AppError } from '../../../errors.js';
import { importData, type ImportOptions, type ImportReport } from '../import.js';
import type { ImportFormat, InputFile } from '../read.js';
import { readOruk } from './oruk.js';
import { read360Giving } from './threesixtygiving.js';

export const OPEN_DATA_FORMATS = ['360giving', 'oruk'] as const;
export type OpenDataFormat = (typeof OPEN_DATA_FORMATS)[number];
export const isOpenDataFormat = (s: string): s is OpenDataFormat =>
  (OPEN_DATA_FORMATS as readonly string[]).includes(s);

export function importOpenData(
  db: Database,
  dialect: OpenDataFormat,
  format: ImportFormat,
  files: InputFile[],
  opts: Omit<ImportOptions, 'read' | 'sheet'>,
): Promise<ImportReport> {
  if (dialect === 'oruk') {
    if (format !== 'CSV')
      throw new AppError('BAD_USER_INPUT', 'an Open Referral UK import reads its CSV files, one per table');
    return importData(db, format, files, { ...opts, read: () => readOruk(db, files, opts.limits) });
  }
  if (files.length !== 1) throw new AppError('BAD_USER_INPUT', `a ${dialect} import takes one file`);
  const file = files[0]!;
  return importData(db, format, files, { ...opts, read: () => read360Giving(db, format, file, opts.limits) });
}
