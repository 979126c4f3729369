/**
 * The verifiers' review queue: unverified claims, oldest first, filtered by author, source and age (the URL holds
 * the filters; the server filters), each with its evidence; accept or reject one, or several at once, with a reason.
 */
import { useEffect, useMemo, useState } from 'react';
import { ApiError, gql, useGql } from '../client/client.js';
import { Citations } from '../components/Citations.js';
import { can, useSession } from '../components/session.js';
import { Empty, ErrorNote, Loading } from '../components/Status.js';
import { graphql } from '../gql/index.js';
import type { ReviewItemViewFragment } from '../gql/graphql.js';
import { explore, followLink, REVIEW_AGES, toUrl, type ReviewAge, type ReviewFilters } from '../model/url.js';
import { ageText, linkSentence, plural, readerText } from '../model/words.js';
import { CONFIDENCE, labelOf } from '../../../model/vocabulary.js';

graphql(`fragment ReviewItemView on ReviewItem {
  claimedAt ageDays
  link { id type lever stance confidence reason version claimedBy evidence { ...Citation } from { ...Ref } to { ...Ref } }
}`);
const ReviewQuery = graphql(`query ReviewQueue($author: String, $source: ID, $minAgeDays: Int, $maxAgeDays: Int) {
  reviewQueue(author: $author, source: $source, minAgeDays: $minAgeDays, maxAgeDays: $maxAgeDays, first: 100) {
    totalCount authors sources items { ...ReviewItemView }
  }
  sources { id title }
}`);
const VerifyOne =
  graphql(`mutation ReviewVerifyOne($id: ID!, $accept: Boolean!, $reason: String!, $expectedVersion: Int) {
  verifyLink(id: $id, accept: $accept, reason: $reason, expectedVersion: $expectedVersion) { id claimStatus }
}`);
const VerifyMany = graphql(`mutation ReviewVerifyMany($ids: [ID!]!, $accept: Boolean!, $reason: String!) {
  verifyLinks(ids: $ids, accept: $accept, reason: $reason) { id claimStatus }
}`);

type Item = ReviewItemViewFragment;

const AGE_WORDS: Record<ReviewAge, string> = {
  any: 'Any age',
  today: 'Added today',
  week: 'Waiting a week or more',
  month: 'Waiting a month or more',
};
const AGE_ARGS: Record<ReviewAge, { minAgeDays: number | null; maxAgeDays: number | null }> = {
  any: { minAgeDays: null, maxAgeDays: null },
  today: { minAgeDays: null, maxAgeDays: 0 },
  week: { minAgeDays: 7, maxAgeDays: null },
  month: { minAgeDays: 30, maxAgeDays: null },
};

const message = (x: unknown) => (x instanceof ApiError ? x.human : (x as Error).message);

/** One claim: what it says, who added it and when, its citations, and accept or reject with a reason. */
function Claim({
  item,
  me,
  checked,
  onCheck,
  onDone,
}: {
  item: Item;
  me: string;
  checked: boolean;
  onCheck(on: boolean): void;
  onDone(text: string): void;
}) {
  const l = item.link;
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [err, setErr] = useState<string | null>(null);
  const sentence = linkSentence(l);
  const act = async (accept: boolean) => {
    setBusy(true);
    setErr(null);
    try {
      await gql(VerifyOne, { id: l.id, accept, reason, expectedVersion: l.version });
      onDone(`${accept ? 'Accepted' : 'Rejected'}: ${sentence}.`);
    } catch (x) {
      setErr(message(x));
    } finally {
      setBusy(false);
    }
  };
  const href = toUrl({ ...explore(l.from.id), selected: l.id });
  return (
    <li className="claim-item" data-testid="review-item" data-id={l.id}>
      <label className="check">
        <input type="checkbox" checked={checked} onChange={(e) => onCheck(e.target.checked)} />{' '}
        <span className="visually-hidden">Select: </span>
        <strong>{sentence}</strong>
      </label>
      <p className="muted">
        {labelOf(CONFIDENCE, l.confidence)} · added by <b>{l.claimedBy ?? 'an unknown author'}</b>
        {l.claimedBy === me ? ' (you: another verifier must check it)' : ''} · {ageText(item.ageDays)}
        {item.claimedAt && (
          <>
            {' '}
            (<time dateTime={item.claimedAt}>{new Date(item.claimedAt).toLocaleDateString('en-GB')}</time>)
          </>
        )}{' '}
        ·{' '}
        <a href={href} onClick={(e) => followLink(e, href)}>
          Open in the explorer
        </a>
      </p>
      {l.reason && <p>Why it is inferred: {readerText(l.reason)}</p>}
      <Citations evidence={l.evidence} />
      <form className="inline-form" aria-label={`Accept or reject: ${sentence}`} onSubmit={(e) => e.preventDefault()}>
        <label className="field">
          Reason
          <input
            type="text"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            placeholder="e.g. the quote stands on the cited line"
          />
        </label>
        <button type="button" disabled={busy || !reason.trim()} onClick={() => act(true)}>
          Accept
        </button>
        <button type="button" disabled={busy || !reason.trim()} onClick={() => act(false)}>
          Reject
        </button>
        {err && (
          <p className="status error" role="alert">
            {err}
          </p>
        )}
      </form>
    </li>
  );
}

interface Props {
  filters: ReviewFilters;
  setFilters(f: ReviewFilters): void;
}

export function ReviewPage({ filters, setFilters }: Props) {
  const { user, known } = useSession();
  const allowed = can(user, 'VERIFIER');
  const res = useGql(
    ReviewQuery,
    allowed ? { author: filters.author, source: filters.source, ...AGE_ARGS[filters.age] } : null,
  );
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [err, setErr] = useState<string | null>(null);
  const [done, setDone] = useState('');
  useEffect(() => {
    document.title = 'Review queue · Levermap';
  }, []);
  const items = res.data?.reviewQueue.items ?? [];
  const titles = useMemo(() => new Map((res.data?.sources ?? []).map((s) => [s.id, s.title])), [res.data]);
  // Only what is still shown can stay picked (a filter change or a verdict removes the rest).
  const shownPicked = items.filter((i) => picked.has(i.link.id)).map((i) => i.link.id);

  const batch = async (accept: boolean) => {
    setBusy(true);
    setErr(null);
    try {
      const out = await gql(VerifyMany, { ids: shownPicked, accept, reason });
      setDone(`${accept ? 'Accepted' : 'Rejected'} ${plural(out.verifyLinks.length, 'claim')}.`);
      setPicked(new Set());
      setReason('');
    } catch (x) {
      setErr(`Nothing was changed: ${message(x)}`);
    } finally {
      setBusy(false);
    }
  };

  if (!known)
    return (
      <main id="main" className="page">
        <h1>Review queue</h1>
        <Loading what="your account" />
      </main>
    );
  if (!allowed)
    return (
      <main id="main" className="page">
        <h1>Review queue</h1>
        <div className="status unavailable" role="note" data-testid="need-role">
          <strong>
            {user ? `Your role (${user.role.toLowerCase()}) cannot review claims.` : 'Sign in to review.'}
          </strong>{' '}
          Accepting and rejecting claims needs the verifier role or above.
        </div>
      </main>
    );

  const set = (patch: Partial<ReviewFilters>) => setFilters({ ...filters, ...patch });
  const q = res.data?.reviewQueue;
  return (
    <main id="main" className="page review">
      <h1>Review queue</h1>
      <p className="lede">
        Links that contributors added and no verifier has checked yet, oldest first. Read each citation (the line opens
        in the document), then accept or reject it, saying why. Nobody checks their own claims.
      </p>
      <form className="form review-filters" aria-label="Filter the claims" onSubmit={(e) => e.preventDefault()}>
        <label className="field inline">
          Added by
          <select value={filters.author ?? ''} onChange={(e) => set({ author: e.target.value || null })}>
            <option value="">Anyone</option>
            {(q?.authors ?? (filters.author ? [filters.author] : [])).map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>
        <label className="field inline">
          Cites
          <select value={filters.source ?? ''} onChange={(e) => set({ source: e.target.value || null })}>
            <option value="">Any document</option>
            {(q?.sources ?? (filters.source ? [filters.source] : [])).map((s) => (
              <option key={s} value={s}>
                {titles.get(s) ?? `Document ${s}`}
              </option>
            ))}
          </select>
        </label>
        <label className="field inline">
          Age
          <select value={filters.age} onChange={(e) => set({ age: e.target.value as ReviewAge })}>
            {REVIEW_AGES.map((a) => (
              <option key={a} value={a}>
                {AGE_WORDS[a]}
              </option>
            ))}
          </select>
        </label>
      </form>
      <p className="status-line" role="status" aria-live="polite" data-testid="review-done">
        {done}
      </p>
      {res.isPending && <Loading what="the claims" />}
      {res.isError && <ErrorNote error={res.error} what="the claims" />}
      {q && (
        <>
          <p data-testid="review-count">
            {q.totalCount === 0
              ? 'No claim is waiting with these filters.'
              : `${plural(q.totalCount, 'claim')} waiting${q.totalCount > items.length ? `; the oldest ${items.length} are shown` : ''}.`}
          </p>
          {items.length > 0 && (
            <form
              className="inline-form batch"
              aria-label="Accept or reject the selected claims"
              onSubmit={(e) => e.preventDefault()}
            >
              <label className="check">
                <input
                  type="checkbox"
                  checked={shownPicked.length === items.length}
                  onChange={(e) => setPicked(new Set(e.target.checked ? items.map((i) => i.link.id) : []))}
                />{' '}
                Select all shown
              </label>
              <label className="field">
                Reason for the selected
                <input type="text" value={reason} onChange={(e) => setReason(e.target.value)} />
              </label>
              <button
                type="button"
                disabled={busy || !shownPicked.length || !reason.trim()}
                onClick={() => batch(true)}
              >
                Accept {plural(shownPicked.length, 'selected claim')}
              </button>
              <button
                type="button"
                disabled={busy || !shownPicked.length || !reason.trim()}
                onClick={() => batch(false)}
              >
                Reject {plural(shownPicked.length, 'selected claim')}
              </button>
              {err && (
                <p className="status error" role="alert">
                  {err}
                </p>
              )}
            </form>
          )}
          {items.length === 0 ? (
            <Empty>Nothing to review here. Change the filters to see other claims.</Empty>
          ) : (
            <ol className="review-list">
              {items.map((i) => (
                <Claim
                  key={`${i.link.id}#${i.link.version}`}
                  item={i}
                  me={user!.username}
                  checked={picked.has(i.link.id)}
                  onCheck={(on) =>
                    setPicked((p) => {
                      const next = new Set(p);
                      if (on) next.add(i.link.id);
                      else next.delete(i.link.id);
                      return next;
                    })
                  }
                  onDone={setDone}
                />
              ))}
            </ol>
          )}
        </>
      )}
    </main>
  );
}
