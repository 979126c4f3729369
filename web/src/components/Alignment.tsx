import { useGql } from '../client/client.js';
import { graphql } from '../gql/index.js';
import type { AlignmentCountsFragment } from '../gql/graphql.js';
import { STATUS_TEXT, flagKindName, flagName, flagText, type AlignmentStatus } from '../model/vocabulary.js';
import { Citations } from './Citations.js';

graphql(`fragment AlignmentCounts on Alignment { downward sideward upward opposing status gaps }`);
graphql(`fragment FlagHitItem on AlignmentFlagHit {
  flag kind rule why detail sources { ...Citation } triggers { linkId type lever stance from { ...Ref } to { ...Ref } }
}`);
const FlagsQuery = graphql(
  `query Flags($id: ID!) { initiative(id: $id) { id alignment { flags { ...FlagHitItem } } } }`,
);

type Alignment = AlignmentCountsFragment;

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
    return (
      <p className="flag unknown" data-testid="flags-unknown">
        Unknown, not a gap: {STATUS_TEXT.UNKNOWN.explain}
      </p>
    );
  }
  const flags = [...alignment.gaps, ...(alignment.opposing ? ['OPPOSED'] : [])];
  if (!flags.length) return <p className="flag none">No gap flagged: every lever has an enabling backer.</p>;
  return (
    <ul className="flags" aria-label="Gaps and tensions" data-testid="flags">
      {flags.map((f) => (
        <li key={f} className="flag gap">
          <span aria-hidden="true">⚠ </span>
          <span className="visually-hidden">{f}: </span>
          {flagText(f)}
        </li>
      ))}
    </ul>
  );
}

/** The analysis flags with rule, why and sources when the server has them; the plain gaps otherwise. */
export function InitiativeFlags({
  id,
  alignment,
  onSelect,
}: {
  id: string;
  alignment: Alignment;
  onSelect(linkId: string): void;
}) {
  const res = useGql(FlagsQuery, { id });
  const flags = res.data?.initiative?.alignment.flags;
  if (!flags || (alignment.status === 'UNKNOWN' && !flags.length)) {
    return <Flags alignment={alignment} />;
  }
  if (!flags.length) return <p className="flag none">No gap or tension flagged.</p>;
  return (
    <ul className="flags rich" aria-label="Gaps and tensions" data-testid="flags">
      {flags.map((f) => (
        <li key={f.flag} className={`flag ${f.kind === 'GAP' ? 'gap' : 'tension'}`}>
          <span aria-hidden="true">{f.kind === 'GAP' ? '⚠' : f.kind === 'TENSION' ? '⇄' : '!'} </span>
          <strong>{flagText(f.flag)}</strong>{' '}
          <span className="muted">
            ({flagKindName(f.kind)}: {flagName(f.flag)})
          </span>
          <p>{f.detail}</p>
          <details>
            <summary>Rule and why</summary>
            <p>
              <b>Rule:</b> {f.rule}
            </p>
            <p>
              <b>Why:</b> {f.why}
            </p>
            <Citations evidence={f.sources} />
          </details>
          {f.triggers.length > 0 && (
            <p className="triggers">
              Triggered by:{' '}
              {f.triggers.map((t) => (
                <button key={t.linkId} type="button" className="small" onClick={() => onSelect(t.linkId)}>
                  {t.from.name} → {t.to.name}
                </button>
              ))}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
