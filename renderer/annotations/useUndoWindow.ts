import { useCallback, useLayoutEffect, useRef, useState } from 'react';

const UNDO_SECONDS = 10;

/**
 * Something just deleted, kept at hand for ten seconds: `undo` (or Ctrl+Z while
 * the focus is not in one of `fields`) brings it back through `restore`. One
 * mechanism for every undoable deletion (annotations, termbase concepts).
 */
export function useUndoWindow<T>(restore: (item: T) => Promise<unknown>, fields = 'input, textarea') {
  const [deleted, setDeleted] = useState<T | null>(null);
  const restoring = useRef(restore);
  restoring.current = restore;
  const undo = useCallback(async () => {
    if (deleted === null) return;
    setDeleted(null);
    await restoring.current(deleted);
  }, [deleted]);

  // Armed as the offer is rendered, not after the paint: Ctrl+Z works from the moment the toast can be seen.
  useLayoutEffect(() => {
    if (deleted === null) return;
    const timer = window.setTimeout(() => setDeleted(null), UNDO_SECONDS * 1000);
    const onKey = (event: KeyboardEvent) => {
      // Taken already: the alignment editor's edit mode undoes its own edits with the same key.
      if (event.defaultPrevented) return;
      const inField = (event.target as HTMLElement | null)?.closest(fields);
      if (!inField && (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z') {
        event.preventDefault();
        void undo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('keydown', onKey);
    };
  }, [deleted, undo, fields]);

  const dismiss = useCallback(() => setDeleted(null), []);
  return { deleted, offer: setDeleted, undo, dismiss };
}
