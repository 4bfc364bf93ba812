import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../main/domain/errors';
import {
  emptyAlignmentHistory,
  recordAlignmentEdit,
  redoAlignmentEdit,
  undoAlignmentEdit,
} from '../../../main/domain/documents/alignmentHistory';
import { alignedSegment, deepFreeze } from '../../helpers/alignedDocuments';

const document = () =>
  deepFreeze([
    alignedSegment({ key: 'p0001', zh: [['一。', '二。']], en: [['One.', 'Two.']], links: [[[1], [1], 0.3], [[2], [2], 0.9]] }),
    alignedSegment({ key: 'p0002', zh: [['三。']], en: [['Three.']], links: [[[1], [1]]] }),
  ]);

const made = (id: string) => ({ id, by: '王芳', at: '2026-12-01T10:30:00.000+08:00' });

function reasonOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError && error.code === 'alignment-edit-refused') return error.details?.reason;
    throw error;
  }
  return undefined;
}

describe('the alignment edit log', () => {
  it('records who made each edit and when, undoes the last first and redoes it', () => {
    const original = document();
    const first = recordAlignmentEdit(emptyAlignmentHistory('my-notice'), original, { type: 'merge-segments', segment: 'p0001' }, made('a'));
    const second = recordAlignmentEdit(first.history, first.segments, { type: 'unlink', segment: 'p0001', link: 1 }, made('b'));
    expect(second.history.undo.map((e) => [e.id, e.documentId, e.by, e.at, e.edit.type])).toEqual([
      ['a', 'my-notice', '王芳', '2026-12-01T10:30:00.000+08:00', 'merge-segments'],
      ['b', 'my-notice', '王芳', '2026-12-01T10:30:00.000+08:00', 'unlink'],
    ]);
    const undone = undoAlignmentEdit(second.history, second.segments);
    expect(undone.entry.id).toBe('b');
    expect(undone.segments).toEqual(first.segments);
    const undoneAll = undoAlignmentEdit(undone.history, undone.segments);
    expect(undoneAll.segments).toEqual(original);
    expect(undoneAll.history.redo.map((e) => e.id)).toEqual(['b', 'a']);
    const redone = redoAlignmentEdit(undoneAll.history, undoneAll.segments);
    expect(redone.entry.id).toBe('a');
    expect(redone.segments).toEqual(first.segments);
    expect(reasonOf(() => undoAlignmentEdit(emptyAlignmentHistory('my-notice'), original))).toBe('alignment-nothing-to-undo');
    expect(reasonOf(() => redoAlignmentEdit(second.history, second.segments))).toBe('alignment-nothing-to-redo');
  });

  it('clears what could be redone when a new edit is made', () => {
    const made1 = recordAlignmentEdit(emptyAlignmentHistory('my-notice'), document(), { type: 'link', segment: 'p0001', link: 1 }, made('a'));
    const undone = undoAlignmentEdit(made1.history, made1.segments);
    expect(undone.history.redo).toHaveLength(1);
    const other = recordAlignmentEdit(undone.history, undone.segments, { type: 'unlink', segment: 'p0002', link: 1 }, made('b'));
    expect(other.history.redo).toEqual([]);
    expect(other.history.undo.map((e) => e.id)).toEqual(['b']);
  });

  it('refuses to undo onto a document that changed since (imported again), rather than misapply it', () => {
    const step = recordAlignmentEdit(emptyAlignmentHistory('my-notice'), document(), { type: 'split-segment', segment: 'p0001', link: 2 }, made('a'));
    const reimported = [alignedSegment({ key: 'p0001', zh: [['新。']], en: [['New.']], links: [[[1], [1]]] })];
    expect(reasonOf(() => undoAlignmentEdit(step.history, reimported))).toBe('alignment-history-stale');
  });

});
