import { TEXT_LANGUAGES, type TextLanguage } from '../../../contract/languages';
import { type AlignedSegment, splitSegmentKey } from './alignedSegments';
import { refuse } from './alignmentEditTypes';
import type { PlannedSentence } from './importModel';

/**
 * Where two segments meet, on each side: the first segment's text is the
 * joined text's [0, a), the second's is [b, end). Merging joins texts with
 * "\n" (b = a + 1); a split at a line break drops that break, and a split
 * inside a paragraph drops the white space between the two sentences. The
 * same junction maps annotation positions through the edit both ways
 * (alignmentPositions.ts).
 */
export interface SegmentJunction {
  firstKey: string;
  secondKey: string;
  cut: Record<TextLanguage, { a: number; b: number }>;
}

export function mergeJunction(first: AlignedSegment, second: AlignedSegment): SegmentJunction {
  const cut = (side: TextLanguage) => {
    const a = first[side]?.length ?? 0;
    return { a, b: first[side] !== null && second[side] !== null ? a + 1 : a };
  };
  return { firstKey: first.key, secondKey: second.key, cut: { zh: cut('zh'), en: cut('en') } };
}

const joinTexts = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : `${a}\n${b}`);

export function mergeSegments(first: AlignedSegment, second: AlignedSegment): AlignedSegment {
  if (first.kind !== second.kind || first.level !== second.level)
    refuse('alignment-segment-kinds-differ', `${first.key} (${first.kind}) and ${second.key} (${second.kind}) differ in kind`);
  const { cut } = mergeJunction(first, second);
  const count = { zh: first.sentences.zh.length, en: first.sentences.en.length };
  const shifted = (side: TextLanguage) => second.sentences[side].map((s) => ({ start: s.start + cut[side].b, end: s.end + cut[side].b }));
  return {
    key: first.key,
    kind: first.kind,
    level: first.level,
    zh: joinTexts(first.zh, second.zh),
    en: joinTexts(first.en, second.en),
    sentences: { zh: [...first.sentences.zh, ...shifted('zh')], en: [...first.sentences.en, ...shifted('en')] },
    links: [...first.links, ...second.links.map((link) => ({ ...link, zh: link.zh.map((n) => n + count.zh), en: link.en.map((n) => n + count.en) }))],
  };
}

/** Where a segment's side is cut when its first `sentences` sentences stay in the first part. */
function sideCut(text: string | null, sentences: readonly PlannedSentence[], kept: number): { a: number; b: number } {
  if (text === null) return { a: 0, b: 0 };
  const previousEnd = kept > 0 ? sentences[kept - 1].end : 0;
  const nextStart = kept < sentences.length ? sentences[kept].start : text.length;
  const gap = text.slice(previousEnd, nextStart);
  const lineBreak = gap.indexOf('\n');
  if (lineBreak >= 0) return { a: previousEnd + lineBreak, b: previousEnd + lineBreak + 1 };
  // Anything in the gap that is not white space (no sentence should leave any) stays with the first part.
  return { a: previousEnd + gap.trimEnd().length, b: nextStart };
}

export function splitJunction(segment: AlignedSegment, link: number, taken: ReadonlySet<string>): SegmentJunction {
  if (link < 2 || link > segment.links.length) refuse('alignment-out-of-range', `${segment.key} cannot be split before link ${link}`);
  const kept = (side: TextLanguage) => segment.links.slice(0, link - 1).reduce((sum, l) => sum + l[side].length, 0);
  return {
    firstKey: segment.key,
    secondKey: splitSegmentKey(segment.key, taken),
    cut: {
      zh: sideCut(segment.zh, segment.sentences.zh, kept('zh')),
      en: sideCut(segment.en, segment.sentences.en, kept('en')),
    },
  };
}

/** A part's text, null where the part has no sentence and nothing but white space on that side. */
const partText = (text: string, hasSentences: boolean) => (hasSentences || text.trim() !== '' ? text : null);

export function splitSegment(segment: AlignedSegment, link: number, junction: SegmentJunction): [AlignedSegment, AlignedSegment] {
  const parts = TEXT_LANGUAGES.map((side) => {
    const text = segment[side];
    const { a, b } = junction.cut[side];
    const count = segment.links.slice(0, link - 1).reduce((sum, l) => sum + l[side].length, 0);
    const all = segment.sentences[side];
    const firstSentences = all.slice(0, count);
    const secondSentences = all.slice(count).map((s) => ({ start: s.start - b, end: s.end - b }));
    return {
      side,
      count,
      first: { text: text === null ? null : partText(text.slice(0, a), firstSentences.length > 0), sentences: firstSentences },
      second: { text: text === null ? null : partText(text.slice(b), secondSentences.length > 0), sentences: secondSentences },
    };
  });
  const [zh, en] = parts;
  const head = segment.links.slice(0, link - 1);
  const tail = segment.links.slice(link - 1).map((l) => ({ ...l, zh: l.zh.map((n) => n - zh.count), en: l.en.map((n) => n - en.count) }));
  const base = { kind: segment.kind, level: segment.level };
  return [
    { key: junction.firstKey, ...base, zh: zh.first.text, en: en.first.text, sentences: { zh: zh.first.sentences, en: en.first.sentences }, links: head },
    { key: junction.secondKey, ...base, zh: zh.second.text, en: en.second.text, sentences: { zh: zh.second.sentences, en: en.second.sentences }, links: tail },
  ];
}
