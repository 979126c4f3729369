/** Properties and every citation of the selected node or link; its claim state, edit, verify and history by role. */
import { useState } from 'react';
import { ApiError, gql, useGql } from '../client/client.js';
import { graphql } from '../gql/index.js';
import type { EntityViewFragment, LinkDetailFragment } from '../gql/graphql.js';
import { editLink, editNode, newLink, type ViewState } from '../model/url.js';
import { CONFIDENCE, LEVER, STANCE } from '../../../model/vocabulary.js';
import {
  LABEL_NAME,
  LEVER_STYLE,
  LINK_NAME,
  humanise,
  labelOf,
  type ClaimStatus,
  type Lever,
  type Vocabulary,
} from '../model/vocabulary.js';
import { FIELD_LABEL, linkSentence, plural, readerText } from '../model/words.js';
import { EntityQuery } from '../views/DetailsPanel.js';
import { Citations } from './Citations.js';
import { HistoryPanel } from './HistoryPanel.js';
import { can, useSession } from './session.js';
import { ErrorNote, Loading } from './Status.js';

/** A link with its evidence, claim state and version: what the panel, the details and the edit form show. */
graphql(`fragment LinkDetail on Link {
  id type confidence reason lever stance class role amount validFrom validTo claimStatus claimedBy verifiedBy verificationReason version
  evidence { ...Citation } from { ...Ref } to { ...Ref }
}`);
const LinkQuery = graphql(`query Link($id: ID!) { link(id: $id) { ...LinkDetail } }`);
const VerifyMutation =
  graphql(`mutation VerifyLink($id: ID!, $accept: Boolean!, $reason: String!, $expectedVersion: Int) {
  verifyLink(id: $id, accept: $accept, reason: $reason, expectedVersion: $expectedVersion) { ...LinkDetail }
}`);

const DeleteLinkMutation = graphql(`mutation DeleteLink($id: ID!, $expectedVersion: Int, $reason: String) {
  deleteLink(id: $id, expectedVersion: $expectedVersion, reason: $reason) { id deleted }
}`);
const DeleteNodeMutation = graphql(`mutation DeleteNode($id: ID!, $expectedVersion: Int, $reason: String) {
  deleteEntity(id: $id, detach: true, expectedVersion: $expectedVersion, reason: $reason) { id deleted }
}`);

export type Link = LinkDetailFragment;

type Props = {
  id: string | null;
  onOpen(id: string): void;
  onClose(): void;
  onNavigate?(v: ViewState): void;
  onChanged?(): void;
  /** A node or link shown here was deleted. */
  onDeleted?(id: string): void;
};

const SKIP = new Set([
  '__typename',
  'id',
  'name',
  'evidence',
  'links',
  'backers',
  'alignment',
  'from',
  'to',
  'version',
  'label',
  'claimStatus',
  'type',
]);
const FIELD_VOCABULARY: Record<string, Vocabulary> = { confidence: CONFIDENCE, lever: LEVER, stance: STANCE };

const CLAIM_TEXT: Record<ClaimStatus, string> = {
  VERIFIED: 'Verified: curated from the sources or accepted by a verifier.',
  UNVERIFIED: 'Unverified claim: added by a contributor and not yet checked by a verifier.',
  REJECTED: 'Rejected by a verifier: kept for the record, left out of the analysis.',
};

export function ClaimBadge({ status }: { status: ClaimStatus }) {
  return (
    <span className={`claim c-${status}`} data-testid="claim-status" title={CLAIM_TEXT[status]}>
      {status === 'VERIFIED' ? '✓ Verified' : status === 'UNVERIFIED' ? '? Unverified' : '✕ Rejected'}
    </span>
  );
}

/** Accept or reject a claim, saying why; for verifiers. */
function Verify({ l, onDone }: { l: Link; onDone(): void }) {
  const [reason, setReason] = useState('');
  const [err, setErr] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const act = async (accept: boolean) => {
    setBusy(true);
    setErr(null);
    try {
      await gql(VerifyMutation, { id: l.id, accept, reason, expectedVersion: l.version });
      setReason('');
      onDone();
    } catch (x) {
      setErr(x instanceof ApiError ? x.human : (x as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="verify" onSubmit={(e) => e.preventDefault()} aria-label="Verify this claim">
      <label className="field block">
        Reason for accepting or rejecting
        <input
          type="text"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          placeholder="e.g. checked against 003:L81"
        />
      </label>
      <button type="button" disabled={busy || !reason.trim()} onClick={() => act(true)}>
        Accept
      </button>{' '}
      <button type="button" disabled={busy || !reason.trim()} onClick={() => act(false)}>
        Reject
      </button>
      {err && (
        <p className="status error" role="alert">
          {err}
        </p>
      )}
    </form>
  );
}

/**
 * Delete, for verifiers and admins: a confirm step that names what goes (a node goes with all its links), and a
 * reason for the history; an admin can revert it from there.
 */
function Delete({
  what,
  goes,
  run,
  onDone,
}: {
  what: string;
  goes: string;
  run(reason: string | null): Promise<unknown>;
  onDone(): void;
}) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [err, setErr] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!open)
    return (
      <button type="button" className="danger" onClick={() => setOpen(true)}>
        Delete {what}…
      </button>
    );
  const go = async () => {
    setBusy(true);
    setErr(null);
    try {
      await run(reason.trim() || null);
      onDone();
    } catch (x) {
      setErr(x instanceof ApiError ? x.human : (x as Error).message);
      setBusy(false);
    }
  };
  return (
    <div className="confirm" role="group" aria-label={`Delete ${what}?`} data-testid="confirm-delete">
      <p>
        <strong>Delete {goes}?</strong> It leaves the graph at once. The history keeps it, and an admin can revert the
        deletion.
      </p>
      <label className="field block">
        Reason for deleting
        <input type="text" value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      <button type="button" className="danger" disabled={busy} onClick={go}>
        Yes, delete {what}
      </button>{' '}
      <button type="button" onClick={() => setOpen(false)}>
        Cancel
      </button>
      {err && (
        <p className="status error" role="alert">
          {err}
        </p>
      )}
    </div>
  );
}

/** A field's value in words: codes by their labels, a curator's note without shorthand. */
function valueText(k: string, v: unknown): string {
  if (Array.isArray(v)) return v.join(', ');
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  const s = String(v);
  const vocab = FIELD_VOCABULARY[k];
  if (vocab) return labelOf(vocab, s);
  return k === 'reason' || k === 'verificationReason' ? readerText(s) : s;
}

function Properties({ obj }: { obj: object }) {
  const rows = Object.entries(obj).filter(
    ([k, v]) => !SKIP.has(k) && v !== null && v !== undefined && !(Array.isArray(v) && !v.length),
  );
  return (
    <dl className="props">
      {rows.map(([k, v]) => (
        <div key={k}>
          <dt>{FIELD_LABEL[k] ?? humanise(k.replace(/([A-Z])/g, '_$1'))}</dt>
          <dd>{valueText(k, v)}</dd>
        </div>
      ))}
    </dl>
  );
}

function LinkEvidence({
  l,
  onOpen,
  onNavigate,
  onChanged,
  onDeleted,
}: {
  l: Link;
  onOpen(id: string): void;
  onNavigate?(v: ViewState): void;
  onChanged(): void;
  onDeleted(id: string): void;
}) {
  const { user } = useSession();
  return (
    <>
      <h2 id="evidence-h">
        {l.type === 'LEVER' && l.lever
          ? `${LEVER_STYLE[l.lever].name} lever${l.stance === 'OPPOSES' ? ' (opposes)' : ''}`
          : humanise(LINK_NAME[l.type])}
      </h2>
      <p>
        <button type="button" className="link" onClick={() => onOpen(l.from.id)}>
          {l.from.name}
        </button>{' '}
        {l.type === 'LEVER' ? (l.stance === 'OPPOSES' ? 'opposes' : 'backs') : LINK_NAME[l.type]}{' '}
        <button type="button" className="link" onClick={() => onOpen(l.to.id)}>
          {l.to.name}
        </button>
      </p>
      <p>
        <ClaimBadge status={l.claimStatus} /> <span className="muted">{CLAIM_TEXT[l.claimStatus]}</span>
      </p>
      <Properties obj={l} />
      <h3>Citations ({l.evidence.length})</h3>
      <Citations evidence={l.evidence} />
      {can(user, 'VERIFIER') && l.claimStatus !== 'VERIFIED' && <Verify l={l} onDone={onChanged} />}
      {can(user, 'CONTRIBUTOR') && onNavigate && (
        <p>
          <button type="button" onClick={() => onNavigate(editLink(l.id))}>
            Edit this link
          </button>
        </p>
      )}
      {can(user, 'VERIFIER') && (
        <Delete
          what="this link"
          goes={`the link “${linkSentence(l)}”`}
          run={(reason) => gql(DeleteLinkMutation, { id: l.id, expectedVersion: l.version, reason })}
          onDone={() => onDeleted(l.id)}
        />
      )}
      <details className="history-details">
        <summary>History</summary>
        <HistoryPanel key={`${l.id}#${l.version}#${l.claimStatus}`} targetId={l.id} onChanged={onChanged} />
      </details>
    </>
  );
}

function NodeEvidence({
  e,
  onOpen,
  onNavigate,
  onChanged,
  onDeleted,
}: {
  e: EntityViewFragment;
  onOpen(id: string): void;
  onNavigate?(v: ViewState): void;
  onChanged(): void;
  onDeleted(id: string): void;
}) {
  const { user } = useSession();
  return (
    <>
      <h2 id="evidence-h">{e.name}</h2>
      <p>
        <span className={`tag t-${e.label}`}>{LABEL_NAME[e.label]}</span>{' '}
        {e.placeholder && <span className="tag placeholder">unnamed in the sources (placeholder)</span>}
      </p>
      {e.description && <p>{e.description}</p>}
      <Properties obj={e} />
      <p>
        <button type="button" onClick={() => onOpen(e.id)}>
          Open {e.name} in the explorer
        </button>
      </p>
      <h3>Citations ({e.evidence.length})</h3>
      <Citations evidence={e.evidence} />
      {can(user, 'CONTRIBUTOR') && onNavigate && (
        <p className="actions">
          <button type="button" onClick={() => onNavigate(editNode(e.id))}>
            Edit {e.name}
          </button>{' '}
          <button type="button" onClick={() => onNavigate(newLink(e.id))}>
            Add a link from here
          </button>
        </p>
      )}
      {can(user, 'VERIFIER') && (
        <Delete
          what={e.name}
          goes={`${e.name}${e.links.length ? ` and its ${plural(e.links.length, 'link')}` : ''}`}
          run={(reason) => gql(DeleteNodeMutation, { id: e.id, expectedVersion: e.version, reason })}
          onDone={() => onDeleted(e.id)}
        />
      )}
      <details className="history-details">
        <summary>History</summary>
        <HistoryPanel key={`${e.id}#${e.version}`} targetId={e.id} onChanged={onChanged} />
      </details>
    </>
  );
}

export function EvidencePanel({ id, onOpen, onClose, onNavigate, onChanged, onDeleted }: Props) {
  const slot = id?.match(/^slot(?:-edge)?:(DOWNWARD|SIDEWARD|UPWARD)$/)?.[1] as Lever | undefined;
  const isLink = !!id && !slot && id.includes(':');
  const changed = () => {
    onChanged?.();
  };
  const deleted = (gone: string) => (onDeleted ? onDeleted(gone) : onClose());
  // After a change here (verified, reverted) every read is marked stale and read again; the panel keeps showing
  // the item meanwhile, so it neither flashes nor closes its open History.
  const linkRes = useGql(LinkQuery, id && !slot && isLink ? { id } : null);
  const nodeRes = useGql(EntityQuery, id && !slot && !isLink ? { id } : null);
  const res = isLink ? linkRes : nodeRes;

  return (
    <aside className="evidence" aria-labelledby="evidence-h" data-testid="evidence-panel">
      <button type="button" className="close" onClick={onClose} aria-label="Close the evidence panel">
        ×
      </button>
      {!id && (
        <>
          <h2 id="evidence-h">Evidence</h2>
          <p className="status empty">
            Select a node or a link (click it, or use the list below the graph) to see its properties and citations.
          </p>
        </>
      )}
      {slot && (
        <>
          <h2 id="evidence-h">No {LEVER_STYLE[slot].name.toLowerCase()} lever recorded</h2>
          <p>
            The sources cited for this initiative record no {LEVER_STYLE[slot].name.toLowerCase()} backer (
            {LEVER_STYLE[slot].who}). A red dashed box is a gap (other levers are recorded); a grey dotted circle means
            nothing is recorded at all, which is unknown rather than absent.
          </p>
        </>
      )}
      {id && !slot && res.isPending && <Loading what="evidence" />}
      {id && !slot && res.isError && <ErrorNote error={res.error} what="evidence" />}
      {id &&
        !slot &&
        res.isSuccess &&
        (isLink && linkRes.data?.link ? (
          <LinkEvidence
            l={linkRes.data.link}
            onOpen={onOpen}
            onNavigate={onNavigate}
            onChanged={changed}
            onDeleted={deleted}
          />
        ) : !isLink && nodeRes.data?.entity ? (
          <NodeEvidence
            e={nodeRes.data.entity}
            onOpen={onOpen}
            onNavigate={onNavigate}
            onChanged={changed}
            onDeleted={deleted}
          />
        ) : (
          <>
            <h2 id="evidence-h">Not found</h2>
            <p className="status empty">Nothing with id {id} exists any more.</p>
          </>
        ))}
    </aside>
  );
}
