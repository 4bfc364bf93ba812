import type { TextLanguage } from '../../../contract/languages';
import type { Lexicon } from './lexicon';
import { alignSentenceLists, type AlignedLink } from './sentenceAligner';
import { sentenceFeatures, type SentenceFeatures } from './sentenceFeatures';
import { segmentSentences } from './sentenceSegmenter';

/** A sentence of an input text: its line (paragraph) and its UTF-16 offsets in that line. */
export interface LocatedSentence {
  text: string;
  line: number;
  start: number;
  end: number;
}

export interface TextAlignment {
  zh: LocatedSentence[];
  en: LocatedSentence[];
  links: AlignedLink[];
  /** The sentences' features, for word pairs (wordLinks.ts) without reading the text again. */
  features: Record<TextLanguage, SentenceFeatures[]>;
}

export interface TextAlignOptions {
  /**
   * 'lines': each line is a paragraph, and line breaks are cues the aligner
   * weighs against the others (paragraphs need not correspond one to one);
   * 'stream': the lines are joined into one stream and their breaks ignored.
   */
  paragraphs: 'lines' | 'stream';
  /** Work done of the total (sentences read, then lattice rows), now and then: an import reports it. */
  onProgress?: (done: number, total: number) => void;
}

/** Splits each line into sentences, by the rules of the language the line is written in. */
export function locateSentences(lines: readonly string[], language: TextLanguage, onLine?: (line: number) => void): LocatedSentence[] {
  const out: LocatedSentence[] = [];
  lines.forEach((line, index) => {
    if (onLine && index % 256 === 0) onLine(index);
    for (const span of segmentSentences(line, writtenLanguage(line, language))) {
      out.push({ text: line.slice(span.start, span.end), line: index, start: span.start, end: span.end });
    }
  });
  return out;
}

/** The language a line is mostly written in: a Chinese file may hold an English line, and the other way round. */
export function writtenLanguage(line: string, expected: TextLanguage): TextLanguage {
  const han = line.match(/[\u3400-\u9fff\uf900-\ufaff]/g)?.length ?? 0;
  const latin = line.match(/[A-Za-z]/g)?.length ?? 0;
  if (han === 0 && latin > 0) return 'en';
  if (han > 0 && latin < han * 2) return 'zh';
  return expected;
}

export function featuresOf(
  sentences: readonly LocatedSentence[],
  language: TextLanguage,
  lexicon: Lexicon,
  cues: boolean,
  /** Told how many sentences are read, now and then. */
  onRead?: (read: number) => void,
): SentenceFeatures[] {
  return sentences.map((s, k) => {
    if (onRead && k % 256 === 0) onRead(k);
    return sentenceFeatures(
      {
        text: s.text,
        paragraph: cues ? s.line : 0,
        firstInParagraph: cues ? k === 0 || sentences[k - 1].line !== s.line : k === 0,
        lastInParagraph: cues ? k === sentences.length - 1 || sentences[k + 1].line !== s.line : k === sentences.length - 1,
      },
      language,
      lexicon,
    );
  });
}

/** Aligns two texts given as lines, sentence by sentence, across the whole text. */
export function alignTexts(zhLines: readonly string[], enLines: readonly string[], lexicon: Lexicon, options: TextAlignOptions): TextAlignment {
  const report = options.onProgress;
  // Until the sentences are counted the total is unknown (0): the reports say the work moves, not how far it is.
  const zh = locateSentences(zhLines, 'zh', report && (() => report(0, 0)));
  const en = locateSentences(enLines, 'en', report && (() => report(0, 0)));
  const cues = options.paragraphs === 'lines';
  // Reading the sentences' words takes about as long as one pass of the lattice: a third of the work each.
  const total = 3 * zh.length;
  const read = report && ((k: number) => report(Math.floor((k * zh.length) / (zh.length + en.length)), total));
  const features = { zh: featuresOf(zh, 'zh', lexicon, cues, read), en: featuresOf(en, 'en', lexicon, cues, read && ((k) => read(zh.length + k))) };
  const onRows = report && ((done: number) => report(zh.length + done, total));
  const links = alignSentenceLists(features.zh, features.en, lexicon.keyCount, { paragraphCues: cues }, onRows);
  report?.(total, total);
  return { zh, en, links, features };
}
