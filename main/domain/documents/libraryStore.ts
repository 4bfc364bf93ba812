import type { DocumentMetadata } from '../../../contract/documents';
import type { Connection } from '../database/connection';
import { unindexDocument } from '../search/searchIndex';
import { AlignedSegmentRows } from './alignedSegmentRows';
import type { ImportPlan, PlannedSegment } from './importModel';

/** The stored state of an imported document, deleted or not. */
export interface StoredDocument {
  id: string;
  version: number;
  deletedAt: string | null;
  /** Annotations deleted with the document, to be restored with it. */
  deletedAnnotations: string[];
  metadata: DocumentMetadata;
}

interface DocumentRow {
  id: string;
  type: DocumentMetadata['type'];
  title_en: string | null;
  title_zh: string | null;
  issuer_en: string | null;
  issuer_zh: string | null;
  issued_on: string | null;
  published_on: string | null;
  document_number_en: string | null;
  document_number_zh: string | null;
  source_url: string | null;
  origin_zh: DocumentMetadata['origin']['zh'];
  origin_en: DocumentMetadata['origin']['en'];
  version: number;
  deleted_at: string | null;
  deleted_annotations_json: string | null;
}

/** Segment keys in reading order: p0001, p0002, … (contract/segmentId.ts). */
export const segmentKeyAt = (position: number) => `p${String(position + 1).padStart(4, '0')}`;

const metadataColumns = (m: DocumentMetadata) => ({
  type: m.type,
  titleEn: m.title.en,
  titleZh: m.title.zh,
  issuerEn: m.issuer.en,
  issuerZh: m.issuer.zh,
  issuedOn: m.issuedOn,
  publishedOn: m.publishedOn,
  numberEn: m.documentNumber.en,
  numberZh: m.documentNumber.zh,
  sourceUrl: m.sourceUrl,
  originZh: m.origin.zh,
  originEn: m.origin.en,
});

/**
 * The imported documents' tables (migration 9), row by row, with their search
 * index rows kept in step. Callers hold the transaction; nothing here starts one.
 */
export class LibraryStore {
  private readonly rows: AlignedSegmentRows;

  constructor(private readonly db: Connection) {
    this.rows = new AlignedSegmentRows(db);
  }

  find(id: string): StoredDocument | null {
    const row = this.db.prepare('SELECT * FROM document WHERE id = ?').get(id) as DocumentRow | undefined;
    if (!row) return null;
    return {
      id: row.id,
      version: row.version,
      deletedAt: row.deleted_at,
      deletedAnnotations: row.deleted_annotations_json ? (JSON.parse(row.deleted_annotations_json) as string[]) : [],
      metadata: {
        title: { zh: row.title_zh, en: row.title_en },
        issuer: { zh: row.issuer_zh, en: row.issuer_en },
        documentNumber: { zh: row.document_number_zh, en: row.document_number_en },
        issuedOn: row.issued_on,
        publishedOn: row.published_on,
        type: row.type,
        sourceUrl: row.source_url,
        origin: { zh: row.origin_zh, en: row.origin_en },
      },
    };
  }

  insertDocument(id: string, metadata: DocumentMetadata, plan: ImportPlan, at: string): void {
    const position = (this.db.prepare('SELECT coalesce(max(position), -1) + 1 FROM document').pluck().get() as number) ?? 0;
    this.db
      .prepare(
        `INSERT INTO document (id, position, type, title_en, title_zh, issuer_en, issuer_zh, issued_on, published_on,
           document_number_en, document_number_zh, source_url, origin_zh, origin_en, version, created_at, updated_at, files_json, props_json)
         VALUES (@id, @position, @type, @titleEn, @titleZh, @issuerEn, @issuerZh, @issuedOn, @publishedOn,
           @numberEn, @numberZh, @sourceUrl, @originZh, @originEn, 1, @at, @at, @files, @props)`,
      )
      .run({ id, position, at, files: JSON.stringify(plan.files), props: JSON.stringify(plan.props), ...metadataColumns(metadata) });
  }

  /** The metadata, and the provenance of every segment's sides and the search rows' type and date with it. */
  updateMetadata(id: string, metadata: DocumentMetadata, at: string): void {
    this.db
      .prepare(
        `UPDATE document SET type = @type, title_en = @titleEn, title_zh = @titleZh, issuer_en = @issuerEn, issuer_zh = @issuerZh,
           issued_on = @issuedOn, published_on = @publishedOn, document_number_en = @numberEn, document_number_zh = @numberZh,
           source_url = @sourceUrl, origin_zh = @originZh, origin_en = @originEn, updated_at = @at WHERE id = @id`,
      )
      .run({ id, at, ...metadataColumns(metadata) });
    this.db.prepare('UPDATE segment SET origin_zh = ?, origin_en = ? WHERE document_id = ?').run(metadata.origin.zh, metadata.origin.en, id);
    this.db.prepare('UPDATE search_segment SET doc_type = ?, doc_date = ? WHERE document_id = ?').run(metadata.type, docDate(metadata), id);
  }

  /** A new version's record: the document's files and props, its version number, and a row of the versions' history. */
  recordVersion(id: string, version: number, plan: ImportPlan, at: string): void {
    this.db
      .prepare('UPDATE document SET version = ?, updated_at = ?, files_json = ?, props_json = ? WHERE id = ?')
      .run(version, at, JSON.stringify(plan.files), JSON.stringify(plan.props), id);
    this.db
      .prepare('INSERT INTO document_version (document_id, version, imported_at, files_json, segments) VALUES (?, ?, ?, ?, ?)')
      .run(id, version, at, JSON.stringify(plan.files), plan.segments.length);
  }

  /** The segments, sentences and links of the plan, and their search rows. */
  insertSegments(id: string, metadata: DocumentMetadata, segments: readonly PlannedSegment[]): void {
    this.rows.insert(id, segments.map((segment, position) => ({ key: segmentKeyAt(position), position, segment })), metadata.origin);
    this.rows.index(id);
  }

  /** Removes a document's segments, sentences, links and search rows (a re-import replaces them). */
  deleteSegments(id: string): void {
    unindexDocument(this.db, id);
    this.db.prepare('DELETE FROM sentence WHERE segment_id IN (SELECT id FROM segment WHERE document_id = ?)').run(id);
    this.db.prepare('DELETE FROM sentence_link WHERE document_id = ?').run(id);
    this.db.prepare('DELETE FROM segment WHERE document_id = ?').run(id);
    // The alignment editor's history was made on the text replaced: its undo would not fit the new one.
    this.db.prepare('DELETE FROM alignment_edit WHERE document_id = ?').run(id);
    this.db.prepare('UPDATE document SET alignment_revision = alignment_revision + 1 WHERE id = ?').run(id);
  }

  /** Marks the document deleted and takes it out of the search; its rows stay for Undo until the next start. */
  markDeleted(id: string, at: string, deletedAnnotations: readonly string[]): void {
    this.db.prepare('UPDATE document SET deleted_at = ?, deleted_annotations_json = ? WHERE id = ?').run(at, JSON.stringify(deletedAnnotations), id);
    unindexDocument(this.db, id);
  }

  unmarkDeleted(id: string): void {
    this.db.prepare('UPDATE document SET deleted_at = NULL, deleted_annotations_json = NULL WHERE id = ?').run(id);
    this.rows.index(id);
  }

  /** Documents deleted in an earlier session are gone for good. */
  purgeDeleted(): void {
    const deleted = "(SELECT id FROM document WHERE deleted_at IS NOT NULL)";
    this.db.prepare(`DELETE FROM sentence WHERE segment_id IN (SELECT id FROM segment WHERE document_id IN ${deleted})`).run();
    this.db.prepare(`DELETE FROM sentence_link WHERE document_id IN ${deleted}`).run();
    this.db.prepare(`DELETE FROM segment WHERE document_id IN ${deleted}`).run();
    this.db.prepare(`DELETE FROM document_version WHERE document_id IN ${deleted}`).run();
    this.db.prepare(`DELETE FROM alignment_edit WHERE document_id IN ${deleted}`).run();
    this.db.prepare('DELETE FROM document WHERE deleted_at IS NOT NULL').run();
  }
}

const docDate = (m: DocumentMetadata) => m.issuedOn ?? m.publishedOn;
