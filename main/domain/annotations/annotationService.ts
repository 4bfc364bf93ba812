import { randomUUID } from 'node:crypto';
import type {
  Annotation,
  AnnotationConflict,
  AnnotationFilter,
  AnnotationList,
  AnnotationPlacement,
  HighlightColour,
  ImportReport,
} from '../../../contract/annotations';
import type { TextLanguage } from '../../../contract/languages';
import type { Segment } from '../../../contract/model';
import type { Connection } from '../database/connection';
import { DomainError } from '../errors';
import { foldText } from '../search/textNormalizer';
import { anchor, describeRange } from './anchoring';
import { extendHistory, normaliseTags, revisionOf, type AnnotationContent, type AnnotationRecord, type PlacedRecord } from './annotationRecord';

/** Where the annotation service reads the text annotations are made on. */
export interface SegmentSource {
  getSegment(segmentId: string): (Segment & { documentId: string }) | null;
  /** Documents in library order, for sorting by position across documents. */
  documentOrder(): string[];
}

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

interface AnnotationRow {
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

/** A stored record with the imported version it conflicts with, if any. */
type StoredRecord = AnnotationRecord & { conflictJson: string | null };

const SELECT_ANNOTATION = `
  SELECT a.*, c.incoming_json AS conflict_json
  FROM annotation a LEFT JOIN annotation_conflict c ON c.annotation_id = a.id`;

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

  constructor(
    private readonly db: Connection,
    private readonly segments: SegmentSource,
    private readonly options: AnnotationServiceOptions,
  ) {
    this.now = options.now ?? (() => new Date());
    this.newId = options.newId ?? randomUUID;
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
    this.db.transaction(() => this.insert(record)).immediate();
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
        const conflict = this.db.prepare('SELECT incoming_json FROM annotation_conflict WHERE annotation_id = ?').pluck().get(id) as string | undefined;
        if (conflict === undefined) throw new DomainError('not-found', `Annotation ${id} has no conflict`);
        const incoming = JSON.parse(conflict) as AnnotationRecord;
        const history = extendHistory(record.history, ...incoming.history, incoming.revision);
        if (keep === 'theirs') {
          this.write({ ...incoming, createdAt: record.createdAt, deletedAt: null, history: extendHistory(history, record.revision).filter((r) => r !== incoming.revision) });
        } else {
          this.write({ ...record, history: history.filter((r) => r !== record.revision) });
        }
        this.db.prepare('DELETE FROM annotation_conflict WHERE annotation_id = ?').run(id);
      })
      .immediate();
    return this.get(id);
  }

  get(id: string): Annotation {
    return this.place([this.requireRecord(id)])[0].annotation;
  }

  list(filter: AnnotationFilter = {}): AnnotationList {
    const placed = this.select(filter);
    const all = placed.all.map((p) => p.annotation);

    const tagCounts = new Map<string, number>();
    for (const a of all) for (const tag of a.tags) tagCounts.set(tag, (tagCounts.get(tag) ?? 0) + 1);
    return {
      annotations: placed.shown.map((p) => p.annotation),
      tags: [...tagCounts].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(([tag, count]) => ({ tag, count })),
      orphanCount: all.filter((a) => a.placement.status === 'orphaned').length,
      conflictCount: all.filter((a) => a.conflict !== null).length,
    };
  }

  /** The live annotations the filter lets through, as stored and as placed, for export; in the filter's order. */
  records(filter: AnnotationFilter = {}): PlacedRecord[] {
    return this.select(filter).shown;
  }

  /** The live annotations of the filter's document (or all), each placed once: all of them, and those the filter shows, sorted. */
  private select(filter: AnnotationFilter): { all: PlacedRecord[]; shown: PlacedRecord[] } {
    const rows = (
      filter.documentId
        ? this.db.prepare(`${SELECT_ANNOTATION} WHERE a.deleted_at IS NULL AND a.document_id = ?`).all(filter.documentId)
        : this.db.prepare(`${SELECT_ANNOTATION} WHERE a.deleted_at IS NULL`).all()
    ) as AnnotationRow[];
    const all = this.place(rows.map(toStored));
    const text = filter.text?.trim() ? foldText(filter.text.trim()).toLocaleLowerCase() : null;
    const status = filter.status ?? 'all';
    const shown = all.filter(
      ({ annotation: a }) =>
        (!filter.colours?.length || filter.colours.includes(a.colour)) &&
        (!filter.tag || a.tags.includes(filter.tag)) &&
        (status === 'all' || (status === 'orphaned' ? a.placement.status === 'orphaned' : a.conflict !== null)) &&
        (text === null || [a.target.quote.exact, a.note, ...a.tags].some((field) => foldText(field).toLocaleLowerCase().includes(text))),
    );
    this.sort(shown, filter.sort ?? 'position');
    return { all, shown };
  }

  /** Segments with at least one live annotation, for the search filter. */
  annotatedSegmentIds(): string[] {
    return this.db.prepare('SELECT DISTINCT segment_id FROM annotation WHERE deleted_at IS NULL').pluck().all() as string[];
  }

  /**
   * Merges annotations from a colleague's file, all in one transaction. For each:
   * new here → added; same revision, or one ours replaced → unchanged; ours is in
   * its history → updated; both changed → kept as a conflict for the user. An
   * annotation deleted here comes back only if it was changed there after the
   * version we deleted: words someone wrote are never dropped silently.
   */
  import(records: readonly AnnotationRecord[]): ImportReport {
    const unknown = [...new Set(records.filter((r) => this.segments.getSegment(r.target.segmentId)?.documentId !== r.documentId).map((r) => r.target.segmentId))];
    if (unknown.length > 0) {
      throw new DomainError('import-unknown-documents', `Not in this library: ${unknown.slice(0, 10).join(', ')}${unknown.length > 10 ? ` and ${unknown.length - 10} more` : ''}`);
    }
    const report: ImportReport = { added: 0, updated: 0, unchanged: 0, conflicts: 0, orphaned: 0 };
    const at = this.now().toISOString();
    this.db
      .transaction(() => {
        for (const incoming of records) {
          const local = this.findRecord(incoming.id);
          const outcome = this.mergeOne(local, incoming, at);
          report[outcome] += 1;
          // Where it lands depends on its target only, which is the incoming one in both cases.
          if ((outcome === 'added' || outcome === 'updated') && this.place([{ ...incoming, conflictJson: null }])[0].annotation.placement.status === 'orphaned') {
            report.orphaned += 1;
          }
        }
      })
      .immediate();
    return report;
  }

  private mergeOne(local: AnnotationRecord | null, incoming: AnnotationRecord, at: string): 'added' | 'updated' | 'unchanged' | 'conflicts' {
    if (local === null) {
      this.insert(incoming);
      return 'added';
    }
    if (incoming.revision === local.revision || local.history.includes(incoming.revision)) return 'unchanged';
    if (incoming.history.includes(local.revision)) {
      this.write({ ...incoming, createdAt: local.createdAt, deletedAt: null, history: extendHistory(local.history, ...incoming.history, local.revision) });
      this.db.prepare('DELETE FROM annotation_conflict WHERE annotation_id = ?').run(local.id);
      return 'updated';
    }
    if (local.deletedAt !== null) {
      this.write({ ...incoming, createdAt: local.createdAt, deletedAt: null, history: extendHistory(local.history, ...incoming.history, local.revision) });
      return 'updated';
    }
    const pending = this.db.prepare('SELECT incoming_revision FROM annotation_conflict WHERE annotation_id = ?').pluck().get(local.id);
    if (pending === incoming.revision) return 'unchanged';
    this.db
      .prepare(
        `INSERT INTO annotation_conflict (annotation_id, incoming_revision, incoming_json, detected_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (annotation_id) DO UPDATE SET incoming_revision = excluded.incoming_revision,
           incoming_json = excluded.incoming_json, detected_at = excluded.detected_at`,
      )
      .run(local.id, incoming.revision, JSON.stringify(incoming), at);
    return 'conflicts';
  }

  private replaceContent(record: AnnotationRecord, content: AnnotationContent, deletedAt: string | null): void {
    const revision = revisionOf(content, deletedAt !== null);
    if (revision === record.revision) return;
    this.write({
      ...record,
      ...content,
      deletedAt,
      updatedAt: this.now().toISOString(),
      revision,
      history: extendHistory(record.history, record.revision).filter((r) => r !== revision),
    });
  }

  private insert(record: AnnotationRecord): void {
    this.db
      .prepare(
        `INSERT INTO annotation (id, document_id, segment_id, side, quote_exact, quote_prefix, quote_suffix,
           position_start, position_end, colour, note, tags_json, author, created_at, updated_at, deleted_at, revision, history_json)
         VALUES (@id, @document_id, @segment_id, @side, @quote_exact, @quote_prefix, @quote_suffix,
           @position_start, @position_end, @colour, @note, @tags_json, @author, @created_at, @updated_at, @deleted_at, @revision, @history_json)`,
      )
      .run(toRow(record));
  }

  private write(record: AnnotationRecord): void {
    const result = this.db
      .prepare(
        `UPDATE annotation SET segment_id = @segment_id, side = @side, quote_exact = @quote_exact, quote_prefix = @quote_prefix,
           quote_suffix = @quote_suffix, position_start = @position_start, position_end = @position_end, colour = @colour,
           note = @note, tags_json = @tags_json, author = @author, created_at = @created_at, updated_at = @updated_at,
           deleted_at = @deleted_at, revision = @revision, history_json = @history_json
         WHERE id = @id`,
      )
      .run(toRow(record));
    if (result.changes !== 1) throw new DomainError('not-found', `No annotation ${record.id}`);
  }

  /** The record, deleted or not; null when there is none. */
  private findRecord(id: string): StoredRecord | null {
    const row = this.db.prepare(`${SELECT_ANNOTATION} WHERE a.id = ?`).get(id) as AnnotationRow | undefined;
    return row ? toStored(row) : null;
  }

  private requireRecord(id: string, { includeDeleted = false } = {}): StoredRecord {
    const record = this.findRecord(id);
    if (!record || (record.deletedAt !== null && !includeDeleted)) throw new DomainError('not-found', `No annotation ${id}`);
    return record;
  }

  private requireSegment(segmentId: string) {
    const segment = this.segments.getSegment(segmentId);
    if (!segment) throw new DomainError('not-found', `No segment ${segmentId}`);
    return segment;
  }

  /** Places each record on today's text of its segment. */
  private place(records: readonly StoredRecord[]): PlacedRecord[] {
    const cache = new Map<string, (Segment & { documentId: string }) | null>();
    const segmentOf = (id: string) => {
      if (!cache.has(id)) cache.set(id, this.segments.getSegment(id));
      return cache.get(id)!;
    };
    return records.map((record) => {
      const segment = segmentOf(record.target.segmentId);
      const text = segment?.[record.target.side]?.text;
      const placement: AnnotationPlacement = text === undefined ? { status: 'orphaned' } : anchor(text, record.target.quote, record.target.position);
      const annotation: Annotation = {
        id: record.id,
        documentId: record.documentId,
        paragraph: segment ? segment.position + 1 : null,
        target: record.target,
        placement,
        colour: record.colour,
        note: record.note,
        tags: record.tags,
        author: record.author,
        createdAt: record.createdAt,
        updatedAt: record.updatedAt,
        conflict: record.conflictJson ? toConflict(JSON.parse(record.conflictJson) as AnnotationRecord, record) : null,
      };
      const { conflictJson: _conflictJson, ...stored } = record;
      return { record: stored, annotation };
    });
  }

  private sort(placed: PlacedRecord[], order: NonNullable<AnnotationFilter['sort']>): void {
    if (order !== 'position') {
      const key = order === 'created' ? 'createdAt' : 'updatedAt';
      placed.sort(({ annotation: a }, { annotation: b }) => b[key].localeCompare(a[key]) || a.id.localeCompare(b.id));
      return;
    }
    const documentRank = new Map(this.segments.documentOrder().map((id, i) => [id, i]));
    const paragraphOf = (a: Annotation) => a.paragraph ?? Number.MAX_SAFE_INTEGER;
    const startOf = (a: Annotation) => (a.placement.status === 'anchored' ? a.placement.start : Number.MAX_SAFE_INTEGER);
    placed.sort(
      ({ annotation: a }, { annotation: b }) =>
        (documentRank.get(a.documentId) ?? Number.MAX_SAFE_INTEGER) - (documentRank.get(b.documentId) ?? Number.MAX_SAFE_INTEGER) ||
        paragraphOf(a) - paragraphOf(b) ||
        (a.target.side === b.target.side ? 0 : a.target.side === 'zh' ? -1 : 1) ||
        startOf(a) - startOf(b) ||
        a.createdAt.localeCompare(b.createdAt),
    );
  }
}

function toConflict(incoming: AnnotationRecord, ours: AnnotationRecord): AnnotationConflict {
  return {
    colour: incoming.colour,
    note: incoming.note,
    tags: incoming.tags,
    author: incoming.author,
    updatedAt: incoming.updatedAt,
    quote: incoming.target.quote.exact === ours.target.quote.exact ? '' : incoming.target.quote.exact,
  };
}

function toStored(row: AnnotationRow): StoredRecord {
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
