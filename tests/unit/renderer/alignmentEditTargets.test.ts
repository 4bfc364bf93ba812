import { describe, expect, it } from 'vitest';
import type { SentenceLink } from '../../../contract/alignment';
import type { DocumentDetail, Segment } from '../../../contract/model';
import { EDIT_ACTIONS, editFor, editTarget, steppedDoubtful } from '../../../renderer/reader/alignmentEditor/editTargets';
import { buildSentenceIndex, sentenceKey } from '../../../renderer/reader/sentences/sentenceIndex';

const DOC = 'my-draft-abcdef';
const seg = (key: string) => `${DOC}:${key}`;

function segment(key: string, position: number, zh: string, en: string, sentences: Segment['sentences']): Segment {
  return { id: seg(key), position, kind: 'paragraph', level: null, zh: { text: zh, origin: 'published' }, en: { text: en, origin: 'user-draft' }, reviewNote: null, sentences };
}

/**
 * p0001: 甲句。乙句。丙句。 | One. Two. Three. — links 1 (甲|One), 2 (乙|Two Three) and 3 (丙|nothing);
 * p0002, edited since, with links of later ids: 20 (丁|Four) and 21 (nothing|Five).
 */
const DOCUMENT = {
  id: DOC,
  segments: [
    segment('p0001', 0, '甲句。乙句。丙句。', 'One. Two. Three.', {
      zh: [
        { n: 1, start: 0, end: 3, link: 1 },
        { n: 2, start: 3, end: 6, link: 2 },
        { n: 3, start: 6, end: 9, link: 3 },
      ],
      en: [
        { n: 1, start: 0, end: 4, link: 1 },
        { n: 2, start: 5, end: 9, link: 2 },
        { n: 3, start: 10, end: 16, link: 2 },
      ],
    }),
    segment('p0002', 1, '丁句。', 'Four. Five.', {
      zh: [{ n: 1, start: 0, end: 3, link: 20 }],
      en: [
        { n: 1, start: 0, end: 5, link: 20 },
        { n: 2, start: 6, end: 11, link: 21 },
      ],
    }),
  ],
  links: [
    { id: 1, zh: [`${seg('p0001')}.s1`], en: [`${seg('p0001')}.s1`], confidence: 0.97, corrected: false },
    { id: 2, zh: [`${seg('p0001')}.s2`], en: [`${seg('p0001')}.s2`, `${seg('p0001')}.s3`], confidence: 0.42, corrected: false },
    { id: 3, zh: [`${seg('p0001')}.s3`], en: [], confidence: 0.6, corrected: false },
    { id: 20, zh: [`${seg('p0002')}.s1`], en: [`${seg('p0002')}.s1`], confidence: 1, corrected: true },
    { id: 21, zh: [], en: [`${seg('p0002')}.s2`], confidence: 0.3, corrected: false },
  ] satisfies SentenceLink[],
} as unknown as DocumentDetail;

const index = buildSentenceIndex(DOCUMENT);
const key = (side: 'zh' | 'en', segmentKey: string, n: number) => sentenceKey(side, `${seg(segmentKey)}.s${n}`);
const possible = (target: NonNullable<ReturnType<typeof editTarget>>) => EDIT_ACTIONS.filter((action) => editFor(action, target) !== null);

describe('the alignment editor’s targets', () => {
  it('names the chosen sentence’s link by its place among its paragraph’s links, whatever its id', () => {
    expect(editTarget(DOCUMENT, index, key('en', 'p0001', 3), null)).toMatchObject({ segmentKey: 'p0001', side: 'en', sentence: 3, linkNumber: 2, links: 3, position: 0 });
    expect(editTarget(DOCUMENT, index, key('en', 'p0002', 2), null)).toMatchObject({ segmentKey: 'p0002', linkNumber: 2, links: 2, position: 1, paragraphs: 2 });
    expect(editTarget(DOCUMENT, index, null, null)).toBeNull();
  });

  it('offers only the edits that fit the sentence: what is first, last or alone in its link, paragraph or document', () => {
    const first = editTarget(DOCUMENT, index, key('zh', 'p0001', 1), null)!;
    expect(possible(first)).toEqual(['merge-sentences', 'move-next', 'link', 'unlink', 'no-counterpart', 'merge-paragraphs']);
    const middle = editTarget(DOCUMENT, index, key('en', 'p0001', 2), null)!;
    expect(possible(middle)).toEqual(['merge-sentences', 'move-previous', 'link', 'unlink', 'no-counterpart', 'merge-paragraphs', 'split-paragraph']);
    const alone = editTarget(DOCUMENT, index, key('en', 'p0002', 2), null)!;
    expect(possible(alone)).toEqual(['move-previous', 'split-paragraph']);
  });

  it('makes the edits the domain takes, with the caret offset for a split only when it is inside the sentence', () => {
    const sentence = key('en', 'p0001', 3);
    expect(editFor('split-sentence', editTarget(DOCUMENT, index, sentence, 12)!)).toEqual({ type: 'split-sentence', segment: 'p0001', side: 'en', sentence: 3, offset: 12 });
    expect(editFor('split-sentence', editTarget(DOCUMENT, index, sentence, 10)!)).toBeNull();
    expect(editFor('split-sentence', editTarget(DOCUMENT, index, sentence, 3)!)).toBeNull();
    const target = editTarget(DOCUMENT, index, sentence, null)!;
    expect(editFor('move-next', target)).toEqual({ type: 'move-sentence', segment: 'p0001', side: 'en', sentence: 3, direction: 'next' });
    expect(editFor('link', target)).toEqual({ type: 'link', segment: 'p0001', link: 2 });
    expect(editFor('split-paragraph', target)).toEqual({ type: 'split-segment', segment: 'p0001', link: 2 });
    expect(editFor('merge-paragraphs', target)).toEqual({ type: 'merge-segments', segment: 'p0001' });
  });

  it('steps through the doubtful links in reading order from the link chosen, round past either end', () => {
    expect(index.lowConfidence.map((l) => l.id)).toEqual([2, 3, 21]);
    expect(steppedDoubtful(DOCUMENT, index, null, 1)?.id).toBe(2);
    expect(steppedDoubtful(DOCUMENT, index, 2, 1)?.id).toBe(3);
    expect(steppedDoubtful(DOCUMENT, index, 20, 1)?.id).toBe(21);
    expect(steppedDoubtful(DOCUMENT, index, 21, 1)?.id).toBe(2);
    expect(steppedDoubtful(DOCUMENT, index, 1, -1)?.id).toBe(21);
    expect(steppedDoubtful(DOCUMENT, index, 20, -1)?.id).toBe(3);
  });
});
