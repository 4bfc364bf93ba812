import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Concept } from '../../contract/terminology';
import { UndoToast } from '../annotations/UndoToast';
import { conceptLabel } from './conceptFilter';

const UNDO_SECONDS = 10;

/** A deleted concept kept at hand for a few seconds, brought back by Undo (or Ctrl+Z outside a field). */
export function useConceptUndo(restore: (id: string) => Promise<void>) {
  const [deleted, setDeleted] = useState<Concept | null>(null);
  const restoring = useRef(restore);
  restoring.current = restore;
  const undo = useCallback(async () => {
    if (!deleted) return;
    setDeleted(null);
    await restoring.current(deleted.id);
  }, [deleted]);

  useEffect(() => {
    if (!deleted) return;
    const timer = window.setTimeout(() => setDeleted(null), UNDO_SECONDS * 1000);
    const onKey = (event: KeyboardEvent) => {
      const inField = (event.target as HTMLElement | null)?.closest('input, textarea, select');
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

  return { deleted, offer: setDeleted, undo, dismiss: () => setDeleted(null) };
}

export function ConceptUndo({ undo }: { undo: ReturnType<typeof useConceptUndo> }) {
  const { t } = useTranslation();
  if (!undo.deleted) return null;
  return <UndoToast message={t('terms.termbase.deleted', { concept: conceptLabel(undo.deleted) })} onUndo={() => void undo.undo()} onDismiss={undo.dismiss} />;
}
