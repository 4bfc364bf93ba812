import { useTranslation } from 'react-i18next';
import { asUiLanguage } from '../../contract/languages';
import type { ReviewNote } from '../../contract/model';
import './provenance.css';

/**
 * A flagged paragraph's review note, folded under its flag, in the interface
 * language: a quote taken from a search hit or an annotation list keeps the
 * warning the reader shows. Esc folds an open note.
 */
export function ReviewNoteDetails({ note }: { note: ReviewNote }) {
  const { t, i18n } = useTranslation();
  const ui = asUiLanguage(i18n.language);
  const foldOnEscape = (event: React.KeyboardEvent<HTMLDetailsElement>) => {
    if (event.key !== 'Escape' || !event.currentTarget.open) return;
    event.stopPropagation();
    event.currentTarget.open = false;
    event.currentTarget.querySelector('summary')?.focus();
  };
  return (
    <details className="review-note-details" onKeyDown={foldOnEscape}>
      <summary>{t('provenance.reviewFlag')}</summary>
      <p lang={ui}>{note[ui]}</p>
    </details>
  );
}
