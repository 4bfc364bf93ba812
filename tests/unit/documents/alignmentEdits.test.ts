import { describe, expect, it } from 'vitest';
import type { ErrorReason } from '../../../contract/result';
import { DomainError } from '../../../main/domain/errors';
import { type AlignedSegment, alignmentProblems } from '../../../main/domain/documents/alignedSegments';
import type { AlignmentEdit } from '../../../main/domain/documents/alignmentEditTypes';
import { applyAlignmentEdit } from '../../../main/domain/documents/alignmentEdits';
import { alignedSegment, deepFreeze, sentenceTexts } from '../../helpers/alignedDocuments';

/** Two paragraphs on each side in p0001, one in p0002, links one to one, confidence 0.8. */
function document(): AlignedSegment[] {
  return deepFreeze([
    alignedSegment({
      key: 'p0001',
      zh: [['一。', '二。'], ['三。']],
      en: [['One.', 'Two.'], ['Three.']],
      links: [[[1], [1]], [[2], [2]], [[3], [3]]],
    }),
    alignedSegment({ key: 'p0002', zh: [['四。', '五。']], en: [['Four.', 'Five.']], links: [[[1], [1], 0.4], [[2], [2], 0.9]] }),
  ]);
}

const apply = (segments: readonly AlignedSegment[], edit: AlignmentEdit) => {
  const { segments: after } = applyAlignmentEdit(segments, edit);
  expect(alignmentProblems(after)).toEqual([]);
  return after;
};

/** Links as [zh, en] sentence texts, so a test reads as the reader shows it. */
const shownLinks = (segment: AlignedSegment) =>
  segment.links.map((link) => [
    link.zh.map((n) => segment.zh!.slice(segment.sentences.zh[n - 1].start, segment.sentences.zh[n - 1].end)),
    link.en.map((n) => segment.en!.slice(segment.sentences.en[n - 1].start, segment.sentences.en[n - 1].end)),
  ]);

function refusal(segments: readonly AlignedSegment[], edit: AlignmentEdit): ErrorReason | undefined {
  try {
    applyAlignmentEdit(segments, edit);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('alignment-edit-refused');
    return (error as DomainError).details?.reason;
  }
  throw new Error('The edit was not refused');
}

describe('merging sentences', () => {
  it('makes two sentences of a paragraph one, and merges their links, which become corrected', () => {
    const before = document();
    const [first, second] = apply(before, { type: 'merge-sentences', segment: 'p0001', side: 'zh', sentence: 1 });
    expect(sentenceTexts([first], 'zh')).toEqual(['一。二。', '三。']);
    expect(shownLinks(first)).toEqual([
      [['一。二。'], ['One.', 'Two.']],
      [['三。'], ['Three.']],
    ]);
    expect(first.links.map((l) => [l.confidence, l.corrected])).toEqual([
      [1, true],
      [0.8, false],
    ]);
    expect(second).toBe(before[1]);
  });

  it('takes in a one-sided link between the two, so links stay in reading order', () => {
    const segments = [alignedSegment({ key: 'p0001', zh: [['一。', '二。']], en: [['One.', 'Extra.', 'Two.']], links: [[[1], [1]], [[], [2]], [[2], [3]]] })];
    const [merged] = apply(segments, { type: 'merge-sentences', segment: 'p0001', side: 'zh', sentence: 1 });
    expect(shownLinks(merged)).toEqual([[['一。二。'], ['One.', 'Extra.', 'Two.']]]);
  });

  it('keeps the word pairs of the second sentence on the same words', () => {
    const segment = alignedSegment({ key: 'p0001', zh: [['我们。', '推进改革。']], en: [['We reform.']], links: [[[1, 2], [1]]] });
    segment.links[0].words = [{ zhSentence: 1, zhStart: 2, zhEnd: 4, enSentence: 0, enStart: 3, enEnd: 9 }];
    const [merged] = apply([segment], { type: 'merge-sentences', segment: 'p0001', side: 'zh', sentence: 1 });
    const pair = merged.links[0].words[0];
    expect(merged.zh!.slice(merged.sentences.zh[pair.zhSentence].start + pair.zhStart, merged.sentences.zh[pair.zhSentence].start + pair.zhEnd)).toBe('改革');
  });

  it('refuses sentences in different paragraphs, and a last sentence', () => {
    expect(refusal(document(), { type: 'merge-sentences', segment: 'p0001', side: 'en', sentence: 2 })).toBe('alignment-across-paragraphs');
    expect(refusal(document(), { type: 'merge-sentences', segment: 'p0001', side: 'en', sentence: 3 })).toBe('alignment-out-of-range');
    expect(refusal(document(), { type: 'merge-sentences', segment: 'p0009', side: 'en', sentence: 1 })).toBe('alignment-out-of-range');
  });
});

describe('splitting a sentence at the caret', () => {
  const segment = () => deepFreeze(alignedSegment({ key: 'p0001', zh: [['改革，开放。', '发展。']], en: [['Reform, opening up.', 'Growth.']], links: [[[1], [1]], [[2], [2]]] }));

  it('makes two sentences in the same link, leaving the white space at the caret outside both', () => {
    const [split] = apply([segment()], { type: 'split-sentence', segment: 'p0001', side: 'en', sentence: 1, offset: 'Reform,'.length });
    expect(sentenceTexts([split], 'en')).toEqual(['Reform,', 'opening up.', 'Growth.']);
    expect(shownLinks(split)).toEqual([
      [['改革，开放。'], ['Reform,', 'opening up.']],
      [['发展。'], ['Growth.']],
    ]);
    expect(split.links[0]).toMatchObject({ confidence: 1, corrected: true });
  });

  it('moves word pairs after the caret to the new sentence and drops a word the caret cuts', () => {
    const withPairs = structuredClone(segment());
    withPairs.links[0].words = [
      { zhSentence: 0, zhStart: 0, zhEnd: 2, enSentence: 0, enStart: 0, enEnd: 6 },
      { zhSentence: 0, zhStart: 3, zhEnd: 5, enSentence: 0, enStart: 8, enEnd: 15 },
      { zhSentence: 0, zhStart: 3, zhEnd: 5, enSentence: 0, enStart: 16, enEnd: 18 },
    ];
    const [split] = apply([withPairs], { type: 'split-sentence', segment: 'p0001', side: 'zh', sentence: 1, offset: 4 });
    expect(sentenceTexts([split], 'zh')).toEqual(['改革，开', '放。', '发展。']);
    expect(split.links[0].words).toEqual([{ zhSentence: 0, zhStart: 0, zhEnd: 2, enSentence: 0, enStart: 0, enEnd: 6 }]);
  });

  it('refuses a caret at either end of the sentence or outside it', () => {
    for (const offset of [0, 'Reform, opening up.'.length, 40])
      expect(refusal([segment()], { type: 'split-sentence', segment: 'p0001', side: 'en', sentence: 1, offset })).toBe('alignment-split-not-inside');
  });
});

describe('moving a sentence to the previous or next link', () => {
  const segment = () =>
    deepFreeze(alignedSegment({ key: 'p0001', zh: [['一。', '二。', '三。']], en: [['One.', 'Two.']], links: [[[1, 2], [1], 0.5], [[3], [2], 0.6]] }));

  it('moves the last sentence of a link to the next one, and the first to the previous one', () => {
    const [moved] = apply([segment()], { type: 'move-sentence', segment: 'p0001', side: 'zh', sentence: 2, direction: 'next' });
    expect(shownLinks(moved)).toEqual([
      [['一。'], ['One.']],
      [['二。', '三。'], ['Two.']],
    ]);
    expect(moved.links.every((l) => l.corrected && l.confidence === 1)).toBe(true);
    const [back] = apply([moved], { type: 'move-sentence', segment: 'p0001', side: 'zh', sentence: 2, direction: 'previous' });
    expect(shownLinks(back)).toEqual(shownLinks(segment()));
  });

  it('removes a link left with no sentence on either side', () => {
    const [moved] = apply([segment()], { type: 'move-sentence', segment: 'p0001', side: 'en', sentence: 2, direction: 'previous' });
    const [gone] = apply([moved], { type: 'move-sentence', segment: 'p0001', side: 'zh', sentence: 3, direction: 'previous' });
    expect(shownLinks(gone)).toEqual([[['一。', '二。', '三。'], ['One.', 'Two.']]]);
  });

  it('refuses a sentence inside its link, and a move out of the segment', () => {
    expect(refusal([segment()], { type: 'move-sentence', segment: 'p0001', side: 'zh', sentence: 1, direction: 'next' })).toBe('alignment-not-at-link-edge');
    expect(refusal([segment()], { type: 'move-sentence', segment: 'p0001', side: 'zh', sentence: 1, direction: 'previous' })).toBe('alignment-no-neighbour-link');
    expect(refusal([segment()], { type: 'move-sentence', segment: 'p0001', side: 'en', sentence: 2, direction: 'next' })).toBe('alignment-no-neighbour-link');
  });
});

describe('linking, unlinking and leaving a sentence without counterpart', () => {
  it('unlinks a link into its Chinese part and its English part, and links them again', () => {
    const [, unlinked] = apply(document(), { type: 'unlink', segment: 'p0002', link: 2 });
    expect(shownLinks(unlinked)).toEqual([[['四。'], ['Four.']], [['五。'], []], [[], ['Five.']]]);
    expect(unlinked.links.map((l) => l.confidence)).toEqual([0.4, 1, 1]);
    const [linked] = apply([unlinked], { type: 'link', segment: 'p0002', link: 2 });
    expect(shownLinks(linked)).toEqual(shownLinks(document()[1]));
    expect(refusal([unlinked], { type: 'unlink', segment: 'p0002', link: 3 })).toBe('alignment-changes-nothing');
    expect(refusal([unlinked], { type: 'link', segment: 'p0002', link: 3 })).toBe('alignment-out-of-range');
  });

  it('drops the word pairs of an unlinked link, and keeps those of links joined', () => {
    const segment = structuredClone(document()[1]);
    segment.links[1].words = [{ zhSentence: 0, zhStart: 0, zhEnd: 1, enSentence: 0, enStart: 0, enEnd: 4 }];
    const [joined] = apply([segment], { type: 'link', segment: 'p0002', link: 1 });
    expect(joined.links[0].words).toEqual([{ zhSentence: 1, zhStart: 0, zhEnd: 1, enSentence: 1, enStart: 0, enEnd: 4 }]);
    const [unlinked] = apply([segment], { type: 'unlink', segment: 'p0002', link: 2 });
    expect(unlinked.links.flatMap((l) => l.words)).toEqual([]);
  });

  it('makes the first or last sentence of a link a link of its own', () => {
    const segment = alignedSegment({ key: 'p0001', zh: [['一。', '二。', '三。']], en: [['One and two and three.']], links: [[[1, 2, 3], [1]]] });
    const [first] = apply([segment], { type: 'no-counterpart', segment: 'p0001', side: 'zh', sentence: 1 });
    expect(shownLinks(first)).toEqual([[['一。'], []], [['二。', '三。'], ['One and two and three.']]]);
    const [last] = apply([segment], { type: 'no-counterpart', segment: 'p0001', side: 'zh', sentence: 3 });
    expect(shownLinks(last)).toEqual([[['一。', '二。'], ['One and two and three.']], [['三。'], []]]);
    expect(refusal([segment], { type: 'no-counterpart', segment: 'p0001', side: 'zh', sentence: 2 })).toBe('alignment-not-at-link-edge');
    expect(refusal([first], { type: 'no-counterpart', segment: 'p0001', side: 'zh', sentence: 1 })).toBe('alignment-changes-nothing');
  });
});

describe('merging and splitting segments', () => {
  it('joins two segments with a line break, keeping the first key and every link as it was', () => {
    const { segments, change, inverse } = applyAlignmentEdit(document(), { type: 'merge-segments', segment: 'p0001' });
    expect(alignmentProblems(segments)).toEqual([]);
    expect(segments).toHaveLength(1);
    const [merged] = segments;
    expect(merged.key).toBe('p0001');
    expect(merged.zh).toBe('一。二。\n三。\n四。五。');
    expect(merged.en).toBe('One. Two.\nThree.\nFour. Five.');
    expect(shownLinks(merged)).toEqual([...shownLinks(document()[0]), ...shownLinks(document()[1])]);
    expect(merged.links.map((l) => l.confidence)).toEqual([0.8, 0.8, 0.8, 0.4, 0.9]);
    expect(change).toMatchObject({ index: 0, remove: ['p0001', 'p0002'] });
    expect(inverse).toEqual({ index: 0, remove: ['p0001'], insert: document() });
  });

  it('refuses merging a heading with a paragraph, and the last segment with nothing', () => {
    const segments = [alignedSegment({ key: 'h1', kind: 'heading', zh: [['标题']], en: [['Title']], links: [[[1], [1]]] }), ...document()];
    expect(refusal(segments, { type: 'merge-segments', segment: 'h1' })).toBe('alignment-segment-kinds-differ');
    expect(refusal(segments, { type: 'merge-segments', segment: 'p0002' })).toBe('alignment-out-of-range');
  });

  it('splits at a paragraph break into two segments, the second with a new key', () => {
    const after = apply(document(), { type: 'split-segment', segment: 'p0001', link: 3 });
    expect(after.map((s) => [s.key, s.zh, s.en])).toEqual([
      ['p0001', '一。二。', 'One. Two.'],
      ['p0001b', '三。', 'Three.'],
      ['p0002', '四。五。', 'Four. Five.'],
    ]);
    expect(after[1].links).toEqual([{ zh: [1], en: [1], confidence: 0.8, corrected: false, words: [] }]);
  });

  it('splits inside a paragraph, leaving out the space between the sentences, and takes the next free key', () => {
    const taken = [...document(), alignedSegment({ key: 'p0002b', zh: [['六。']], en: [['Six.']], links: [[[1], [1]]] })];
    const after = apply(taken, { type: 'split-segment', segment: 'p0002', link: 2 });
    expect(after.map((s) => [s.key, s.zh, s.en])).toEqual([
      ['p0001', '一。二。\n三。', 'One. Two.\nThree.'],
      ['p0002', '四。', 'Four.'],
      ['p0002c', '五。', 'Five.'],
      ['p0002b', '六。', 'Six.'],
    ]);
  });

  it('leaves a side without sentences empty in its part', () => {
    const segment = alignedSegment({ key: 'p0001', zh: [['一。'], ['二。']], en: [['One.']], links: [[[1], [1]], [[2], []]] });
    const [, second] = apply([segment], { type: 'split-segment', segment: 'p0001', link: 2 });
    expect([second.zh, second.en, second.sentences.en]).toEqual(['二。', null, []]);
  });

  it('refuses a split before the first link or after the last', () => {
    expect(refusal(document(), { type: 'split-segment', segment: 'p0001', link: 1 })).toBe('alignment-out-of-range');
    expect(refusal(document(), { type: 'split-segment', segment: 'p0001', link: 4 })).toBe('alignment-out-of-range');
  });
});
