import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  working: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/** Asks before a step that replaces the user's data; Cancel has the focus. */
export function ConfirmDialog({ title, children, confirmLabel, working, onConfirm, onCancel }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="confirm-dialog" role="alertdialog" aria-modal="true" aria-labelledby={`${id}-title`} aria-describedby={`${id}-text`}>
      <div className="confirm-box">
        <h3 id={`${id}-title`}>{title}</h3>
        <div id={`${id}-text`}>{children}</div>
        <div className="editor-actions">
          <span className="spacer" />
          <button type="button" className="button" autoFocus onClick={onCancel}>
            {t('annotations.cancel')}
          </button>
          <button type="button" className="button button-danger" onClick={onConfirm} disabled={working}>
            {confirmLabel}
          </button>
        </div>
      </div>
    </div>
  );
}
