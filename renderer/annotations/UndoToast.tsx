import { useTranslation } from 'react-i18next';

/** `message` says what was deleted: an annotation unless told otherwise. */
export function UndoToast({ message, onUndo, onDismiss }: { message?: string; onUndo(): void; onDismiss(): void }) {
  const { t } = useTranslation();
  return (
    <div className="toast" role="status">
      <span>{message ?? t('annotations.deleted')}</span>
      <button type="button" className="button" onClick={onUndo} title={t('annotations.undoKey')}>
        {t('annotations.undo')}
      </button>
      <button type="button" className="button button-quiet" onClick={onDismiss} aria-label={t('annotations.dismiss')}>
        {t('annotations.removeMark')}
      </button>
    </div>
  );
}
