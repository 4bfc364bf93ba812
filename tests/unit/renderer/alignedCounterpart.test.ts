import { describe, expect, it } from 'vitest';
import type { DocumentDetail, Segment } from '../../../contract/model';
import type { TermMark, TermStatus } from '../../../contract/terminology';
import { alignedCounterpart } from '../../../renderer/reader/terms/alignedCounterpart';
import { buildSentenceIndex } from '../../../renderer/reader/sentences/sentenceIndex';

const DOC = 'test-doc';
const ZH = '推进分级诊疗。建设医联体。';
const EN = 'Promote tiered care. Build medical consortia and hierarchical diagnosis.';

function doc(withSentences: boolean): DocumentDetail {
  const segment: Segment = {
    id: `${DOC}:p0001`,
    position: 0,
    kind: 'paragraph',
    level: null,
    zh: { text: ZH, origin: 'published' },
    en: { text: EN, origin: 'published' },
    reviewNote: null,
    sentences: withSentences
      ? {
          zh: [
            { n: 1, start: 0, end: 7, link: 1 },
            { n: 2, start: 7, end: 13, link: 2 },
          ],
          en: [
            { n: 1, start: 0, end: 20, link: 1 },
            { n: 2, start: 21, end: EN.length, link: 2 },
          ],
        }
      : { zh: [], en: [] },
  } as unknown as Segment;
  const links = withSentences
    ? [
        { id: 1, zh: [`${DOC}:p0001.s1`], en: [`${DOC}:p0001.s1`], confidence: 0.9, corrected: false },
        { id: 2, zh: [`${DOC}:p0001.s2`], en: [`${DOC}:p0001.s2`], confidence: 0.9, corrected: false },
      ]
    : [];
  return { id: DOC, segments: [segment], links } as unknown as DocumentDetail;
}

const mark = (text: string, whole: string, conceptId: string, status: TermStatus): TermMark => ({
  start: whole.indexOf(text),
  end: whole.indexOf(text) + text.length,
  conceptId,
  termId: `${conceptId}.t`,
  status,
});
const ZH_MARK = mark('分级诊疗', ZH, 'c001', 'preferred');
const MARKS = { zh: [ZH_MARK, mark('医联体', ZH, 'c002', 'preferred')], en: [mark('tiered care', EN, 'c001', 'forbidden'), mark('hierarchical diagnosis', EN, 'c001', 'preferred')] };

function lookupFor(detail: DocumentDetail) {
  return { index: buildSentenceIndex(detail), marksOf: (_: string, side: 'zh' | 'en') => MARKS[side], textOf: (_: string, side: 'zh' | 'en') => (side === 'zh' ? ZH : EN) };
}

describe('a marked term\'s counterpart, for its entry in the reader', () => {
  it('is the same concept\'s terms in the linked sentence only, with their statuses', () => {
    const found = alignedCounterpart(lookupFor(doc(true)), `${DOC}:p0001`, 'zh', ZH_MARK);
    expect(found.scope).toBe('sentence');
    // "hierarchical diagnosis" is in the other sentence: not this term's rendering here.
    expect(found.terms.map((t) => [t.text, t.mark.status])).toEqual([['tiered care', 'forbidden']]);
  });

  it('is nothing where the linked sentence holds no term of the concept', () => {
    const consortium = MARKS.zh[1];
    expect(alignedCounterpart(lookupFor(doc(true)), `${DOC}:p0001`, 'zh', consortium).terms).toEqual([]);
  });

  it('falls back on the paragraph where the document has no sentence links', () => {
    const found = alignedCounterpart(lookupFor(doc(false)), `${DOC}:p0001`, 'zh', ZH_MARK);
    expect(found.scope).toBe('paragraph');
    expect(found.terms.map((t) => t.text)).toEqual(['tiered care', 'hierarchical diagnosis']);
  });
});
