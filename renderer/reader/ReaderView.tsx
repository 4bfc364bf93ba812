import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TextLanguage } from '../../contract/languages';
import type { DocumentDetail, Preferences } from '../../contract/model';
import { makeSegmentId, parseSegmentId } from '../../contract/segmentId';
import { useApi } from '../api/ApiContext';
import { useApiResult } from '../api/useApiResult';
import { ErrorMessage } from '../components/ErrorMessage';
import { DocumentHeader } from './DocumentHeader';
import { Outline } from './Outline';
import { ReaderToolbar } from './ReaderToolbar';
import { SegmentRows } from './SegmentRows';
import { useTopVisibleSegment } from './useTopVisibleSegment';

interface ReaderViewProps {
  documentId: string;
  segmentKey: string | null;
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

function LoadedReader({ doc, segmentKey, preferences, onPreferencesChange }: ReaderViewProps & { doc: DocumentDetail }) {
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
    <div className="reader" data-document-id={doc.id}>
      <Outline doc={doc} activeSegmentId={topSegmentId} />
      <article className="reader-main" aria-labelledby="document-title">
        <DocumentHeader doc={doc} />
        <ReaderToolbar preferences={preferences} onChange={onPreferencesChange} />
        {unknownTarget && (
          <p className="inline-notice" role="status">
            {t('reader.notFoundSegment', { key: segmentKey })}
          </p>
        )}
        <SegmentRows ref={rowsRef} doc={doc} columns={columns} targetId={targetId} />
      </article>
    </div>
  );
}
