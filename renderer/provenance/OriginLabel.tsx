import { useTranslation } from 'react-i18next';
import type { TextOrigin } from '../../contract/model';
import './provenance.css';

const LABEL_KEY = { published: 'provenance.published', 'reference-translation': 'provenance.reference', 'user-draft': 'provenance.userDraft' } as const;

/**
 * Says whether a side is the published text, a reference translation (issue
 * #12) or the user's draft (issue 10), wherever text is shown outside the
 * reader. Nothing for a side whose source records no provenance.
 */
export function OriginLabel({ origin }: { origin: TextOrigin | null }) {
  const { t } = useTranslation();
  if (origin === null) return null;
  return (
    <span className="origin-label" data-origin={origin}>
      {t(LABEL_KEY[origin])}
    </span>
  );
}
