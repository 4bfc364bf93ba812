import type { Connection } from '../database/connection';

/** The segment the reader last had at the top of the screen, per document. */
export class ReadingPositions {
  constructor(private readonly db: Connection) {}

  get(documentId: string): string | null {
    const row = this.db.prepare('SELECT segment_id FROM reading_position WHERE document_id = ?').get(documentId) as
      | { segment_id: string }
      | undefined;
    return row?.segment_id ?? null;
  }

  save(documentId: string, segmentId: string, now: Date = new Date()): void {
    this.db
      .prepare(
        `INSERT INTO reading_position (document_id, segment_id, updated_at) VALUES (?, ?, ?)
         ON CONFLICT(document_id) DO UPDATE SET segment_id = excluded.segment_id, updated_at = excluded.updated_at`,
      )
      .run(documentId, segmentId, now.toISOString());
  }
}
