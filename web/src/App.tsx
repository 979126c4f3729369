/** The shell: URL-held view state, the header (search, pages, back and forward), and the page for the view. */
import { useCallback, useEffect, useState } from 'react';
import { SearchBox } from './components/SearchBox.js';
import { can, SessionProvider, signOut, useSession } from './components/session.js';
import { HOME, explore, find, parseUrl, reader, review, table, toUrl, type ViewState } from './model/url.js';
import { AccountsPage } from './views/AccountsPage.js';
import { EditPage } from './views/EditPage.js';
import { ExplorePage } from './views/ExplorePage.js';
import { FindPage } from './views/FindPage.js';
import { HomePage } from './views/HomePage.js';
import { ImportPage } from './views/ImportPage.js';
import { PlacePage } from './views/PlacePage.js';
import { ReaderPage } from './views/ReaderPage.js';
import { ResearchPage } from './views/ResearchPage.js';
import { ReviewPage } from './views/ReviewPage.js';
import { SignInPage } from './views/SignInPage.js';
import { TablePage } from './views/TablePage.js';

const current = () => parseUrl(window.location.pathname, window.location.search);

export function App() {
  return (
    <SessionProvider>
      <Shell />
    </SessionProvider>
  );
}

/** Who is signed in, with their role, and the way in or out. */
function Account({ nav }: { nav(e: React.MouseEvent, v: ViewState): void }) {
  const { user, setUser, known } = useSession();
  if (!known) return <span className="account" />;
  if (!user)
    return (
      <span className="account">
        <a href="/signin" onClick={(e) => nav(e, { ...HOME, page: 'signin' })}>
          Sign in
        </a>
      </span>
    );
  return (
    <span className="account" data-testid="account">
      <span>
        <span className="visually-hidden">Signed in as </span>
        <b>{user.username}</b> <span className="role">{user.role.toLowerCase()}</span>
      </span>
      <button
        type="button"
        onClick={async () => {
          try {
            await signOut();
          } finally {
            setUser(null);
          }
        }}
      >
        Sign out
      </button>
    </span>
  );
}

function Shell() {
  const [view, setView] = useState<ViewState>(current);
  const { user } = useSession();

  useEffect(() => {
    const onPop = () => setView(current());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const goTo = useCallback((next: ViewState, replace = false) => {
    const url = toUrl(next);
    if (url !== window.location.pathname + window.location.search) {
      if (replace) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
    }
    setView(parseUrl(...(url.split('?') as [string, string?] as [string, string])));
  }, []);
  const go = useCallback((patch: Partial<ViewState>, opts?: { replace?: boolean }) => {
    setView((v) => {
      const next = { ...v, ...patch };
      const url = toUrl(next);
      if (url !== window.location.pathname + window.location.search) {
        if (opts?.replace) window.history.replaceState(null, '', url);
        else window.history.pushState(null, '', url);
      }
      return next;
    });
  }, []);
  const open = useCallback((id: string) => goTo(explore(id)), [goTo]);
  const openPlace = useCallback((id: string) => goTo({ ...HOME, page: 'place', id: id || null }), [goTo]);
  const nav = (e: React.MouseEvent, next: ViewState) => {
    e.preventDefault();
    goTo(next);
  };

  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="top">
        <a className="brand" href="/" onClick={(e) => nav(e, HOME)}>
          Levermap
        </a>
        <SearchBox
          onOpen={(h) => (h.type === 'Place' ? goTo(explore(h.id)) : open(h.id))}
          onOpenPassage={(h, text) => goTo(reader(h.passage.sourceId, h.passage.line, h.exact ? text : null))}
          onOpenFinding={(h) => {
            // A finding opens the reader at the passage it cites first, with its quote marked.
            const c = h.finding.evidence[0];
            if (c) goTo(reader(c.sourceId, c.line, c.quote));
          }}
        />
        <nav aria-label="Pages" className="pages">
          <a
            href="/place"
            aria-current={view.page === 'place' ? 'page' : undefined}
            onClick={(e) => nav(e, { ...HOME, page: 'place' })}
          >
            Place overview
          </a>
          <a href="/table" aria-current={view.page === 'table' ? 'page' : undefined} onClick={(e) => nav(e, table())}>
            Initiatives table
          </a>
          <a
            href="/research/profile"
            aria-current={view.page === 'research' ? 'page' : undefined}
            onClick={(e) => nav(e, { ...HOME, page: 'research' })}
          >
            Research
          </a>
          <a
            href="/find/collaborators"
            aria-current={view.page === 'find' ? 'page' : undefined}
            onClick={(e) => nav(e, find('collaborators'))}
          >
            Find collaborators
          </a>
          {can(user, 'CONTRIBUTOR') && (
            <a
              href="/edit"
              aria-current={view.page === 'edit' ? 'page' : undefined}
              onClick={(e) => nav(e, { ...HOME, page: 'edit' })}
            >
              Add or edit
            </a>
          )}
          {can(user, 'CONTRIBUTOR') && (
            <a
              href="/import"
              aria-current={view.page === 'import' ? 'page' : undefined}
              onClick={(e) => nav(e, { ...HOME, page: 'import' })}
            >
              Import
            </a>
          )}
          {can(user, 'VERIFIER') && (
            <a
              href="/review"
              aria-current={view.page === 'review' ? 'page' : undefined}
              onClick={(e) => nav(e, review())}
            >
              Review queue
            </a>
          )}
          {can(user, 'ADMIN') && (
            <a
              href="/accounts"
              aria-current={view.page === 'accounts' ? 'page' : undefined}
              onClick={(e) => nav(e, { ...HOME, page: 'accounts' })}
            >
              Accounts
            </a>
          )}
        </nav>
        <Account nav={nav} />
        <span className="history">
          <button type="button" onClick={() => window.history.back()} aria-label="Back to the previous view">
            ←
          </button>
          <button type="button" onClick={() => window.history.forward()} aria-label="Forward to the next view">
            →
          </button>
        </span>
      </header>
      {view.page === 'home' && <HomePage open={open} openPlace={openPlace} />}
      {view.page === 'explore' && (
        <ExplorePage key={view.id} view={view} go={go} open={open} openPlace={openPlace} navigate={goTo} />
      )}
      {view.page === 'find' && (
        <FindPage tab={view.findTab} org={view.ref} profileParam={view.profile} navigate={goTo} open={open} />
      )}
      {view.page === 'edit' && (
        <EditPage
          key={`${view.id ?? ''}?${view.ref ?? ''}`}
          path={view.id}
          from={view.ref}
          navigate={goTo}
          open={open}
        />
      )}
      {view.page === 'import' && <ImportPage />}
      {view.page === 'source' && view.id && (
        <ReaderPage
          key={`${view.id}:${view.line ?? ''}:${view.quote ?? ''}`}
          id={view.id}
          line={view.line}
          quote={view.quote}
        />
      )}
      {view.page === 'signin' && <SignInPage done={() => goTo(HOME)} />}
      {view.page === 'place' && <PlacePage key={view.id ?? ''} id={view.id} open={open} openPlace={openPlace} />}
      {view.page === 'table' && <TablePage view={view.table} setView={(t) => goTo(table(t))} open={open} />}
      {view.page === 'review' && <ReviewPage filters={view.review} setFilters={(f) => goTo(review(f))} />}
      {view.page === 'accounts' && <AccountsPage />}
      {view.page === 'research' && (
        <ResearchPage tab={view.tab} setTab={(tab) => goTo({ ...HOME, page: 'research', tab })} open={open} />
      )}
    </>
  );
}
