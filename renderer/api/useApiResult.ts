import { useCallback, useEffect, useState } from 'react';
import type { ApiError, Result } from '../../contract/result';

export type Loadable<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; error: ApiError };

/** Runs an API call when `deps` change and tracks its outcome; `reload` runs it again. */
export function useApiResult<T>(load: () => Promise<Result<T>>, deps: readonly unknown[]): [Loadable<T>, () => void] {
  const [loadable, setLoadable] = useState<Loadable<T>>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    setLoadable({ state: 'loading' });
    load().then(
      (result) => current && setLoadable(result.ok ? { state: 'ready', value: result.value } : { state: 'failed', error: result.error }),
      (error: unknown) => current && setLoadable({ state: 'failed', error: { code: 'internal', message: String(error) } }),
    );
    return () => {
      current = false;
    };
  }, [...deps, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return [loadable, reload];
}
