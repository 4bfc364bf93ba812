import { useCallback, useState } from 'react';
import { ADD_QUOTES_MAX, type QuoteSource } from '../../contract/packs';
import type { SearchHit } from '../../contract/search';
import { useApi } from '../api/ApiContext';
import type { SearchFilters } from '../route';
import { quoteSourceOf } from './searchHitSource';
import { searchRequestOf } from './searchRequest';

/** Results fetched per call while "select all" gathers them (the contract's page limit). */
const GATHER_PAGE = 100;

export type SelectionNotice = 'capped' | 'failed' | null;

export interface SearchSelection {
  /** The chosen hits' sources by segment id, in the order chosen. */
  selected: ReadonlyMap<string, QuoteSource>;
  gathering: boolean;
  notice: SelectionNotice;
  toggle(hit: SearchHit): void;
  setPage(hits: readonly SearchHit[], on: boolean): void;
  selectAll(total: number): Promise<void>;
  clear(): void;
}

/**
 * The hits chosen for a pack or an export, across pages: at most
 * ADD_QUOTES_MAX (what one addQuotes or exportQuotes takes). A new search
 * (another `searchKey`) starts with none.
 */
export function useSearchSelection(query: string, filters: SearchFilters, exact: boolean, searchKey: string): SearchSelection {
  const api = useApi();
  const [state, setState] = useState(() => ({ key: searchKey, selected: new Map<string, QuoteSource>(), gathering: false, notice: null as SelectionNotice }));
  const current = state.key === searchKey ? state : { key: searchKey, selected: new Map<string, QuoteSource>(), gathering: false, notice: null };
  const update = useCallback(
    (change: (selected: Map<string, QuoteSource>) => SelectionNotice, gathering = false) =>
      setState((previous) => {
        const selected = new Map(previous.key === searchKey ? previous.selected : []);
        const notice = change(selected);
        return { key: searchKey, selected, gathering, notice };
      }),
    [searchKey],
  );
  const add = (selected: Map<string, QuoteSource>, hit: SearchHit): SelectionNotice => {
    if (selected.has(hit.segmentId)) return null;
    if (selected.size >= ADD_QUOTES_MAX) return 'capped';
    selected.set(hit.segmentId, quoteSourceOf(hit));
    return null;
  };

  const selectAll = async (total: number) => {
    update(() => null, true);
    const wanted = Math.min(total, ADD_QUOTES_MAX);
    const gathered: SearchHit[] = [];
    for (let offset = 0; offset < wanted; offset += GATHER_PAGE) {
      const page = await api.search(searchRequestOf(query, filters, exact, offset, Math.min(GATHER_PAGE, wanted - offset)));
      if (!page.ok) return update(() => 'failed');
      gathered.push(...page.value.hits);
      if (page.value.hits.length === 0) break;
    }
    update((selected) => {
      selected.clear();
      for (const hit of gathered) add(selected, hit);
      return total > ADD_QUOTES_MAX ? 'capped' : null;
    });
  };

  return {
    selected: current.selected,
    gathering: current.gathering,
    notice: current.notice,
    toggle: (hit) => update((selected) => (selected.delete(hit.segmentId) ? null : add(selected, hit))),
    setPage: (hits, on) =>
      update((selected) => {
        if (!on) {
          for (const hit of hits) selected.delete(hit.segmentId);
          return null;
        }
        return hits.map((hit) => add(selected, hit)).find((notice) => notice !== null) ?? null;
      }),
    selectAll,
    clear: () =>
      update((selected) => {
        selected.clear();
        return null;
      }),
  };
}
