import { useEffect, useRef, useState, type RefObject } from 'react';
import { useApi } from '../api/ApiContext';
import { jumpToAnnotation, type AnnotationLayerState } from '../annotations/ReaderAnnotationLayer';
import { withRow } from './virtual/rowWindow';

/**
 * Where the reader lands: a deep link on its segment, otherwise where the document was left (the saved reading
 * position). Returns whether the link named a paragraph this document does not have.
 */
export function useLanding(documentId: string, segmentKey: string | null, targetId: string | null): boolean {
  const api = useApi();
  const [unknownTarget, setUnknownTarget] = useState(false);
  useEffect(() => {
    let cancelled = false;
    let stop = () => {};
    const scrollTo = (id: string, block: ScrollLogicalPosition) => {
      // Rows render near the viewport only (virtual/): the row is brought in first, and the rows the first scroll
      // brings into view settle their real heights a frame later: land once more after that.
      stop = withRow(id, (row) => {
        row.scrollIntoView({ block });
        requestAnimationFrame(() => requestAnimationFrame(() => !cancelled && row.scrollIntoView({ block })));
      });
    };
    setUnknownTarget(segmentKey !== null && targetId === null);
    if (targetId) {
      scrollTo(targetId, 'start');
    } else if (segmentKey === null) {
      void api.getReadingPosition({ documentId }).then((result) => {
        if (!cancelled && result.ok && result.value) scrollTo(result.value, 'start');
      });
    } else {
      window.scrollTo({ top: 0 });
    }
    document.body.dataset.readerReady = documentId;
    return () => {
      cancelled = true;
      stop();
      delete document.body.dataset.readerReady;
    };
  }, [api, documentId, segmentKey, targetId]);
  return unknownTarget;
}

/**
 * Opened from an annotations list: brings that annotation into view once it is placed; an orphan is offered for
 * reattaching. The reader holds only the annotations near the viewport, so this one is looked up among the document's.
 */
export function useAnnotationJump(documentId: string, annotationId: string | undefined, layer: RefObject<AnnotationLayerState | null>): void {
  const api = useApi();
  const jumped = useRef<string | null>(null);
  useEffect(() => {
    if (!annotationId || jumped.current === annotationId) return;
    let cancelled = false;
    void api.listAnnotations({ documentId }).then((result) => {
      const annotation = result.ok ? result.value.annotations.find((a) => a.id === annotationId) : undefined;
      if (cancelled || !annotation) return;
      jumped.current = annotationId;
      requestAnimationFrame(() => jumpToAnnotation(annotation));
      // An orphan opened from the annotations screen is there to be attached to new text.
      if (annotation.placement.status === 'orphaned') layer.current?.startReattach(annotation);
    });
    return () => {
      cancelled = true;
    };
  }, [api, documentId, annotationId, layer]);
}
