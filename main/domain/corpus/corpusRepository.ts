import type { SentencesBySide } from '../../../contract/alignment';
import type { TextLanguage } from '../../../contract/languages';
import type { DocumentDetail, DocumentPart, DocumentSummary, DocumentType, ReviewNote, Segment, SegmentKind, TextOrigin } from '../../../contract/model';
import type { Statement } from 'better-sqlite3';
import { openConnection, type Connection } from '../database/connection';
import { CORPUS_SCHEMA_VERSION } from './corpusDatabase';
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

export class CorpusUnavailableError extends Error {}

const DOCUMENT_SELECT = `
  SELECT d.*,
         (SELECT count(*) FROM segment s WHERE s.document_id = d.id) AS total,
         (SELECT count(*) FROM segment s WHERE s.document_id = d.id AND s.text_zh IS NOT NULL) AS zh_present,
         (SELECT count(*) FROM segment s WHERE s.document_id = d.id AND s.text_en IS NOT NULL) AS en_present,
         (SELECT count(*) FROM segment s WHERE s.document_id = d.id AND s.text_zh IS NOT NULL AND s.origin_zh = 'published') AS zh_published,
         (SELECT count(*) FROM segment s WHERE s.document_id = d.id AND s.text_en IS NOT NULL AND s.origin_en = 'published') AS en_published
  FROM document d`;

/** Read-only access to the bundled corpus database; it never shares a file with user data. */
export class CorpusRepository {
  private segmentStatement: Statement | null = null;
  /** The sentences and their links across the two languages. */
  readonly sentences: SentenceLinkStore;
  /** Each side's provenance and each segment's review note, as search reads them. */
  readonly provenance: CorpusProvenance;

  private constructor(
    private readonly db: Connection,
    readonly version: string,
  ) {
    this.sentences = new SentenceLinkStore(db);
    this.provenance = new CorpusProvenance(db);
  }

  static open(file: string, nativeBinding?: string): CorpusRepository {
    let db: Connection;
    try {
      db = openConnection(file, { readonly: true, nativeBinding });
    } catch (error) {
      throw new CorpusUnavailableError(`The bundled corpus could not be opened at ${file}: ${(error as Error).message}`);
    }
    const info = new Map(
      (db.prepare('SELECT key, value FROM corpus_info').all() as { key: string; value: string }[]).map((r) => [r.key, r.value]),
    );
    if (info.get('schema_version') !== String(CORPUS_SCHEMA_VERSION)) {
      db.close();
      throw new CorpusUnavailableError(`The corpus at ${file} has schema ${info.get('schema_version')}; expected ${CORPUS_SCHEMA_VERSION}.`);
    }
    return new CorpusRepository(db, info.get('version') ?? 'unknown');
  }

  listDocuments(): DocumentSummary[] {
    const rows = this.db.prepare(`${DOCUMENT_SELECT} ORDER BY d.position`).all() as DocumentRow[];
    return rows.map(toSummary);
  }

  /** null when there is no such document. */
  getDocument(documentId: string): DocumentDetail | null {
    const row = this.db.prepare(`${DOCUMENT_SELECT} WHERE d.id = ?`).get(documentId) as DocumentRow | undefined;
    if (!row) return null;
    const segments = this.db
      .prepare(`SELECT ${SEGMENT_COLUMNS} FROM segment WHERE document_id = ? ORDER BY position`)
      .all(documentId) as SegmentRow[];
    const { bySegment, links } = this.sentences.documentSentences(documentId);
    return { ...toSummary(row), segments: segments.map((s) => toSegment(s, bySegment.get(s.id) ?? emptySentences())), links };
  }

  /**
   * The segments at positions [from, from + count) of a document, with their sentences and links: a long document
   * comes to the reader in parts, so that no call holds the main process long (issue 14). null when there is no such document.
   */
  getDocumentPart(documentId: string, from: number, count: number, withIds = false): DocumentPart | null {
    const row = this.db.prepare(`${DOCUMENT_SELECT} WHERE d.id = ?`).get(documentId) as DocumentRow | undefined;
    if (!row) return null;
    const segments = this.db
      .prepare(`SELECT ${SEGMENT_COLUMNS} FROM segment WHERE document_id = ? AND position >= ? AND position < ? ORDER BY position`)
      .all(documentId, from, from + count) as SegmentRow[];
    const { bySegment, links } = this.sentences.rangeSentences(documentId, from, from + count);
    const part: DocumentPart = { document: toSummary(row), from, total: row.total, segments: segments.map((s) => toSegment(s, bySegment.get(s.id) ?? emptySentences())), links };
    return withIds ? { ...part, ids: this.segmentIds(documentId, 0, row.total) } : part;
  }

  /** The ids of a document's segments at positions [from, from + count), in order. */
  segmentIds(documentId: string, from: number, count: number): string[] {
    return this.db.prepare('SELECT id FROM segment WHERE document_id = ? AND position >= ? AND position < ? ORDER BY position').pluck().all(documentId, from, from + count) as string[];
  }

  /** The corpus connection, for the search service that reads its index. */
  get connection(): Connection {
    return this.db;
  }

  hasDocument(documentId: string): boolean {
    return this.db.prepare('SELECT 1 FROM document WHERE id = ?').get(documentId) !== undefined;
  }

  hasSegment(segmentId: string): boolean {
    return this.db.prepare('SELECT 1 FROM segment WHERE id = ?').get(segmentId) !== undefined;
  }

  /** One segment and the document it belongs to; null when there is none. */
  getSegment(segmentId: string): (Segment & { documentId: string }) | null {
    // Called once per annotation when they are listed, exported or imported: prepared once.
    this.segmentStatement ??= this.db.prepare(
      `SELECT ${SEGMENT_COLUMNS}, document_id FROM segment WHERE id = ?`,
    );
    const row = this.segmentStatement.get(segmentId) as (SegmentRow & { document_id: string }) | undefined;
    return row ? { ...toSegment(row, this.sentences.segmentSentences(row.id)), documentId: row.document_id } : null;
  }

  close(): void {
    this.db.close();
  }
}

function toSummary(r: DocumentRow): DocumentSummary {
  const coverage = (present: number, published: number): DocumentSummary['coverage'][TextLanguage] => ({ present, published, total: r.total });
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
    coverage: { zh: coverage(r.zh_present, r.zh_published), en: coverage(r.en_present, r.en_published) },
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
