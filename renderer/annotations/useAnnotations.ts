import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Annotation } from '../../contract/annotations';
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

/** One document's annotations near the viewport, for its highlights, and the changes. */
export interface DocumentAnnotations extends AnnotationChanges {
  /** How many live annotations the document has, all of them; null until the first answer. */
  total: number | null;
  /** Every tag in use in the document, most used first. */
  tags: string[];
  /** Live annotations of each segment near the viewport, for the highlights and the counterpart marks. */
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

/** Segments whose annotations are asked for at a time: the blocks the rows near the viewport fall in. */
const BLOCK = 250;
/** Blocks kept while the reader scrolls on: a few windows' worth, so scrolling back does not ask again. */
const BLOCKS_KEPT = 8;

/** The rows near the viewport, as the reader's row window tells them. */
export interface RowsNearViewport {
  subscribe(listener: () => void): () => void;
  getRange(): { start: number; end: number };
}

/**
 * The annotations of one document's rows near the viewport (issue 14): asked for a block of segments at a time as
 * the rows come (listAnnotationsInRange, which places only those), and again after every stored change.
 */
export function useDocumentAnnotations(documentId: string, rows: RowsNearViewport): DocumentAnnotations {
  const api = useApi();
  const changes = useAnnotationChanges();
  // Each block's annotations by segment: a row's list stays the same array until its own block is asked again.
  const [blocks, setBlocks] = useState<ReadonlyMap<number, ReadonlyMap<string, Annotation[]>>>(new Map());
  const shown = useRef(blocks);
  shown.current = blocks;
  const [summary, setSummary] = useState<{ total: number | null; tags: string[] }>({ total: null, tags: [] });
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const { version } = changes;

  useEffect(() => {
    let stale = false;
    // After a change the blocks shown stay until their new answers replace them, so highlights do not blink.
    const held = new Map(shown.current);
    const asked = new Set<number>();
    const fetchNear = () => {
      const { start, end } = rows.getRange();
      for (let block = Math.floor(start / BLOCK) * BLOCK; block < Math.max(end, start + 1); block += BLOCK) {
        if (asked.has(block)) continue;
        asked.add(block);
        void api.listAnnotationsInRange({ documentId, from: block, count: BLOCK }).then((result) => {
          if (stale) return;
          if (!result.ok) return setLoadError(result.error);
          held.set(block, groupBySegment(result.value.annotations));
          // The blocks farthest from this one go first.
          for (const far of [...held.keys()].sort((a, b) => Math.abs(b - block) - Math.abs(a - block)).slice(0, Math.max(0, held.size - BLOCKS_KEPT))) {
            held.delete(far);
            asked.delete(far);
          }
          setBlocks(new Map(held));
          setSummary({ total: result.value.documentTotal, tags: result.value.tags.map((t) => t.tag) });
          setLoadError(null);
        });
      }
    };
    fetchNear();
    const stop = rows.subscribe(fetchNear);
    return () => {
      stale = true;
      stop();
    };
  }, [api, documentId, rows, version]);

  const bySegment = useMemo(() => new Map([...blocks.values()].flatMap((block) => [...block])), [blocks]);

  const { clearError } = changes;
  return {
    ...changes,
    ...summary,
    bySegment,
    error: changes.error ?? loadError,
    clearError: useCallback(() => {
      clearError();
      setLoadError(null);
    }, [clearError]),
  };
}

function groupBySegment(annotations: readonly Annotation[]): Map<string, Annotation[]> {
  const map = new Map<string, Annotation[]>();
  for (const annotation of annotations) {
    const forSegment = map.get(annotation.target.segmentId) ?? [];
    forSegment.push(annotation);
    map.set(annotation.target.segmentId, forSegment);
  }
  return map;
}
