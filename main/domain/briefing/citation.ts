import type { Citation, CitationSource, CitationStyle, CitedText, QuoteTarget } from '../../../contract/briefing';
import { makeDeepLink } from '../../../contract/deepLink';
import type { TextLanguage } from '../../../contract/languages';
import type { Bilingual, DocumentDetail, Segment } from '../../../contract/model';
import { parseSegmentId } from '../../../contract/segmentId';
import { annotationSides, type SentenceCounterparts } from '../annotations/annotationCounterpart';
import { splitsSurrogatePair } from '../annotations/anchoring';
import { DomainError } from '../errors';

/** What a citation is built from: the corpus's documents and its sentence links (CorpusRepository). */
export interface CitationCorpus {
  getDocument(documentId: string): DocumentDetail | null;
  readonly sentences: SentenceCounterparts;
}

/**
 * A citation of a stretch of one side of a segment (issue #12): the quote
 * exactly as stored, the sentences aligned with the ones it touches (the
 * whole other paragraph where there are no sentence links), and the source
 * from stored fields. Throws not-found for an unknown segment and
 * invalid-argument for a range that is not within its stored text.
 */
export function buildCitation(target: QuoteTarget, style: CitationStyle, corpus: CitationCorpus): Citation {
  const place = parseSegmentId(target.segmentId);
  const document = place ? corpus.getDocument(place.documentId) : null;
  const index = document?.segments.findIndex((s) => s.id === target.segmentId) ?? -1;
  if (!place || !document || index < 0) throw new DomainError('not-found', `No segment ${target.segmentId}`);
  const segment = document.segments[index];
  const side = segment[target.side];
  if (!side) throw new DomainError('invalid-argument', `${target.segmentId} has no ${target.side} text`);
  checkRange(side.text, target);

  const placement = { status: 'anchored' as const, method: 'position' as const, start: target.start, end: target.end, text: side.text.slice(target.start, target.end) };
  const sides = annotationSides({ target, placement }, segment, corpus.sentences);
  const quote: CitedText = { language: target.side, text: placement.text, origin: side.origin, sentences: sides.quoteSentences.length ? sides.quoteSentences : null };
  const counterpart: CitedText | null = sides.counterpart
    ? { language: sides.counterpart.side, text: sides.counterpart.text, origin: sides.counterpart.origin, sentences: sides.counterpart.sentences }
    : null;
  return {
    target: { segmentId: target.segmentId, side: target.side, start: target.start, end: target.end },
    style,
    quote,
    counterpart,
    unaligned: sides.unaligned,
    source: sourceOf(document, index),
    reviewNote: segment.reviewNote,
    deepLink: makeDeepLink({ documentId: place.documentId, segmentKey: place.key, range: { side: target.side, start: target.start, end: target.end } }),
  };
}

function checkRange(text: string, { start, end }: QuoteTarget): void {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= text.length)) {
    throw new DomainError('invalid-argument', `The range ${start}–${end} is not within the text (${text.length} characters)`);
  }
  // A range that cuts a character in two would quote half of it.
  if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) {
    throw new DomainError('invalid-argument', `The range ${start}–${end} cuts a character in two`);
  }
}

function sourceOf(document: DocumentDetail, index: number): CitationSource {
  return {
    documentId: document.id,
    issuer: document.issuer,
    title: document.title,
    documentNumber: document.documentNumber,
    issuedOn: document.issuedOn,
    paragraph: document.segments[index].position + 1,
    heading: headingAbove(document.segments, index),
    sourceUrl: document.sourceUrl,
  };
}

/** The nearest heading above a paragraph (the paragraph itself when it is one), without its closing punctuation. */
function headingAbove(segments: readonly Segment[], index: number): Bilingual | null {
  for (let i = index; i >= 0; i--) {
    const segment = segments[i];
    if (segment.kind !== 'heading') continue;
    const text = (language: TextLanguage) => segment[language]?.text.trim().replace(/[。．.:：;；]+$/u, '') || null;
    return { zh: text('zh'), en: text('en') };
  }
  return null;
}
