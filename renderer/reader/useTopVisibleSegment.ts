import { useEffect, useState, type RefObject } from 'react';

/**
 * The id of the segment row nearest the top of the viewport, for the outline's
 * current section and the saved reading position. Uses one
 * IntersectionObserver over a thin band below the sticky headers.
 */
export function useTopVisibleSegment(container: RefObject<HTMLElement | null>, rowCount: number): string | null {
  const [topId, setTopId] = useState<string | null>(null);
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    const inBand = new Set<Element>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (entry.isIntersecting) inBand.add(entry.target);
          else inBand.delete(entry.target);
        }
        let first: HTMLElement | null = null;
        for (const element of inBand) {
          if (!first || (element as HTMLElement).offsetTop < first.offsetTop) first = element as HTMLElement;
        }
        if (first?.dataset.segmentId) setTopId(first.dataset.segmentId);
      },
      // The band starts below the sticky top bar, toolbar and column headers (about 140 px), with room for the scroll padding that deep links land at.
      { rootMargin: '-170px 0px -60% 0px' },
    );
    root.querySelectorAll('[data-segment-id]').forEach((row) => observer.observe(row));
    return () => observer.disconnect();
  }, [container, rowCount]);
  return topId;
}
