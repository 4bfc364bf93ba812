import type { Segment } from '../../../contract/model';

/** Where the annotation service reads the text annotations are made on. */
export interface SegmentSource {
  getSegment(segmentId: string): (Segment & { documentId: string }) | null;
  /** Documents in library order, for sorting by position across documents. */
  documentOrder(): string[];
}
