import type { DuizhaoApi } from '../../contract/api';
import type { DocumentDetail } from '../../contract/model';
import type { SentenceLink } from '../../contract/alignment';
import type { Result } from '../../contract/result';

/** Segments asked for at a time: a part of a 10,000-paragraph document takes the main process a few tens of ms. */
const PART_SIZE = 500;

/**
 * A document, fetched in parts (issue 14): no one call holds the main process, or the page's JSON parser, for the
 * whole of a long document. The parts are fetched one after another and joined into the document the reader shows.
 */
export async function loadDocument(api: DuizhaoApi, documentId: string): Promise<Result<DocumentDetail>> {
  const first = await api.getDocumentPart({ documentId, from: 0, count: PART_SIZE });
  if (!first.ok) return first;
  const parts = [first.value];
  for (let from = PART_SIZE; from < first.value.total; from += PART_SIZE) {
    const next = await api.getDocumentPart({ documentId, from, count: PART_SIZE });
    if (!next.ok) return next;
    parts.push(next.value);
  }
  const links = new Map<number, SentenceLink>();
  for (const part of parts) for (const link of part.links) links.set(link.id, link);
  return {
    ok: true,
    value: { ...first.value.document, segments: parts.flatMap((part) => part.segments), links: [...links.values()].sort((a, b) => a.id - b.id) },
  };
}
