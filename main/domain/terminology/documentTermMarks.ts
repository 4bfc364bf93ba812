import type { DocumentDetail } from '../../../contract/model';
import type { Concept, DocumentTermMarks, TermMark } from '../../../contract/terminology';
import type { TermOccurrence } from './termMatcher';
import { TermMarkScanner } from './termMarkScanner';

const markOf = (o: TermOccurrence): TermMark => ({ start: o.start, end: o.end, conceptId: o.conceptId, termId: o.term.id, status: o.term.status });

/** Documents whose marks are kept per termbase version: the few a reader goes back and forth between. */
const KEPT_DOCUMENTS = 8;

interface TermbaseMarks {
  scanner: TermMarkScanner;
  /** By document id, oldest first: the marks and the text they were found in (as a digest). */
  documents: Map<string, { digest: number; marks: DocumentTermMarks }>;
}

/** Per termbase version: the service replaces the concepts' array whenever the termbase changes. */
const byTermbase = new WeakMap<readonly Concept[], TermbaseMarks>();

/**
 * Where the termbase's terms occur in a document, side by side: what the
 * reader marks when term marking is on. Matched as the audit and the
 * concordance match (scripts, widths, inflections, hyphens as each entry
 * says; the longest term wins where two overlap), each text read once
 * (TermMarkScanner). A document opened again under the same termbase, its
 * text unchanged, is not read again. Segments with no term on either side are
 * left out.
 */
export function documentTermMarks(document: DocumentDetail, concepts: readonly Concept[]): DocumentTermMarks {
  let kept = byTermbase.get(concepts);
  if (!kept) byTermbase.set(concepts, (kept = { scanner: new TermMarkScanner(concepts), documents: new Map() }));
  const digest = textDigest(document);
  const known = kept.documents.get(document.id);
  if (known?.digest === digest) return known.marks;
  const marks = findMarks(document, kept.scanner);
  kept.documents.delete(document.id);
  kept.documents.set(document.id, { digest, marks });
  if (kept.documents.size > KEPT_DOCUMENTS) kept.documents.delete(kept.documents.keys().next().value!);
  return marks;
}

function findMarks(document: DocumentDetail, scanner: TermMarkScanner): DocumentTermMarks {
  const segments: DocumentTermMarks['segments'] = {};
  for (const segment of document.segments) {
    const zhMarks = segment.zh ? scanner.chinese(segment.zh.text).map(markOf) : [];
    const enMarks = segment.en ? scanner.english(segment.en.text).map(markOf) : [];
    if (zhMarks.length || enMarks.length) segments[segment.id] = { zh: zhMarks, en: enMarks };
  }
  return { documentId: document.id, segments };
}

/** FNV-1a over every segment's id and texts: a user document whose alignment or text was edited is read again. */
function textDigest(document: DocumentDetail): number {
  let hash = 0x811c9dc5;
  const add = (text: string) => {
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    hash = Math.imul(hash ^ 0xffff, 0x01000193);
  };
  for (const segment of document.segments) {
    add(segment.id);
    add(segment.zh?.text ?? '');
    add(segment.en?.text ?? '');
  }
  return hash >>> 0;
}
