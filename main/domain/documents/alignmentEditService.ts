import type { AlignmentEdit, AlignmentEditOutcome, AlignmentHistoryView } from '../../../contract/alignmentEdits';
import type { Connection } from '../database/connection';
import { DomainError } from '../errors';
import type { AnnotationService } from '../annotations/annotationService';
import { AlignedSegmentRows } from './alignedSegmentRows';
import type { AlignedSegment } from './alignedSegments';
import { AlignmentEditLog, historyView, type StoredHistory, type StoredLogEntry } from './alignmentEditLog';
import { refuse } from './alignmentEditTypes';
import { recordAlignmentEdit, redoAlignmentEdit, undoAlignmentEdit, type HistoryStep } from './alignmentHistory';
import { AnnotationMover } from './annotationMover';
import type { Library } from './library';
import { LibraryStore } from './libraryStore';

export interface AlignmentEditServiceOptions {
  library: Library;
  /** The annotation service on the same database (made anew with it). */
  annotations: () => AnnotationService;
  /** The name edits are recorded under: the author name of the preferences. */
  author: () => string;
  now?: () => Date;
}

type Direction = 'edit' | 'undo' | 'redo';

/**
 * The alignment editor's storage (issue 10): each edit, undo and redo of an
 * imported document's alignment is one transaction that reads the document's
 * segments, applies the step (alignmentHistory.ts), rewrites only the segments
 * it changed with their sentences, links and search rows, moves annotations
 * with their text, and records the step in the log (alignmentEditLog.ts), so
 * undo and redo outlive a restart. Bundled documents refuse every edit. A
 * call naming a revision that is no longer current is refused unchanged.
 */
export class AlignmentEditService {
  private readonly rows: AlignedSegmentRows;
  private readonly log: AlignmentEditLog;
  private readonly store: LibraryStore;
  private readonly now: () => Date;

  constructor(
    private readonly db: Connection,
    private readonly options: AlignmentEditServiceOptions,
  ) {
    this.rows = new AlignedSegmentRows(db);
    this.log = new AlignmentEditLog(db);
    this.store = new LibraryStore(db);
    this.now = options.now ?? (() => new Date());
  }

  history(documentId: string): AlignmentHistoryView {
    this.requireEditable(documentId);
    return historyView(this.log.read(documentId));
  }

  edit(documentId: string, edit: AlignmentEdit, revision?: number): AlignmentEditOutcome {
    return this.step(documentId, 'edit', revision, (history, segments) =>
      recordAlignmentEdit(history, segments, edit, { id: 'new', by: this.options.author(), at: this.now().toISOString() }),
    );
  }

  undo(documentId: string, revision?: number): AlignmentEditOutcome {
    return this.step(documentId, 'undo', revision, (history, segments) => undoAlignmentEdit(history, segments));
  }

  redo(documentId: string, revision?: number): AlignmentEditOutcome {
    return this.step(documentId, 'redo', revision, (history, segments) => redoAlignmentEdit(history, segments));
  }

  private step(
    documentId: string,
    direction: Direction,
    revision: number | undefined,
    make: (history: StoredHistory, segments: AlignedSegment[]) => HistoryStep,
  ): AlignmentEditOutcome {
    return this.db
      .transaction(() => {
        const stored = this.requireEditable(documentId);
        const history = this.log.read(documentId);
        if (revision !== undefined && revision !== history.revision)
          refuse('alignment-history-stale', `${documentId} is at revision ${history.revision}, not ${revision}`);
        const before = this.rows.read(documentId);
        const step = make(history, before);
        this.rows.replace(documentId, step.change, stored.metadata.origin);
        const entry = step.entry as StoredLogEntry;
        const mover = new AnnotationMover(this.db, documentId, this.options.annotations());
        const moved = direction === 'undo' ? mover.moveBack(before, step.segments, entry) : mover.moveThrough(before, step.segments, entry.edit);
        this.record(documentId, direction, entry, step, moved.clipped);
        this.log.bumpRevision(documentId, this.now().toISOString());
        return {
          history: historyView(this.log.read(documentId)),
          changedSegments: step.change.insert.map((s) => s.key),
          movedAnnotations: moved.count,
        };
      })
      .immediate();
  }

  private record(documentId: string, direction: Direction, entry: StoredLogEntry, step: HistoryStep, clipped: StoredLogEntry['moves']): void {
    if (direction === 'edit') this.log.append(documentId, { edit: entry.edit, inverse: entry.inverse, moves: clipped, by: entry.by, at: entry.at });
    else if (direction === 'undo') this.log.markUndone(documentId, entry.seq);
    else this.log.markRedone(documentId, entry.seq, step.entry.inverse, clipped);
  }

  /** A live imported document; a bundled one is refused with its own reason, any other as not found. */
  private requireEditable(documentId: string) {
    if (this.options.library.bundled.hasDocument(documentId))
      throw new DomainError('alignment-edit-refused', `${documentId} is a bundled document: its alignment cannot be edited`, { reason: 'alignment-bundled-document' });
    const stored = this.store.find(documentId);
    if (!stored || stored.deletedAt !== null) throw new DomainError('not-found', `No document ${documentId}`);
    return stored;
  }
}
