import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Annotation, AnnotationList } from '../../contract/annotations';
import type { ApiArgs } from '../../contract/api';
import type { ApiError, Result } from '../../contract/result';
import { useApi } from '../api/ApiContext';

export interface Annotations {
  list: AnnotationList | null;
  /** Live annotations of each segment, for the highlights and the counterpart marks. */
  bySegment: ReadonlyMap<string, Annotation[]>;
  /** Bumped after every stored change, so lists showing other filters fetch again. */
  version: number;
  error: ApiError | null;
  clearError(): void;
  /** Fetch again, after a change made elsewhere (an import). */
  refresh(): void;
  create(input: ApiArgs<'createAnnotation'>): Promise<Annotation | null>;
  update(input: ApiArgs<'updateAnnotation'>): Promise<Annotation | null>;
  remove(id: string): Promise<boolean>;
  restore(id: string): Promise<Annotation | null>;
  reattach(input: ApiArgs<'reattachAnnotation'>): Promise<Annotation | null>;
  resolveConflict(id: string, keep: 'mine' | 'theirs'): Promise<Annotation | null>;
}

/**
 * The annotations of one document, or of all of them. A change is shown only once the backend
 * answers that it is stored: the list is fetched again after each one, so
 * the screen never shows a highlight that a crash could take away.
 */
export function useAnnotations(documentId?: string): Annotations {
  const api = useApi();
  const [list, setList] = useState<AnnotationList | null>(null);
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    let stale = false;
    void api.listAnnotations(documentId ? { documentId } : {}).then((result) => {
      if (stale) return;
      if (result.ok) setList(result.value);
      else setError(result.error);
    });
    return () => {
      stale = true;
    };
  }, [api, documentId, version]);

  const settle = useCallback(async <T>(call: Promise<Result<T>>): Promise<Result<T>> => {
    const result = await call;
    if (result.ok) {
      setError(null);
      setVersion((v) => v + 1);
    } else {
      setError(result.error);
    }
    return result;
  }, []);
  const run = useCallback(async <T>(call: Promise<Result<T>>): Promise<T | null> => {
    const result = await settle(call);
    return result.ok ? result.value : null;
  }, [settle]);

  const bySegment = useMemo(() => {
    const map = new Map<string, Annotation[]>();
    for (const annotation of list?.annotations ?? []) {
      const forSegment = map.get(annotation.target.segmentId) ?? [];
      forSegment.push(annotation);
      map.set(annotation.target.segmentId, forSegment);
    }
    return map;
  }, [list]);

  return {
    list,
    bySegment,
    version,
    error,
    clearError: useCallback(() => setError(null), []),
    refresh: useCallback(() => setVersion((v) => v + 1), []),
    create: useCallback((input) => run(api.createAnnotation(input)), [api, run]),
    update: useCallback((input) => run(api.updateAnnotation(input)), [api, run]),
    remove: useCallback(async (id) => (await settle(api.deleteAnnotation({ id }))).ok, [api, settle]),
    restore: useCallback((id) => run(api.restoreAnnotation({ id })), [api, run]),
    reattach: useCallback((input) => run(api.reattachAnnotation(input)), [api, run]),
    resolveConflict: useCallback((id, keep) => run(api.resolveAnnotationConflict({ id, keep })), [api, run]),
  };
}
