import { useEffect, useState, type RefObject } from 'react';
import { cellTextOf, offsetOf, pointAt } from './textPoints';

interface CaretBox {
  left: number;
  top: number;
  height: number;
}

/**
 * Draws the caret: text that is not editable shows no caret of its own, so a
 * thin bar is drawn where the collapsed selection is, kept in place while the
 * page scrolls. Hidden while a stretch is selected (the selection shows then).
 */
export function CaretOverlay({ rootRef }: { rootRef: RefObject<HTMLElement | null> }) {
  const [box, setBox] = useState<CaretBox | null>(null);
  useEffect(() => {
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setBox(caretBox(rootRef.current)));
    };
    update();
    document.addEventListener('selectionchange', update);
    window.addEventListener('scroll', update, { capture: true, passive: true });
    window.addEventListener('resize', update);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', update);
      window.removeEventListener('scroll', update, { capture: true });
      window.removeEventListener('resize', update);
    };
  }, [rootRef]);
  if (!box) return null;
  return <span className="reader-caret" aria-hidden="true" style={{ left: box.left, top: box.top, height: box.height }} />;
}

function caretBox(root: HTMLElement | null): CaretBox | null {
  const selection = window.getSelection();
  if (!root || !selection?.focusNode || !selection.isCollapsed) return null;
  const text = cellTextOf(selection.focusNode);
  if (!text || !root.contains(text)) return null;
  const offset = offsetOf(text, selection.focusNode, selection.focusOffset);
  const point = pointAt(text, offset);
  const length = point.node.textContent?.length ?? 0;
  const range = document.createRange();
  // Measure the character after the caret (its left edge), or at the end the one before it (its right edge).
  const after = point.offset < length;
  if (!after && point.offset === 0) return null;
  const from = after ? point.offset : point.offset - 1;
  range.setStart(point.node, from);
  range.setEnd(point.node, from + 1);
  const rects = range.getClientRects();
  const rect = after ? rects[0] : rects[rects.length - 1];
  if (!rect) return null;
  return { left: Math.round(after ? rect.left : rect.right) - 1, top: rect.top, height: rect.height };
}
