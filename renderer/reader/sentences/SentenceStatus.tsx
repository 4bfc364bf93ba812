import { useSyncExternalStore } from 'react';
import type { SentencePairStore } from './sentencePairStore';

/** The status line a screen reader reads: the focused sentence and its counterpart, or what a key did. */
export function SentenceStatus({ store }: { store: SentencePairStore }) {
  const message = useSyncExternalStore(store.subscribe, () => store.announcement);
  return (
    <p className="visually-hidden" role="status" aria-live="polite" data-sentence-status="">
      {message}
    </p>
  );
}
