import type { GoldDocument, Span, SpanLink } from './goldSet';

/**
 * A document whose lines no longer correspond: the English paragraphs are
 * re-broken, deterministically, as real pairs of files are (two paragraphs
 * run into one line, a long one split in two at a sentence end, page
 * furniture in between, now and then a sentence the translation left out),
 * while the Chinese keeps its lines. Each English line is made of whole gold
 * sentences (or furniture), so every sentence found maps back to its span.
 */
const FURNITURE = ['Share this page', 'Print | Close window', 'Back to top'];

export interface RebrokenDocument {
  zhLines: string[];
  enLines: string[];
  /** Maps a sentence of a line to the gold span it came from; null if it straddles two. */
  spanOf(side: 'zh' | 'en', line: number, start: number, end: number): Span | null;
  /** The gold links, without the sentences left out, plus a 0–1 link for each furniture line. */
  gold: SpanLink[];
}

/** line[lineStart, lineStart + (span.end - span.start)) is the text of span. */
interface Chunk {
  span: Span;
  lineStart: number;
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
  const enTexts = new Map<string, string>(segments.map((s) => [s.id, s.en ?? '']));
  const furniture = new Map<string, string>();
  const dropped = new Set<Span>();
  const gold: SpanLink[] = [];

  // Each segment's English as the gold sentences it keeps.
  const kept = segments.map((segment) => {
    const sentences = doc.sentences.get(segment.id)?.en ?? [];
    if (sentences.length >= 3 && next() < 0.15) {
      const gone = sentences[1 + Math.floor(next() * (sentences.length - 2))];
      dropped.add(gone);
      return sentences.filter((s) => s !== gone);
    }
    return sentences;
  });

  // Lines of sentence spans: runs merged, long paragraphs split, furniture inserted.
  const lines: Span[][] = [];
  for (let k = 0; k < segments.length; k++) {
    if (next() < 0.05) {
      const id = `furniture-${lines.length}`;
      const text = FURNITURE[Math.floor(next() * FURNITURE.length)];
      furniture.set(id, text);
      const span = { segment: id, start: 0, end: text.length };
      gold.push({ zh: [], en: [span] });
      lines.push([span]);
    }
    const roll = next();
    const sentences = kept[k];
    const last = sentences[sentences.length - 1];
    if (roll < 0.25 && k + 1 < segments.length && kept[k + 1].length > 0 && last && /[.!?;:]["'”’)]*$/.test(textOf(last))) {
      lines.push([...sentences, ...kept[k + 1]]);
      lines.push([]);
      k++;
    } else if (roll < 0.45 && sentences.length >= 2) {
      const half = Math.ceil(sentences.length / 2);
      lines.push(sentences.slice(0, half), sentences.slice(half));
    } else {
      lines.push(sentences);
    }
  }

  function textOf(span: Span): string {
    return (furniture.get(span.segment) ?? enTexts.get(span.segment) ?? '').slice(span.start, span.end);
  }

  const chunks: Chunk[][] = [];
  const enLines = lines.map((spans) => {
    let line = '';
    const lineChunks: Chunk[] = [];
    for (const span of spans) {
      if (line) line += ' ';
      lineChunks.push({ span, lineStart: line.length });
      line += textOf(span);
    }
    chunks.push(lineChunks);
    return line;
  });

  for (const link of doc.links) {
    const en = link.en.filter((s) => !dropped.has(s));
    if (link.zh.length > 0 || en.length > 0) gold.push({ zh: link.zh, en });
  }

  const zhSegmentOfLine = segments.map((s) => s.id);
  const spanOf = (side: 'zh' | 'en', line: number, start: number, end: number): Span | null => {
    if (side === 'zh') return { segment: zhSegmentOfLine[line], start, end };
    const chunk = chunks[line].find((c) => start >= c.lineStart && end <= c.lineStart + (c.span.end - c.span.start));
    if (!chunk) return null;
    const shift = chunk.span.start - chunk.lineStart;
    return { segment: chunk.span.segment, start: start + shift, end: end + shift };
  };
  return { zhLines: segments.map((s) => s.zh ?? ''), enLines, spanOf, gold };
}
