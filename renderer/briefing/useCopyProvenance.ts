import { useEffect, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { asUiLanguage } from '../../contract/languages';
import type { TextLanguage } from '../../contract/languages';
import type { DocumentDetail } from '../../contract/model';
import { provenanceLines, withProvenance, type CopiedSide } from './copyProvenance';

/**
 * Plain Ctrl+C in the reader keeps the selected text as it is and appends the
 * provenance of each side it spans (and any review flag). Copying in a field,
 * the note editor or anywhere outside the document's rows is left alone.
 */
export function useCopyProvenance(rowsRef: RefObject<HTMLElement | null>, doc: DocumentDetail): void {
  const { t, i18n } = useTranslation();
  useEffect(() => {
    const onCopy = (event: ClipboardEvent) => {
      const rows = rowsRef.current;
      const selection = window.getSelection();
      if (!rows || !event.clipboardData || !selection || selection.isCollapsed || selection.rangeCount === 0) return;
      if ((event.target as HTMLElement | null)?.closest?.('input, textarea, select, [contenteditable="true"]')) return;
      const range = selection.getRangeAt(0);
      if (!rows.contains(range.commonAncestorContainer)) return;
      const lines = provenanceLines(spannedSides(rows, range, doc), t, asUiLanguage(i18n.language));
      const holder = document.createElement('div');
      holder.append(range.cloneContents());
      const copied = withProvenance(selection.toString(), holder.innerHTML, lines);
      event.clipboardData.setData('text/plain', copied.text);
      event.clipboardData.setData('text/html', copied.html);
      event.preventDefault();
    };
    document.addEventListener('copy', onCopy);
    return () => document.removeEventListener('copy', onCopy);
  }, [rowsRef, doc, t, i18n]);
}

/** The cells whose text the range holds some of, in reading order. */
function spannedSides(rows: HTMLElement, range: Range, doc: DocumentDetail): CopiedSide[] {
  const segments = new Map(doc.segments.map((s) => [s.id, s]));
  const sides: CopiedSide[] = [];
  for (const cell of rows.querySelectorAll<HTMLElement>('[data-segment-id] [data-side][data-origin]')) {
    const text = cell.querySelector('.cell-text');
    if (!text || !overlaps(range, text)) continue;
    const segment = segments.get(cell.closest<HTMLElement>('[data-segment-id]')?.dataset.segmentId ?? '');
    const side = segment?.[cell.dataset.side as TextLanguage];
    if (!segment || !side) continue;
    sides.push({ language: cell.dataset.side as TextLanguage, origin: side.origin, paragraph: segment.position + 1, reviewNote: segment.reviewNote });
  }
  return sides;
}

/**
 * Whether the range holds some of the node's contents. A triple click selects
 * up to the start of the next block: that block is not part of the copy.
 */
function overlaps(range: Range, node: Node): boolean {
  const contents = document.createRange();
  contents.selectNodeContents(node);
  return range.compareBoundaryPoints(Range.START_TO_END, contents) > 0 && range.compareBoundaryPoints(Range.END_TO_START, contents) < 0;
}
