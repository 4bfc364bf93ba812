import { forwardRef, useCallback, useImperativeHandle, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TextLanguage } from '../../contract/languages';
import type { DocumentDetail, Segment } from '../../contract/model';
import type { TextRange } from '../../contract/search';
import type { Annotation } from '../../contract/annotations';
import type { FindHit } from './useFindInDocument';
import type { SentenceIndex } from './sentences/sentenceIndex';
import { SENTENCE_KEYS_HINT_ID } from './sentences/SentenceSpan';
import { useCopyCitation } from '../briefing/useCopyCitation';
import { SegmentRow } from './SegmentRow';
import { rowLabels } from './rowLabels';
import type { RowWindow } from './virtual/rowWindow';
import { isPendingSegment } from './loadDocument';
import { VirtualRows } from './virtual/VirtualRows';

/** Match ranges per segment and side, from the find bar. */
export type SegmentHighlights = ReadonlyMap<string, Record<TextLanguage, TextRange[]>>;

interface SegmentRowsProps {
  doc: DocumentDetail;
  columns: TextLanguage[];
  targetId: string | null;
  highlights: SegmentHighlights;
  currentHit: FindHit | null;
  annotations: ReadonlyMap<string, Annotation[]>;
  /** Which rows are rendered (virtual/), made once per document by the reader. */
  rows: RowWindow;
  onOpenAnnotation(annotation: Annotation, element: HTMLElement): void;
  /** Each segment side's sentences (see sentences/). */
  sentences: SentenceIndex['ranges'];
}

/**
 * The document's rows under the column headers: only those near the viewport are rendered (virtual/), each row
 * memoised, its words translated here once (rowLabels) rather than in every row.
 */
export const SegmentRows = forwardRef<HTMLDivElement, SegmentRowsProps>(function SegmentRows(
  { doc, columns, targetId, highlights, currentHit, annotations, rows, onOpenAnnotation, sentences },
  ref,
) {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState('');
  const rootRef = useRef<HTMLDivElement>(null);
  useImperativeHandle(ref, () => rootRef.current as HTMLDivElement);
  const copyCitation = useCopyCitation();
  const labels = useMemo(() => rowLabels(t, i18n.language, copyCitation), [t, i18n.language, copyCitation]);
  const renderRow = useCallback(
    (segment: Segment) => isPendingSegment(segment) ? (
      // Its part is still on its way (loadDocument.ts): the row keeps its place, and its id for links and jumps.
      <div key={segment.id} className="segment-row segment-pending" data-segment-id={segment.id} aria-busy="true" />
    ) : (
      <SegmentRow
        key={segment.id}
        segment={segment}
        documentId={doc.id}
        columns={columns}
        isTarget={segment.id === targetId}
        highlights={highlights.get(segment.id)}
        currentHit={currentHit?.segmentId === segment.id ? currentHit : null}
        annotations={annotations.get(segment.id)}
        onOpenAnnotation={onOpenAnnotation}
        onCopied={setStatus}
        sentences={sentences.get(segment.id)}
        labels={labels}
      />
    ),
    [doc.id, columns, targetId, highlights, currentHit, annotations, onOpenAnnotation, sentences, labels],
  );
  return (
    <div ref={rootRef} className={`segment-rows columns-${columns.length}${rows.virtual ? ' is-virtual' : ''}`} data-columns={columns.join(',')} data-row-count={doc.segments.length}>
      <div className="segment-row column-headers" aria-hidden="true">
        <span />
        {columns.map((language) => (
          <span key={language} className="column-header" data-column={language}>
            {t(`textLanguage.${language}`)}
          </span>
        ))}
      </div>
      <VirtualRows window={rows} segments={doc.segments} columns={columns} rootRef={rootRef} renderRow={renderRow} />
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
      <p className="visually-hidden" id={SENTENCE_KEYS_HINT_ID}>
        {t('sentences.keysHint')}
      </p>
    </div>
  );
});
