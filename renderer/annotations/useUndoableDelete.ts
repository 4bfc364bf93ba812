import { useCallback } from 'react';
import { useCommands } from '../commands/CommandsProvider';
import type { AnnotationChanges } from './useAnnotations';
import { useUndoWindow } from './useUndoWindow';

/** Deletes an annotation and keeps an undo at hand for a few seconds (and on Ctrl+Z). */
export function useUndoableDelete(annotations: Pick<AnnotationChanges, 'remove' | 'restore'>) {
  const { remove, restore } = annotations;
  const { deleted, offer, undo, dismiss } = useUndoWindow<string>(restore);

  const deleteWithUndo = useCallback(
    async (id: string) => {
      if (await remove(id)) offer(id);
    },
    [remove, offer],
  );

  useCommands({ 'annotate.undoDelete': { run: () => void undo(), enabled: () => deleted !== null } });

  return { deleteWithUndo, pendingUndo: deleted !== null, undo, dismiss };
}
