/**
 * A name as search compares it: accents folded (Esmée -> esmee), case folded, apostrophes dropped (Barnardo's,
 * Barnardo’s and Barnardos are one key), every other run of punctuation or space one space. Shared by the API's
 * search ranking and the explorer's Enter, so "the exact name typed" means the same on both sides.
 */
export function nameKey(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
