import path from 'node:path';
import * as OpenCC from 'opencc-js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentDetail } from '../../../contract/model';
import { CorpusRepository } from '../../../main/domain/corpus/corpusRepository';
import { foldText } from '../../../main/domain/search/textNormalizer';
import { toTraditional, traditionalConverter } from '../../../renderer/script/traditionalText';
import { REPO_ROOT } from '../../helpers/corpus';

let documents: DocumentDetail[] = [];

beforeAll(() => {
  // The corpus as it ships: what the reader shows.
  const corpus = CorpusRepository.open(path.join(REPO_ROOT, 'resources', 'corpus.sqlite'));
  documents = corpus.listDocuments().map((d) => corpus.getDocument(d.id)!);
  corpus.close();
});

/** Every Chinese text of a document a reader sees: segments, title, issuer, summary, keywords. */
function chineseTextsOf(d: DocumentDetail): string[] {
  return [
    ...d.segments.flatMap((s) => (s.zh ? [s.zh.text] : [])),
    ...[d.title.zh, d.issuer.zh, d.summary.zh, d.documentNumber.zh, ...d.keywords.zh].filter((t): t is string => !!t),
  ];
}
const chineseTexts = () => documents.flatMap(chineseTextsOf);

describe('Traditional display of the stored Simplified text', () => {
  it('keeps every text of the bundled corpus the same length, unit for unit, so offsets into the stored text hold', () => {
    const texts = chineseTexts();
    expect(texts.length).toBeGreaterThan(250);
    let changed = 0;
    const shownTexts = documents.flatMap((d) => {
      const convert = traditionalConverter(chineseTextsOf(d));
      return chineseTextsOf(d).map((stored) => [stored, convert(stored)]);
    });
    for (const [stored, shown] of shownTexts) {
      expect(shown.length).toBe(stored.length);
      if (shown !== stored) changed++;
      // Lined up: each character shown is a form of the character stored at that offset.
      for (let i = 0; i < stored.length; i++) {
        if (shown[i] !== stored[i]) expect(foldText(shown[i]), `${stored} at ${i}`).toBe(foldText(stored[i]));
      }
    }
    expect(changed).toBeGreaterThan(texts.length / 2);
  });

  it('is what OpenCC s2tw shows wherever OpenCC keeps the length', () => {
    const opencc = OpenCC.Converter({ from: 'cn', to: 'tw' });
    for (const stored of chineseTexts()) {
      const reference = opencc(stored);
      // One text alone converts as it does among its document's.
      if (reference.length === stored.length) expect(toTraditional(stored)).toBe(reference);
    }
  });

  it('chooses characters by phrase, as OpenCC does', () => {
    expect(toTraditional('医疗卫生服务体系')).toBe('醫療衛生服務體系');
    expect(toTraditional('头发')).toBe('頭髮');
    expect(toTraditional('发展')).toBe('發展');
    expect(toTraditional('干部')).toBe('幹部');
    expect(toTraditional('干燥')).toBe('乾燥');
    // Script, not vocabulary: s2twp would say 軟體 and 資訊.
    expect(toTraditional('软件信息')).toBe('軟件信息');
  });

  it('converts a phrase that would change length character by character, and leaves text without Han alone', () => {
    // OpenCC's phrase table turns 坛𬴃 (three UTF-16 units) into 罈騞 (two).
    const stored = '酒坛𬴃，医院';
    expect(OpenCC.Converter({ from: 'cn', to: 'tw' })(stored).length).not.toBe(stored.length);
    const shown = toTraditional(stored);
    expect(shown.length).toBe(stored.length);
    expect(shown.slice(0, 2)).toBe('酒罈');
    expect(shown.slice(-2)).toBe('醫院');
    expect(toTraditional('2025 plan, ２０２５')).toBe('2025 plan, ２０２５');
  });
});
