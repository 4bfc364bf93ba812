import { useEffect, type RefObject } from 'react';
import type { SentenceIndex } from '../reader/sentences/sentenceIndex';
import { useCopyCitation } from './useCopyCitation';

/**
 * C on the focused sentence (the sentence cursor, Alt+↓ / Alt+↑) copies that
 * sentence as a citation. With text selected, C belongs to the selection toolbar.
 */
export function useSentenceCitationKey(rowsRef: RefObject<HTMLElement | null>, index: SentenceIndex): void {
  const copy = useCopyCitation();
  useEffect(() => {
    const rows = rowsRef.current;
    if (!rows) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey || event.key.toLowerCase() !== 'c') return;
      const sentence = (event.target as HTMLElement | null)?.closest<HTMLElement>('[data-sentence]');
      const entry = sentence ? index.entries.get(sentence.dataset.sentence ?? '') : undefined;
      if (!entry || !window.getSelection()?.isCollapsed) return;
      event.preventDefault();
      void copy({ segmentId: entry.segmentId, side: entry.side, start: entry.start, end: entry.end });
    };
    rows.addEventListener('keydown', onKey);
    return () => rows.removeEventListener('keydown', onKey);
  }, [rowsRef, index, copy]);
}
