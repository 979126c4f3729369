/**
 * The hand-read extracts (../shared/extracts/*.md) as rows: for each markdown table row under a heading, the thing
 * it names (its first cell that is not an id or number), the document it is about and the lines it cites.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ExtractRow {
  file: string;
  section: string;
  doc: string;
  name: string;
  lines: number[];
}

const ID_CELL = /^(#|ID|\d+[a-z]?|[A-Z]{1,3}\d+[a-z]?)$/;

export function readExtracts(dir: string): ExtractRow[] | null {
  if (!existsSync(dir)) return null;
  const out: ExtractRow[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()) {
    let section = '';
    let doc = /^(\d{3})/.exec(file)?.[1] ?? '';
    const text = readFileSync(join(dir, file), 'utf8').split('\n');
    text.forEach((line, i) => {
      const heading = /^#+\s*(.*)$/.exec(line);
      if (heading) {
        section = heading[1]!.trim();
        const d = /^(?:DOCUMENT )?(\d{3})\b/.exec(section);
        if (d) doc = d[1]!;
        return;
      }
      if (!line.startsWith('|') || /^\|[\s|:-]+\|?$/.test(line)) return;
      // The header row is the one just above the |---| separator.
      if (/^\|[\s|:-]+\|?$/.test(text[i + 1] ?? '')) return;
      const cells = line
        .trim()
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((c) => c.trim());
      const first = cells.find((c) => c && !ID_CELL.test(c.replace(/\*/g, '')));
      if (!first) return;
      const name = first.replace(/\*\*/g, '').split(/;|: /)[0]!.trim();
      // L123, and ranges such as L1190–1191 or L45–L53 (a range of more than 60 lines is cited by its ends only).
      const lines = [...line.matchAll(/L(\d{1,4})(?:\s*[–-]\s*L?(\d{1,4}))?\b/g)].flatMap((m) => {
        const a = Number(m[1]);
        const b = m[2] ? Number(m[2]) : a;
        return b >= a && b - a <= 60 ? Array.from({ length: b - a + 1 }, (_, k) => a + k) : [a, b];
      });
      out.push({ file, section, doc, name, lines });
    });
  }
  return out;
}
