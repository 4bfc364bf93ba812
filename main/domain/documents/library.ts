import type { DocumentDetail, DocumentPart, DocumentSummary, Segment } from '../../../contract/model';
import type { TextLanguage } from '../../../contract/languages';
import { parseSegmentId } from '../../../contract/segmentId';
import type { CorpusRepository } from '../corpus/corpusRepository';
import { DocumentTables } from '../corpus/documentTables';
import type { QuotedSentence } from '../corpus/sentenceLinks';
import type { Connection } from '../database/connection';
import type { SearchSource } from '../search/searchService';

/**
 * The user's library: the bundled corpus and the documents the user imported
 * into their own database (issue 10), answering as the corpus does, bundled
 * documents first. Imported ids never name a bundled document (`my-…`), so a
 * document or a segment id says which of the two holds it.
 */
export class Library {
  private readonly bundledIds: ReadonlySet<string>;
  readonly imported: DocumentTables;

  constructor(
    readonly bundled: CorpusRepository,
    userDb: Connection,
  ) {
    this.imported = new DocumentTables(userDb, 'imported');
    this.bundledIds = new Set(bundled.listDocuments().map((d) => d.id));
  }

  /** The bundled corpus's version: what pack checks and exports name. */
  get version(): string {
    return this.bundled.version;
  }

  listDocuments(): DocumentSummary[] {
    return [...this.bundled.listDocuments(), ...this.imported.listDocuments()];
  }

  getDocument(documentId: string): DocumentDetail | null {
    return this.holder(documentId).getDocument(documentId);
  }

  getDocumentPart(documentId: string, from: number, count: number, withIds = false): DocumentPart | null {
    return this.holder(documentId).getDocumentPart(documentId, from, count, withIds);
  }

  segmentIds(documentId: string, from: number, count: number): string[] {
    return this.holder(documentId).segmentIds(documentId, from, count);
  }

  hasDocument(documentId: string): boolean {
    return this.holder(documentId).hasDocument(documentId);
  }

  hasSegment(segmentId: string): boolean {
    return this.ofSegment(segmentId)?.hasSegment(segmentId) ?? false;
  }

  getSegment(segmentId: string): (Segment & { documentId: string }) | null {
    return this.ofSegment(segmentId)?.getSegment(segmentId) ?? null;
  }

  /** Document ids in library order, for annotations sorted by position across documents. */
  documentOrder(): string[] {
    return this.listDocuments().map((d) => d.id);
  }

  bundledDocumentIds(): ReadonlySet<string> {
    return this.bundledIds;
  }

  /** Changes with every import, change, re-import, deletion and restoration of an imported document. */
  changeKey(): string {
    return this.imported.connection
      .prepare("SELECT count(*) || '/' || coalesce(max(updated_at), '') || '/' || coalesce(sum(version), 0) || '/' || count(deleted_at) FROM document")
      .pluck()
      .get() as string;
  }

  /** The sentence links of whichever database holds the segment. */
  readonly sentences = {
    sentencesAt: (segmentId: string, side: TextLanguage, start: number, end: number): QuotedSentence[] =>
      this.ofSegment(segmentId)?.sentences.sentencesAt(segmentId, side, start, end) ?? [],
    counterpart: (segmentId: string, side: TextLanguage, start: number, end: number): QuotedSentence[] =>
      this.ofSegment(segmentId)?.sentences.counterpart(segmentId, side, start, end) ?? [],
  };

  /** Both indexed databases, each with its sentence links and provenance, for the search. */
  searchSources(): SearchSource[] {
    return [this.bundled, this.imported].map((tables) => ({ db: tables.connection, sentences: tables.sentences, provenance: tables.provenance }));
  }

  private holder(documentId: string): DocumentTables {
    return this.bundledIds.has(documentId) ? this.bundled : this.imported;
  }

  private ofSegment(segmentId: string): DocumentTables | null {
    const documentId = parseSegmentId(segmentId)?.documentId;
    return documentId === undefined ? null : this.holder(documentId);
  }
}
