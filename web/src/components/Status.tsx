import type { ReactNode } from 'react';
import { ApiError } from '../client/client.js';

export function Loading({ what }: { what: string }) {
  return (
    <p className="status loading" role="status" aria-live="polite">
      Loading {what}…
    </p>
  );
}

export function ErrorNote({ error, what }: { error: Error; what: string }) {
  const code = error instanceof ApiError ? error.code : 'ERROR';
  return (
    <div className="status error" role="alert">
      <strong>Could not load {what}.</strong> <span>{error instanceof ApiError ? error.human : error.message}</span>{' '}
      {code !== 'ERROR' && <span className="code">({code})</span>}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="status empty">{children}</p>;
}

export function Unavailable({ feature, field }: { feature: string; field: string }) {
  return (
    <div className="status unavailable" role="note" data-testid="unavailable">
      <strong>{feature} is not available on this server.</strong> Its API has no <code>{field}</code> field; this page
      works with a Levermap server that provides it.
    </div>
  );
}
