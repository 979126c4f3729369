/** Properties and every citation of the selected node or link. */
import { entity, link } from '../api/queries.js';
import type { EntityDetail, Lever, Link } from '../api/types.js';
import { LABEL_NAME, LEVER_STYLE, LINK_NAME, humanise } from '../model/vocabulary.js';
import { Citations } from './Citations.js';
import { ErrorNote, Loading } from './Status.js';
import { useAsync } from './useAsync.js';

type Props = { id: string | null; onOpen(id: string): void; onClose(): void };

const SKIP = new Set(['__typename', 'id', 'name', 'evidence', 'links', 'backers', 'alignment', 'from', 'to', 'version', 'label']);

function Properties({ obj }: { obj: Record<string, unknown> }) {
  const rows = Object.entries(obj).filter(([k, v]) => !SKIP.has(k) && v !== null && v !== undefined && !(Array.isArray(v) && !v.length));
  return (
    <dl className="props">
      {rows.map(([k, v]) => (
        <div key={k}><dt>{humanise(k.replace(/([A-Z])/g, '_$1'))}</dt><dd>{Array.isArray(v) ? v.join(', ') : typeof v === 'boolean' ? (v ? 'yes' : 'no') : String(v)}</dd></div>
      ))}
    </dl>
  );
}

function LinkEvidence({ l, onOpen }: { l: Link; onOpen(id: string): void }) {
  return (
    <>
      <h2 id="evidence-h">
        {l.type === 'LEVER' && l.lever ? `${LEVER_STYLE[l.lever].name} lever${l.stance === 'OPPOSES' ? ' (opposes)' : ''}` : humanise(LINK_NAME[l.type])}
      </h2>
      <p>
        <button type="button" className="link" onClick={() => onOpen(l.from.id)}>{l.from.name}</button>
        {' '}{l.type === 'LEVER' ? (l.stance === 'OPPOSES' ? 'opposes' : 'backs') : LINK_NAME[l.type]}{' '}
        <button type="button" className="link" onClick={() => onOpen(l.to.id)}>{l.to.name}</button>
      </p>
      <Properties obj={l as unknown as Record<string, unknown>} />
      <h3>Citations ({l.evidence.length})</h3>
      <Citations evidence={l.evidence} />
    </>
  );
}

function NodeEvidence({ e, onOpen }: { e: EntityDetail; onOpen(id: string): void }) {
  return (
    <>
      <h2 id="evidence-h">{e.name}</h2>
      <p><span className={`tag t-${e.label}`}>{LABEL_NAME[e.label]}</span> {e.placeholder && <span className="tag placeholder">unnamed in the sources (placeholder)</span>}</p>
      {e.description && <p>{e.description}</p>}
      <Properties obj={e as unknown as Record<string, unknown>} />
      <p><button type="button" onClick={() => onOpen(e.id)}>Open {e.name} in the explorer</button></p>
      <h3>Citations ({e.evidence.length})</h3>
      <Citations evidence={e.evidence} />
    </>
  );
}

export function EvidencePanel({ id, onOpen, onClose }: Props) {
  const slot = id?.match(/^slot(?:-edge)?:(DOWNWARD|SIDEWARD|UPWARD)$/)?.[1] as Lever | undefined;
  const isLink = !!id && !slot && id.includes(':');
  const res = useAsync<{ link?: Link | null; node?: EntityDetail | null }>(id && !slot ? id : null, async (signal) =>
    isLink ? { link: await link(id!, signal) } : { node: await entity(id!, signal) });

  return (
    <aside className="evidence" aria-labelledby="evidence-h" data-testid="evidence-panel">
      <button type="button" className="close" onClick={onClose} aria-label="Close the evidence panel">×</button>
      {!id && (<><h2 id="evidence-h">Evidence</h2><p className="status empty">Select a node or a link (click it, or use the list below the graph) to see its properties and citations.</p></>)}
      {slot && (
        <>
          <h2 id="evidence-h">No {LEVER_STYLE[slot].name.toLowerCase()} lever recorded</h2>
          <p>The sources cited for this initiative record no {LEVER_STYLE[slot].name.toLowerCase()} backer ({LEVER_STYLE[slot].who}).
            A red dashed box is a gap (other levers are recorded); a grey dotted circle means nothing is recorded at all, which is unknown rather than absent.</p>
        </>
      )}
      {id && !slot && res.state === 'loading' && <Loading what="evidence" />}
      {id && !slot && res.state === 'error' && <ErrorNote error={res.error} what="evidence" />}
      {id && !slot && res.state === 'done' && (
        res.data.link ? <LinkEvidence l={res.data.link} onOpen={onOpen} />
          : res.data.node ? <NodeEvidence e={res.data.node} onOpen={onOpen} />
            : <><h2 id="evidence-h">Not found</h2><p className="status empty">Nothing with id {id} exists any more.</p></>
      )}
    </aside>
  );
}
