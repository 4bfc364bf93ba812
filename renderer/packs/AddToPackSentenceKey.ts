import { useEffect, type RefObject } from 'react';
import { ownerKeyBindings, useCommands } from '../commands/CommandsProvider';
import type { SentenceIndex } from '../reader/sentences/sentenceIndex';
import { addToPackStore } from './AddToPackStore';

/** The focused sentence (the sentence cursor, Alt+↓ / Alt+↑) and the sentence entry it shows, if any. */
function focusedSentence(index: SentenceIndex) {
  const element = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-sentence]');
  const entry = element ? index.entries.get(element.dataset.sentence ?? '') : undefined;
  return element && entry ? { element, entry } : null;
}

function openFor(index: SentenceIndex): boolean {
  const focused = focusedSentence(index);
  if (!focused || !window.getSelection()?.isCollapsed) return false;
  const { element, entry } = focused;
  addToPackStore.openFloating({
    sources: async () => [{ kind: 'sentences', segmentId: entry.segmentId, side: entry.side, sentenceIds: [entry.sentenceId] }],
    rect: element.getBoundingClientRect(),
    returnTo: element,
  });
  return true;
}

/**
 * P on the focused sentence opens "Add to pack" for that sentence (as C copies
 * it as a citation); the palette's "Add sentence to pack" does the same.
 */
export function useAddToPackSentenceKey(rowsRef: RefObject<HTMLElement | null>, index: SentenceIndex): void {
  useCommands(ownerKeyBindings(['sentences.addToPack'], () => focusedSentence(index) !== null));
  useEffect(() => {
    const rows = rowsRef.current;
    if (!rows) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey || event.key.toLowerCase() !== 'p') return;
      if (!(event.target as HTMLElement | null)?.closest('[data-sentence]')) return;
      if (openFor(index)) event.preventDefault();
    };
    rows.addEventListener('keydown', onKey);
    return () => rows.removeEventListener('keydown', onKey);
  }, [rowsRef, index]);
}
