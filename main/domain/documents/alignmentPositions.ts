import type { TextLanguage } from '../../../contract/languages';
import type { AlignedSegment } from './alignedSegments';
import type { AlignmentEdit } from './alignmentEditTypes';
import { type SegmentJunction, mergeJunction, splitJunction } from './segmentEdits';

/**
 * Annotations are stored against a segment side and UTF-16 offsets in its
 * text (contract/annotations.ts). Only merging and splitting segments moves
 * text to another segment or offset; the other edits regroup sentences and
 * leave every position as it is. Storage maps each annotation of the edited
 * segments through the edit (or back, on undo) in the edit's transaction.
 */
export interface SidePosition {
  key: string;
  side: TextLanguage;
  start: number;
  end: number;
}

export interface MappedPosition extends SidePosition {
  /**
   * The range ran across the place where the segment was split, so it now
   * covers the longer of its two pieces (its quote must be shortened to match).
   */
  clipped: boolean;
}

/** The junction an edit makes or removes, null for edits that keep every segment's text. */
function junctionOf(before: readonly AlignedSegment[], edit: AlignmentEdit): SegmentJunction | null {
  const index = before.findIndex((s) => s.key === edit.segment);
  if (edit.type === 'merge-segments') return mergeJunction(before[index], before[index + 1]);
  if (edit.type === 'split-segment') return splitJunction(before[index], edit.link, new Set(before.map((s) => s.key)));
  return null;
}

/** A position in the joined text, as a position in one of the two parts. */
function cutPosition(junction: SegmentJunction, position: SidePosition): MappedPosition {
  const { a, b } = junction.cut[position.side];
  if (position.key !== junction.firstKey) return { ...position, clipped: false };
  if (position.end <= a) return { ...position, clipped: false };
  if (position.start >= b) return { ...position, key: junction.secondKey, start: position.start - b, end: position.end - b, clipped: false };
  const firstLength = Math.max(0, a - position.start);
  const secondLength = Math.max(0, position.end - b);
  if (secondLength > firstLength) return { ...position, key: junction.secondKey, start: 0, end: position.end - b, clipped: true };
  return { ...position, start: Math.min(position.start, a), end: a, clipped: true };
}

/** A position in one of two parts, as a position in their joined text. */
function joinPosition(junction: SegmentJunction, position: SidePosition): MappedPosition {
  if (position.key !== junction.secondKey) return { ...position, clipped: false };
  const { b } = junction.cut[position.side];
  return { ...position, key: junction.firstKey, start: position.start + b, end: position.end + b, clipped: false };
}

/** Where a position in the document before `edit` is once it is applied. */
export function mapPositionThroughEdit(before: readonly AlignedSegment[], edit: AlignmentEdit, position: SidePosition): MappedPosition {
  const junction = junctionOf(before, edit);
  if (!junction) return { ...position, clipped: false };
  return edit.type === 'merge-segments' ? joinPosition(junction, position) : cutPosition(junction, position);
}

/**
 * Where a position in the document after `edit` was before it (on undo):
 * `before` is the document the edit was applied to, as the edit's inverse
 * patch restores it.
 */
export function mapPositionBackThroughEdit(before: readonly AlignedSegment[], edit: AlignmentEdit, position: SidePosition): MappedPosition {
  const junction = junctionOf(before, edit);
  if (!junction) return { ...position, clipped: false };
  return edit.type === 'merge-segments' ? cutPosition(junction, position) : joinPosition(junction, position);
}
