import { randomUUID } from 'node:crypto';
import type {
  Annotation,
  AnnotationFilter,
  AnnotationList,
  AnnotationRange,
  AnnotationPageRequest,
  HighlightColour,
  ImportFile,
  ImportMode,
  ImportReport,
} from '../../../contract/annotations';
import type { TextLanguage } from '../../../contract/languages';
import type { Connection } from '../database/connection';
import { DomainError } from '../errors';
import { describeRange } from './anchoring';
import { AnnotationImporter } from './annotationImport';
import { AnnotationListing, type ListedRecords } from './annotationListing';
import { placeRecords } from './annotationPlacement';
import { extendHistory, normaliseTags, revisionOf, type AnnotationContent, type AnnotationRecord, type PlacedRecord } from './annotationRecord';
import { AnnotationStore, type StoredRecord } from './annotationStore';
import type { SegmentSource } from './segmentSource';

export type { SegmentSource } from './segmentSource';

export interface AnnotationServiceOptions {
  now?: () => Date;
  newId?: () => string;
  /** The name set in preferences, recorded on each new annotation. */
  author: () => string;
}

export interface NewAnnotation {
  segmentId: string;
  side: TextLanguage;
  start: number;
  end: number;
  /** The text the user selected: if the segment no longer holds it there, nothing is stored. */
  exact: string;
  colour: HighlightColour;
  note?: string;
  tags?: string[];
}

export interface AnnotationChange {
  id: string;
  colour?: HighlightColour;
  note?: string;
  tags?: string[];
}

/**
 * Highlights, notes and tags on either side of a segment. Every change is one
 * transaction and is answered only once it is committed, so what the renderer
 * shows is what survives a crash. Annotations are placed on today's text each
 * time they are read (anchoring.ts); one that cannot be placed is an orphan,
 * listed for the user, never dropped.
 */
export class AnnotationService {
  private readonly now: () => Date;
  private readonly newId: () => string;
  private readonly store: AnnotationStore;
  private readonly importer: AnnotationImporter;
  private readonly listing: AnnotationListing;

  constructor(
    private readonly db: Connection,
    private readonly segments: SegmentSource,
    private readonly options: AnnotationServiceOptions,
  ) {
    this.now = options.now ?? (() => new Date());
    this.newId = options.newId ?? randomUUID;
    this.store = new AnnotationStore(db);
    this.importer = new AnnotationImporter(db, this.store, segments, this.now);
    this.listing = new AnnotationListing(db, segments);
  }

  create(input: NewAnnotation): Annotation {
    const segment = this.requireSegment(input.segmentId);
    const text = segment[input.side]?.text;
    if (text === undefined) throw new DomainError('not-found', `${input.segmentId} has no ${input.side} text`);
    if (input.end > text.length || text.slice(input.start, input.end) !== input.exact) {
      throw new DomainError('text-changed', `The text at ${input.start}–${input.end} of ${input.segmentId} is not the selection`);
    }
    const { quote, position } = describeRange(text, input.start, input.end);
    const content: AnnotationContent = {
      target: { segmentId: input.segmentId, side: input.side, quote, position },
      colour: input.colour,
      note: input.note ?? '',
      tags: normaliseTags(input.tags ?? []),
    };
    const at = this.now().toISOString();
    const record: AnnotationRecord = {
      ...content,
      id: this.newId(),
      documentId: segment.documentId,
      author: this.options.author(),
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
      revision: revisionOf(content, false),
      history: [],
    };
    this.db.transaction(() => this.store.insert(record)).immediate();
    return this.get(record.id);
  }

  update(change: AnnotationChange): Annotation {
    this.db
      .transaction(() => {
        const record = this.requireRecord(change.id);
        const content: AnnotationContent = {
          target: record.target,
          colour: change.colour ?? record.colour,
          note: change.note ?? record.note,
          tags: change.tags ? normaliseTags(change.tags) : record.tags,
        };
        this.replaceContent(record, content, null);
      })
      .immediate();
    return this.get(change.id);
  }

  /** Deleting keeps the row, marked, so `restore` can undo it. */
  delete(id: string): void {
    this.db
      .transaction(() => {
        const record = this.requireRecord(id);
        this.replaceContent(record, record, this.now().toISOString());
      })
      .immediate();
  }

  restore(id: string): Annotation {
    this.db
      .transaction(() => {
        const record = this.requireRecord(id, { includeDeleted: true });
        if (record.deletedAt !== null) this.replaceContent(record, record, null);
      })
      .immediate();
    return this.get(id);
  }

  /** Places an orphan (or any annotation) on a new stretch of text the user chose. */
  reattach(id: string, target: Omit<NewAnnotation, 'colour' | 'note' | 'tags'>): Annotation {
    const segment = this.requireSegment(target.segmentId);
    const text = segment[target.side]?.text;
    if (text === undefined || target.end > text.length || text.slice(target.start, target.end) !== target.exact) {
      throw new DomainError('text-changed', `The text at ${target.start}–${target.end} of ${target.segmentId} is not the selection`);
    }
    this.db
      .transaction(() => {
        const record = this.requireRecord(id);
        if (record.documentId !== segment.documentId) throw new DomainError('invalid-argument', 'An annotation stays in its document');
        const { quote, position } = describeRange(text, target.start, target.end);
        this.replaceContent(record, { ...record, target: { segmentId: target.segmentId, side: target.side, quote, position } }, null);
      })
      .immediate();
    return this.get(id);
  }

  /** Settles a conflict: keep ours (the other version counts as seen) or take the imported one. */
  resolveConflict(id: string, keep: 'mine' | 'theirs'): Annotation {
    this.db
      .transaction(() => {
        const record = this.requireRecord(id);
        const incoming = this.store.pendingConflict(id);
        if (incoming === null) throw new DomainError('not-found', `Annotation ${id} has no conflict`);
        const history = extendHistory(record.history, ...incoming.history, incoming.revision);
        if (keep === 'theirs') {
          this.store.write({ ...incoming, createdAt: record.createdAt, deletedAt: null, history: extendHistory(history, record.revision).filter((r) => r !== incoming.revision) });
        } else {
          this.store.write({ ...record, history: history.filter((r) => r !== record.revision) });
        }
        this.store.clearConflict(id);
      })
      .immediate();
    return this.get(id);
  }

  get(id: string): Annotation {
    return placeRecords([this.requireRecord(id)], (segmentId) => this.segments.getSegment(segmentId))[0].annotation;
  }

  /** A page of the annotations the filter shows, with their total, the tags in use and the orphans and conflicts. */
  list(request: AnnotationPageRequest = {}): AnnotationList {
    return this.listing.list(request);
  }

  /** The live annotations of these segments of one document, placed, and how many the document has; see AnnotationListing.inSegments. */
  inSegments(documentId: string, segmentIds: readonly string[]): AnnotationRange {
    return this.listing.inSegments(documentId, segmentIds);
  }

  /** The live annotations the filter lets through, counted, then read and placed a page at a time, for export; in the filter's order. */
  recordPages(filter: AnnotationFilter = {}, pageSize?: number): ListedRecords {
    return this.listing.records(filter, pageSize);
  }

  /** All of them at once: for tests and small callers; exports read `recordPages`. */
  records(filter: AnnotationFilter = {}): PlacedRecord[] {
    return [...this.recordPages(filter).pages].flat();
  }

  /**
   * Deleted annotations, of the filter's document or all, for the W3C export to
   * carry as tombstones. The other filters do not apply: a deletion, whatever it
   * was tagged, must reach the colleagues who still have the version it deleted.
   */
  deletions(filter: AnnotationFilter = {}): AnnotationRecord[] {
    return this.store.select({ documentId: filter.documentId, deleted: true }).map(({ conflictJson: _conflictJson, ...record }) => record);
  }

  /** Segments with at least one live annotation, for the search filter. */
  annotatedSegmentIds(): string[] {
    return this.store.annotatedSegmentIds();
  }

  /** Colleagues' files: previewed (nothing written) or applied in one transaction; see AnnotationImporter. */
  import(files: readonly ImportFile[], mode: ImportMode): ImportReport {
    return this.importer.run(files, mode);
  }

  private replaceContent(record: AnnotationRecord, content: AnnotationContent, deletedAt: string | null): void {
    const revision = revisionOf(content, deletedAt !== null);
    if (revision === record.revision) return;
    this.store.write({
      ...record,
      ...content,
      deletedAt,
      updatedAt: this.now().toISOString(),
      revision,
      history: extendHistory(record.history, record.revision).filter((r) => r !== revision),
    });
  }

  private requireRecord(id: string, { includeDeleted = false } = {}): StoredRecord {
    const record = this.store.find(id);
    if (!record || (record.deletedAt !== null && !includeDeleted)) throw new DomainError('not-found', `No annotation ${id}`);
    return record;
  }

  private requireSegment(segmentId: string) {
    const segment = this.segments.getSegment(segmentId);
    if (!segment) throw new DomainError('not-found', `No segment ${segmentId}`);
    return segment;
  }
}
