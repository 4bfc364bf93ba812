import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../contract/result';

/** An API failure, told in the user's language by its code. */
export function ErrorMessage({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="error-message" role="alert">
      <strong>{t('errors.title')}</strong>
      <p>{t(`errors.${error.code}`)}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('errors.retry')}
        </button>
      )}
    </div>
  );
}
