import { describe, expect, it } from 'vitest';
import { TEXT_LANGUAGES, type TextLanguage } from '../../../contract/languages';
import type { AlignedSegment } from '../../../main/domain/documents/alignedSegments';
import type { AlignmentEdit } from '../../../main/domain/documents/alignmentEditTypes';
import { applyAlignmentEdit } from '../../../main/domain/documents/alignmentEdits';
import { type SidePosition, mapPositionBackThroughEdit, mapPositionThroughEdit } from '../../../main/domain/documents/alignmentPositions';
import { alignedSegment, deepFreeze, randomAlignedDocument } from '../../helpers/alignedDocuments';
import { seededRandom } from '../../helpers/seededRandom';

const document = () =>
  deepFreeze([
    alignedSegment({ key: 'p0001', zh: [['一。', '二。'], ['三。']], en: [['One.', 'Two.'], ['Three.']], links: [[[1], [1]], [[2], [2]], [[3], [3]]] }),
    alignedSegment({ key: 'p0002', zh: [['四是四。', '五。']], en: [['Four is four.', 'Five.']], links: [[[1], [1]], [[2], [2]]] }),
  ]);

/** The text a position covers in a document. */
function quoted(segments: readonly AlignedSegment[], position: SidePosition): string {
  const segment = segments.find((s) => s.key === position.key);
  return (segment?.[position.side] ?? '').slice(position.start, position.end);
}

/** A position covering `quote` where it first occurs in the segment's side. */
function positionOf(segments: readonly AlignedSegment[], key: string, side: TextLanguage, quote: string): SidePosition {
  const start = (segments.find((s) => s.key === key)?.[side] ?? '').indexOf(quote);
  expect(start).toBeGreaterThanOrEqual(0);
  return { key, side, start, end: start + quote.length };
}

describe('annotation positions through merging and splitting segments', () => {
  it('keep a quote in the second of two merged segments on the same text, and back on undo', () => {
    const before = document();
    const edit: AlignmentEdit = { type: 'merge-segments', segment: 'p0001' };
    const after = applyAlignmentEdit(before, edit).segments;
    for (const [side, quote] of [['zh', '是四'], ['en', 'is four'], ['en', 'Five.']] as const) {
      const position = positionOf(before, 'p0002', side, quote);
      const moved = mapPositionThroughEdit(before, edit, position);
      expect(moved).toMatchObject({ key: 'p0001', clipped: false });
      expect(quoted(after, moved)).toBe(quote);
      const back = mapPositionBackThroughEdit(before, edit, moved);
      expect(back).toEqual({ ...position, clipped: false });
    }
    const inFirst = positionOf(before, 'p0001', 'en', 'Three');
    expect(mapPositionThroughEdit(before, edit, inFirst)).toEqual({ ...inFirst, clipped: false });
  });

  it('move a quote after the split point to the new segment, and back on undo', () => {
    const before = document();
    const edit: AlignmentEdit = { type: 'split-segment', segment: 'p0002', link: 2 };
    const after = applyAlignmentEdit(before, edit).segments;
    const position = positionOf(before, 'p0002', 'en', 'Five');
    const moved = mapPositionThroughEdit(before, edit, position);
    expect(moved).toMatchObject({ key: 'p0002b', clipped: false });
    expect(quoted(after, moved)).toBe('Five');
    expect(mapPositionBackThroughEdit(before, edit, moved)).toEqual({ ...position, clipped: false });
    const earlier = positionOf(before, 'p0002', 'zh', '四是四');
    expect(mapPositionThroughEdit(before, edit, earlier)).toEqual({ ...earlier, clipped: false });
  });

  it('keep the longer piece of a quote the split runs through, and say it was clipped', () => {
    const before = document();
    const edit: AlignmentEdit = { type: 'split-segment', segment: 'p0002', link: 2 };
    const after = applyAlignmentEdit(before, edit).segments;
    const mostlyFirst = mapPositionThroughEdit(before, edit, positionOf(before, 'p0002', 'en', 'four. Fi'));
    expect(mostlyFirst).toMatchObject({ key: 'p0002', clipped: true });
    expect(quoted(after, mostlyFirst)).toBe('four.');
    const mostlySecond = mapPositionThroughEdit(before, edit, positionOf(before, 'p0002', 'en', '. Five.'));
    expect(mostlySecond).toMatchObject({ key: 'p0002b', clipped: true });
    expect(quoted(after, mostlySecond)).toBe('Five.');
  });

  it('leave positions alone through edits that only regroup sentences', () => {
    const before = document();
    const position = positionOf(before, 'p0002', 'en', 'Five');
    for (const edit of [
      { type: 'unlink', segment: 'p0002', link: 2 },
      { type: 'merge-sentences', segment: 'p0002', side: 'en', sentence: 1 },
      { type: 'split-sentence', segment: 'p0002', side: 'en', sentence: 1, offset: 5 },
    ] satisfies AlignmentEdit[]) {
      const after = applyAlignmentEdit(before, edit).segments;
      const moved = mapPositionThroughEdit(before, edit, position);
      expect(moved).toEqual({ ...position, clipped: false });
      expect(quoted(after, moved)).toBe('Five');
    }
  });

  it('keep every quote inside a sentence on its text through random merges and splits', () => {
    let mapped = 0;
    for (let seed = 1; seed <= 60; seed += 1) {
      const random = seededRandom(seed * 7919);
      const before = deepFreeze(randomAlignedDocument(seed, 4));
      const index = Math.floor(random() * 3);
      const segment = before[index];
      const edit: AlignmentEdit =
        random() < 0.5 || segment.links.length < 2
          ? { type: 'merge-segments', segment: segment.key }
          : { type: 'split-segment', segment: segment.key, link: 2 + Math.floor(random() * (segment.links.length - 1)) };
      let after: AlignedSegment[];
      try {
        after = applyAlignmentEdit(before, edit).segments;
      } catch {
        continue; // a heading beside a paragraph
      }
      for (const s of before)
        for (const side of TEXT_LANGUAGES)
          for (const sentence of s.sentences[side]) {
            const start = sentence.start + Math.floor(random() * (sentence.end - sentence.start));
            const position = { key: s.key, side, start, end: start + 1 + Math.floor(random() * (sentence.end - start)) };
            const moved = mapPositionThroughEdit(before, edit, position);
            expect(moved.clipped).toBe(false);
            expect(quoted(after, moved)).toBe(quoted(before, position));
            expect(mapPositionBackThroughEdit(before, edit, moved)).toEqual({ ...position, clipped: false });
            mapped += 1;
          }
    }
    expect(mapped).toBeGreaterThan(500);
  });
});
