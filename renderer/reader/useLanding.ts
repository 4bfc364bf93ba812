import { useEffect, useRef, useState, type RefObject } from 'react';
import type { AnnotationList } from '../../contract/annotations';
import { useApi } from '../api/ApiContext';
import { jumpToAnnotation, type AnnotationLayerState } from '../annotations/ReaderAnnotationLayer';

/**
 * Where the reader lands: a deep link on its segment, otherwise where the document was left (the saved reading
 * position). Returns whether the link named a paragraph this document does not have.
 */
export function useLanding(documentId: string, segmentKey: string | null, targetId: string | null): boolean {
  const api = useApi();
  const [unknownTarget, setUnknownTarget] = useState(false);
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
      void api.getReadingPosition({ documentId }).then((result) => {
        if (!cancelled && result.ok && result.value) scrollTo(result.value, 'start');
      });
    } else {
      window.scrollTo({ top: 0 });
    }
    document.body.dataset.readerReady = documentId;
    return () => {
      cancelled = true;
      delete document.body.dataset.readerReady;
    };
  }, [api, documentId, segmentKey, targetId]);
  return unknownTarget;
}

/** Opened from an annotations list: brings that annotation into view once it is placed; an orphan is offered for reattaching. */
export function useAnnotationJump(annotationId: string | undefined, list: AnnotationList | null, layer: RefObject<AnnotationLayerState | null>): void {
  const jumped = useRef<string | null>(null);
  useEffect(() => {
    if (!annotationId || !list || jumped.current === annotationId) return;
    const annotation = list.annotations.find((a) => a.id === annotationId);
    if (!annotation) return;
    jumped.current = annotationId;
    requestAnimationFrame(() => jumpToAnnotation(annotation));
    // An orphan opened from the annotations screen is there to be attached to new text.
    if (annotation.placement.status === 'orphaned') layer.current?.startReattach(annotation);
  }, [annotationId, list, layer]);
}
