import { useTranslation } from 'react-i18next';
import { asUiLanguage } from '../../contract/languages';
import type { ReviewNote } from '../../contract/model';

/** A paragraph's review note, in the interface language. */
export function ReviewFlag({ note }: { note: ReviewNote }) {
  const { t, i18n } = useTranslation();
  const ui = asUiLanguage(i18n.language);
  return (
    <details className="review-flag">
      <summary tabIndex={-1}>{t('reader.reviewFlag')}</summary>
      <p lang={ui}>{note[ui]}</p>
    </details>
  );
}
