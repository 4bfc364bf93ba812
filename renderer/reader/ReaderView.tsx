import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TextLanguage } from '../../contract/languages';
import type { DocumentDetail, Preferences } from '../../contract/model';
import type { Annotation } from '../../contract/annotations';
import { makeSegmentId, parseSegmentId } from '../../contract/segmentId';
import { useApi } from '../api/ApiContext';
import { ErrorMessage } from '../components/ErrorMessage';
import { DocumentHeader } from './DocumentHeader';
import { useDocumentParts } from './loadDocument';
import { RowWindow } from './virtual/rowWindow';
import { Outline } from './Outline';
import { ReaderToolbar } from './ReaderToolbar';
import { FindBar } from './FindBar';
import { notFoundMessage } from './notFoundMessage';
import { useFindInDocument } from './useFindInDocument';
import { firstRowInView, rowTabStop, useReaderKeyboard } from './rowKeyboard';
import { useCaretMode } from './caret/useCaretMode';
import { CaretOverlay } from './caret/CaretOverlay';
import { offerSkipTarget } from '../components/SkipLink';
import './keyboard.css';
import { SegmentRows } from './SegmentRows';
import { useReadingPlace } from './useReadingPlace';
import { useAnnotationJump, useLanding } from './useLanding';
import { useReaderPanel } from './useReaderPanel';
import { useDocumentAnnotations } from '../annotations/useAnnotations';
import { ReaderAnnotationLayer, jumpToAnnotation, type AnnotationLayerState } from '../annotations/ReaderAnnotationLayer';
import { AnnotationListPanel } from '../annotations/AnnotationListPanel';
import { buildSentenceIndex } from './sentences/sentenceIndex';
import { SentencePairStore } from './sentences/sentencePairStore';
import { SentenceContext, type SentenceContextValue } from './sentences/SentenceSpan';
import { SentenceStatus } from './sentences/SentenceStatus';
import { LinksToCheckPanel } from './sentences/LinksToCheckPanel';
import { showLink, useSentenceInteractions } from './sentences/useSentenceInteractions';
import { useReaderCommands, useSentenceCommands } from '../commands/readerCommands';
import { ChineseScriptContext, useDocumentScript } from '../script/chineseScriptDisplay';
import { TermMarksContext, useTermMarkStore } from './terms/useTermMarks';
import { TermPopoverLayer } from './terms/TermPopoverLayer';
import { SelectionTermTools } from './terms/SelectionTermTools';
import { SelectionCitationTools } from '../briefing/SelectionCitationTools';
import { CitationStatus } from '../briefing/CitationStatus';
import { useCopyProvenance } from '../briefing/useCopyProvenance';
import { useSentenceCitationKey } from '../briefing/useSentenceCitationKey';
import { useAddToPackSentenceKey } from '../packs/AddToPackSentenceKey';
import { AddToPackMenu } from '../packs/AddToPackMenu';
import { useCommands } from '../commands/CommandsProvider';
import { AlignmentEditBar } from './alignmentEditor/AlignmentEditBar';
import { useAlignmentEditor, type AlignmentEditor } from './alignmentEditor/useAlignmentEditor';

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
  const [loading, reload, refresh] = useDocumentParts(api, props.documentId, props.segmentKey);
  const editable = loading.state === 'ready' && loading.doc.library === 'imported';
  const editor = useAlignmentEditor(props.documentId, editable, refresh, props.segmentKey);
  if (loading.state === 'loading') return <ReaderLoading />;
  if (loading.state === 'failed') return <ErrorMessage error={loading.error} onRetry={reload} />;
  // After an alignment edit the rows are made anew from the document fetched again, landing on the paragraph edited.
  const landing = loading.generation > 0 && editor.landing?.routeKey === props.segmentKey ? editor.landing : null;
  const segmentKey = landing ? landing.segmentKey : props.segmentKey;
  return <LoadedReader key={loading.generation} {...props} segmentKey={segmentKey} doc={loading.doc} editor={editable ? editor : null} />;
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

function LoadedReader({ doc, segmentKey, query, annotationId, preferences, onPreferencesChange, editor }: ReaderViewProps & { doc: DocumentDetail; editor: AlignmentEditor | null }) {
  const { t } = useTranslation();
  const rowsRef = useRef<HTMLDivElement>(null);
  const columnKey = visibleColumns(preferences).join(',');
  const columns = useMemo(() => columnKey.split(',') as TextLanguage[], [columnKey]);
  const targetId = useMemo(() => {
    if (!segmentKey) return null;
    const id = makeSegmentId(doc.id, segmentKey);
    return doc.segments.some((s) => s.id === id) ? id : null;
  }, [doc, segmentKey]);
  const find = useFindInDocument(doc.id, query ?? '', targetId);
  const chromeRef = useRef<HTMLDivElement>(null);
  useStickyChromeHeight(chromeRef);
  // Made once: the ids of every row come with the document's first part, whatever parts follow (loadDocument.ts).
  const [rows] = useState(() => new RowWindow(doc.segments.map((s) => s.id)));
  const annotations = useDocumentAnnotations(doc.id, rows);
  const { panel, togglePanel, closePanel } = useReaderPanel(annotationId !== undefined ? 'annotations' : null, chromeRef);
  const [outlineOpen, setOutlineOpen] = useState(false);
  const closeOutline = useCallback(() => setOutlineOpen(false), []);
  const layer = useRef<AnnotationLayerState>(null);
  const openAnnotation = useCallback((annotation: Annotation, element: HTMLElement) => layer.current?.openEditor(annotation, element.getBoundingClientRect()), []);
  const sentences = useSentences(doc, rowsRef, columns);
  const { store } = sentences.context;
  const announce = useCallback((message: string) => store.announce(message), [store]);
  const caret = useCaretMode(rowsRef, announce);
  useReaderKeyboard(rowsRef, store, caret.on);
  useCopyProvenance(rowsRef, doc);
  useSentenceCitationKey(rowsRef, sentences.context.index);
  useAddToPackSentenceKey(rowsRef, sentences.context.index);
  useEffect(() => offerSkipTarget(() => rowsRef.current && rowTabStop(firstRowInView(rowsRef.current))), []);
  useReaderCommands({ doc, preferences, onPreferencesChange, panel, togglePanel, topSegmentId: () => (rowsRef.current ? (firstRowInView(rowsRef.current)?.dataset.segmentId ?? null) : null), announce });
  useCommands({ 'alignment.toggle': { run: () => editor?.toggle(), enabled: () => editor !== null } });
  const script = useDocumentScript(doc);
  const termMarks = useTermMarkStore(doc.id);

  useAnnotationJump(doc.id, annotationId, layer);
  const unknownTarget = useLanding(doc.id, segmentKey, targetId);

  return (
    <TermMarksContext value={termMarks}>
    <div className={`reader${panel ? ' with-panel' : ''}${editor?.on ? ' is-editing-alignment' : ''}`} data-document-id={doc.id}>
      <PlaceKeeper doc={doc} rowsRef={rowsRef} outlineOpen={outlineOpen} onCloseOutline={closeOutline} />
      <article className="reader-main" aria-labelledby="document-title">
        <DocumentHeader doc={doc} />
        <div className="reader-chrome" ref={chromeRef}>
          <ReaderToolbar
            preferences={preferences}
            onChange={onPreferencesChange}
            annotationCount={annotations.total ?? 0}
            linksToCheck={sentences.context.index.lowConfidence.length}
            panel={panel}
            onTogglePanel={togglePanel}
            outlineOpen={outlineOpen}
            onToggleOutline={() => setOutlineOpen(!outlineOpen)}
            caretMode={caret.on}
            onToggleCaret={caret.toggle}
            alignmentEditing={editor ? { on: editor.on, toggle: editor.toggle } : null}
          />
          {editor?.on && (
            <AlignmentEditBar doc={doc} index={sentences.context.index} store={sentences.context.store} editor={editor} rowsRef={rowsRef} onShowLink={(id) => sentences.show(id)} />
          )}
          {find.open && (
            <FindBar query={find.text} total={find.hits.length} current={find.current} onQueryChange={find.setText} onStep={find.step} onClose={find.close} />
          )}
        </div>
        {unknownTarget && (
          <p className="inline-notice" role="status">
            {notFoundMessage(t, segmentKey)}
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
          rows={rows}
          onOpenAnnotation={openAnnotation}
          sentences={sentences.context.index.ranges}
          />
        </SentenceContext>
        </ChineseScriptContext>
        <SentenceStatus store={sentences.context.store} />
        <SentenceContext value={sentences.context}>
          <TermPopoverLayer rowsRef={rowsRef} doc={doc} />
        </SentenceContext>
        {caret.on && <CaretOverlay rootRef={rowsRef} />}
        <ReaderAnnotationLayer ref={layer} rowsRef={rowsRef} annotations={annotations} selectionTools={(selection) => (
          <>
            <SelectionCitationTools selection={selection} />
            <AddToPackMenu sources={() => [{ kind: 'range', target: { segmentId: selection.segmentId, side: selection.side, start: selection.start, end: selection.end } }]} />
            <SelectionTermTools selection={selection} documentId={doc.id} />
          </>
        )} />
        <CitationStatus />
      </article>
      {panel === 'links' && (
        <aside className="reader-panel reader-links-to-check" aria-label={t('sentences.checkTitle')} onKeyDown={(event) => escapeCloses(event, closePanel)}>
          <LinksToCheckPanel index={sentences.context.index} store={sentences.context.store} onShow={sentences.show} onClose={closePanel} />
        </aside>
      )}
      {panel === 'annotations' && (
        <aside className="reader-panel reader-annotations" aria-label={t('annotations.panelTitle')} onKeyDown={(event) => escapeCloses(event, closePanel)}>
          <div className="panel-header">
            <h2>{t('annotations.panelTitle')}</h2>
            <button type="button" className="button button-quiet" onClick={closePanel} aria-label={t('annotations.closePanel')}>
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
    </TermMarksContext>
  );
}

/**
 * The reading place: kept across layout changes, remembered at most once a second, and marked in the outline. It
 * lives here, beside the rows rather than above them, so that scrolling re-renders the outline and not every row.
 */
function PlaceKeeper({ doc, rowsRef, outlineOpen, onCloseOutline }: { doc: DocumentDetail; rowsRef: React.RefObject<HTMLElement | null>; outlineOpen: boolean; onCloseOutline(): void }) {
  const api = useApi();
  const place = useReadingPlace(rowsRef, doc.segments.length);
  useEffect(() => {
    if (!place.topId || parseSegmentId(place.topId)?.documentId !== doc.id) return;
    const segmentId = place.topId;
    const timer = window.setTimeout(() => void api.saveReadingPosition({ documentId: doc.id, segmentId }), 1000);
    return () => window.clearTimeout(timer);
  }, [api, doc.id, place.topId]);
  // At the end of the document its last section is the one being read, though its heading never reaches the top.
  const active = place.atEnd ? (doc.segments.at(-1)?.id ?? null) : place.topId;
  return <Outline doc={doc} activeSegmentId={active} open={outlineOpen} onClose={onCloseOutline} />;
}
export type { FindHit } from './useFindInDocument';

/** The side panel: the document's annotations, or its sentence links to check. */
export type ReaderPanel = 'annotations' | 'links';

/** Esc in a panel closes it, unless it first empties the search field it was pressed in. */
function escapeCloses(event: React.KeyboardEvent, close: () => void): void {
  if (event.key !== 'Escape' || event.defaultPrevented) return;
  const target = event.target;
  if (target instanceof HTMLInputElement && target.type === 'search' && target.value !== '') return;
  event.preventDefault();
  close();
}

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
    // The sentence the sentence keys start from: the first of the left column, unless the user chose one still shown.
    const shown = columnKey.split(',') as TextLanguage[];
    store.setDefaultCursor(index.order[shown[0]][0] ?? null);
    const cursor = store.cursor ? index.entries.get(store.cursor) : undefined;
    if (cursor && !shown.includes(cursor.side)) store.setCursor(null);
  }, [index, store, columnKey]);
  useSentenceInteractions(rowsRef, { index, store, columns, t });
  useSentenceCommands();
  const show = useCallback(
    (linkId: number) => rowsRef.current && showLink(rowsRef.current, { index, store, columns: columnKey.split(',') as TextLanguage[] }, linkId),
    [index, store, columnKey, rowsRef],
  );
  return { context, show };
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
