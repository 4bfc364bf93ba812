import { useTranslation } from 'react-i18next';
import type { ReviewNote } from '../../contract/model';
import { ReviewNoteDetails } from '../provenance/ReviewNoteDetails';

/** A paragraph's review note in the reader, its flag one of the row's parts (reached with the arrow keys, not Tab). */
export function ReviewFlag({ note }: { note: ReviewNote }) {
  const { t } = useTranslation();
  return <ReviewNoteDetails note={note} label={t('reader.reviewFlag')} className="review-flag" summaryTabIndex={-1} />;
}
