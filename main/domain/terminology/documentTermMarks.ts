import type { DocumentDetail } from '../../../contract/model';
import type { Concept, DocumentTermMarks, TermMark } from '../../../contract/terminology';
import { TermMatcher, type TermOccurrence } from './termMatcher';

const markOf = (o: TermOccurrence): TermMark => ({ start: o.start, end: o.end, conceptId: o.conceptId, termId: o.term.id, status: o.term.status });

/**
 * Where the termbase's terms occur in a document, side by side: what the
 * reader marks when term marking is on. Matched as the audit and the
 * concordance match (scripts, widths, inflections, hyphens as each entry
 * says; the longest term wins where two overlap). Segments with no term on
 * either side are left out.
 */
export function documentTermMarks(document: DocumentDetail, concepts: readonly Concept[]): DocumentTermMarks {
  const zh = new TermMatcher(concepts, 'zh');
  const en = new TermMatcher(concepts, 'en');
  const segments: DocumentTermMarks['segments'] = {};
  for (const segment of document.segments) {
    const zhMarks = segment.zh ? zh.occurrences(segment.zh.text).map(markOf) : [];
    const enMarks = segment.en ? en.occurrences(segment.en.text).map(markOf) : [];
    if (zhMarks.length || enMarks.length) segments[segment.id] = { zh: zhMarks, en: enMarks };
  }
  return { documentId: document.id, segments };
}
