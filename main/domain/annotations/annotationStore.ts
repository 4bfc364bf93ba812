import type { TextLanguage } from '../../../contract/languages';
import type { HighlightColour } from '../../../contract/annotations';
import type { Connection } from '../database/connection';
import { DomainError } from '../errors';
import type { AnnotationRecord } from './annotationRecord';

/** A stored record with the imported version it conflicts with, if any. */
export type StoredRecord = AnnotationRecord & { conflictJson: string | null };

export interface AnnotationRow {
  id: string;
  document_id: string;
  segment_id: string;
  side: TextLanguage;
  quote_exact: string;
  quote_prefix: string;
  quote_suffix: string;
  position_start: number;
  position_end: number;
  colour: HighlightColour;
  note: string;
  tags_json: string;
  author: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  revision: string;
  history_json: string;
  conflict_json: string | null;
}

/** A whole row with its pending conflict: `a` the annotation, `c` the conflict. */
export const SELECT_ANNOTATION = `
  SELECT a.*, c.incoming_json AS conflict_json
  FROM annotation a LEFT JOIN annotation_conflict c ON c.annotation_id = a.id`;

/**
 * The annotation tables, row by row: the one place that knows their columns.
 * Callers hold the transaction; nothing here starts one.
 */
export class AnnotationStore {
  constructor(private readonly db: Connection) {}

  /** The record, deleted or not; null when there is none. */
  find(id: string): StoredRecord | null {
    const row = this.db.prepare(`${SELECT_ANNOTATION} WHERE a.id = ?`).get(id) as AnnotationRow | undefined;
    return row ? toStored(row) : null;
  }

  /** Live records (or deleted ones: the tombstones a W3C export carries), of one document or all. */
  select({ documentId, deleted = false }: { documentId?: string; deleted?: boolean }): StoredRecord[] {
    const where = `a.deleted_at IS ${deleted ? 'NOT NULL' : 'NULL'}`;
    const rows = documentId
      ? this.db.prepare(`${SELECT_ANNOTATION} WHERE ${where} AND a.document_id = ? ORDER BY a.id`).all(documentId)
      : this.db.prepare(`${SELECT_ANNOTATION} WHERE ${where} ORDER BY a.id`).all();
    return (rows as AnnotationRow[]).map(toStored);
  }

  annotatedSegmentIds(): string[] {
    return this.db.prepare('SELECT DISTINCT segment_id FROM annotation WHERE deleted_at IS NULL').pluck().all() as string[];
  }

  insert(record: AnnotationRecord): void {
    this.db
      .prepare(
        `INSERT INTO annotation (id, document_id, segment_id, side, quote_exact, quote_prefix, quote_suffix,
           position_start, position_end, colour, note, tags_json, author, created_at, updated_at, deleted_at, revision, history_json)
         VALUES (@id, @document_id, @segment_id, @side, @quote_exact, @quote_prefix, @quote_suffix,
           @position_start, @position_end, @colour, @note, @tags_json, @author, @created_at, @updated_at, @deleted_at, @revision, @history_json)`,
      )
      .run(toRow(record));
  }

  /** Replaces the stored record of the same id; its document never changes. */
  write(record: AnnotationRecord): void {
    const result = this.db
      .prepare(
        `UPDATE annotation SET segment_id = @segment_id, side = @side, quote_exact = @quote_exact, quote_prefix = @quote_prefix,
           quote_suffix = @quote_suffix, position_start = @position_start, position_end = @position_end, colour = @colour,
           note = @note, tags_json = @tags_json, author = @author, created_at = @created_at, updated_at = @updated_at,
           deleted_at = @deleted_at, revision = @revision, history_json = @history_json
         WHERE id = @id AND document_id = @document_id`,
      )
      .run(toRow(record));
    if (result.changes !== 1) throw new DomainError('not-found', `No annotation ${record.id} in ${record.documentId}`);
  }

  pendingConflictRevision(id: string): string | null {
    return (this.db.prepare('SELECT incoming_revision FROM annotation_conflict WHERE annotation_id = ?').pluck().get(id) as string | undefined) ?? null;
  }

  pendingConflict(id: string): AnnotationRecord | null {
    const json = this.db.prepare('SELECT incoming_json FROM annotation_conflict WHERE annotation_id = ?').pluck().get(id) as string | undefined;
    return json === undefined ? null : (JSON.parse(json) as AnnotationRecord);
  }

  setConflict(id: string, incoming: AnnotationRecord, at: string): void {
    this.db
      .prepare(
        `INSERT INTO annotation_conflict (annotation_id, incoming_revision, incoming_json, detected_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (annotation_id) DO UPDATE SET incoming_revision = excluded.incoming_revision,
           incoming_json = excluded.incoming_json, detected_at = excluded.detected_at`,
      )
      .run(id, incoming.revision, JSON.stringify(incoming), at);
  }

  clearConflict(id: string): void {
    this.db.prepare('DELETE FROM annotation_conflict WHERE annotation_id = ?').run(id);
  }
}

export function toStored(row: AnnotationRow): StoredRecord {
  return {
    conflictJson: row.conflict_json,
    id: row.id,
    documentId: row.document_id,
    target: {
      segmentId: row.segment_id,
      side: row.side,
      quote: { type: 'TextQuoteSelector', exact: row.quote_exact, prefix: row.quote_prefix, suffix: row.quote_suffix },
      position: { type: 'TextPositionSelector', start: row.position_start, end: row.position_end },
    },
    colour: row.colour,
    note: row.note,
    tags: JSON.parse(row.tags_json) as string[],
    author: row.author,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
    revision: row.revision,
    history: JSON.parse(row.history_json) as string[],
  };
}

function toRow(r: AnnotationRecord): Omit<AnnotationRow, 'conflict_json'> {
  return {
    id: r.id,
    document_id: r.documentId,
    segment_id: r.target.segmentId,
    side: r.target.side,
    quote_exact: r.target.quote.exact,
    quote_prefix: r.target.quote.prefix,
    quote_suffix: r.target.quote.suffix,
    position_start: r.target.position.start,
    position_end: r.target.position.end,
    colour: r.colour,
    note: r.note,
    tags_json: JSON.stringify(r.tags),
    author: r.author,
    created_at: r.createdAt,
    updated_at: r.updatedAt,
    deleted_at: r.deletedAt,
    revision: r.revision,
    history_json: JSON.stringify(r.history),
  };
}
