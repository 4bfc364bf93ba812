import { useCommands } from '../commands/CommandsProvider';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { TextLanguage } from '../../contract/languages';
import type { DocumentMatches } from '../../contract/search';
import { useApi } from '../api/ApiContext';
import { returnFocus } from '../components/returnFocus';
import type { SegmentHighlights } from './SegmentRows';
import { firstRowInView, rowTabStop } from './rowKeyboard';
import { withRow } from './virtual/rowWindow';

/** A single match the find bar can stand on: one range of one side of one segment. */
export interface FindHit {
  segmentId: string;
  side: TextLanguage;
  range: number;
}

/**
 * Find in the document: Ctrl+F opens the bar, F3 / Shift+F3 (or Enter /
 * Shift+Enter in the bar) step through the hits, in reading order, Chinese
 * before English within a segment. Opened from a search, it starts on the
 * hit of the segment the search result pointed at.
 */
export function useFindInDocument(documentId: string, initialQuery: string, targetId: string | null) {
  const api = useApi();
  const [open, setOpen] = useState(initialQuery.trim() !== '');
  const [text, setText] = useState(initialQuery);
  const [matches, setMatches] = useState<DocumentMatches['hits']>([]);
  const [current, setCurrent] = useState(-1);
  const startAt = useRef(targetId);
  const openedFrom = useRef<FocusPlace | null>(null);

  useEffect(() => {
    if (!open || text.trim() === '') {
      setMatches([]);
      return;
    }
    let stale = false;
    const timer = window.setTimeout(() => {
      void api.findInDocument({ documentId, query: text }).then((result) => {
        if (!stale && result.ok) setMatches(result.value.hits);
      });
    }, 120);
    return () => {
      stale = true;
      window.clearTimeout(timer);
    };
  }, [api, documentId, open, text]);

  const hits = useMemo<FindHit[]>(
    () => matches.flatMap((m) => [...m.zh.map((_, range) => ({ segmentId: m.segmentId, side: 'zh' as const, range })), ...m.en.map((_, range) => ({ segmentId: m.segmentId, side: 'en' as const, range }))]),
    [matches],
  );
  const highlights = useMemo<SegmentHighlights>(() => new Map(matches.map((m) => [m.segmentId, { zh: m.zh, en: m.en }])), [matches]);

  useEffect(() => {
    if (hits.length === 0) return setCurrent(-1);
    const start = startAt.current ? hits.findIndex((h) => h.segmentId === startAt.current) : -1;
    startAt.current = null;
    setCurrent(start >= 0 ? start : 0);
  }, [hits]);

  // The current hit is brought to the middle of the screen.
  // Its row is rendered first if it was not (virtual/): find reaches text that is not in the DOM.
  useEffect(() => {
    const hit = hits[current];
    if (!hit) return;
    return withRow(hit.segmentId, (row) => row.querySelector('mark[data-hit="current"]')?.scrollIntoView({ block: 'center' }));
  }, [current, hits]);

  const step = useCallback((direction: 1 | -1) => setCurrent((at) => (hits.length === 0 ? -1 : (at + direction + hits.length) % hits.length)), [hits.length]);

  // Ctrl+F, F3 and Shift+F3 are the command registry's keys (renderer/commands/catalogue.ts).
  useCommands({
    'reader.find': {
      run: () => {
        if (!document.activeElement?.closest('.find-bar')) openedFrom.current = focusPlace();
        setOpen(true);
        document.querySelector<HTMLInputElement>('.find-bar input')?.focus();
      },
    },
    'reader.nextHit': { run: () => step(1), enabled: () => hits.length > 0 },
    'reader.previousHit': { run: () => step(-1), enabled: () => hits.length > 0 },
  });

  // Closed, the bar gives the focus back to where Ctrl+F was pressed (with the caret, in caret mode), else to the current hit's paragraph.
  const close = useCallback(() => {
    const from = openedFrom.current;
    openedFrom.current = null;
    const hitRow = document.querySelector('mark[data-hit="current"]')?.closest('[data-segment-id]');
    const rows = document.querySelector<HTMLElement>('.segment-rows');
    returnFocus(from?.element, () => rowTabStop(hitRow), () => rows && rowTabStop(firstRowInView(rows)));
    if (from?.range && from.element === document.activeElement && from.range.startContainer.isConnected) {
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(from.range);
    }
    setOpen(false);
    setText('');
  }, []);

  return { open, text, setText, hits, current, step, close, highlights };
}


/** The focused element, and the selection in it when there is one (the caret, in caret mode). */
interface FocusPlace {
  element: Element | null;
  range: Range | null;
}

function focusPlace(): FocusPlace {
  const element = document.activeElement;
  const selection = window.getSelection();
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  return { element, range: element && range && element.contains(range.startContainer) ? range.cloneRange() : null };
}
