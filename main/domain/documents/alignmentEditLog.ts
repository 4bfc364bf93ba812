import { z } from 'zod';
import type { AlignmentHistoryEntry, AlignmentHistoryView } from '../../../contract/alignmentEdits';
import type { Connection } from '../database/connection';
import { alignmentEditSchema, type SegmentPatch } from './alignmentEditTypes';
import { segmentPatchSchema, type AlignmentHistory, type AlignmentLogEntry } from './alignmentHistory';

/** An annotation a paragraph split shortened: where it was before the edit, and where the edit left it. */
export interface AnnotationMove {
  id: string;
  before: { segmentId: string; start: number; end: number };
  after: { segmentId: string; start: number; end: number };
}

export interface StoredLogEntry extends AlignmentLogEntry {
  seq: number;
  moves: AnnotationMove[];
}

export interface StoredHistory extends AlignmentHistory {
  undo: StoredLogEntry[];
  redo: StoredLogEntry[];
  revision: number;
}

interface LogRow {
  seq: number;
  edit_json: string;
  inverse_json: string;
  moves_json: string;
  by: string;
  at: string;
  state: 'undo' | 'redo';
}

const place = z.object({ segmentId: z.string(), start: z.number().int().min(0), end: z.number().int().min(0) }).strict();
const movesSchema = z.array(z.object({ id: z.string(), before: place, after: place }).strict());
/**
 * The alignment editor's log as rows of `alignment_edit` (migration 11): the
 * undo stack is the entries in state 'undo' by seq, the redo stack those in
 * state 'redo' (the lowest seq is redone first, being the last undone). Every
 * stored entry is checked for shape when read. Callers hold the transaction.
 */
export class AlignmentEditLog {
  constructor(private readonly db: Connection) {}

  read(documentId: string): StoredHistory {
    const rows = this.db.prepare('SELECT seq, edit_json, inverse_json, moves_json, by, at, state FROM alignment_edit WHERE document_id = ? ORDER BY seq').all(documentId) as LogRow[];
    const entries = rows.map((row) => ({ state: row.state, entry: toEntry(documentId, row) }));
    const revision = this.db.prepare('SELECT alignment_revision FROM document WHERE id = ?').pluck().get(documentId) as number | undefined;
    return {
      documentId,
      undo: entries.filter((e) => e.state === 'undo').map((e) => e.entry),
      redo: entries.filter((e) => e.state === 'redo').map((e) => e.entry).reverse(),
      revision: revision ?? 0,
    };
  }

  /** A new edit: the redo stack is dropped, the entry appended. */
  append(documentId: string, entry: Omit<StoredLogEntry, 'seq' | 'id' | 'documentId'>): number {
    this.db.prepare("DELETE FROM alignment_edit WHERE document_id = ? AND state = 'redo'").run(documentId);
    const seq = (this.db.prepare('SELECT coalesce(max(seq), 0) + 1 FROM alignment_edit WHERE document_id = ?').pluck().get(documentId) as number) ?? 1;
    this.db
      .prepare("INSERT INTO alignment_edit (document_id, seq, edit_json, inverse_json, moves_json, by, at, state) VALUES (?, ?, ?, ?, ?, ?, ?, 'undo')")
      .run(documentId, seq, JSON.stringify(entry.edit), JSON.stringify(entry.inverse), JSON.stringify(entry.moves), entry.by, entry.at);
    return seq;
  }

  markUndone(documentId: string, seq: number): void {
    this.db.prepare("UPDATE alignment_edit SET state = 'redo' WHERE document_id = ? AND seq = ?").run(documentId, seq);
  }

  /** Redone: back on the undo stack, with the inverse and moves of this time it was applied. */
  markRedone(documentId: string, seq: number, inverse: SegmentPatch, moves: readonly AnnotationMove[]): void {
    this.db
      .prepare("UPDATE alignment_edit SET state = 'undo', inverse_json = ?, moves_json = ? WHERE document_id = ? AND seq = ?")
      .run(JSON.stringify(inverse), JSON.stringify(moves), documentId, seq);
  }

  /** The document changed: calls made on the revision before are stale. */
  bumpRevision(documentId: string, at: string): void {
    this.db.prepare('UPDATE document SET alignment_revision = alignment_revision + 1, updated_at = ? WHERE id = ?').run(at, documentId);
  }
}

function toEntry(documentId: string, row: LogRow): StoredLogEntry {
  return {
    id: String(row.seq),
    seq: row.seq,
    documentId,
    edit: alignmentEditSchema.parse(JSON.parse(row.edit_json)),
    inverse: segmentPatchSchema.parse(JSON.parse(row.inverse_json)),
    moves: movesSchema.parse(JSON.parse(row.moves_json)),
    by: row.by,
    at: row.at,
  };
}

const listed = (entry: StoredLogEntry): AlignmentHistoryEntry => ({ seq: entry.seq, type: entry.edit.type, segment: entry.edit.segment, by: entry.by, at: entry.at });

/** The history as the reader shows it. */
export function historyView(history: StoredHistory): AlignmentHistoryView {
  return {
    documentId: history.documentId,
    revision: history.revision,
    done: history.undo.map(listed),
    undone: [...history.redo].reverse().map(listed),
    canUndo: history.undo.length > 0,
    canRedo: history.redo.length > 0,
  };
}

