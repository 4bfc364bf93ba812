import { useTranslation } from 'react-i18next';
import { asUiLanguage } from '../../contract/languages';
import type { ReviewNote } from '../../contract/model';

/** A paragraph's review note, in the interface language. Esc folds an open note and leaves the focus on its flag. */
export function ReviewFlag({ note }: { note: ReviewNote }) {
  const { t, i18n } = useTranslation();
  const ui = asUiLanguage(i18n.language);
  const foldOnEscape = (event: React.KeyboardEvent<HTMLDetailsElement>) => {
    if (event.key !== 'Escape' || !event.currentTarget.open) return;
    event.stopPropagation();
    event.currentTarget.open = false;
    event.currentTarget.querySelector('summary')?.focus();
  };
  return (
    <details className="review-flag" onKeyDown={foldOnEscape}>
      <summary tabIndex={-1}>{t('reader.reviewFlag')}</summary>
      <p lang={ui}>{note[ui]}</p>
    </details>
  );
}
