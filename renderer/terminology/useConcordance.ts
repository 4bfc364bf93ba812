import { useCallback, useEffect, useRef, useState } from 'react';
import type { TextOrigin } from '../../contract/model';
import type { ApiError } from '../../contract/result';
import type { ConcordanceLine, ConcordanceSort, RenderingGroup } from '../../contract/terminology';
import { useApi } from '../api/ApiContext';

/** What the concordance looks at: the query and its filters, as getConcordanceGroups and exportConcordance take them. */
export interface ConcordanceScope {
  query: string;
  documentIds?: string[];
  dateFrom?: string;
  dateTo?: string;
  origin?: TextOrigin;
}

/** The domain's largest page. */
export const CONCORDANCE_PAGE = 200;
/**
 * Up to this many occurrences every line is loaded at once, so choosing a rendering filters all of them; beyond it,
 * lines come a page at a time and a rendering filters the lines loaded so far (the panel says so).
 */
export const LOAD_ALL_UP_TO = 1_000;

export type ConcordanceState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'failed'; error: ApiError }
  | { status: 'ready'; total: number; groups: RenderingGroup[]; lines: ConcordanceLine[]; loadingMore: boolean; resorting: boolean };

/**
 * The lines and rendering groups of a query, loaded again when the scope or the sort changes. A newer request wins:
 * answers to an older one are dropped, so fast typing never shows another query's lines. When only the sort changes,
 * the lines shown stay (marked `resorting`) until the new order arrives, instead of flashing "loading".
 */
export function useConcordance(scope: ConcordanceScope, sort: ConcordanceSort): { state: ConcordanceState; loadMore(): void; complete: boolean } {
  const api = useApi();
  const [state, setState] = useState<ConcordanceState>({ status: 'idle' });
  const generation = useRef(0);
  const scopeKey = JSON.stringify(scope);
  const key = JSON.stringify([scope, sort]);
  const loadedScope = useRef<string | null>(null);

  useEffect(() => {
    const mine = ++generation.current;
    if (!scope.query.trim()) return setState({ status: 'idle' });
    const sameScope = loadedScope.current === scopeKey;
    setState((shown) => (sameScope && shown.status === 'ready' ? { ...shown, resorting: true } : { status: 'loading' }));
    const request = { ...scope, query: scope.query.trim() };
    void (async () => {
      const [groups, first] = await Promise.all([api.getConcordanceGroups(request), api.getConcordance({ ...request, sort, limit: CONCORDANCE_PAGE })]);
      if (mine !== generation.current) return;
      if (!groups.ok) return setState({ status: 'failed', error: groups.error });
      if (!first.ok) return setState({ status: 'failed', error: first.error });
      const lines = [...first.value.lines];
      const total = first.value.total;
      while (total <= LOAD_ALL_UP_TO && lines.length < total) {
        const next = await api.getConcordance({ ...request, sort, offset: lines.length, limit: CONCORDANCE_PAGE });
        if (mine !== generation.current) return;
        if (!next.ok) return setState({ status: 'failed', error: next.error });
        if (next.value.lines.length === 0) break;
        lines.push(...next.value.lines);
      }
      loadedScope.current = scopeKey;
      setState({ status: 'ready', total, groups: groups.value, lines, loadingMore: false, resorting: false });
    })();
    // The key stands for scope and sort, which are rebuilt on every render.
  }, [api, key]);

  const loadMore = useCallback(() => {
    if (state.status !== 'ready' || state.loadingMore || state.lines.length >= state.total) return;
    const mine = generation.current;
    setState({ ...state, loadingMore: true });
    void api.getConcordance({ ...scope, query: scope.query.trim(), sort, offset: state.lines.length, limit: CONCORDANCE_PAGE }).then((next) => {
      if (mine !== generation.current) return;
      if (!next.ok) return setState({ status: 'failed', error: next.error });
      setState({ ...state, lines: [...state.lines, ...next.value.lines], loadingMore: false });
    });
  }, [api, key, state]);

  const complete = state.status === 'ready' && state.lines.length >= state.total;
  return { state, loadMore, complete };
}

/** A rendering's identity among the groups: its source and label; `none` for occurrences with no rendering found. */
export function renderingKey(rendering: RenderingGroup['rendering']): string {
  return rendering ? `${rendering.source}:${rendering.label}` : 'none';
}
