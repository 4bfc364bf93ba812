import type { TextLanguage } from '../../contract/languages';
import type { AlignedSegment } from '../../main/domain/documents/alignedSegments';
import type { PlannedSentence } from '../../main/domain/documents/importModel';
import { seededRandom } from './seededRandom';

/** A side written as paragraphs of sentences: Chinese sentences run on, English ones take a space between. */
export type SideSpec = string[][] | null;

export interface SegmentSpec {
  key: string;
  kind?: AlignedSegment['kind'];
  zh: SideSpec;
  en: SideSpec;
  /** [zh sentence numbers, en sentence numbers, confidence?] in reading order. */
  links: [number[], number[], number?][];
}

function writeSide(side: TextLanguage, paragraphs: SideSpec): { text: string | null; sentences: PlannedSentence[] } {
  if (paragraphs === null) return { text: null, sentences: [] };
  const sentences: PlannedSentence[] = [];
  let text = '';
  paragraphs.forEach((paragraph, p) => {
    if (p > 0) text += '\n';
    paragraph.forEach((sentence, s) => {
      if (s > 0 && side === 'en') text += ' ';
      sentences.push({ start: text.length, end: text.length + sentence.length });
      text += sentence;
    });
  });
  return { text, sentences };
}

export function alignedSegment(spec: SegmentSpec): AlignedSegment {
  const zh = writeSide('zh', spec.zh);
  const en = writeSide('en', spec.en);
  return {
    key: spec.key,
    kind: spec.kind ?? 'paragraph',
    level: spec.kind === 'heading' ? 1 : null,
    zh: zh.text,
    en: en.text,
    sentences: { zh: zh.sentences, en: en.sentences },
    links: spec.links.map(([zhs, ens, confidence]) => ({ zh: zhs, en: ens, confidence: confidence ?? 0.8, corrected: false, words: [] })),
  };
}

/** Each side's sentences, in reading order across the document. */
export function sentenceTexts(segments: readonly AlignedSegment[], side: TextLanguage): string[] {
  return segments.flatMap((s) => s.sentences[side].map((t) => (s[side] ?? '').slice(t.start, t.end)));
}

/** Each side's text with white space left out: what no edit may change (a split drops the space or break it happens at). */
export function textWithoutSpace(segments: readonly AlignedSegment[], side: TextLanguage): string {
  return segments.map((s) => s[side] ?? '').join('').replace(/\s+/g, '');
}

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

const ZH = ['我们推进改革。', '加强基层医疗服务；', '完善药品供应保障。', '提高医保待遇。', '建立健全监测体系！', '到2030年，人均预期寿命达到79岁。'];
const EN = ['We advance reform.', 'Primary care is strengthened;', 'drug supply is secured.', 'Insurance benefits rise.', 'A monitoring system is built!', 'By 2030, life expectancy reaches 79 years.'];

/**
 * A random but well-formed document of `count` segments: one to three
 * paragraphs a side, a side now and then missing, links of one to two
 * sentences a side (and one-sided ones), with word pairs inside them.
 */
export function randomAlignedDocument(seed: number, count: number): AlignedSegment[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  return Array.from({ length: count }, (_, i) => {
    const side = (pool: readonly string[]): SideSpec =>
      random() < 0.1 ? null : Array.from({ length: between(1, 3) }, () => Array.from({ length: between(1, 3) }, () => pick(pool)));
    const spec: SegmentSpec = { key: `p${String(i + 1).padStart(4, '0')}`, kind: random() < 0.15 ? 'heading' : 'paragraph', zh: side(ZH), en: side(EN), links: [] };
    const counts = { zh: spec.zh?.flat().length ?? 0, en: spec.en?.flat().length ?? 0 };
    const next = { zh: 1, en: 1 };
    while (next.zh <= counts.zh || next.en <= counts.en) {
      const take = (language: TextLanguage) => {
        const n = Math.min(between(0, 2), counts[language] - next[language] + 1);
        return Array.from({ length: n }, () => next[language]++);
      };
      const link: [number[], number[], number] = [take('zh'), take('en'), Math.round(random() * 100) / 100];
      if (link[0].length + link[1].length > 0) spec.links.push(link);
    }
    const segment = alignedSegment(spec);
    for (const link of segment.links) link.words = randomWordPairs(segment, link, random);
    return segment;
  });
}

function randomWordPairs(segment: AlignedSegment, link: AlignedSegment['links'][number], random: () => number) {
  if (link.zh.length === 0 || link.en.length === 0) return [];
  return Array.from({ length: Math.floor(random() * 3) }, () => {
    const [zhSentence, enSentence] = [Math.floor(random() * link.zh.length), Math.floor(random() * link.en.length)];
    const word = (language: TextLanguage, n: number) => {
      const s = segment.sentences[language][n - 1];
      const start = Math.floor(random() * (s.end - s.start - 1));
      return { start, end: start + 1 + Math.floor(random() * Math.min(3, s.end - s.start - start - 1)) };
    };
    const zh = word('zh', link.zh[zhSentence]);
    const en = word('en', link.en[enSentence]);
    return { zhSentence, zhStart: zh.start, zhEnd: zh.end, enSentence, enStart: en.start, enEnd: en.end };
  });
}
