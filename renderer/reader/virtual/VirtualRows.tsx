import { useEffect, useLayoutEffect, useRef, useSyncExternalStore, type ReactNode, type RefObject } from 'react';
import type { TextLanguage } from '../../../contract/languages';
import type { Segment } from '../../../contract/model';
import { estimateRowHeight } from './rowEstimate';
import { setActiveRowWindow, type RowWindow } from './rowWindow';
import './virtual.css';

interface VirtualRowsProps {
  window: RowWindow;
  segments: readonly Segment[];
  columns: readonly TextLanguage[];
  /** The element holding the rows, to read its width and font size. */
  rootRef: RefObject<HTMLElement | null>;
  renderRow(segment: Segment): ReactNode;
}

/**
 * The rows near the viewport between two spacers standing for the rest (issue 14). Scrolling renders a batch of rows
 * now and then; rows are memoised by the caller, so a batch renders only the rows that arrive.
 */
export function VirtualRows({ window: rows, segments, columns, rootRef, renderRow }: VirtualRowsProps) {
  const range = useSyncExternalStore(rows.subscribe, rows.getRange);
  const topRef = useRef<HTMLDivElement>(null);
  const anchor = useRef<{ id: string; top: number } | null>(null);
  const estimatedFrom = useRef<readonly Segment[] | null>(null);
  const columnKey = columns.join(',');

  useEffect(() => {
    setActiveRowWindow(rows);
    return () => setActiveRowWindow(null);
  }, [rows]);

  // Follows the scroll and the layout: the window's place in the rows, and the width and font size the heights depend on.
  useEffect(() => {
    const root = rootRef.current;
    if (!root || !rows.virtual) return;
    const follow = (held = true) => {
      const top = topRef.current;
      if (!top) return;
      // After a layout change the row at the top has already moved: the reading place (useReadingPlace) puts it back.
      anchor.current = held ? firstRowShown(root) : null;
      const from = -top.getBoundingClientRect().top;
      rows.follow(from, from + globalThis.innerHeight);
    };
    const estimate = () => {
      const fontSize = Number.parseFloat(getComputedStyle(root).fontSize) || 16;
      const width = root.clientWidth;
      const shown = columnKey.split(',') as TextLanguage[];
      rows.setLayout(`${columnKey}|${fontSize}|${width}`, (index) => estimateRowHeight(segments[index], { columns: shown, fontSize, width }), segments);
    };
    const relayout = () => {
      estimate();
      follow(false);
    };
    const onScroll = () => follow();
    if (estimatedFrom.current && estimatedFrom.current !== segments) {
      // More of the document has arrived (loadDocument.ts): the rows above take their new estimates, and the row at
      // the top is put back where it was once they have rendered (below), before the window follows the scroll.
      anchor.current = firstRowShown(root);
      estimate();
    } else {
      relayout();
    }
    estimatedFrom.current = segments;
    globalThis.addEventListener('scroll', onScroll, { passive: true });
    const observer = new ResizeObserver(relayout);
    observer.observe(root);
    return () => {
      globalThis.removeEventListener('scroll', onScroll);
      observer.disconnect();
    };
  }, [rows, rootRef, segments, columnKey]);

  // Print the whole document: every row for as long as it prints (print.css).
  useEffect(() => {
    const print = globalThis.matchMedia?.('print');
    const on = () => rows.renderAll(true);
    const off = () => rows.renderAll(false);
    const change = (event: MediaQueryListEvent) => rows.renderAll(event.matches);
    globalThis.addEventListener('beforeprint', on);
    globalThis.addEventListener('afterprint', off);
    print?.addEventListener('change', change);
    return () => {
      globalThis.removeEventListener('beforeprint', on);
      globalThis.removeEventListener('afterprint', off);
      print?.removeEventListener('change', change);
    };
  }, [rows]);

  // Each batch: measure the rows that came, then keep the row that was at the top where it was, since rows arriving
  // above it replace their estimated heights with real ones.
  useLayoutEffect(() => {
    const top = topRef.current;
    if (!top || !rows.virtual) return;
    measureRendered(rows, top);
    const held = anchor.current;
    anchor.current = null;
    if (!held) return;
    const row = top.parentElement?.querySelector<HTMLElement>(`[data-segment-id="${CSS.escape(held.id)}"]`);
    const moved = row ? row.getBoundingClientRect().top - held.top : 0;
    if (Math.abs(moved) >= 1) globalThis.scrollBy({ top: moved, behavior: 'instant' });
  }, [rows, range]);

  // Rows change height after they render too (fonts arriving, a highlight, a review note opened): measured again.
  useEffect(() => {
    const top = topRef.current;
    if (!top || !rows.virtual) return;
    const observer = new ResizeObserver(() => measureRendered(rows, top));
    for (let row = top.nextElementSibling; row && row.matches('[data-segment-id]'); row = row.nextElementSibling) observer.observe(row);
    return () => observer.disconnect();
  }, [rows, range]);

  const before = rows.offsetOf(range.start);
  const after = rows.offsetOf(segments.length) - rows.offsetOf(range.end);
  return (
    <>
      <div ref={topRef} className="rows-spacer" style={{ height: before }} aria-hidden="true" />
      {segments.slice(range.start, range.end).map(renderRow)}
      <div className="rows-spacer" style={{ height: after }} aria-hidden="true" />
    </>
  );
}

function measureRendered(rows: RowWindow, top: HTMLElement): void {
  for (let row = top.nextElementSibling; row instanceof HTMLElement && row.dataset.segmentId; row = row.nextElementSibling) {
    const index = rows.indexOf(row.dataset.segmentId);
    if (index >= 0) rows.measure(index, row.getBoundingClientRect().height);
  }
}

/** The first rendered row reaching below the top of the window, and where it is. */
function firstRowShown(root: HTMLElement): { id: string; top: number } | null {
  for (const row of root.querySelectorAll<HTMLElement>('[data-segment-id]')) {
    const box = row.getBoundingClientRect();
    if (box.bottom > 0) return { id: row.dataset.segmentId ?? '', top: box.top };
  }
  return null;
}
