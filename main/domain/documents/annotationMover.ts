import { makeSegmentId, parseSegmentId } from '../../../contract/segmentId';
import type { AnnotationService } from '../annotations/annotationService';
import { AnnotationStore } from '../annotations/annotationStore';
import type { Connection } from '../database/connection';
import type { AlignedSegment } from './alignedSegments';
import type { AnnotationMove } from './alignmentEditLog';
import type { AlignmentEdit } from './alignmentEditTypes';
import { splitJunction } from './segmentEdits';
import { type MappedPosition, type SidePosition, mapPositionBackThroughEdit, mapPositionThroughEdit } from './alignmentPositions';

interface Moved {
  /** Annotations given a new place. */
  count: number;
  /** Those a split shortened: undo gives them back their whole text. */
  clipped: AnnotationMove[];
}

const movesText = (edit: AlignmentEdit) => edit.type === 'merge-segments' || edit.type === 'split-segment';

/**
 * Keeps annotations on their text through an alignment edit (issue 10): only
 * merging and splitting paragraphs moves text to another segment or offset
 * (alignmentPositions.ts), and each annotation on the segments it rewrote is
 * reattached where its text went, in the edit's transaction. An annotation
 * placed only approximately (its quote no longer at its position) is left to
 * be anchored by its quote, as after a re-import.
 */
export class AnnotationMover {
  private readonly records: AnnotationStore;

  constructor(
    db: Connection,
    private readonly documentId: string,
    private readonly annotations: AnnotationService,
  ) {
    this.records = new AnnotationStore(db);
  }

  /** After an edit (or a redo): `before` and `after` are the whole document either side of it. */
  moveThrough(before: readonly AlignedSegment[], after: readonly AlignedSegment[], edit: AlignmentEdit): Moved {
    if (!movesText(edit)) return { count: 0, clipped: [] };
    const clipped: AnnotationMove[] = [];
    let count = 0;
    for (const { id, position } of this.exactlyPlaced(before, this.keysTouched(before, edit))) {
      const mapped = mapPositionThroughEdit(before, edit, position);
      if (!this.reattach(id, after, position, mapped)) continue;
      count += 1;
      if (mapped.clipped) clipped.push({ id, before: this.place(position), after: this.place(mapped) });
    }
    return { count, clipped };
  }

  /**
   * After an undo: `current` is the document as the edit left it, `restored` as it was before the edit; `entry`
   * is the edit, with the annotations it shortened, which get back their whole text.
   */
  moveBack(current: readonly AlignedSegment[], restored: readonly AlignedSegment[], entry: { edit: AlignmentEdit; moves: readonly AnnotationMove[] }): Moved {
    if (!movesText(entry.edit)) return { count: 0, clipped: [] };
    let count = 0;
    for (const { id, position } of this.exactlyPlaced(current, this.keysMade(restored, entry.edit))) {
      const segmentId = makeSegmentId(this.documentId, position.key);
      const shortened = entry.moves.find((m) => m.id === id && m.after.segmentId === segmentId && m.after.start === position.start && m.after.end === position.end);
      const mapped: MappedPosition = shortened
        ? { ...position, key: parseSegmentId(shortened.before.segmentId)?.key ?? position.key, start: shortened.before.start, end: shortened.before.end, clipped: false }
        : mapPositionBackThroughEdit(restored, entry.edit, position);
      if (this.reattach(id, restored, position, mapped)) count += 1;
    }
    return { count, clipped: [] };
  }

  /** The keys of the segments an edit rewrites, in the document before it. */
  private keysTouched(before: readonly AlignedSegment[], edit: AlignmentEdit): string[] {
    const index = before.findIndex((s) => s.key === edit.segment);
    return edit.type === 'merge-segments' ? before.slice(index, index + 2).map((s) => s.key) : [edit.segment];
  }

  /** The keys of the segments an edit made, from the document before it (as the edit named the new one). */
  private keysMade(before: readonly AlignedSegment[], edit: AlignmentEdit): string[] {
    if (edit.type !== 'split-segment') return [edit.segment];
    const segment = before.find((s) => s.key === edit.segment);
    return segment ? [edit.segment, splitJunction(segment, edit.link, new Set(before.map((s) => s.key))).secondKey] : [edit.segment];
  }

  /** Live annotations on these segments whose quote is exactly at their position. */
  private exactlyPlaced(segments: readonly AlignedSegment[], keys: readonly string[]): { id: string; position: SidePosition }[] {
    const byKey = new Map(segments.map((s) => [s.key, s]));
    return this.records.select({ documentId: this.documentId }).flatMap((record) => {
      const key = parseSegmentId(record.target.segmentId)?.key;
      if (key === undefined || !keys.includes(key)) return [];
      const { side, position, quote } = record.target;
      if ((byKey.get(key)?.[side] ?? '').slice(position.start, position.end) !== quote.exact) return [];
      return [{ id: record.id, position: { key, side, start: position.start, end: position.end } }];
    });
  }

  /** Reattaches one annotation where the edit put its text; false when it stays (unmoved, or nothing left to hold). */
  private reattach(id: string, document: readonly AlignedSegment[], from: SidePosition, to: MappedPosition): boolean {
    if (to.key === from.key && to.start === from.start && to.end === from.end) return false;
    const text = document.find((s) => s.key === to.key)?.[to.side] ?? '';
    if (to.end <= to.start || to.end > text.length) return false;
    this.annotations.reattach(id, { segmentId: makeSegmentId(this.documentId, to.key), side: to.side, start: to.start, end: to.end, exact: text.slice(to.start, to.end) });
    return true;
  }

  private place(position: SidePosition): AnnotationMove['before'] {
    return { segmentId: makeSegmentId(this.documentId, position.key), start: position.start, end: position.end };
  }
}
