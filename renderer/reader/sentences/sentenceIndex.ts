import { LOW_CONFIDENCE, type SentenceLink } from '../../../contract/alignment';
import type { TextLanguage } from '../../../contract/languages';
import type { DocumentDetail } from '../../../contract/model';
import { makeSentenceId } from '../../../contract/sentenceId';

/**
 * Everything the reader looks up about a document's sentences, built once per
 * document: a sentence by its key, a link by its id, each side's sentences in
 * reading order (to move sentence by sentence), and the links to check.
 */
export interface SentenceIndex {
  entries: ReadonlyMap<string, SentenceEntry>;
  links: ReadonlyMap<number, SentenceLink>;
  /** Each side's sentence keys in reading order, across segments. */
  order: Record<TextLanguage, readonly string[]>;
  /** Where each key stands in its side's `order`. */
  place: ReadonlyMap<string, number>;
  /** Each segment side's sentences as ranges of its text, for AnnotatedText. */
  ranges: ReadonlyMap<string, Record<TextLanguage, readonly SentenceRange[]>>;
  /** Links under LOW_CONFIDENCE that no person corrected, in reading order. */
  lowConfidence: readonly SentenceLink[];
}

/** A sentence as a range of its side's text, named by its key. */
export interface SentenceRange {
  key: string;
  start: number;
  end: number;
}

export interface SentenceEntry extends SentenceRange {
  readonly side: TextLanguage;
  readonly sentenceId: string;
  readonly segmentId: string;
  /** The paragraph number the reader shows (position + 1). */
  readonly paragraph: number;
  /** 1-based place on its side of the segment, and how many that side has. */
  readonly n: number;
  readonly count: number;
  readonly text: string;
  readonly link: number;
}

/**
 * A sentence of the index. Its id and text are read from its key and its side's text when asked for (a sentence
 * being focused, hovered or shown), not held: a 10,000-paragraph document has some 90,000 sentences, and holding
 * a string of each took 6 MB of the reader's heap (issue 14's target is 60 MB in all).
 */
class IndexedSentence implements SentenceEntry {
  constructor(
    readonly key: string,
    readonly side: TextLanguage,
    readonly segmentId: string,
    readonly paragraph: number,
    readonly n: number,
    readonly count: number,
    readonly start: number,
    readonly end: number,
    readonly link: number,
    private readonly sideText: string,
  ) {}

  get sentenceId(): string {
    return sentenceIdOfKey(this.key);
  }

  get text(): string {
    return this.sideText.slice(this.start, this.end);
  }
}

/** Sentence ids name no side (`<segmentId>.s<n>`); the reader's key does. */
export const sentenceKey = (side: TextLanguage, sentenceId: string): string => `${side}|${sentenceId}`;

/** The sentence id inside a reader key, as sentenceKey made it. */
export const sentenceIdOfKey = (key: string): string => key.slice(key.indexOf('|') + 1);

export const otherSide = (side: TextLanguage): TextLanguage => (side === 'zh' ? 'en' : 'zh');

export const isLowConfidence = (link: SentenceLink): boolean => !link.corrected && link.confidence < LOW_CONFIDENCE;

/** Shown as a whole percentage, rounded down so a link under 50 % never reads as 50 %. */
export const confidencePercent = (confidence: number): number => Math.floor(confidence * 100 + 1e-9);

/** The keys of a link's sentences on one side, in reading order. */
export function linkKeys(link: SentenceLink, side: TextLanguage): string[] {
  return link[side].map((id) => sentenceKey(side, id));
}

export function buildSentenceIndex(doc: DocumentDetail): SentenceIndex {
  const entries = new Map<string, SentenceEntry>();
  const order: Record<TextLanguage, string[]> = { zh: [], en: [] };
  const ranges = new Map<string, Record<TextLanguage, SentenceRange[]>>();
  for (const segment of doc.segments) {
    const bySide: Record<TextLanguage, SentenceRange[]> = { zh: [], en: [] };
    for (const side of ['zh', 'en'] as const) {
      const text = segment[side]?.text ?? '';
      const sentences = [...(segment.sentences?.[side] ?? [])].sort((a, b) => a.start - b.start);
      let reached = 0;
      for (const sentence of sentences) {
        // A range outside the text or overlapping the one before cannot be drawn: leave it out rather than garble the text.
        if (sentence.start < reached || sentence.end <= sentence.start || sentence.end > text.length || !(sentence.n >= 1)) continue;
        reached = sentence.end;
        const key = sentenceKey(side, makeSentenceId(segment.id, sentence.n));
        const entry = new IndexedSentence(key, side, segment.id, segment.position + 1, sentence.n, sentences.length, sentence.start, sentence.end, sentence.link, text);
        entries.set(key, entry);
        order[side].push(key);
        bySide[side].push(entry);
      }
    }
    ranges.set(segment.id, bySide);
  }
  const place = new Map<string, number>();
  for (const side of ['zh', 'en'] as const) order[side].forEach((key, at) => place.set(key, at));
  const links = new Map((doc.links ?? []).map((link) => [link.id, link]));
  return { entries, links, order, place, ranges, lowConfidence: (doc.links ?? []).filter(isLowConfidence) };
}

/** The sentence `step` places before or after `key` on its side, across paragraphs; null past either end. */
export function neighbour(index: SentenceIndex, key: string, step: 1 | -1): string | null {
  const entry = index.entries.get(key);
  const at = index.place.get(key);
  if (!entry || at === undefined) return null;
  return index.order[entry.side][at + step] ?? null;
}

/** The text of one side of a link, its sentences joined; '' when that side is empty. */
export function linkSideText(index: SentenceIndex, link: SentenceLink, side: TextLanguage): string {
  const texts = linkKeys(link, side).flatMap((key) => index.entries.get(key)?.text ?? []);
  return texts.join(side === 'zh' ? '' : ' ');
}
