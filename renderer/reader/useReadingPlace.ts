import { useEffect, useState, type RefObject } from 'react';

/** How far below the headers the reading line is, in CSS pixels. */
const READING_LINE = 40;

/** Where the reader is: the row at the top of the text, and whether the end of the document is on screen. */
export interface ReadingPlace {
  /** The segment row at the top of the text, just below the sticky toolbar and column headers. */
  topId: string | null;
  /** The window is scrolled to the end: the last section is the one being read, though its heading never reaches the top. */
  atEnd: boolean;
}

/**
 * Follows the reading place and keeps it (issue 15): whatever changes the layout of the rows (text size, view mode,
 * swap, a side panel opening, the window resizing, rows settling their lazy heights), the row that was at the top
 * stays at the top, read as far into it as it was.
 *
 * The place is taken on every scroll the user makes; a ResizeObserver on the rows (and on the sticky toolbar) sees each
 * change of their layout, and the window is scrolled by however far the place moved. The browser's own scroll
 * anchoring is turned off in the reader (styles.css): it anchors on other nodes and, moving first, would hand this hook
 * a place that has already drifted.
 */
export function useReadingPlace(container: RefObject<HTMLElement | null>, rowCount: number): ReadingPlace {
  const [place, setPlace] = useState<ReadingPlace>({ topId: null, atEnd: false });
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    // The place is held by the first row that starts in view, at its distance below the headers, so that rows above
    // settling their real heights do not move it. Only when one paragraph fills the window is the place a share of
    // that paragraph's height: read halfway, it is still read halfway once a larger text size has made it taller.
    let anchor: { row: HTMLElement; into: number; offset: number } | null = null;
    let correcting = false;
    let followUp = 0;

    const take = () => {
      const rows = root.querySelectorAll<HTMLElement>('[data-segment-id]');
      const bandTop = textTop(root);
      anchor = anchorAt(rows, bandTop);
      const scroller = document.scrollingElement ?? document.documentElement;
      const atEnd = window.scrollY > 0 && window.scrollY + window.innerHeight >= scroller.scrollHeight - 4;
      // The row being read is the one across a line a little below the headers: a deep link lands its row just under
      // them with a sliver of the row before, and that sliver is context, not the place.
      const topId = rows[firstRowBelow(rows, bandTop + READING_LINE)]?.dataset.segmentId ?? null;
      setPlace((previous) => (previous.topId === topId && previous.atEnd === atEnd ? previous : { topId, atEnd }));
    };
    const onScroll = () => {
      if (!correcting) take();
    };
    const correct = () => {
      if (!anchor || !anchor.row.isConnected) return take();
      const rect = anchor.row.getBoundingClientRect();
      const moved = rect.top + anchor.into * rect.height - anchor.offset - textTop(root);
      if (Math.abs(moved) < 1) return;
      correcting = true;
      window.scrollBy({ top: moved, behavior: 'instant' });
    };
    const keep = () => {
      correct();
      // The toolbar's new height reaches the sticky column headers a frame later (--reader-chrome): look once more then.
      // Scroll events until that frame come from these corrections; the place they would take is the one kept.
      cancelAnimationFrame(followUp);
      followUp = requestAnimationFrame(() => {
        correct();
        correcting = false;
        take();
      });
    };

    take();
    window.addEventListener('scroll', onScroll, { passive: true });
    const observer = new ResizeObserver(keep);
    observer.observe(root);
    const chrome = document.querySelector('.reader-chrome');
    if (chrome) observer.observe(chrome);
    return () => {
      cancelAnimationFrame(followUp);
      window.removeEventListener('scroll', onScroll);
      observer.disconnect();
    };
  }, [container, rowCount]);
  return place;
}

/**
 * The top of the visible text: the lowest bottom edge of what can stick over it (top bar, reader toolbar, column
 * headers). In a short window the toolbar and headers scroll away, and only the top bar remains.
 */
function textTop(root: HTMLElement): number {
  let top = 0;
  for (const selector of ['.top-bar', '.reader-chrome', '.column-headers']) {
    const element = selector === '.column-headers' ? root.querySelector(selector) : document.querySelector(selector);
    if (element) top = Math.max(top, element.getBoundingClientRect().bottom);
  }
  return top;
}

/** Where the place is held: the first row starting below `bandTop`, or a share of the row filling the window. */
function anchorAt(rows: NodeListOf<HTMLElement>, bandTop: number): { row: HTMLElement; into: number; offset: number } | null {
  const index = firstRowBelow(rows, bandTop);
  const row = rows[index];
  if (!row) return null;
  const rect = row.getBoundingClientRect();
  if (rect.top >= bandTop - 1) return { row, into: 0, offset: rect.top - bandTop };
  const next = rows[index + 1];
  const nextTop = next?.getBoundingClientRect().top;
  if (next && nextTop !== undefined && nextTop < (bandTop + window.innerHeight) / 2) return { row: next, into: 0, offset: nextTop - bandTop };
  return { row, into: rect.height > 0 ? (bandTop - rect.top) / rect.height : 0, offset: 0 };
}

/** The index of the first row whose bottom is below `y`, by bisection: rows are in document order, so their bottoms only grow. */
function firstRowBelow(rows: NodeListOf<HTMLElement>, y: number): number {
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (rows[middle].getBoundingClientRect().bottom <= y + 1) low = middle + 1;
    else high = middle;
  }
  return low;
}
