import type { AlignedSegment } from './alignedSegments';
import { type AlignmentEdit, type AlignmentEditResult, type SegmentPatch, refuse } from './alignmentEditTypes';
import { applyLinkEdit } from './linkEdits';
import { mergeSegments, splitJunction, splitSegment } from './segmentEdits';

/**
 * Applies one of the alignment editor's edits to a document's segments, as a
 * pure function: the segments given are never changed, untouched segments are
 * shared, and the result says which segments were rewritten and how to put
 * them back. Text never changes, only its grouping into sentences, links and
 * segments. An edit that does not fit throws DomainError
 * 'alignment-edit-refused' with the reason the reader explains.
 */
export function applyAlignmentEdit(segments: readonly AlignedSegment[], edit: AlignmentEdit): AlignmentEditResult {
  const index = segments.findIndex((s) => s.key === edit.segment);
  if (index < 0) refuse('alignment-out-of-range', `No segment ${edit.segment}`);
  const segment = segments[index];
  let replaced: AlignedSegment[];
  let insert: AlignedSegment[];
  switch (edit.type) {
    case 'merge-segments': {
      const next = segments[index + 1];
      if (!next) refuse('alignment-out-of-range', `${segment.key} is the last segment`);
      replaced = [segment, next];
      insert = [mergeSegments(segment, next)];
      break;
    }
    case 'split-segment': {
      const junction = splitJunction(segment, edit.link, new Set(segments.map((s) => s.key)));
      replaced = [segment];
      insert = splitSegment(segment, edit.link, junction);
      break;
    }
    default:
      replaced = [segment];
      insert = [applyLinkEdit(segment, edit)];
  }
  const change: SegmentPatch = { index, remove: replaced.map((s) => s.key), insert };
  const inverse: SegmentPatch = { index, remove: insert.map((s) => s.key), insert: replaced };
  return { segments: [...segments.slice(0, index), ...insert, ...segments.slice(index + replaced.length)], change, inverse };
}

/** Applies a patch (an edit's inverse, on undo), refused when the segments it expects are not where it expects them. */
export function applySegmentPatch(segments: readonly AlignedSegment[], patch: SegmentPatch): AlignedSegment[] {
  const found = segments.slice(patch.index, patch.index + patch.remove.length).map((s) => s.key);
  if (found.length !== patch.remove.length || found.some((key, i) => key !== patch.remove[i]))
    refuse('alignment-history-stale', `Expected ${patch.remove.join(',')} at ${patch.index}, found ${found.join(',')}`);
  const rest = [...segments.slice(0, patch.index), ...segments.slice(patch.index + patch.remove.length)];
  const clash = patch.insert.find((s) => rest.some((r) => r.key === s.key));
  if (clash) refuse('alignment-history-stale', `Segment ${clash.key} is already in the document`);
  return [...segments.slice(0, patch.index), ...patch.insert, ...segments.slice(patch.index + patch.remove.length)];
}
