import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../contract/result';
import { ErrorReasonText } from './ErrorReasonText';

/** An API failure, told in the user's language by its code and details; the domain's English message is for logs only. */
export function ErrorMessage({ error, onRetry, onDismiss }: { error: ApiError; onRetry?: () => void; onDismiss?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="error-message" role="alert">
      <strong>{t('errors.title')}</strong>
      <p>{t(`errors.${error.code}`)}</p>
      {error.details && <ErrorReasonText details={error.details} />}
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
