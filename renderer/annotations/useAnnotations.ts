import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Annotation, AnnotationList } from '../../contract/annotations';
import type { ApiArgs } from '../../contract/api';
import type { ApiError, Result } from '../../contract/result';
import { useApi } from '../api/ApiContext';

/** Changing annotations, for any screen that lists them its own way. */
export interface AnnotationChanges {
  /** Bumped after every stored change, so lists fetch again. */
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

/** One document's annotations, for its highlights, and the changes. */
export interface DocumentAnnotations extends AnnotationChanges {
  list: AnnotationList | null;
  /** Live annotations of each segment, for the highlights and the counterpart marks. */
  bySegment: ReadonlyMap<string, Annotation[]>;
}

/**
 * Stores changes to annotations. A change counts only once the backend
 * answers that it is stored: `version` moves then, and lists fetch again, so
 * a screen never shows a highlight that a crash could take away.
 */
export function useAnnotationChanges(): AnnotationChanges {
  const api = useApi();
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<ApiError | null>(null);

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
  const run = useCallback(
    async <T>(call: Promise<Result<T>>): Promise<T | null> => {
      const result = await settle(call);
      return result.ok ? result.value : null;
    },
    [settle],
  );

  return {
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

/** The annotations of one document, fetched again after every stored change. */
export function useDocumentAnnotations(documentId: string): DocumentAnnotations {
  const api = useApi();
  const changes = useAnnotationChanges();
  const [list, setList] = useState<AnnotationList | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const { version } = changes;

  useEffect(() => {
    let stale = false;
    void api.listAnnotations({ documentId }).then((result) => {
      if (stale) return;
      if (result.ok) {
        setList(result.value);
        setLoadError(null);
      } else {
        setLoadError(result.error);
      }
    });
    return () => {
      stale = true;
    };
  }, [api, documentId, version]);

  const bySegment = useMemo(() => {
    const map = new Map<string, Annotation[]>();
    for (const annotation of list?.annotations ?? []) {
      const forSegment = map.get(annotation.target.segmentId) ?? [];
      forSegment.push(annotation);
      map.set(annotation.target.segmentId, forSegment);
    }
    return map;
  }, [list]);

  const { clearError } = changes;
  return {
    ...changes,
    list,
    bySegment,
    error: changes.error ?? loadError,
    clearError: useCallback(() => {
      clearError();
      setLoadError(null);
    }, [clearError]),
  };
}
