import type { TextLanguage } from '../../../contract/languages';
import type { DocumentDetail, DocumentPart, DocumentSummary, DocumentType, ImportedRecord, ReviewNote, Segment, SegmentKind, TextOrigin } from '../../../contract/model';
import type { SentencesBySide } from '../../../contract/alignment';
import type { Statement } from 'better-sqlite3';
import type { Connection } from '../database/connection';
import { CorpusProvenance } from './corpusProvenance';
import { emptySentences, SentenceLinkStore } from './sentenceLinks';

interface DocumentRow {
  id: string;
  type: DocumentType;
  title_en: string | null;
  title_zh: string | null;
  issuer_en: string | null;
  issuer_zh: string | null;
  issued_on: string | null;
  published_on: string | null;
  document_number_en: string | null;
  document_number_zh: string | null;
  source_url: string | null;
  summary_en: string;
  summary_zh: string;
  keywords_json: string;
  stripped_chrome: string;
  total: number;
  zh_present: number;
  en_present: number;
  zh_published: number;
  en_published: number;
  zh_draft: number;
  en_draft: number;
  /** Columns of an imported document only (user database, migration 9). */
  version?: number;
  created_at?: string;
  updated_at?: string;
  files_json?: string;
  props_json?: string;
}

interface SegmentRow {
  id: string;
  position: number;
  kind: SegmentKind;
  level: number | null;
  text_zh: string | null;
  text_en: string | null;
  origin_zh: TextOrigin;
  origin_en: TextOrigin;
  review_note_en: string | null;
  review_note_zh_cn: string | null;
  review_note_zh_tw: string | null;
}

const SEGMENT_COLUMNS = 'id, position, kind, level, text_zh, text_en, origin_zh, origin_en, review_note_en, review_note_zh_cn, review_note_zh_tw';

const documentSelect = (live: string) => `
  SELECT d.*,
         (SELECT count(*) FROM segment s WHERE s.document_id = d.id) AS total,
         (SELECT count(*) FROM segment s WHERE s.document_id = d.id AND s.text_zh IS NOT NULL) AS zh_present,
         (SELECT count(*) FROM segment s WHERE s.document_id = d.id AND s.text_en IS NOT NULL) AS en_present,
         (SELECT count(*) FROM segment s WHERE s.document_id = d.id AND s.text_zh IS NOT NULL AND s.origin_zh = 'published') AS zh_published,
         (SELECT count(*) FROM segment s WHERE s.document_id = d.id AND s.text_en IS NOT NULL AND s.origin_en = 'published') AS en_published,
         (SELECT count(*) FROM segment s WHERE s.document_id = d.id AND s.text_zh IS NOT NULL AND s.origin_zh = 'user-draft') AS zh_draft,
         (SELECT count(*) FROM segment s WHERE s.document_id = d.id AND s.text_en IS NOT NULL AND s.origin_en = 'user-draft') AS en_draft
  FROM document d WHERE ${live}`;

/**
 * Reads documents, segments and sentence links from a database holding the
 * corpus's tables: the bundled corpus, or the user's imported documents (the
 * same tables in the user database, migration 9, where a document marked
 * deleted is not there to read).
 */
export class DocumentTables {
  private segmentStatement: Statement | null = null;
  /** The sentences and their links across the two languages. */
  readonly sentences: SentenceLinkStore;
  /** Each side's provenance and each segment's review note, as search reads them. */
  readonly provenance: CorpusProvenance;
  private readonly live: string;
  private readonly select: string;

  constructor(
    protected readonly db: Connection,
    readonly library: DocumentSummary['library'],
  ) {
    this.sentences = new SentenceLinkStore(db);
    this.provenance = new CorpusProvenance(db);
    this.live = library === 'imported' ? 'd.deleted_at IS NULL' : '1';
    this.select = documentSelect(this.live);
  }

  listDocuments(): DocumentSummary[] {
    const rows = this.db.prepare(`${this.select} ORDER BY d.position`).all() as DocumentRow[];
    return rows.map((r) => toSummary(r, this.library));
  }

  /** null when there is no such document. */
  getDocument(documentId: string): DocumentDetail | null {
    const row = this.db.prepare(`${this.select} AND d.id = ?`).get(documentId) as DocumentRow | undefined;
    if (!row) return null;
    const segments = this.db
      .prepare(`SELECT ${SEGMENT_COLUMNS} FROM segment WHERE document_id = ? ORDER BY position`)
      .all(documentId) as SegmentRow[];
    const { bySegment, links } = this.sentences.documentSentences(documentId);
    return { ...toSummary(row, this.library), segments: segments.map((s) => toSegment(s, bySegment.get(s.id) ?? emptySentences())), links };
  }

  /**
   * The segments at positions [from, from + count) of a document, with their sentences and links: a long document
   * comes to the reader in parts, so that no call holds the main process long (issue 14). null when there is no such document.
   */
  getDocumentPart(documentId: string, from: number, count: number, withIds = false): DocumentPart | null {
    const row = this.db.prepare(`${this.select} AND d.id = ?`).get(documentId) as DocumentRow | undefined;
    if (!row) return null;
    const segments = this.db
      .prepare(`SELECT ${SEGMENT_COLUMNS} FROM segment WHERE document_id = ? AND position >= ? AND position < ? ORDER BY position`)
      .all(documentId, from, from + count) as SegmentRow[];
    const { bySegment, links } = this.sentences.rangeSentences(documentId, from, from + count);
    const part: DocumentPart = { document: toSummary(row, this.library), from, total: row.total, segments: segments.map((s) => toSegment(s, bySegment.get(s.id) ?? emptySentences())), links };
    return withIds ? { ...part, ids: this.segmentIds(documentId, 0, row.total) } : part;
  }

  /** The ids of a document's segments at positions [from, from + count), in order. */
  segmentIds(documentId: string, from: number, count: number): string[] {
    return this.db.prepare('SELECT id FROM segment WHERE document_id = ? AND position >= ? AND position < ? ORDER BY position').pluck().all(documentId, from, from + count) as string[];
  }

  /** The connection, for the search service that reads its index. */
  get connection(): Connection {
    return this.db;
  }

  hasDocument(documentId: string): boolean {
    return this.db.prepare(`SELECT 1 FROM document d WHERE ${this.live} AND d.id = ?`).get(documentId) !== undefined;
  }

  hasSegment(segmentId: string): boolean {
    return this.db.prepare(`SELECT 1 FROM segment s JOIN document d ON d.id = s.document_id WHERE ${this.live} AND s.id = ?`).get(segmentId) !== undefined;
  }

  /** One segment and the document it belongs to; null when there is none. */
  getSegment(segmentId: string): (Segment & { documentId: string }) | null {
    // Called once per annotation when they are listed, exported or imported: prepared once.
    this.segmentStatement ??= this.db.prepare(
      `SELECT ${SEGMENT_COLUMNS.replace(/(\w+)/g, 's.$1')}, s.document_id FROM segment s JOIN document d ON d.id = s.document_id WHERE ${this.live} AND s.id = ?`,
    );
    const row = this.segmentStatement.get(segmentId) as (SegmentRow & { document_id: string }) | undefined;
    return row ? { ...toSegment(row, this.sentences.segmentSentences(row.id)), documentId: row.document_id } : null;
  }
}

function toSummary(r: DocumentRow, library: DocumentSummary['library']): DocumentSummary {
  const coverage = (present: number, published: number, draft: number): DocumentSummary['coverage'][TextLanguage] => ({ present, published, draft, total: r.total });
  return {
    id: r.id,
    type: r.type,
    title: { en: r.title_en, zh: r.title_zh },
    issuer: { en: r.issuer_en, zh: r.issuer_zh },
    issuedOn: r.issued_on,
    publishedOn: r.published_on,
    documentNumber: { en: r.document_number_en, zh: r.document_number_zh },
    sourceUrl: r.source_url,
    summary: { en: r.summary_en, zh: r.summary_zh },
    keywords: JSON.parse(r.keywords_json) as DocumentSummary['keywords'],
    strippedChrome: JSON.parse(r.stripped_chrome) as string[],
    coverage: { zh: coverage(r.zh_present, r.zh_published, r.zh_draft), en: coverage(r.en_present, r.en_published, r.en_draft) },
    library,
    imported: library === 'imported' ? importedRecord(r) : null,
  };
}

function importedRecord(r: DocumentRow): ImportedRecord {
  return {
    version: r.version ?? 1,
    importedAt: r.created_at ?? '',
    updatedAt: r.updated_at ?? '',
    files: JSON.parse(r.files_json ?? '[]') as ImportedRecord['files'],
    props: JSON.parse(r.props_json ?? '{}') as ImportedRecord['props'],
  };
}

function reviewNote(r: SegmentRow): ReviewNote | null {
  if (r.review_note_en === null || r.review_note_zh_cn === null || r.review_note_zh_tw === null) return null;
  return { en: r.review_note_en, 'zh-CN': r.review_note_zh_cn, 'zh-TW': r.review_note_zh_tw };
}

function toSegment(r: SegmentRow, sentences: SentencesBySide): Segment {
  return {
    id: r.id,
    position: r.position,
    kind: r.kind,
    level: r.level,
    zh: r.text_zh === null ? null : { text: r.text_zh, origin: r.origin_zh },
    en: r.text_en === null ? null : { text: r.text_en, origin: r.origin_en },
    reviewNote: reviewNote(r),
    sentences,
  };
}
