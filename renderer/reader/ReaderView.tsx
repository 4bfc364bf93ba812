import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TextLanguage } from '../../contract/languages';
import type { DocumentDetail, Preferences } from '../../contract/model';
import type { DocumentMatches } from '../../contract/search';
import { makeSegmentId, parseSegmentId } from '../../contract/segmentId';
import { useApi } from '../api/ApiContext';
import { useApiResult } from '../api/useApiResult';
import { ErrorMessage } from '../components/ErrorMessage';
import { DocumentHeader } from './DocumentHeader';
import { Outline } from './Outline';
import { ReaderToolbar } from './ReaderToolbar';
import { FindBar } from './FindBar';
import { SegmentRows, type SegmentHighlights } from './SegmentRows';
import { useTopVisibleSegment } from './useTopVisibleSegment';
import { useDocumentAnnotations } from '../annotations/useAnnotations';
import { ReaderAnnotationLayer, jumpToAnnotation, type AnnotationLayerState } from '../annotations/ReaderAnnotationLayer';
import { AnnotationListPanel } from '../annotations/AnnotationListPanel';
import { buildSentenceIndex } from './sentences/sentenceIndex';
import { SentencePairStore } from './sentences/sentencePairStore';
import { SentenceContext, type SentenceContextValue } from './sentences/SentenceSpan';
import { SentenceStatus } from './sentences/SentenceStatus';
import { LinksToCheckPanel } from './sentences/LinksToCheckPanel';
import { showLink, useSentenceInteractions } from './sentences/useSentenceInteractions';
import { ChineseScriptContext, useDocumentScript } from '../script/chineseScriptDisplay';

interface ReaderViewProps {
  documentId: string;
  segmentKey: string | null;
  /** The search the reader was opened from: its hits are marked and stepped through. */
  query?: string;
  /** An annotation to bring into view once the document is shown. */
  annotationId?: string;
  preferences: Preferences;
  onPreferencesChange(patch: Partial<Preferences>): void;
}

export function ReaderView(props: ReaderViewProps) {
  const api = useApi();
  const [doc, reload] = useApiResult(() => api.getDocument({ documentId: props.documentId }), [api, props.documentId]);
  if (doc.state === 'loading') return <ReaderLoading />;
  if (doc.state === 'failed') return <ErrorMessage error={doc.error} onRetry={reload} />;
  return <LoadedReader {...props} doc={doc.value} />;
}

function ReaderLoading() {
  const { t } = useTranslation();
  return <p className="muted reader-loading">{t('app.loading')}</p>;
}

/** The columns shown, left to right. */
export function visibleColumns(preferences: Preferences): TextLanguage[] {
  const order: TextLanguage[] = preferences.swapSides ? ['en', 'zh'] : ['zh', 'en'];
  return preferences.viewMode === 'both' ? order : order.filter((language) => language === preferences.viewMode);
}

function LoadedReader({ doc, segmentKey, query, annotationId, preferences, onPreferencesChange }: ReaderViewProps & { doc: DocumentDetail }) {
  const api = useApi();
  const { t } = useTranslation();
  const rowsRef = useRef<HTMLDivElement>(null);
  const columns = visibleColumns(preferences);
  const targetId = useMemo(() => {
    if (!segmentKey) return null;
    const id = makeSegmentId(doc.id, segmentKey);
    return doc.segments.some((s) => s.id === id) ? id : null;
  }, [doc, segmentKey]);
  const [unknownTarget, setUnknownTarget] = useState(false);
  const topSegmentId = useTopVisibleSegment(rowsRef, doc.segments.length);
  const find = useFindInDocument(doc.id, query ?? '', targetId);
  const chromeRef = useRef<HTMLDivElement>(null);
  useStickyChromeHeight(chromeRef);
  const annotations = useDocumentAnnotations(doc.id);
  const [panel, setPanel] = useState<ReaderPanel | null>(annotationId !== undefined ? 'annotations' : null);
  const togglePanel = (which: ReaderPanel) => setPanel(panel === which ? null : which);
  const layer = useRef<AnnotationLayerState>(null);
  const sentences = useSentences(doc, rowsRef, columns);
  const script = useDocumentScript(doc);

  // Opened from an annotations list: bring that annotation into view once it is placed.
  const jumped = useRef<string | null>(null);
  useEffect(() => {
    if (!annotationId || !annotations.list || jumped.current === annotationId) return;
    const annotation = annotations.list.annotations.find((a) => a.id === annotationId);
    if (!annotation) return;
    jumped.current = annotationId;
    requestAnimationFrame(() => jumpToAnnotation(annotation));
    // An orphan opened from the annotations screen is there to be attached to new text.
    if (annotation.placement.status === 'orphaned') layer.current?.startReattach(annotation);
  }, [annotationId, annotations.list]);

  // A deep link lands on its segment; otherwise the reader returns to where it was left.
  useEffect(() => {
    let cancelled = false;
    const scrollTo = (id: string, block: ScrollLogicalPosition) => {
      const row = document.querySelector(`[data-segment-id="${CSS.escape(id)}"]`);
      row?.scrollIntoView({ block });
      // Rows render lazily (content-visibility), so the rows the first scroll brings
      // into view settle their real heights a frame later: land once more after that.
      requestAnimationFrame(() => requestAnimationFrame(() => !cancelled && row?.scrollIntoView({ block })));
    };
    setUnknownTarget(segmentKey !== null && targetId === null);
    if (targetId) {
      scrollTo(targetId, 'start');
    } else if (segmentKey === null) {
      void api.getReadingPosition({ documentId: doc.id }).then((result) => {
        if (!cancelled && result.ok && result.value) scrollTo(result.value, 'start');
      });
    } else {
      window.scrollTo({ top: 0 });
    }
    document.body.dataset.readerReady = doc.id;
    return () => {
      cancelled = true;
      delete document.body.dataset.readerReady;
    };
  }, [api, doc.id, segmentKey, targetId]);

  // Remember the position, at most once a second.
  useEffect(() => {
    if (!topSegmentId || parseSegmentId(topSegmentId)?.documentId !== doc.id) return;
    const timer = window.setTimeout(() => void api.saveReadingPosition({ documentId: doc.id, segmentId: topSegmentId }), 1000);
    return () => window.clearTimeout(timer);
  }, [api, doc.id, topSegmentId]);

  return (
    <div className={`reader${panel ? ' with-panel' : ''}`} data-document-id={doc.id}>
      <Outline doc={doc} activeSegmentId={topSegmentId} />
      <article className="reader-main" aria-labelledby="document-title">
        <DocumentHeader doc={doc} />
        <div className="reader-chrome" ref={chromeRef}>
          <ReaderToolbar
            preferences={preferences}
            onChange={onPreferencesChange}
            annotationCount={annotations.list?.annotations.length ?? 0}
            linksToCheck={sentences.context.index.lowConfidence.length}
            panel={panel}
            onTogglePanel={togglePanel}
          />
          {find.open && (
            <FindBar query={find.text} total={find.hits.length} current={find.current} onQueryChange={find.setText} onStep={find.step} onClose={find.close} />
          )}
        </div>
        {unknownTarget && (
          <p className="inline-notice" role="status">
            {t('reader.notFoundSegment', { key: segmentKey })}
          </p>
        )}
        <ChineseScriptContext value={script}>
        <SentenceContext value={sentences.context}>
          <SegmentRows
          ref={rowsRef}
          doc={doc}
          columns={columns}
          targetId={targetId}
          highlights={find.highlights}
          currentHit={find.hits[find.current] ?? null}
          annotations={annotations.bySegment}
          onOpenAnnotation={(annotation, element) => layer.current?.openEditor(annotation, element.getBoundingClientRect())}
          sentences={sentences.context.index.ranges}
          />
        </SentenceContext>
        </ChineseScriptContext>
        <SentenceStatus store={sentences.context.store} />
        <ReaderAnnotationLayer ref={layer} rowsRef={rowsRef} annotations={annotations} />
      </article>
      {panel === 'links' && (
        <aside className="reader-panel reader-links-to-check" aria-label={t('sentences.checkTitle')}>
          <LinksToCheckPanel index={sentences.context.index} store={sentences.context.store} onShow={sentences.show} onClose={() => setPanel(null)} />
        </aside>
      )}
      {panel === 'annotations' && (
        <aside className="reader-panel reader-annotations" aria-label={t('annotations.panelTitle')}>
          <div className="panel-header">
            <h2>{t('annotations.panelTitle')}</h2>
            <button type="button" className="button button-quiet" onClick={() => setPanel(null)} aria-label={t('annotations.closePanel')}>
              {t('annotations.removeMark')}
            </button>
          </div>
          <AnnotationListPanel
            documentId={doc.id}
            version={annotations.version}
            onJump={jumpToAnnotation}
            onEdit={(annotation) => {
              const element = jumpToAnnotation(annotation);
              if (element) layer.current?.openEditor(annotation, element.getBoundingClientRect());
            }}
            onDelete={(annotation) => layer.current?.deleteWithUndo(annotation.id)}
            onReattach={(annotation) => layer.current?.startReattach(annotation)}
            onResolve={(annotation, keep) => void annotations.resolveConflict(annotation.id, keep)}
          />
        </aside>
      )}
    </div>
  );
}

/** The side panel: the document's annotations, or its sentence links to check. */
export type ReaderPanel = 'annotations' | 'links';

/**
 * Sentence by sentence: the document's sentence index and the pair store,
 * made once per document, and the pointer, focus and keys of the text.
 */
function useSentences(doc: DocumentDetail, rowsRef: React.RefObject<HTMLElement | null>, columns: TextLanguage[]) {
  const { t } = useTranslation();
  const index = useMemo(() => buildSentenceIndex(doc), [doc]);
  const store = useMemo(() => new SentencePairStore(), [doc.id]); // nothing pinned carries over to another document
  const context = useMemo<SentenceContextValue>(
    () => ({ index, store, lowConfidenceTitle: (percent) => t('sentences.lowConfidenceTitle', { percent }) }),
    [index, store, t],
  );
  const columnKey = columns.join(',');
  useEffect(() => {
    // The one tab stop among the sentences: the first of the left column, unless the user chose one still shown.
    const shown = columnKey.split(',') as TextLanguage[];
    store.setDefaultCursor(index.order[shown[0]][0] ?? null);
    const cursor = store.cursor ? index.entries.get(store.cursor) : undefined;
    if (cursor && !shown.includes(cursor.side)) store.setCursor(null);
  }, [index, store, columnKey]);
  useSentenceInteractions(rowsRef, { index, store, columns, t });
  const show = useCallback(
    (linkId: number) => rowsRef.current && showLink(rowsRef.current, { index, store, columns: columnKey.split(',') as TextLanguage[] }, linkId),
    [index, store, columnKey, rowsRef],
  );
  return { context, show };
}

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
function useFindInDocument(documentId: string, initialQuery: string, targetId: string | null) {
  const api = useApi();
  const [open, setOpen] = useState(initialQuery.trim() !== '');
  const [text, setText] = useState(initialQuery);
  const [matches, setMatches] = useState<DocumentMatches['hits']>([]);
  const [current, setCurrent] = useState(-1);
  const startAt = useRef(targetId);

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
  useEffect(() => {
    if (current >= 0) document.querySelector('mark[data-hit="current"]')?.scrollIntoView({ block: 'center' });
  }, [current, hits]);

  const step = useCallback((direction: 1 | -1) => setCurrent((at) => (hits.length === 0 ? -1 : (at + direction + hits.length) % hits.length)), [hits.length]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f') {
        event.preventDefault();
        setOpen(true);
        document.querySelector<HTMLInputElement>('.find-bar input')?.focus();
      } else if (event.key === 'F3') {
        event.preventDefault();
        step(event.shiftKey ? -1 : 1);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step]);

  const close = useCallback(() => {
    setOpen(false);
    setText('');
  }, []);

  return { open, text, setText, hits, current, step, close, highlights };
}

/**
 * The sticky toolbar (and find bar) can wrap or grow: its height is kept in
 * --reader-chrome so the column headers stick just below it and deep links
 * land clear of it.
 */
function useStickyChromeHeight(ref: React.RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => root.style.setProperty('--reader-chrome', `${element.offsetHeight}px`));
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--reader-chrome');
    };
  }, [ref]);
}
