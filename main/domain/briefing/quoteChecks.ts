import type { TextQuoteSelector } from '../../../contract/annotations';
import type { QuoteTarget } from '../../../contract/briefing';
import type { TextLanguage } from '../../../contract/languages';
import type { Segment } from '../../../contract/model';
import type { QuoteCard, QuoteCheck, QuoteStatus } from '../../../contract/packs';
import { parseSegmentId } from '../../../contract/segmentId';
import { anchor } from '../annotations/anchoring';
import { buildCitation } from './citation';
import { DocumentCache } from './documentCache';
import { textDigest, type QuoteCorpus } from './quoteCards';

/**
 * Quote cards checked against today's corpus (issue #12): the cheap ways
 * first (the stored position, the quote elsewhere in its paragraph, the quote
 * in another paragraph of the document), an approximate match only when they
 * fail. Each document is read once per check, however many cards quote it.
 */
export function checkQuoteCards(cards: readonly QuoteCard[], corpus: QuoteCorpus): QuoteCheck[] {
  const documents = new DocumentCache(corpus);
  return cards.map((card) => checkQuoteCard(card, documents));
}

/** Where a card's quote is today, or null when it is gone; with its status. */
export interface QuotePlace {
  status: Exclude<QuoteStatus, 'gone'>;
  target: QuoteTarget;
  paragraph: number;
  text: string;
}

function checkQuoteCard(card: QuoteCard, documents: DocumentCache): QuoteCheck {
  const place = locateQuote(card, documents);
  if (!place) return { itemId: card.id, status: 'gone', now: null, counterpartChanged: false, counterpartNow: null };
  const counterpart = buildCitation(place.target, card.citation.style, documents).counterpart?.text ?? null;
  const counterpartChanged = (counterpart === null ? null : textDigest(counterpart)) !== card.counterpartDigest;
  return {
    itemId: card.id,
    status: place.status,
    now: { ...place.target, paragraph: place.paragraph, text: place.text },
    counterpartChanged,
    counterpartNow: counterpartChanged ? counterpart : null,
  };
}

/** Finds a card's quote in today's corpus: exact, moved, changed, or null (gone). */
export function locateQuote(card: QuoteCard, documents: DocumentCache): QuotePlace | null {
  const { segmentId, side, quote, position } = card.selectors;
  const documentId = parseSegmentId(segmentId)?.documentId;
  if (!documentId) return null;
  const own = documents.getSegment(segmentId);
  const ownText = own?.[side]?.text;
  let fuzzyHere: QuotePlace | null = null;
  if (own && ownText !== undefined) {
    const placement = anchor(ownText, quote, position);
    if (placement.status === 'anchored') {
      const status: QuotePlace['status'] =
        placement.method === 'position' && textDigest(placement.text) === card.digest ? 'exact' : placement.method === 'fuzzy' ? 'changed' : 'moved';
      const found = placeIn(own, side, placement.start, placement.end, status);
      if (status !== 'changed') return found;
      fuzzyHere = found;
    }
  }
  const others = documents.segmentsOf(documentId).filter((s) => s.id !== segmentId && s[side] !== null);
  // Where the paragraph stood when the card was made.
  const oldPosition = card.citation.source.paragraph - 1;
  return exactElsewhere(others, side, quote, oldPosition) ?? fuzzyHere ?? fuzzyElsewhere(others, side, card, oldPosition);
}

function placeIn(segment: Segment, side: TextLanguage, start: number, end: number, status: QuotePlace['status']): QuotePlace {
  const text = segment[side]?.text ?? '';
  return { status, target: { segmentId: segment.id, side, start, end }, paragraph: segment.position + 1, text: text.slice(start, end) };
}

/** How many characters of the stored prefix and suffix still stand around [start, end). */
function contextAgreement(text: string, start: number, end: number, quote: TextQuoteSelector): number {
  const prefix = quote.prefix ?? '';
  const suffix = quote.suffix ?? '';
  let before = 0;
  while (before < prefix.length && start - before - 1 >= 0 && text[start - before - 1] === prefix[prefix.length - before - 1]) before++;
  let after = 0;
  while (after < suffix.length && end + after < text.length && text[end + after] === suffix[after]) after++;
  return before + after;
}

/**
 * A short quote (a term, a figure) can stand anywhere; in another paragraph
 * it counts as the same passage only with some of its context around it.
 */
const MIN_ALONE_LENGTH = 20;
const MIN_CONTEXT_AGREEMENT = 4;

/**
 * The quote, word for word, in another paragraph of its document and side
 * (an inserted paragraph shifts the ids of those after it): where its stored
 * context agrees best, then the nearest to its old paragraph.
 */
function exactElsewhere(segments: readonly Segment[], side: TextLanguage, quote: TextQuoteSelector, oldPosition: number): QuotePlace | null {
  let best: { segment: Segment; start: number; agreement: number; distance: number } | null = null;
  for (const segment of segments) {
    const text = segment[side]?.text ?? '';
    for (let i = text.indexOf(quote.exact); i >= 0; i = text.indexOf(quote.exact, i + 1)) {
      const agreement = contextAgreement(text, i, i + quote.exact.length, quote);
      const distance = Math.abs(segment.position - oldPosition);
      if (!best || agreement > best.agreement || (agreement === best.agreement && distance < best.distance)) best = { segment, start: i, agreement, distance };
    }
  }
  if (!best || (quote.exact.length < MIN_ALONE_LENGTH && best.agreement < MIN_CONTEXT_AGREEMENT)) return null;
  return placeIn(best.segment, side, best.start, best.start + quote.exact.length, 'moved');
}

/**
 * How far from its old paragraph a reworded quote is looked for: paragraphs
 * inserted or removed nearby shift it a little, and a scan of the whole
 * document for each of many gone quotes would cost more than the check's budget.
 */
const FUZZY_REACH = 12;

/** The last resort: an approximate match, with its context, in a nearby paragraph (nearest first). */
function fuzzyElsewhere(segments: readonly Segment[], side: TextLanguage, card: QuoteCard, oldPosition: number): QuotePlace | null {
  const { quote, position } = card.selectors;
  const distance = (s: Segment) => Math.abs(s.position - oldPosition);
  const nearby = segments.filter((s) => distance(s) <= FUZZY_REACH).sort((a, b) => distance(a) - distance(b));
  for (const segment of nearby) {
    const placement = anchor(segment[side]?.text ?? '', quote, position);
    // An exact occurrence here lacked the context exactElsewhere asks for.
    if (placement.status === 'anchored' && placement.method === 'fuzzy') return placeIn(segment, side, placement.start, placement.end, 'changed');
  }
  return null;
}
