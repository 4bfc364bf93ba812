import { describe, expect, it } from 'vitest';
import { TEXT_LANGUAGES } from '../../../contract/languages';
import { ERROR_REASONS } from '../../../contract/result';
import { DomainError } from '../../../main/domain/errors';
import { type AlignedSegment, alignmentProblems } from '../../../main/domain/documents/alignedSegments';
import type { AlignmentEdit, AlignmentEditType } from '../../../main/domain/documents/alignmentEditTypes';
import {
  type AlignmentHistory,
  type HistoryStep,
  emptyAlignmentHistory,
  recordAlignmentEdit,
  redoAlignmentEdit,
  undoAlignmentEdit,
} from '../../../main/domain/documents/alignmentHistory';
import { deepFreeze, randomAlignedDocument, sentenceTexts, textWithoutSpace } from '../../helpers/alignedDocuments';
import { seededRandom } from '../../helpers/seededRandom';

const TYPES: AlignmentEditType[] = ['merge-sentences', 'split-sentence', 'merge-segments', 'split-segment', 'move-sentence', 'link', 'unlink', 'no-counterpart'];

/** An edit of a random kind at a random place: often one the document refuses, which is tested too. */
function randomEdit(segments: readonly AlignedSegment[], random: () => number): AlignmentEdit {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const segment = pick(segments);
  const side = pick(TEXT_LANGUAGES);
  const sentence = 1 + Math.floor(random() * (segment.sentences[side].length + 1));
  const link = 1 + Math.floor(random() * (segment.links.length + 1));
  const type = pick(TYPES);
  switch (type) {
    case 'merge-sentences':
    case 'no-counterpart':
      return { type, segment: segment.key, side, sentence };
    case 'split-sentence': {
      const at = segment.sentences[side][sentence - 1] ?? { start: 0, end: 3 };
      return { type, segment: segment.key, side, sentence, offset: at.start + Math.floor(random() * (at.end - at.start + 1)) };
    }
    case 'move-sentence':
      return { type, segment: segment.key, side, sentence, direction: random() < 0.5 ? 'previous' : 'next' };
    case 'merge-segments':
      return { type, segment: segment.key };
    default:
      return { type, segment: segment.key, link };
  }
}

function expectUnchangedText(before: readonly AlignedSegment[], after: readonly AlignedSegment[]) {
  for (const side of TEXT_LANGUAGES) {
    expect(textWithoutSpace(after, side)).toBe(textWithoutSpace(before, side));
    // Sentences cover the same text (a merged sentence takes in the space it spans).
    const covered = (segments: readonly AlignedSegment[]) => sentenceTexts(segments, side).join('').replace(/\s+/g, '');
    expect(covered(after)).toBe(covered(before));
  }
}

/** Segments outside the change are the very same objects: storage rewrites only what the change names. */
function expectOnlyChangeRewritten(before: readonly AlignedSegment[], step: HistoryStep) {
  const { index, remove, insert } = step.change;
  expect(before.slice(index, index + remove.length).map((s) => s.key)).toEqual(remove);
  expect(step.segments.slice(index, index + insert.length)).toEqual(insert);
  expect(step.segments.slice(0, index)).toEqual(before.slice(0, index));
  step.segments.slice(index + insert.length).forEach((segment, i) => expect(segment).toBe(before[index + remove.length + i]));
}

interface Run {
  original: AlignedSegment[];
  final: AlignedSegment[];
  history: AlignmentHistory;
  applied: Record<string, number>;
  refused: Record<string, number>;
}

function runSequence(seed: number, length: number): Run {
  const random = seededRandom(seed);
  const original = deepFreeze(randomAlignedDocument(seed, 2 + Math.floor(random() * 5)));
  expect(alignmentProblems(original)).toEqual([]);
  let segments = original;
  let history = emptyAlignmentHistory('user-document');
  const applied: Record<string, number> = {};
  const refused: Record<string, number> = {};
  for (let i = 0; i < length; i += 1) {
    const edit = randomEdit(segments, random);
    try {
      const step = recordAlignmentEdit(history, segments, edit, { id: `e${i}`, by: 'Tester', at: '2026-12-01T10:00:00.000Z' });
      expect(alignmentProblems(step.segments), JSON.stringify(edit)).toEqual([]);
      expectUnchangedText(segments, step.segments);
      expectOnlyChangeRewritten(segments, step);
      segments = deepFreeze(step.segments);
      history = step.history;
      applied[edit.type] = (applied[edit.type] ?? 0) + 1;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      expect(error.code).toBe('alignment-edit-refused');
      expect(ERROR_REASONS).toContain(error.details?.reason);
      refused[edit.type] = (refused[edit.type] ?? 0) + 1;
    }
  }
  return { original, final: segments, history, applied, refused };
}

describe('random sequences of alignment edits', () => {
  it('keep every document well formed, its text unchanged, and undo all of them back to the original exactly', () => {
    const applied: Record<string, number> = {};
    for (let seed = 1; seed <= 150; seed += 1) {
      const run = runSequence(seed, 40);
      for (const [type, count] of Object.entries(run.applied)) applied[type] = (applied[type] ?? 0) + count;
      let segments = run.final;
      let history = run.history;
      while (history.undo.length > 0) {
        const step = undoAlignmentEdit(history, segments);
        expect(alignmentProblems(step.segments)).toEqual([]);
        expectOnlyChangeRewritten(segments, step);
        segments = deepFreeze(step.segments);
        history = step.history;
      }
      expect(segments).toEqual(run.original);
      while (history.redo.length > 0) {
        const step = redoAlignmentEdit(history, segments);
        segments = deepFreeze(step.segments);
        history = step.history;
      }
      expect(segments).toEqual(run.final);
    }
    // Every kind of edit was exercised many times, not just refused.
    for (const type of TYPES) expect(applied[type] ?? 0, type).toBeGreaterThan(50);
  });
});
