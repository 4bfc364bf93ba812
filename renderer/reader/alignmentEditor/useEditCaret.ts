import { useEffect, useState, type RefObject } from 'react';
import type { TextLanguage } from '../../../contract/languages';
import { cellTextOf, offsetOf, sideOf } from '../caret/textPoints';

/** Where the caret stands in the text: which side of which paragraph, and how far in. */
export interface TextCaret {
  segmentId: string;
  side: TextLanguage;
  offset: number;
}

/** The caret (a collapsed selection) in the reader's text, kept up to date as it moves; null when there is none. */
export function useEditCaret(rootRef: RefObject<HTMLElement | null>): TextCaret | null {
  const [caret, setCaret] = useState<TextCaret | null>(null);
  useEffect(() => {
    const update = () => setCaret((previous) => sameCaret(previous, caretIn(rootRef.current)));
    update();
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, [rootRef]);
  return caret;
}

function caretIn(root: HTMLElement | null): TextCaret | null {
  const selection = window.getSelection();
  if (!root || !selection || !selection.isCollapsed || !selection.anchorNode || !root.contains(selection.anchorNode)) return null;
  const text = cellTextOf(selection.anchorNode);
  const side = text ? sideOf(text) : null;
  const segmentId = text?.closest<HTMLElement>('[data-segment-id]')?.dataset.segmentId;
  if (!text || !side || !segmentId) return null;
  return { segmentId, side, offset: offsetOf(text, selection.anchorNode, selection.anchorOffset) };
}

/** The previous caret when nothing changed, so that no render follows. */
function sameCaret(previous: TextCaret | null, next: TextCaret | null): TextCaret | null {
  if (previous && next && previous.segmentId === next.segmentId && previous.side === next.side && previous.offset === next.offset) return previous;
  return next;
}
