import { useTranslation } from 'react-i18next';

export function UndoToast({ onUndo, onDismiss }: { onUndo(): void; onDismiss(): void }) {
  const { t } = useTranslation();
  return (
    <div className="toast" role="status">
      <span>{t('annotations.deleted')}</span>
      <button type="button" className="button" onClick={onUndo} title={t('annotations.undoKey')}>
        {t('annotations.undo')}
      </button>
      <button type="button" className="button button-quiet" onClick={onDismiss} aria-label={t('annotations.dismiss')}>
        {t('annotations.removeMark')}
      </button>
    </div>
  );
}
