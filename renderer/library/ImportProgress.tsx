import { useTranslation } from 'react-i18next';
import type { ImportJobStatus } from '../../contract/imports';

/**
 * A running import: its phase, a bar, and how far it is in pages or
 * sentences. The bar has no value while the total is unknown (an
 * indeterminate progressbar, as ARIA has it).
 */
export function ImportProgress({ status, onCancel }: { status: ImportJobStatus | null; onCancel(): void }) {
  const { t } = useTranslation();
  const phase = status?.phase ?? 'reading';
  const known = status !== null && status.total > 0;
  const percent = known ? Math.min(100, Math.round((status.done / status.total) * 100)) : 0;
  const count = known && (phase === 'parsing' || phase === 'aligning') ? t(`library.import.count.${phase}`, { done: status.done, total: status.total }) : null;
  return (
    <div className="import-progress" data-phase={phase}>
      <p className="import-phase" aria-live="polite">
        {t(`library.import.phase.${phase}`)}
      </p>
      <div
        className="import-bar"
        role="progressbar"
        aria-label={t('library.import.progressLabel')}
        aria-valuemin={0}
        aria-valuemax={100}
        {...(known ? { 'aria-valuenow': percent, 'aria-valuetext': count ?? `${percent}%` } : {})}
      >
        <span className={known ? 'import-bar-fill' : 'import-bar-fill is-indeterminate'} style={known ? { width: `${percent}%` } : undefined} />
      </div>
      <p className="import-count muted">{count ?? '\u00a0'}</p>
      <div className="modal-actions">
        <button type="button" className="button import-cancel" onClick={onCancel} data-autofocus>
          {t('library.import.cancel')}
        </button>
      </div>
    </div>
  );
}
