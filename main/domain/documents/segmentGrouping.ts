import type { TextLanguage } from '../../../contract/languages';
import type { Lexicon } from '../alignment/lexicon';
import { alignTexts, type TextAlignment } from '../alignment/textAligner';
import { wordPairs } from '../alignment/wordLinks';
import type { ImportBlock, PlannedSegment } from './importModel';

/**
 * A pair's segments: the two files' paragraphs (blocks) need not correspond
 * one to one, so the sentences are aligned across the whole text first, and
 * a segment is then the smallest run of consecutive blocks on each side that
 * no sentence link leaves (the links' connected components, in reading
 * order). A heading linked only to a heading stays a segment of its own.
 */
export function groupAlignedBlocks(
  zhBlocks: readonly ImportBlock[],
  enBlocks: readonly ImportBlock[],
  lexicon: Lexicon,
  onProgress?: (done: number, total: number) => void,
): PlannedSegment[] {
  // Making the segments (their word pairs) takes a while on a long text: the last quarter of the work told.
  let aligned = 0;
  const alignment = alignTexts(
    zhBlocks.map((b) => b.text),
    enBlocks.map((b) => b.text),
    lexicon,
    { paragraphs: 'lines', onProgress: onProgress && ((done, total) => onProgress(done, (aligned = total) + Math.ceil(total / 3))) },
  );
  const groups = linkGroups(alignment);
  const grouping = Math.ceil(aligned / 3);
  return groups.map((group, k) => {
    if (onProgress && k % 256 === 0) onProgress(aligned + Math.floor((k * grouping) / groups.length), aligned + grouping);
    return plannedSegment(group, { zh: zhBlocks, en: enBlocks }, alignment);
  });
}

/** Indices of a group's links in the alignment, and the first and last block of each side it spans (-1 when none). */
interface LinkGroup {
  links: number[];
  blocks: Record<TextLanguage, { first: number; last: number }>;
}

/**
 * The aligner's links come in reading order on both sides. A link that
 * touches a block an earlier group holds joins that group, with every group
 * since (a 1–0 link may sit between two sentences of one block on the other
 * side); otherwise it starts a group of its own.
 */
export function linkGroups(alignment: Pick<TextAlignment, 'zh' | 'en' | 'links'>): LinkGroup[] {
  const groups: LinkGroup[] = [];
  /** The group holding each block seen so far, per side. */
  const owner: Record<TextLanguage, Map<number, LinkGroup>> = { zh: new Map(), en: new Map() };
  alignment.links.forEach((link, index) => {
    const lines = { zh: link.zh.map((k) => alignment.zh[k].line), en: link.en.map((k) => alignment.en[k].line) };
    const earliest = Math.min(...SIDES.flatMap((side) => lines[side].map((line) => groups.indexOf(owner[side].get(line)!)).filter((g) => g >= 0)));
    let group: LinkGroup;
    if (Number.isFinite(earliest)) {
      group = groups[earliest];
      for (const later of groups.splice(earliest + 1)) absorb(group, later, owner);
    } else {
      group = { links: [], blocks: { zh: { first: -1, last: -1 }, en: { first: -1, last: -1 } } };
      groups.push(group);
    }
    group.links.push(index);
    for (const side of SIDES) for (const line of lines[side]) take(group, side, line, owner);
  });
  return groups;
}

const SIDES = ['zh', 'en'] as const;

function take(group: LinkGroup, side: TextLanguage, line: number, owner: Record<TextLanguage, Map<number, LinkGroup>>): void {
  const span = group.blocks[side];
  if (span.first < 0 || line < span.first) span.first = line;
  span.last = Math.max(span.last, line);
  owner[side].set(line, group);
}

function absorb(into: LinkGroup, from: LinkGroup, owner: Record<TextLanguage, Map<number, LinkGroup>>): void {
  into.links.push(...from.links);
  for (const side of SIDES) {
    const { first, last } = from.blocks[side];
    if (first < 0) continue;
    for (let line = first; line <= last; line++) take(into, side, line, owner);
  }
}

function plannedSegment(group: LinkGroup, blocks: Record<TextLanguage, readonly ImportBlock[]>, alignment: TextAlignment): PlannedSegment {
  const sides = { zh: sideOf('zh', group, blocks.zh, alignment), en: sideOf('en', group, blocks.en, alignment) };
  const links = group.links.map((index) => {
    const link = alignment.links[index];
    return {
      zh: link.zh.map((k) => sides.zh.numberOf.get(k)!),
      en: link.en.map((k) => sides.en.numberOf.get(k)!),
      confidence: Math.round(link.confidence * 1000) / 1000,
      corrected: false,
      words: wordPairs(
        link.zh.map((k) => alignment.features.zh[k]),
        link.en.map((k) => alignment.features.en[k]),
      ),
    };
  });
  const { kind, level } = kindOf([...sides.zh.blocks, ...sides.en.blocks]);
  return { kind, level, zh: sides.zh.text, en: sides.en.text, sentences: { zh: sides.zh.sentences, en: sides.en.sentences }, links };
}

/** A side of a group: its blocks joined by "\n", its sentences' offsets in that text, and their 1-based numbers. */
function sideOf(side: TextLanguage, group: LinkGroup, blocks: readonly ImportBlock[], alignment: TextAlignment) {
  const { first, last } = group.blocks[side];
  const mine = first < 0 ? [] : blocks.slice(first, last + 1);
  const lineStart = new Map<number, number>();
  let offset = 0;
  mine.forEach((block, k) => {
    lineStart.set(first + k, offset);
    offset += block.text.length + 1;
  });
  // Every sentence is in one link, and a group holds whole blocks: its links hold exactly its sentences.
  const indices = group.links.flatMap((index) => alignment.links[index][side]).sort((a, b) => a - b);
  const numberOf = new Map<number, number>();
  const sentences = indices.map((index, k) => {
    const sentence = alignment[side][index];
    numberOf.set(index, k + 1);
    const base = lineStart.get(sentence.line)!;
    return { start: base + sentence.start, end: base + sentence.end };
  });
  return { blocks: mine, text: mine.length ? mine.map((b) => b.text).join('\n') : null, sentences, numberOf };
}

/** A segment of headings alone (of one level) is a heading; anything holding a paragraph is a paragraph. */
function kindOf(blocks: readonly ImportBlock[]): Pick<PlannedSegment, 'kind' | 'level'> {
  const kinds = new Set(blocks.map((b) => b.kind));
  const levels = new Set(blocks.map((b) => b.level));
  if (kinds.size === 1 && !kinds.has('paragraph')) return { kind: blocks[0].kind, level: levels.size === 1 ? blocks[0].level : (blocks.find((b) => b.level !== null)?.level ?? null) };
  return { kind: 'paragraph', level: null };
}
