import { useCallback, useEffect, useRef, useState } from 'react';
import { ANNOTATION_PAGE_MAX, type Annotation, type AnnotationFilter, type AnnotationList } from '../../contract/annotations';
import type { DuizhaoApi } from '../../contract/api';

/** Annotations asked for at once, at first and by each "Show more". */
export const ANNOTATION_PAGE = 100;

export interface AnnotationPages {
  /** What the filter shows, the pages loaded so far; null until the first page arrives. */
  list: AnnotationList | null;
  loadingMore: boolean;
  /** Loads the next page after those shown; `onAdded` hears of the first annotation it adds before it is drawn. */
  showMore(onAdded?: (first: Annotation) => void): Promise<void>;
}

/**
 * The Annotations list read from the host a page at a time (issue #14): the
 * filter and sort are the host's, so only what is shown crosses. When
 * annotations change (`version`), as many as were shown are read again, so
 * the list keeps its length and the place the user had reached.
 */
export function useAnnotationPages(api: DuizhaoApi, filter: AnnotationFilter, version: number): AnnotationPages {
  const [list, setList] = useState<AnnotationList | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const shownCount = useRef(ANNOTATION_PAGE);
  const current = useRef({ filter, generation: 0 });

  useEffect(() => {
    const filterChanged = current.current.filter !== filter;
    if (filterChanged) shownCount.current = ANNOTATION_PAGE;
    const generation = current.current.generation + 1;
    current.current = { filter, generation };
    void readRange(api, filter, 0, shownCount.current).then((read) => {
      if (read && current.current.generation === generation) setList(read);
    });
  }, [api, filter, version]);

  const showMore = useCallback(
    async (onAdded?: (first: Annotation) => void) => {
      if (!list) return;
      const { generation } = current.current;
      setLoadingMore(true);
      const read = await readRange(api, filter, list.annotations.length, ANNOTATION_PAGE);
      setLoadingMore(false);
      if (!read || current.current.generation !== generation) return;
      const known = new Set(list.annotations.map((a) => a.id));
      const added = read.annotations.filter((a) => !known.has(a.id));
      const annotations = [...list.annotations, ...added];
      shownCount.current = annotations.length;
      if (added.length > 0) onAdded?.(added[0]);
      setList({ ...read, annotations });
    },
    [api, filter, list],
  );

  return { list, loadingMore, showMore };
}

/** `count` annotations from `offset`, in as many calls as the contract's page limit needs. */
async function readRange(api: DuizhaoApi, filter: AnnotationFilter, offset: number, count: number): Promise<AnnotationList | null> {
  let read: AnnotationList | null = null;
  const annotations: Annotation[] = [];
  for (let at = offset; at < offset + count; at += ANNOTATION_PAGE_MAX) {
    const result = await api.listAnnotations({ ...filter, offset: at, limit: Math.min(ANNOTATION_PAGE_MAX, offset + count - at) });
    if (!result.ok) return null;
    read = result.value;
    annotations.push(...read.annotations);
    if (at + read.annotations.length >= read.total) break;
  }
  return read && { ...read, annotations };
}
