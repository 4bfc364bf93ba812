import type { DocumentDetail, Segment } from '../../../contract/model';
import { parseSegmentId } from '../../../contract/segmentId';
import type { QuoteCorpus } from './quoteCards';

/** A corpus whose documents are read once: a pack quotes a handful of documents many times. */
export class DocumentCache implements QuoteCorpus {
  private readonly documents = new Map<string, { detail: DocumentDetail; byId: Map<string, Segment> } | null>();

  constructor(private readonly corpus: QuoteCorpus) {}

  get sentences() {
    return this.corpus.sentences;
  }

  getDocument(documentId: string): DocumentDetail | null {
    return this.entry(documentId)?.detail ?? null;
  }

  getSegment(segmentId: string): (Segment & { documentId: string }) | null {
    const documentId = parseSegmentId(segmentId)?.documentId;
    const segment = documentId ? this.entry(documentId)?.byId.get(segmentId) : undefined;
    return segment && documentId ? { ...segment, documentId } : null;
  }

  segmentsOf(documentId: string): readonly Segment[] {
    return this.entry(documentId)?.detail.segments ?? [];
  }

  private entry(documentId: string) {
    if (!this.documents.has(documentId)) {
      const detail = this.corpus.getDocument(documentId);
      this.documents.set(documentId, detail ? { detail, byId: new Map(detail.segments.map((s) => [s.id, s])) } : null);
    }
    return this.documents.get(documentId) ?? null;
  }
}
