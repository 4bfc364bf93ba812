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
}

export interface TextAlignOptions {
  /**
   * 'lines': each line is a paragraph, and line breaks are cues the aligner
   * weighs against the others (paragraphs need not correspond one to one);
   * 'stream': the lines are joined into one stream and their breaks ignored.
   */
  paragraphs: 'lines' | 'stream';
}

/** Splits each line into sentences, by the rules of the language the line is written in. */
export function locateSentences(lines: readonly string[], language: TextLanguage): LocatedSentence[] {
  const out: LocatedSentence[] = [];
  lines.forEach((line, index) => {
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

export function featuresOf(sentences: readonly LocatedSentence[], language: TextLanguage, lexicon: Lexicon, cues: boolean): SentenceFeatures[] {
  return sentences.map((s, k) =>
    sentenceFeatures(
      {
        text: s.text,
        paragraph: cues ? s.line : 0,
        firstInParagraph: cues ? k === 0 || sentences[k - 1].line !== s.line : k === 0,
        lastInParagraph: cues ? k === sentences.length - 1 || sentences[k + 1].line !== s.line : k === sentences.length - 1,
      },
      language,
      lexicon,
    ),
  );
}

/** Aligns two texts given as lines, sentence by sentence, across the whole text. */
export function alignTexts(zhLines: readonly string[], enLines: readonly string[], lexicon: Lexicon, options: TextAlignOptions): TextAlignment {
  const zh = locateSentences(zhLines, 'zh');
  const en = locateSentences(enLines, 'en');
  const cues = options.paragraphs === 'lines';
  const links = alignSentenceLists(featuresOf(zh, 'zh', lexicon, cues), featuresOf(en, 'en', lexicon, cues), lexicon.keyCount, { paragraphCues: cues });
  return { zh, en, links };
}
