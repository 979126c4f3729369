import { useEffect, useState } from 'react';

export type Async<T> = { state: 'loading' } | { state: 'error'; error: Error } | { state: 'done'; data: T };

/** Runs a request whenever its key changes, aborting the previous one; the result is a tagged state. */
export function useAsync<T>(key: string | null, run: (signal: AbortSignal) => Promise<T>): Async<T> {
  const [result, setResult] = useState<{ key: string | null; value: Async<T> }>({ key: null, value: { state: 'loading' } });
  useEffect(() => {
    if (key === null) return;
    const ctl = new AbortController();
    setResult({ key, value: { state: 'loading' } });
    run(ctl.signal).then(
      (data) => { if (!ctl.signal.aborted) setResult({ key, value: { state: 'done', data } }); },
      (error: Error) => { if (!ctl.signal.aborted) setResult({ key, value: { state: 'error', error } }); },
    );
    return () => ctl.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return result.key === key ? result.value : { state: 'loading' };
}
