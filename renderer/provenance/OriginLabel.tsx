import { useTranslation } from 'react-i18next';
import type { TextOrigin } from '../../contract/model';
import './provenance.css';

/**
 * Says whether a side is the published text or a reference translation
 * (issue #12), wherever text is shown outside the reader. Nothing for a side
 * whose source records no provenance (a user's own document).
 */
export function OriginLabel({ origin }: { origin: TextOrigin | null }) {
  const { t } = useTranslation();
  if (origin === null) return null;
  return (
    <span className="origin-label" data-origin={origin}>
      {t(origin === 'published' ? 'provenance.published' : 'provenance.reference')}
    </span>
  );
}
