import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TextLanguage } from '../../../contract/languages';
import type { DocumentDetail } from '../../../contract/model';
import { TERM_STATUSES, type TermMark } from '../../../contract/terminology';
import { SentenceContext } from '../sentences/SentenceSpan';
import { alignedCounterpart } from './alignedCounterpart';
import { termStatusDescriptionId } from './TermMarkSpan';
import { TermPopover } from './TermPopover';
import { TermMarksContext, useReaderTermbase } from './useTermMarks';
import './terms.css';

interface OpenTerm {
  segmentId: string;
  side: TextLanguage;
  mark: TermMark;
  element: HTMLElement;
  via: 'pointer' | 'focus';
}

const HOVER_DELAY = 250;
const LEAVE_DELAY = 200;

/**
 * The entry of the marked term under the pointer or with the focus (a term is
 * one of its row's parts: ← / → reach it). Enter moves into the entry, Esc
 * closes it and gives the focus back to the term.
 */
export function TermPopoverLayer({ rowsRef, doc }: { rowsRef: React.RefObject<HTMLElement | null>; doc: DocumentDetail }) {
  const store = useContext(TermMarksContext);
  const sentences = useContext(SentenceContext);
  const [open, setOpen] = useState<OpenTerm | null>(null);
  const popoverRef = useRef<HTMLDivElement>(null);
  const termbase = useReaderTermbase(open !== null);
  const segments = useMemo(() => new Map(doc.segments.map((s) => [s.id, s])), [doc]);
  const timers = useHoverTimers();
  const openRef = useRef(open);
  openRef.current = open;
  /** Set while the focus goes back to a term whose entry was just closed: that focus does not open it again. */
  const returning = useRef(false);
  const openAt = useCallback(
    (element: HTMLElement, via: OpenTerm['via']) => {
      if (returning.current) return;
      const found = store && markOfElement(element, (id, side) => store.storedMarksOf(id, side));
      if (found) setOpen({ ...found, element, via });
    },
    [store],
  );
  const close = useCallback(
    (returnFocus: boolean) => {
      const was = openRef.current;
      timers.cancel();
      setOpen(null);
      if (!returnFocus || !was?.element.isConnected) return;
      returning.current = true;
      was.element.focus({ preventScroll: true });
      returning.current = false;
    },
    [timers],
  );
  useTermEvents(rowsRef, { openAt, close, timers, popoverRef, open });

  if (!open || !store || !sentences) return <TermStatusDescriptions />;
  const textOf = (segmentId: string, side: TextLanguage) => segments.get(segmentId)?.[side]?.text ?? '';
  const counterpart = alignedCounterpart({ index: sentences.index, marksOf: (id, side) => store.storedMarksOf(id, side), textOf }, open.segmentId, open.side, open.mark);
  return (
    <>
      <TermStatusDescriptions />
      <TermPopover
        ref={popoverRef}
        term={textOf(open.segmentId, open.side).slice(open.mark.start, open.mark.end)}
        side={open.side}
        concept={termbase?.concepts.find((c) => c.id === open.mark.conceptId) ?? null}
        counterpart={counterpart}
        rect={open.element.getBoundingClientRect()}
        onPointerEnter={timers.cancel}
        onPointerLeave={() => open.via === 'pointer' && timers.later(() => close(false), LEAVE_DELAY)}
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          event.preventDefault();
          event.stopPropagation();
          close(true);
        }}
        onBlur={(event) => {
          const to = event.relatedTarget;
          if (!(to instanceof Node) || (!popoverRef.current?.contains(to) && to !== open.element)) close(false);
        }}
      />
    </>
  );
}

/** The words a mark's status is told by, for assistive technology (aria-describedby). */
function TermStatusDescriptions() {
  const { t } = useTranslation();
  return (
    <div hidden>
      {TERM_STATUSES.map((status) => (
        <span key={status} id={termStatusDescriptionId(status)}>
          {t(`reader.terms.statusDescription.${status}`)}
        </span>
      ))}
    </div>
  );
}

function useHoverTimers() {
  const timer = useRef(0);
  return useMemo(() => {
    const cancel = () => window.clearTimeout(timer.current);
    const later = (run: () => void, delay: number) => {
      cancel();
      timer.current = window.setTimeout(run, delay);
    };
    return { cancel, later };
  }, []);
}

/** The term's first piece (its focus stop), its mark, segment and side. */
function markOfElement(element: HTMLElement, marksOf: (segmentId: string, side: TextLanguage) => readonly TermMark[]) {
  const cell = element.closest<HTMLElement>('[data-side]');
  const segmentId = element.closest<HTMLElement>('[data-segment-id]')?.dataset.segmentId;
  const range = element.dataset.termRange;
  if (!cell || !segmentId || !range) return null;
  const side: TextLanguage = cell.dataset.side === 'en' ? 'en' : 'zh';
  const mark = marksOf(segmentId, side).find((m) => `${m.start}-${m.end}` === range);
  return mark ? { segmentId, side, mark } : null;
}

export function termStartOf(element: HTMLElement): HTMLElement {
  if (element.dataset.termStart) return element;
  const cell = element.closest('[data-side]');
  return cell?.querySelector<HTMLElement>(`.term-mark[data-term-start][data-term-range="${element.dataset.termRange}"]`) ?? element;
}

interface TermEventOptions {
  openAt(element: HTMLElement, via: OpenTerm['via']): void;
  close(returnFocus: boolean): void;
  timers: ReturnType<typeof useHoverTimers>;
  popoverRef: React.RefObject<HTMLElement | null>;
  open: OpenTerm | null;
}

/** Pointer, focus and keys of every term, handled once on the rows. */
function useTermEvents(rowsRef: React.RefObject<HTMLElement | null>, options: TermEventOptions): void {
  const latest = useRef(options);
  latest.current = options;
  useEffect(() => {
    const root = rowsRef.current;
    if (!root) return;
    const termOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>('.term-mark') : null);
    const onPointerOver = (event: PointerEvent) => {
      const { timers, openAt, open, close } = latest.current;
      const term = termOf(event.target);
      if (term) timers.later(() => openAt(termStartOf(term), 'pointer'), HOVER_DELAY);
      else if (open?.via === 'pointer') timers.later(() => close(false), LEAVE_DELAY);
      else timers.cancel();
    };
    const onFocusIn = (event: FocusEvent) => {
      const term = termOf(event.target);
      if (term && term === event.target && term.dataset.termStart) latest.current.openAt(term, 'focus');
    };
    const onFocusOut = (event: FocusEvent) => {
      const { open, popoverRef, close } = latest.current;
      const to = event.relatedTarget instanceof Node ? event.relatedTarget : null;
      if (open?.via === 'focus' && event.target === open.element && !popoverRef.current?.contains(to)) close(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const { open, popoverRef, close } = latest.current;
      if (!open || event.target !== open.element) return;
      if (event.key === 'Enter') popoverRef.current?.querySelector<HTMLElement>('a')?.focus();
      else if (event.key === 'Escape') close(false);
      else return;
      event.preventDefault();
    };
    const onPointerLeave = () => latest.current.timers.later(() => latest.current.open?.via === 'pointer' && latest.current.close(false), LEAVE_DELAY);
    // Scrolling moves the term from under its entry; selecting text brings the selection's own tools.
    const onAway = () => latest.current.open?.via === 'pointer' && latest.current.close(false);
    const onSelection = () => window.getSelection()?.isCollapsed === false && onAway();
    root.addEventListener('pointerover', onPointerOver);
    root.addEventListener('pointerleave', onPointerLeave);
    document.addEventListener('selectionchange', onSelection);
    root.addEventListener('focusin', onFocusIn);
    root.addEventListener('focusout', onFocusOut);
    root.addEventListener('keydown', onKeyDown);
    window.addEventListener('scroll', onAway, { passive: true });
    return () => {
      root.removeEventListener('pointerover', onPointerOver);
      root.removeEventListener('pointerleave', onPointerLeave);
      document.removeEventListener('selectionchange', onSelection);
      root.removeEventListener('focusin', onFocusIn);
      root.removeEventListener('focusout', onFocusOut);
      root.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('scroll', onAway);
    };
  }, [rowsRef]);
}
