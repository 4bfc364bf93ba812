import { useCallback, useEffect, useState } from 'react';
import type { DocumentSummary } from '../../contract/model';
import type { ApiError } from '../../contract/result';
import type { Termbase } from '../../contract/terminology';
import { useApi } from '../api/ApiContext';

export type TermbaseState = { state: 'loading' } | { state: 'error'; error: ApiError } | { state: 'ready'; termbase: Termbase };

/** The termbase and the library's documents (a corpus source is named by its document's title), reloaded on demand. */
export function useTermbase() {
  const api = useApi();
  const [termbase, setTermbase] = useState<TermbaseState>({ state: 'loading' });
  const [documents, setDocuments] = useState<DocumentSummary[]>([]);

  const reload = useCallback(async () => {
    const result = await api.getTermbase({});
    setTermbase(result.ok ? { state: 'ready', termbase: result.value } : { state: 'error', error: result.error });
  }, [api]);

  useEffect(() => {
    void reload();
    void api.listDocuments({}).then((result) => {
      if (result.ok) setDocuments(result.value);
    });
  }, [api, reload]);

  return { termbase, documents, reload };
}
