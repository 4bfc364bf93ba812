import { createHash, randomUUID } from 'node:crypto';
import type { Annotation } from '../../../contract/annotations';
import type { CitationStyle, QuoteTarget } from '../../../contract/briefing';
import type { Segment } from '../../../contract/model';
import type { QuoteCard, QuoteOrigin, QuoteSource } from '../../../contract/packs';
import { parseSentenceId } from '../../../contract/sentenceId';
import { describeRange } from '../annotations/anchoring';
import { DomainError } from '../errors';
import { buildCitation, type CitationCorpus } from './citation';
import { DocumentCache } from './documentCache';

/** What quote cards are made from: the corpus's documents, segments and sentence links (CorpusRepository). */
export interface QuoteCorpus extends CitationCorpus {
  getSegment(segmentId: string): (Segment & { documentId: string }) | null;
}

export interface QuoteCardContext {
  corpus: QuoteCorpus;
  /** An annotation placed on today's text (AnnotationService.get); throws not-found when there is none. */
  annotation(id: string): Annotation;
  /** The citation style of the cards' citations (the user's, citationStyleOf). */
  style: CitationStyle;
  /** The user's note for every card; an annotation's card takes the annotation's note without it. */
  note?: string;
  now?: () => Date;
  newId?: () => string;
}

/** `sha256:<hex>` of a text's UTF-8, as cards keep their quote's and counterpart's digests. */
export function textDigest(text: string): string {
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}

interface ResolvedSource {
  target: QuoteTarget;
  origin: QuoteOrigin;
  note: string | null;
}

/**
 * Quote cards for these sources from the corpus as it is today, stored
 * nowhere: addQuotes stores them in a pack, exportQuotes exports them without
 * one. Every source is resolved first; one that cannot be quoted (unknown
 * segment or sentence, a range off the stored text, an orphaned annotation)
 * refuses the whole call.
 */
export function makeQuoteCards(sources: readonly QuoteSource[], context: QuoteCardContext): QuoteCard[] {
  // Search results sent to a pack quote a few documents many times: each is read once.
  const corpus = new DocumentCache(context.corpus);
  const resolved = sources.map((source) => resolveSource(source, { ...context, corpus }));
  const addedAt = (context.now?.() ?? new Date()).toISOString();
  const newId = context.newId ?? randomUUID;
  return resolved.map(({ target, origin, note }) =>
    cardAt(target, corpus, context.style, { id: newId(), origin, note: context.note ?? note ?? '', addedAt }),
  );
}

/** A card quoting `target` as it is stored today, with the given identity (refresh-card keeps a card's). */
export function cardAt(
  target: QuoteTarget,
  corpus: QuoteCorpus,
  style: CitationStyle,
  identity: Pick<QuoteCard, 'id' | 'origin' | 'note' | 'addedAt'>,
): QuoteCard {
  const citation = buildCitation(target, style, corpus);
  const text = corpus.getSegment(target.segmentId)?.[target.side]?.text ?? '';
  const { quote, position } = describeRange(text, target.start, target.end);
  return {
    kind: 'quote',
    ...identity,
    selectors: { segmentId: target.segmentId, side: target.side, quote, position },
    digest: textDigest(citation.quote.text),
    counterpartDigest: citation.counterpart ? textDigest(citation.counterpart.text) : null,
    citation,
  };
}

function resolveSource(source: QuoteSource, context: QuoteCardContext): ResolvedSource {
  switch (source.kind) {
    case 'range':
      return { target: source.target, origin: 'reader', note: null };
    case 'paragraph': {
      const text = requireSide(context.corpus, source.segmentId, source.side);
      if (text.length === 0) throw new DomainError('invalid-argument', `${source.segmentId} has an empty ${source.side} text`);
      return { target: { segmentId: source.segmentId, side: source.side, start: 0, end: text.length }, origin: 'reader', note: null };
    }
    case 'sentences':
      return { target: sentencesRange(source, context.corpus), origin: 'search', note: null };
    case 'annotation': {
      const annotation = context.annotation(source.annotationId);
      if (annotation.placement.status !== 'anchored') {
        throw new DomainError('text-changed', `The annotated text of ${source.annotationId} is no longer found in the document: it cannot be quoted`);
      }
      const { segmentId, side } = annotation.target;
      const { start, end } = annotation.placement;
      return { target: { segmentId, side, start, end }, origin: 'annotation', note: annotation.note };
    }
  }
}

function requireSide(corpus: QuoteCorpus, segmentId: string, side: QuoteTarget['side']): string {
  const segment = corpus.getSegment(segmentId);
  if (!segment) throw new DomainError('not-found', `No segment ${segmentId}`);
  const text = segment[side]?.text;
  if (text === undefined) throw new DomainError('invalid-argument', `${segmentId} has no ${side} text`);
  return text;
}

/** From the first listed sentence's start to the last one's end, on that side of the segment. */
function sentencesRange(source: Extract<QuoteSource, { kind: 'sentences' }>, corpus: QuoteCorpus): QuoteTarget {
  requireSide(corpus, source.segmentId, source.side);
  const stored = corpus.getSegment(source.segmentId)?.sentences[source.side] ?? [];
  const spans = source.sentenceIds.map((id) => {
    const parsed = parseSentenceId(id);
    const span = parsed?.segmentId === source.segmentId ? stored.find((s) => s.n === parsed.n) : undefined;
    if (!span) throw new DomainError('not-found', `No ${source.side} sentence ${id} in ${source.segmentId}`);
    return span;
  });
  const first = spans[0];
  const last = spans[spans.length - 1];
  if (last.end <= first.start) throw new DomainError('invalid-argument', `The sentences of ${source.segmentId} are not listed in reading order`);
  return { segmentId: source.segmentId, side: source.side, start: first.start, end: last.end };
}
