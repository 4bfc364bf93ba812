import type { Segment } from '../../../contract/model';

/** Where the annotation service reads the text annotations are made on. */
export interface SegmentSource {
  getSegment(segmentId: string): (Segment & { documentId: string }) | null;
  /** Documents in library order, for sorting by position across documents. */
  documentOrder(): string[];
  /**
   * Documents whose text lives in another database than the annotations (the
   * bundled corpus). Others (the user's imports) share the annotations'
   * connection, which SQL functions of a listing cannot query while it runs:
   * their segments are read before.
   */
  bundledDocumentIds?(): ReadonlySet<string>;
  /** Changes whenever a document in the annotations' database changes: placements made before are then made again. */
  changeKey?(): string;
}
