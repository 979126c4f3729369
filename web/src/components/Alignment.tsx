import type { Alignment, AlignmentStatus } from '../api/types.js';
import { initiativeFlags } from '../api/analysis.js';
import { STATUS_TEXT, flagText, humanise } from '../model/vocabulary.js';
import { Citations } from './Citations.js';
import { useAsync } from './useAsync.js';

const GLYPH: Record<AlignmentStatus, string> = { ALIGNED: '✓', PARTIAL: '◐', CONTESTED: '✕', UNKNOWN: '?' };

export function AlignmentBadge({ status }: { status: AlignmentStatus }) {
  return (
    <span className={`badge s-${status}`} title={STATUS_TEXT[status].explain}>
      <span aria-hidden="true">{GLYPH[status]}</span> {STATUS_TEXT[status].name}
    </span>
  );
}

/** Gap flags in plain English; an unknown initiative says so instead of listing gaps. */
export function Flags({ alignment }: { alignment: Alignment }) {
  if (alignment.status === 'UNKNOWN') {
    return <p className="flag unknown" data-testid="flags-unknown">Unknown, not a gap: {STATUS_TEXT.UNKNOWN.explain}</p>;
  }
  const flags = [...alignment.gaps, ...(alignment.opposing ? ['OPPOSED'] : [])];
  if (!flags.length) return <p className="flag none">No gap flagged: every lever has an enabling backer.</p>;
  return (
    <ul className="flags" aria-label="Gaps and tensions" data-testid="flags">
      {flags.map((f) => <li key={f} className="flag gap"><span aria-hidden="true">⚠ </span><span className="visually-hidden">{f}: </span>{flagText(f)}</li>)}
    </ul>
  );
}

/** The analysis flags with rule, why and sources when the server has them; the plain gaps otherwise. */
export function InitiativeFlags({ id, alignment, onSelect }: { id: string; alignment: Alignment; onSelect(linkId: string): void }) {
  const res = useAsync(id, (s) => initiativeFlags(id, s));
  if (res.state !== 'done' || (res.state === 'done' && alignment.status === 'UNKNOWN' && !res.data.length)) {
    return <Flags alignment={alignment} />;
  }
  if (!res.data.length) return <p className="flag none">No gap or tension flagged.</p>;
  return (
    <ul className="flags rich" aria-label="Gaps and tensions" data-testid="flags">
      {res.data.map((f) => (
        <li key={f.flag} className={`flag ${f.kind === 'GAP' ? 'gap' : 'tension'}`}>
          <span aria-hidden="true">{f.kind === 'GAP' ? '⚠' : f.kind === 'TENSION' ? '⇄' : '!'} </span>
          <strong>{flagText(f.flag)}</strong> <span className="muted">({humanise(f.kind)}: {humanise(f.flag)})</span>
          <p>{f.detail}</p>
          <details>
            <summary>Rule and why</summary>
            <p><b>Rule:</b> {f.rule}</p>
            <p><b>Why:</b> {f.why}</p>
            <Citations evidence={f.sources} />
          </details>
          {f.triggers.length > 0 && (
            <p className="triggers">Triggered by:{' '}
              {f.triggers.map((t) => (
                <button key={t.linkId} type="button" className="small" onClick={() => onSelect(t.linkId)}>{t.from.name} → {t.to.name}</button>
              ))}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
