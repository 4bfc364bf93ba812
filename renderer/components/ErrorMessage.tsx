import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../contract/result';

/** Codes whose English detail helps the user find the problem (which annotation, which document). */
const DETAILED = new Set(['import-wrong-shape', 'import-unknown-documents']);

/** An API failure, told in the user's language by its code. */
export function ErrorMessage({ error, onRetry, onDismiss }: { error: ApiError; onRetry?: () => void; onDismiss?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="error-message" role="alert">
      <strong>{t('errors.title')}</strong>
      <p>{t(`errors.${error.code}`)}</p>
      {DETAILED.has(error.code) && (
        <p className="error-detail" lang="en">
          {error.message}
        </p>
      )}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('errors.retry')}
        </button>
      )}
      {onDismiss && (
        <button type="button" className="button" onClick={onDismiss}>
          {t('errors.dismiss')}
        </button>
      )}
    </div>
  );
}
