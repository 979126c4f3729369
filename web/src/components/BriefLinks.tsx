/**
 * One click to a board brief of an initiative, partnership or place, as PDF or Word. The server makes both
 * (GET /brief/KIND/ID.pdf|.docx), so they are the same whatever the browser.
 */
export type BriefKind = 'initiative' | 'partnership' | 'place';
const KIND: Record<string, BriefKind> = { Initiative: 'initiative', Partnership: 'partnership', Place: 'place' };
/** The brief kind of a node type, or null for types that have no brief. */
export const briefKindOf = (type: string): BriefKind | null => KIND[type] ?? null;
export const briefHref = (kind: BriefKind, id: string, format: 'pdf' | 'docx') =>
  `/brief/${kind}/${encodeURIComponent(id)}.${format}`;

export function BriefLinks({ kind, id, name }: { kind: BriefKind; id: string; name: string }) {
  return (
    <p className="brief-links">
      Board brief on {name}:{' '}
      <a href={briefHref(kind, id, 'pdf')} download>
        PDF
      </a>{' '}
      ·{' '}
      <a href={briefHref(kind, id, 'docx')} download>
        Word (DOCX)
      </a>
    </p>
  );
}
