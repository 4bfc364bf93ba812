import { useTranslation } from 'react-i18next';
import type { ErrorDetails } from '../../contract/result';

/** The detail of a failure, in the interface language, from its reason and figures. */
export function ErrorReasonText({ details }: { details: ErrorDetails }) {
  const { t } = useTranslation();
  return <p className="error-detail">{t(`errors.reason.${details.reason}`, details.values ?? {})}</p>;
}
