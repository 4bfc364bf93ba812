import { createContext, useCallback, useContext, useEffect, useMemo, useSyncExternalStore } from 'react';
import type { TextLanguage } from '../../../contract/languages';
import type { TermMark, Termbase } from '../../../contract/terminology';
import { useApi } from '../../api/ApiContext';
import { TermMarkStore } from './termMarkStore';

/** The reader's term marks; null outside the reader (the cells then mark nothing). */
export const TermMarksContext = createContext<TermMarkStore | null>(null);

/**
 * One store per document. The marks are asked for when marking is on, once,
 * and again when the window regains the focus (the termbase may have been
 * changed elsewhere); coming back from the terminology screen mounts a new
 * reader, which asks anew.
 */
export function useTermMarkStore(documentId: string): TermMarkStore {
  const api = useApi();
  const store = useMemo(
    () =>
      new TermMarkStore({
        marks: async () => {
          const result = await api.getDocumentTermMarks({ documentId });
          return result.ok ? result.value : null;
        },
        termbase: async () => {
          const result = await api.getTermbase({});
          return result.ok ? result.value : null;
        },
      }),
    [api, documentId],
  );
  useEffect(() => {
    // After the first paint of the rows: a frame, then a task.
    let timer = 0;
    const frame = requestAnimationFrame(() => (timer = window.setTimeout(() => store.start(), 0)));
    const refresh = () => store.refresh();
    window.addEventListener('focus', refresh);
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
      window.removeEventListener('focus', refresh);
    };
  }, [store]);
  return store;
}

const NO_MARKS: readonly TermMark[] = [];
const noSubscription = () => () => {};

/** The marks of one cell, re-rendering it only when they change. */
export function useCellTermMarks(segmentId: string, side: TextLanguage): readonly TermMark[] {
  const store = useContext(TermMarksContext);
  const subscribe = useCallback((listener: () => void) => store?.subscribeSegment(segmentId, listener) ?? (() => {}), [store, segmentId]);
  return useSyncExternalStore(store ? subscribe : noSubscription, () => store?.marksOf(segmentId, side) ?? NO_MARKS);
}

/** Whether marking is on, for the toolbar's toggle. */
export function useTermMarkingOn(): [boolean, (on: boolean) => void] {
  const store = useContext(TermMarksContext);
  const subscribe = useCallback((listener: () => void) => store?.subscribe(listener) ?? (() => {}), [store]);
  const on = useSyncExternalStore(subscribe, () => store?.on ?? false);
  return [on, (next: boolean) => store?.setOn(next)];
}

/** The termbase, asked for once it is `wanted`; null until it arrives. */
export function useReaderTermbase(wanted: boolean): Termbase | null {
  const store = useContext(TermMarksContext);
  const subscribe = useCallback((listener: () => void) => store?.subscribe(listener) ?? (() => {}), [store]);
  useEffect(() => {
    if (wanted) store?.needTermbase();
  }, [store, wanted]);
  return useSyncExternalStore(subscribe, () => store?.termbase ?? null);
}
