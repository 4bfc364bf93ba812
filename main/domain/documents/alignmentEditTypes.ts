import type { ErrorReason } from '../../../contract/result';
import { DomainError } from '../errors';
import type { AlignedSegment } from './alignedSegments';

/** The edits themselves are the contract's (contract/alignmentEdits.ts): the renderer sends them, the log stores them. */
export { alignmentEditSchema, type AlignmentEdit, type AlignmentEditType } from '../../../contract/alignmentEdits';

/**
 * Segments replaced by others at one place of the document: how an edit is
 * undone (exactly, whatever it was), and what storage rewrites. `remove`
 * names the keys expected there, so a patch applied to a document that has
 * changed since is refused rather than misapplied.
 */
export interface SegmentPatch {
  index: number;
  remove: string[];
  insert: AlignedSegment[];
}

export interface AlignmentEditResult {
  segments: AlignedSegment[];
  /** The segments the edit rewrote, as a patch of the document before it. */
  change: SegmentPatch;
  /** The patch that puts the document back as it was. */
  inverse: SegmentPatch;
}

export type AlignmentRefusal = Extract<ErrorReason, `alignment-${string}`>;

export function refuse(reason: AlignmentRefusal, message: string): never {
  throw new DomainError('alignment-edit-refused', message, { reason });
}
