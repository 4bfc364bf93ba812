import type { ReviewNote } from '../../contract/model';
import { ReviewNoteDetails } from '../provenance/ReviewNoteDetails';

/** A paragraph's review note in the reader, its flag one of the row's parts (reached with the arrow keys, not Tab). */
export function ReviewFlag({ note, label }: { note: ReviewNote; label: string }) {
  return <ReviewNoteDetails note={note} label={label} className="review-flag" summaryTabIndex={-1} />;
}
