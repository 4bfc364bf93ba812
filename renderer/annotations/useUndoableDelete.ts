import { useCallback, useEffect, useState } from 'react';
import { useCommands } from '../commands/CommandsProvider';
import type { AnnotationChanges } from './useAnnotations';

const UNDO_SECONDS = 10;

/** Deletes an annotation and keeps an undo at hand for a few seconds (and on Ctrl+Z). */
export function useUndoableDelete(annotations: Pick<AnnotationChanges, 'remove' | 'restore'>) {
  const [deleted, setDeleted] = useState<string | null>(null);
  const { remove, restore } = annotations;

  const deleteWithUndo = useCallback(
    async (id: string) => {
      if (await remove(id)) setDeleted(id);
    },
    [remove],
  );
  const undo = useCallback(async () => {
    if (deleted === null) return;
    const id = deleted;
    setDeleted(null);
    await restore(id);
  }, [deleted, restore]);

  useEffect(() => {
    if (deleted === null) return;
    const timer = window.setTimeout(() => setDeleted(null), UNDO_SECONDS * 1000);
    const onKey = (event: KeyboardEvent) => {
      const inField = (event.target as HTMLElement | null)?.closest('input, textarea');
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
  }, [deleted, undo]);

  useCommands({ 'annotate.undoDelete': { run: () => void undo(), enabled: () => deleted !== null } });

  return { deleteWithUndo, pendingUndo: deleted !== null, undo, dismiss: () => setDeleted(null) };
}
