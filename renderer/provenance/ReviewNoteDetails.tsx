import { useTranslation } from 'react-i18next';
import { asUiLanguage } from '../../contract/languages';
import type { ReviewNote } from '../../contract/model';
import './provenance.css';

interface ReviewNoteDetailsProps {
  note: ReviewNote;
  /** The flag's words and style where it is shown: a search hit or an annotation list by default, the reader's own row otherwise. */
  label?: string;
  className?: string;
  /** -1 where the flag is reached with the arrow keys of its row rather than Tab (the reader). */
  summaryTabIndex?: number;
}

/**
 * A flagged paragraph's review note, folded under its flag, in the interface
 * language: wherever a quote is shown (the reader, a search hit, an annotation
 * list) it keeps the warning. Esc folds an open note and leaves the focus on its flag.
 */
export function ReviewNoteDetails({ note, label, className = 'review-note-details', summaryTabIndex }: ReviewNoteDetailsProps) {
  const { t, i18n } = useTranslation();
  const ui = asUiLanguage(i18n.language);
  const foldOnEscape = (event: React.KeyboardEvent<HTMLDetailsElement>) => {
    if (event.key !== 'Escape' || !event.currentTarget.open) return;
    event.stopPropagation();
    event.currentTarget.open = false;
    event.currentTarget.querySelector('summary')?.focus();
  };
  return (
    <details className={className} onKeyDown={foldOnEscape}>
      <summary tabIndex={summaryTabIndex}>{label ?? t('provenance.reviewFlag')}</summary>
      <p lang={ui}>{note[ui]}</p>
    </details>
  );
}
