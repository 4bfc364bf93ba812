import { useTranslation } from 'react-i18next';
import type { Concept } from '../../contract/terminology';
import { UndoToast } from '../annotations/UndoToast';
import { useUndoWindow } from '../annotations/useUndoWindow';
import { conceptLabel } from './conceptFilter';

/** A deleted concept kept at hand for a few seconds, brought back by Undo (or Ctrl+Z outside a field, a select included). */
export function useConceptUndo(restore: (id: string) => Promise<void>) {
  return useUndoWindow<Concept>((concept) => restore(concept.id), 'input, textarea, select');
}

export function ConceptUndo({ undo }: { undo: ReturnType<typeof useConceptUndo> }) {
  const { t } = useTranslation();
  if (!undo.deleted) return null;
  return <UndoToast message={t('terms.termbase.deleted', { concept: conceptLabel(undo.deleted) })} onUndo={() => void undo.undo()} onDismiss={undo.dismiss} />;
}
