import type { TextLanguage } from '../../../contract/languages';
import type { Concept, ConcordanceRendering } from '../../../contract/terminology';
import type { TextRange } from '../../../contract/search';
import type { AlignedStretch } from '../corpus/sentenceLinks';
import { mergeRanges } from '../search/highlight';
import { foldText } from '../search/textNormalizer';
import { PreparedText, TermMatcher } from './termMatcher';

const otherSide = (side: TextLanguage): TextLanguage => (side === 'zh' ? 'en' : 'zh');
const overlaps = (a: TextRange, b: TextRange) => a[0] < b[1] && b[0] < a[1];

/** The rendering of one occurrence, and where it is in the other side's segment text. */
export interface FoundRendering {
  rendering: ConcordanceRendering | null;
  /** In the other side's segment text. */
  ranges: TextRange[];
}

/**
 * Finds how the other language renders a keyword: (a) when the keyword is a
 * term of a termbase concept, that concept's terms found in the aligned
 * sentences; (b) else (or when none of them is there) the link's stored word pairs that touch the keyword, as
 * the search marks them; (c) else none: the "unrendered" group.
 */
export class RenderingFinder {
  /** By side of the keyword: the other language's terms of the concepts the query names; null when none does. */
  private readonly counterpartTerms: Record<TextLanguage, TermMatcher | null>;

  constructor(query: string, concepts: readonly Concept[]) {
    const bare = query.replace(/["“”„「」『』]/g, '').trim();
    const conceptsNamed = (language: TextLanguage) => {
      const found = new TermMatcher(concepts, language).occurrences(bare).filter((o) => o.start === 0 && o.end === bare.length);
      const ids = new Set(found.map((o) => o.conceptId));
      return concepts.filter((c) => ids.has(c.id));
    };
    const matcherFor = (side: TextLanguage) => {
      const named = conceptsNamed(side);
      return named.length === 0 ? null : new TermMatcher(named, otherSide(side));
    };
    this.counterpartTerms = { zh: matcherFor('zh'), en: matcherFor('en') };
  }

  /** `keyword` is in the `side` text of `segmentId`; `otherText` is the other side's text of the same segment. */
  find(segmentId: string, side: TextLanguage, keyword: TextRange, aligned: AlignedStretch | null, otherText: string | null): FoundRendering {
    const none: FoundRendering = { rendering: null, ranges: [] };
    if (!aligned || otherText === null) return none;
    const counterpart = aligned.counterpart.filter((s) => s.segmentId === segmentId);
    if (counterpart.length === 0) return none;
    const terms = this.counterpartTerms[side];
    // A termbase term found wins; where none is, the word pairs still tell what the aligner paired the keyword with.
    const fromTermbase = terms ? termRendering(terms, counterpart, otherText) : none;
    if (fromTermbase.rendering) return fromTermbase;
    const other = otherSide(side);
    const ranges = mergeRanges(
      aligned.renderings
        .filter((pair) => pair[side].segmentId === segmentId && pair[other].segmentId === segmentId)
        .filter((pair) => overlaps(keyword, [pair[side].start, pair[side].end]))
        .map((pair): TextRange => [pair[other].start, pair[other].end]),
    );
    if (ranges.length === 0) return none;
    // A word the sentence repeats is paired with each of its renderings there: the label names each form once
    // ("health", not "health … health … health"), so such lines group with the others that render it so.
    const label = [...new Set(ranges.map(([a, b]) => foldText(otherText.slice(a, b))))].join(' … ');
    return { rendering: { label, source: 'word-pairs', conceptId: null, termId: null }, ranges };
  }
}

function termRendering(terms: TermMatcher, counterpart: readonly { start: number; end: number }[], otherText: string): FoundRendering {
  const found = counterpart.flatMap((s) =>
    terms.occurrences(new PreparedText(otherText.slice(s.start, s.end))).map((o) => ({ ...o, start: o.start + s.start, end: o.end + s.start })),
  );
  if (found.length === 0) return { rendering: null, ranges: [] };
  const first = found[0];
  return {
    rendering: { label: first.term.text, source: 'termbase', conceptId: first.conceptId, termId: first.term.id },
    ranges: found.filter((o) => o.term.id === first.term.id).map((o): TextRange => [o.start, o.end]),
  };
}

/** Occurrences by rendering, the largest group first and the unrendered group last. */
export function groupByRendering(renderings: readonly (ConcordanceRendering | null)[]): { rendering: ConcordanceRendering | null; count: number }[] {
  const groups = new Map<string, { rendering: ConcordanceRendering | null; count: number }>();
  for (const rendering of renderings) {
    const key = rendering ? `${rendering.source}\u0000${rendering.termId ?? rendering.label}` : '';
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { rendering, count: 1 });
  }
  return [...groups.values()].sort((a, b) => Number(a.rendering === null) - Number(b.rendering === null) || b.count - a.count);
}
