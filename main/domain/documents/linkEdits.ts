import type { TextLanguage } from '../../../contract/languages';
import { type AlignedSegment, type FlatLink, type SegmentWordPair, flattenLinks, markCorrected, unflattenLinks } from './alignedSegments';
import { type AlignmentEdit, refuse } from './alignmentEditTypes';
import type { PlannedSentence } from './importModel';

/**
 * The edits that regroup one segment's sentences without changing its text:
 * sentences merged or split, a sentence moved to a neighbouring link, links
 * joined or parted, a sentence left without a counterpart. Each answers the
 * segment as it becomes; links it touched are marked corrected, with
 * confidence 1.
 */
type LinkEdit = Exclude<AlignmentEdit, { type: 'merge-segments' | 'split-segment' }>;

export function applyLinkEdit(segment: AlignedSegment, edit: LinkEdit): AlignedSegment {
  switch (edit.type) {
    case 'merge-sentences':
      return mergeSentences(segment, edit.side, edit.sentence);
    case 'split-sentence':
      return splitSentence(segment, edit.side, edit.sentence, edit.offset);
    case 'move-sentence':
      return moveSentence(segment, edit.side, edit.sentence, edit.direction);
    case 'link':
      return joinLinks(segment, edit.link);
    case 'unlink':
      return unlink(segment, edit.link);
    case 'no-counterpart':
      return noCounterpart(segment, edit.side, edit.sentence);
  }
}

const other = (side: TextLanguage): TextLanguage => (side === 'zh' ? 'en' : 'zh');

function sentenceAt(segment: AlignedSegment, side: TextLanguage, n: number): PlannedSentence {
  const sentence = segment.sentences[side][n - 1];
  if (!sentence) refuse('alignment-out-of-range', `${segment.key} has no ${side} sentence ${n}`);
  return sentence;
}

function linkAt(links: readonly FlatLink[], key: string, n: number): FlatLink {
  const link = links[n - 1];
  if (!link) refuse('alignment-out-of-range', `${key} has no link ${n}`);
  return link;
}

const linkIndexOf = (links: readonly FlatLink[], side: TextLanguage, n: number) => links.findIndex((link) => link[side].includes(n));

function withLinks(segment: AlignedSegment, links: FlatLink[], sentences = segment.sentences): AlignedSegment {
  return { ...segment, sentences, links: unflattenLinks(links) };
}

/** A word pair's word on `side` moved to sentence `sentence`, its offsets shifted by `delta`. */
function movePairWord(pair: SegmentWordPair, side: TextLanguage, sentence: number, delta: number): SegmentWordPair {
  return side === 'zh'
    ? { ...pair, zh: sentence, zhStart: pair.zhStart + delta, zhEnd: pair.zhEnd + delta }
    : { ...pair, en: sentence, enStart: pair.enStart + delta, enEnd: pair.enEnd + delta };
}

const wordOf = (pair: SegmentWordPair, side: TextLanguage) =>
  side === 'zh' ? { start: pair.zhStart, end: pair.zhEnd } : { start: pair.enStart, end: pair.enEnd };

/** Sentence numbers of one side renumbered (`renumber` answers the new number), in links and word pairs. */
function renumber(links: FlatLink[], side: TextLanguage, map: (n: number) => number): FlatLink[] {
  return links.map((link) => ({ ...link, [side]: link[side].map(map), pairs: link.pairs.map((p) => ({ ...p, [side]: map(p[side]) })) }));
}

function mergeSentences(segment: AlignedSegment, side: TextLanguage, n: number): AlignedSegment {
  const first = sentenceAt(segment, side, n);
  const second = sentenceAt(segment, side, n + 1);
  if ((segment[side] ?? '').slice(first.end, second.start).includes('\n'))
    refuse('alignment-across-paragraphs', `${segment.key} ${side} sentences ${n} and ${n + 1} are in different paragraphs`);
  let links = flattenLinks(segment);
  const from = linkIndexOf(links, side, n);
  const to = linkIndexOf(links, side, n + 1);
  // Links between the two hold only the other side's sentences, which must join too to keep reading order.
  const merged = markCorrected({
    zh: links.slice(from, to + 1).flatMap((l) => l.zh),
    en: links.slice(from, to + 1).flatMap((l) => l.en),
    confidence: 1,
    corrected: true,
    pairs: links.slice(from, to + 1).flatMap((l) => l.pairs),
  });
  links = [...links.slice(0, from), merged, ...links.slice(to + 1)];
  const shift = second.start - first.start;
  links = links.map((link) => ({
    ...link,
    [side]: link[side].filter((s) => s !== n + 1),
    pairs: link.pairs.map((p) => (p[side] === n + 1 ? movePairWord(p, side, n, shift) : p)),
  }));
  links = renumber(links, side, (s) => (s > n + 1 ? s - 1 : s));
  const list = segment.sentences[side];
  const sentences = { ...segment.sentences, [side]: [...list.slice(0, n - 1), { start: first.start, end: second.end }, ...list.slice(n + 1)] };
  return withLinks(segment, links, sentences);
}

function splitSentence(segment: AlignedSegment, side: TextLanguage, n: number, offset: number): AlignedSegment {
  const sentence = sentenceAt(segment, side, n);
  const text = segment[side] ?? '';
  const head = text.slice(sentence.start, Math.max(sentence.start, offset)).trimEnd();
  const tail = text.slice(Math.min(offset, sentence.end), sentence.end).trimStart();
  if (offset <= sentence.start || offset >= sentence.end || head === '' || tail === '')
    refuse('alignment-split-not-inside', `${segment.key} ${side} sentence ${n} cannot be split at ${offset}`);
  const firstPart = { start: sentence.start, end: sentence.start + head.length };
  const secondPart = { start: sentence.end - tail.length, end: sentence.end };
  const cut = secondPart.start - sentence.start;
  let links = renumber(flattenLinks(segment), side, (s) => (s > n ? s + 1 : s));
  const index = linkIndexOf(links, side, n);
  links = links.map((link, i) => {
    if (i !== index) return link;
    const at = link[side].indexOf(n) + 1;
    const pairs = link.pairs.flatMap((p) => {
      if (p[side] !== n) return [p];
      const word = wordOf(p, side);
      if (word.end <= head.length) return [p];
      if (word.start >= cut) return [movePairWord(p, side, n + 1, -cut)];
      return []; // a word the caret cut through renders nothing any more
    });
    return markCorrected({ ...link, [side]: [...link[side].slice(0, at), n + 1, ...link[side].slice(at)], pairs });
  });
  const list = segment.sentences[side];
  const sentences = { ...segment.sentences, [side]: [...list.slice(0, n - 1), firstPart, secondPart, ...list.slice(n)] };
  return withLinks(segment, links, sentences);
}

function moveSentence(segment: AlignedSegment, side: TextLanguage, n: number, direction: 'previous' | 'next'): AlignedSegment {
  sentenceAt(segment, side, n);
  const links = flattenLinks(segment);
  const index = linkIndexOf(links, side, n);
  const own = links[index][side];
  const atEdge = direction === 'previous' ? own[0] === n : own[own.length - 1] === n;
  if (!atEdge) refuse('alignment-not-at-link-edge', `${segment.key} ${side} sentence ${n} is not the ${direction === 'previous' ? 'first' : 'last'} of its link`);
  const target = direction === 'previous' ? index - 1 : index + 1;
  if (target < 0 || target >= links.length) refuse('alignment-no-neighbour-link', `${segment.key} has no link ${direction === 'previous' ? 'before' : 'after'} link ${index + 1}`);
  const moved = links.map((link, i) => {
    if (i === index) return markCorrected({ ...link, [side]: link[side].filter((s) => s !== n) });
    if (i !== target) return link;
    return markCorrected({ ...link, [side]: direction === 'previous' ? [...link[side], n] : [n, ...link[side]] });
  });
  return withLinks(segment, moved);
}

function joinLinks(segment: AlignedSegment, n: number): AlignedSegment {
  const links = flattenLinks(segment);
  const first = linkAt(links, segment.key, n);
  const second = linkAt(links, segment.key, n + 1);
  const joined = markCorrected({ ...first, zh: [...first.zh, ...second.zh], en: [...first.en, ...second.en], pairs: [...first.pairs, ...second.pairs] });
  return withLinks(segment, [...links.slice(0, n - 1), joined, ...links.slice(n + 1)]);
}

function unlink(segment: AlignedSegment, n: number): AlignedSegment {
  const links = flattenLinks(segment);
  const link = linkAt(links, segment.key, n);
  if (link.zh.length === 0 || link.en.length === 0) refuse('alignment-changes-nothing', `${segment.key} link ${n} has only one side`);
  const parts = [markCorrected({ ...link, en: [], pairs: [] }), markCorrected({ ...link, zh: [], pairs: [] })];
  return withLinks(segment, [...links.slice(0, n - 1), ...parts, ...links.slice(n)]);
}

function noCounterpart(segment: AlignedSegment, side: TextLanguage, n: number): AlignedSegment {
  sentenceAt(segment, side, n);
  const links = flattenLinks(segment);
  const index = linkIndexOf(links, side, n);
  const link = links[index];
  const own = link[side];
  if (own.length === 1 && link[other(side)].length === 0) refuse('alignment-changes-nothing', `${segment.key} ${side} sentence ${n} has no counterpart already`);
  const alone = markCorrected({ zh: [], en: [], [side]: [n], confidence: 1, corrected: true, pairs: [] } as FlatLink);
  const rest = markCorrected({ ...link, [side]: own.filter((s) => s !== n) });
  let parts: FlatLink[];
  if (own[0] === n) parts = [alone, rest];
  else if (own[own.length - 1] === n) parts = [rest, alone];
  else refuse('alignment-not-at-link-edge', `${segment.key} ${side} sentence ${n} is inside its link`);
  return withLinks(segment, [...links.slice(0, index), ...parts, ...links.slice(index + 1)]);
}
