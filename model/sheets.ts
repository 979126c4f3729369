/** Which sheet a file's name gives, for the import on the server and the explorer's Import page alike. */
import { SECTIONS } from './vocabulary.js';

/**
 * `organisations` (from organisations.csv), or `<book>-organisations` as LibreOffice Calc names each sheet when it
 * saves a whole workbook as CSV. The name without its extension; null when it names no sheet.
 */
export function sheetOfFileName(stem: string): (typeof SECTIONS)[number] | null {
  return SECTIONS.find((s) => stem === s) ?? SECTIONS.find((s) => stem.endsWith(`-${s}`)) ?? null;
}
