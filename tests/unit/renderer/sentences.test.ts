import fs from 'node:fs';
import path from 'node:path';
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentDetail, Segment } from '../../../contract/model';
import type { SentenceLink } from '../../../contract/alignment';
import { describeSentence } from '../../../renderer/reader/sentences/describeSentence';
import { buildSentenceIndex, linkSideText, neighbour, sentenceKey } from '../../../renderer/reader/sentences/sentenceIndex';
import { SentencePairStore } from '../../../renderer/reader/sentences/sentencePairStore';
import { REPO_ROOT } from '../../helpers/corpus';

const DOC = 'test-doc';
const seg = (key: string) => `${DOC}:${key}`;

/** Two paragraphs; link 3 spans them (p2's Chinese sentence 1 ↔ p1's English sentence 3 and p2's 1). */
function fixture(links: SentenceLink[]): DocumentDetail {
  const segment = (key: string, position: number, zh: string, en: string, sentences: Segment['sentences']): Segment => ({
    id: seg(key),
    position,
    kind: 'paragraph',
    level: null,
    zh: { text: zh, origin: 'published' },
    en: { text: en, origin: 'reference-translation' },
    reviewNote: null,
    sentences,
  });
  return {
    id: DOC,
    segments: [
      segment('p0001', 0, '甲句。乙句。', 'One. Two. Three.', {
        zh: [
          { n: 1, start: 0, end: 3, link: 1 },
          { n: 2, start: 3, end: 6, link: 2 },
        ],
        en: [
          { n: 1, start: 0, end: 4, link: 1 },
          { n: 2, start: 5, end: 9, link: 2 },
          { n: 3, start: 10, end: 16, link: 3 },
          // Past the end of the text: left out rather than drawn.
          { n: 4, start: 14, end: 99, link: 3 },
        ],
      }),
      segment('p0002', 1, '丙句。', 'Four.', { zh: [{ n: 1, start: 0, end: 3, link: 3 }], en: [{ n: 1, start: 0, end: 5, link: 3 }] }),
    ],
    links,
  } as unknown as DocumentDetail;
}

const LINKS: SentenceLink[] = [
  { id: 1, zh: [`${seg('p0001')}.s1`], en: [`${seg('p0001')}.s1`], confidence: 0.97, corrected: false },
  { id: 2, zh: [`${seg('p0001')}.s2`], en: [`${seg('p0001')}.s2`], confidence: 0.42, corrected: false },
  { id: 3, zh: [`${seg('p0002')}.s1`], en: [`${seg('p0001')}.s3`, `${seg('p0002')}.s1`], confidence: 0.3, corrected: true },
];

const translators: Record<string, TFunction> = {};
beforeAll(async () => {
  for (const language of ['en', 'zh-CN']) {
    const instance = i18next.createInstance();
    const translation = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'locales', language, 'translation.json'), 'utf8'));
    await instance.init({ lng: language, resources: { [language]: { translation } }, interpolation: { escapeValue: false } });
    translators[language] = instance.t;
  }
});

describe('the sentence index', () => {
  const index = buildSentenceIndex(fixture(LINKS));

  it('orders each side across paragraphs and steps through it', () => {
    expect(index.order.en).toEqual([1, 2, 3].map((n) => sentenceKey('en', `${seg('p0001')}.s${n}`)).concat(sentenceKey('en', `${seg('p0002')}.s1`)));
    expect(neighbour(index, sentenceKey('zh', `${seg('p0001')}.s2`), 1)).toBe(sentenceKey('zh', `${seg('p0002')}.s1`));
    expect(neighbour(index, sentenceKey('zh', `${seg('p0001')}.s1`), -1)).toBeNull();
    expect(index.entries.get(sentenceKey('en', `${seg('p0001')}.s3`))?.text).toBe('Three.');
  });

  it("reads each sentence's id and text from its key and its side, on both sides", () => {
    const en = index.entries.get(sentenceKey('en', `${seg('p0001')}.s2`))!;
    expect([en.sentenceId, en.segmentId, en.side, en.n, en.paragraph]).toEqual([`${seg('p0001')}.s2`, seg('p0001'), 'en', 2, 1]);
    const zh = index.entries.get(sentenceKey('zh', `${seg('p0002')}.s1`))!;
    expect([zh.sentenceId, zh.side, zh.paragraph]).toEqual([`${seg('p0002')}.s1`, 'zh', 2]);
    expect(zh.text).toBe(fixture(LINKS).segments[1].zh!.text.slice(zh.start, zh.end));
  });

  it('leaves out a sentence whose range is not in the text', () => {
    expect(index.entries.has(sentenceKey('en', `${seg('p0001')}.s4`))).toBe(false);
    expect(index.ranges.get(seg('p0001'))?.en).toHaveLength(3);
  });

  it('lists the low-confidence links a person has not corrected', () => {
    expect(index.lowConfidence.map((l) => l.id)).toEqual([2]);
    expect(linkSideText(index, LINKS[2], 'en')).toBe('Three. Four.');
  });
});

describe('the pair store', () => {
  it('tells only the sentences of the links a hover leaves and enters', () => {
    const store = new SentencePairStore();
    const calls: string[] = [];
    for (const [link, key] of [[1, 'a'], [2, 'b'], [3, 'c']] as const) store.subscribeSentence(link, key, () => calls.push(key));
    store.setPointer(1);
    store.setPointer(2);
    store.setPointer(2);
    expect(calls).toEqual(['a', 'a', 'b']);
    expect(store.sentenceState(2, 'b')).toBe('active');
    store.pin(2);
    expect(store.sentenceState(2, 'b')).toBe('pinned');
    store.setDefaultCursor('c');
    expect(store.sentenceState(3, 'c')).toBe('|cursor');
  });
});

describe('what a screen reader hears', () => {
  const index = buildSentenceIndex(fixture(LINKS));

  it('names the sentence, its counterparts and the confidence, in English and Chinese', () => {
    const low = sentenceKey('zh', `${seg('p0001')}.s2`);
    expect(describeSentence(translators.en, index, low)).toBe('Chinese sentence 2 of 2 in paragraph 1, linked to English sentence 2; link confidence 42 %, check this link.');
    expect(describeSentence(translators['zh-CN'], index, low)).toBe('第 1 段中文第 2 句（共 2 句），与英文第 2 句对齐；对齐置信度 42%，请核对。');
  });

  it('says which paragraph a counterpart is in when the link spans paragraphs, and that a person corrected it', () => {
    const key = sentenceKey('zh', `${seg('p0002')}.s1`);
    expect(describeSentence(translators.en, index, key)).toBe(
      'Chinese sentence 1 of 1 in paragraph 2, linked to English sentences 3 in paragraph 1, 1; link corrected by a person.',
    );
  });
});
