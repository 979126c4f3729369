/**
 * Restore checks the citations of a backup against the passages in the same backup before it writes anything:
 * a backup whose quotes are not on their lines is refused. Sources whose text the backup does not hold (older
 * backups, or documents never given text) are not checked. Claim states are restored as they are.
 */
import { decodeCitations } from '../../../model/citation.js';
import { checkCitation, type DocumentText } from '../../../model/quote-match.js';
import { lines } from '../io/backup.js';

type Props = Record<string, unknown>;
const untag = (v: unknown) =>
  v && typeof v === 'object' && !Array.isArray(v) && '$t' in v ? (v as unknown as { v: unknown }).v : v;

export async function checkBackupCitations(file: string): Promise<{ checked: number; notChecked: number }> {
  const sources = new Map<string, { kind: string | null; textHeld: boolean; lineCount: number }>();
  const passages = new Map<string, Map<number, { text: string; record: string | null }>>();
  const cited: { where: string; props: Props }[] = [];
  for await (const { value } of lines(file)) {
    const p = (value.p ?? {}) as Props;
    if (typeof value.n === 'number' && Array.isArray(value.l)) {
      const labels = value.l as string[];
      if (labels.includes('Source'))
        sources.set(String(p.id), {
          kind: (p.kind as string) ?? null,
          textHeld: Boolean(p.textHeld),
          lineCount: Number(untag(p.lineCount) ?? 0),
        });
      else if (labels.includes('Passage')) {
        const sid = String(p.sourceId);
        if (!passages.has(sid)) passages.set(sid, new Map());
        passages
          .get(sid)!
          .set(Number(untag(p.line)), { text: String(p.text ?? ''), record: (p.record as string) ?? null });
      }
      if (labels.includes('Entity') && Array.isArray(p.evSource))
        cited.push({ where: `node ${String(p.id)}`, props: p });
    } else if (typeof value.r === 'string' && Array.isArray(p.evSource))
      cited.push({ where: `link ${String(p.id)}`, props: p });
  }
  const docs = new Map<string, DocumentText>();
  for (const [id, s] of sources) {
    if (!s.textHeld) {
      docs.set(id, { id, kind: s.kind, textHeld: false, lineCount: 0, lines: [] });
      continue;
    }
    const ps = passages.get(id) ?? new Map();
    const ls: (string | null)[] = new Array<string | null>(s.lineCount).fill(null);
    const rs: (string | null)[] = new Array<string | null>(s.lineCount).fill(null);
    for (const [n, v] of ps)
      if (n >= 1 && n <= s.lineCount) {
        ls[n - 1] = v.text;
        rs[n - 1] = v.record;
      }
    docs.set(id, { id, kind: s.kind, textHeld: true, lineCount: s.lineCount, lines: ls, records: rs });
  }
  const misses: string[] = [];
  let checked = 0;
  let notChecked = 0;
  for (const { where, props } of cited) {
    decodeCitations(props).forEach((c, i) => {
      const r = checkCitation(c, docs.get(c.sourceId));
      if (!r.ok) misses.push(`${where} evidence[${i}].${r.field}: ${r.message}`);
      else if (r.checked) checked += 1;
      else notChecked += 1;
    });
  }
  if (misses.length) {
    throw new Error(
      `the backup ${file} holds ${misses.length} citation(s) that do not match the documents it holds, so nothing was restored:\n  ${misses.slice(0, 20).join('\n  ')}`,
    );
  }
  return { checked, notChecked };
}
