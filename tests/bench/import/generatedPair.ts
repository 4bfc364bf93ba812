import { loadGold, type GoldDocument, type Span, type SpanLink } from '../../helpers/alignment/goldSet';
import { rebreak } from '../../helpers/alignment/rebreak';
import type { ImportPlan } from '../../../main/domain/documents/importModel';

/**
 * A long pair of files made from the corpus's own sentences, whose alignment
 * is known by construction: the gold documents (tests/fixtures/alignment-gold)
 * repeated, each copy's English re-broken differently (paragraphs run
 * together, split, furniture lines, a sentence left out; see rebreak.ts),
 * until the Chinese file holds the paragraphs asked for.
 */
export interface GeneratedPair {
  zhLines: string[];
  enLines: string[];
  gold: SpanLink[];
  /** The gold span of a sentence of a file's line (lines counted as the files hold them), or null. */
  spanOf(side: 'zh' | 'en', line: number, start: number, end: number): Span | null;
}

export function generatePair(paragraphs: number): GeneratedPair {
  const documents = loadGold();
  const zhLines: string[] = [];
  const enLines: string[] = [];
  const gold: SpanLink[] = [];
  const origins: Record<'zh' | 'en', { copy: number; line: number }[]> = { zh: [], en: [] };
  const copies: ReturnType<typeof rebreak>[] = [];
  for (let copy = 0; zhLines.length < paragraphs; copy++) {
    const doc = truncated(documents[copy % documents.length], paragraphs - zhLines.length);
    const rebroken = rebreak(doc, 7 + copy);
    copies.push(rebroken);
    const prefix = (s: Span) => ({ ...s, segment: `${copy}:${s.segment}` });
    gold.push(...rebroken.gold.map((l) => ({ zh: l.zh.map(prefix), en: l.en.map(prefix) })));
    for (const [side, lines, out] of [['zh', rebroken.zhLines, zhLines], ['en', rebroken.enLines, enLines]] as const) {
      lines.forEach((line, k) => {
        if (line.trim() === '') return;
        if (line !== line.trim()) throw new Error(`copy ${copy} ${side} line ${k} has white space at its ends`);
        out.push(line);
        origins[side].push({ copy, line: k });
      });
    }
  }
  const spanOf = (side: 'zh' | 'en', line: number, start: number, end: number): Span | null => {
    const origin = origins[side][line];
    const span = copies[origin.copy].spanOf(side, origin.line, start, end);
    return span && { ...span, segment: `${origin.copy}:${span.segment}` };
  };
  return { zhLines, enLines, gold, spanOf };
}

/** A gold document cut to its first paragraphs that have Chinese text (all of it when it has fewer). */
function truncated(doc: GoldDocument, zhParagraphs: number): GoldDocument {
  let count = 0;
  const segments = doc.source.segments.filter((s) => (s.zh ? ++count : count) <= zhParagraphs);
  if (segments.length === doc.source.segments.length) return doc;
  const kept = new Set(segments.map((s) => s.id));
  return {
    source: { ...doc.source, segments },
    sentences: doc.sentences,
    links: doc.links.filter((l) => [...l.zh, ...l.en].every((s) => kept.has(s.segment))),
  };
}

/** The plan's links as gold spans, for scoreLinks: each segment's sentences traced back to the files' lines. */
export function planLinksAsSpans(plan: ImportPlan, pair: GeneratedPair): SpanLink[] {
  const nextLine = { zh: 0, en: 0 };
  const out: SpanLink[] = [];
  for (const segment of plan.segments) {
    const located = { zh: locate(segment.zh, nextLine.zh), en: locate(segment.en, nextLine.en) };
    for (const side of ['zh', 'en'] as const) nextLine[side] += segment[side] === null ? 0 : segment[side].split('\n').length;
    const span = (side: 'zh' | 'en', n: number): Span => {
      const s = segment.sentences[side][n - 1];
      const { line, offset } = located[side](s.start);
      return pair.spanOf(side, line, s.start - offset, s.end - offset) ?? { segment: `unmatched:${side}:${line}`, start: s.start - offset, end: s.end - offset };
    };
    for (const link of segment.links) out.push({ zh: link.zh.map((n) => span('zh', n)), en: link.en.map((n) => span('en', n)) });
  }
  return out;
}

/** The file line, and its offset in the segment's text, that an offset of a segment's side falls in. */
function locate(text: string | null, firstLine: number): (at: number) => { line: number; offset: number } {
  const starts = [0];
  for (let k = 0; text !== null && k < text.length; k++) if (text[k] === '\n') starts.push(k + 1);
  return (at) => {
    let k = starts.length - 1;
    while (starts[k] > at) k--;
    return { line: firstLine + k, offset: starts[k] };
  };
}
