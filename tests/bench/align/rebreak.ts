import type { GoldDocument, Span, SpanLink } from './goldSet';

/**
 * A document whose lines no longer correspond: the English paragraphs are
 * re-broken, deterministically, as real pairs of files are (two paragraphs
 * run into one line, a long one split in two at a sentence end, page
 * furniture in between), while the Chinese keeps its lines. Each English
 * line remembers which segment text each of its pieces came from, so that
 * sentences found in it map back to the gold set's spans.
 */
const FURNITURE = ['Share this page', 'Print | Close window', 'Back to top'];

export interface RebrokenDocument {
  zhLines: string[];
  enLines: string[];
  /** Maps a sentence of a line to the span of the segment (or furniture line) it came from; null if it straddles two. */
  spanOf(side: 'zh' | 'en', line: number, start: number, end: number): Span | null;
  /** The gold links, plus a 0–1 link for each furniture line. */
  gold: SpanLink[];
}

/** line[lineStart, lineEnd) is segment text from segmentOffset on. */
interface Piece {
  segment: string;
  lineStart: number;
  lineEnd: number;
  segmentOffset: number;
}

/** A small seeded generator, so the benchmark and the test see the same files every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function rebreak(doc: GoldDocument, seed = 7): RebrokenDocument {
  const next = random(seed);
  const segments = doc.source.segments;
  const zhLines = segments.map((s) => s.zh ?? '');
  const zhSegmentOfLine = segments.map((s) => s.id);
  const enLines: string[] = [];
  const pieces: Piece[][] = [];
  const gold = [...doc.links];
  const push = (text: string, linePieces: Piece[]) => {
    enLines.push(text);
    pieces.push(linePieces);
  };
  for (let k = 0; k < segments.length; k++) {
    const segment = segments[k];
    const text = segment.en ?? '';
    if (next() < 0.05) {
      const furniture = FURNITURE[Math.floor(next() * FURNITURE.length)];
      gold.push({ zh: [], en: [{ segment: `furniture-${enLines.length}`, start: 0, end: furniture.length }] });
      push(furniture, [{ segment: `furniture-${enLines.length}`, lineStart: 0, lineEnd: furniture.length, segmentOffset: 0 }]);
    }
    const sentences = doc.sentences.get(segment.id)?.en ?? [];
    const roll = next();
    const following = segments[k + 1];
    if (roll < 0.25 && following?.en && /[.!?;:]["'”’)]*$/.test(text)) {
      // Two paragraphs run into one line.
      push(`${text} ${following.en}`, [
        { segment: segment.id, lineStart: 0, lineEnd: text.length, segmentOffset: 0 },
        { segment: following.id, lineStart: text.length + 1, lineEnd: text.length + 1 + following.en.length, segmentOffset: 0 },
      ]);
      // The next segment's text is consumed: an empty line stands for it, as files often have.
      k++;
      push('', []);
    } else if (roll < 0.45 && sentences.length >= 2) {
      // A long paragraph split in two at a sentence end.
      const cut = sentences[Math.floor(sentences.length / 2)].start;
      push(text.slice(0, cut).trimEnd(), [{ segment: segment.id, lineStart: 0, lineEnd: cut, segmentOffset: 0 }]);
      push(text.slice(cut), [{ segment: segment.id, lineStart: 0, lineEnd: text.length - cut, segmentOffset: cut }]);
    } else {
      push(text, [{ segment: segment.id, lineStart: 0, lineEnd: text.length, segmentOffset: 0 }]);
    }
  }
  const spanOf = (side: 'zh' | 'en', line: number, start: number, end: number): Span | null => {
    if (side === 'zh') return { segment: zhSegmentOfLine[line], start, end };
    const piece = pieces[line].find((p) => start >= p.lineStart && end <= p.lineEnd);
    if (!piece) return null;
    const shift = piece.segmentOffset - piece.lineStart;
    return { segment: piece.segment, start: start + shift, end: end + shift };
  };
  return { zhLines, enLines, spanOf, gold };
}
