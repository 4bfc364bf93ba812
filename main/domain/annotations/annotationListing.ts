import type { Annotation, AnnotationFilter, AnnotationList, AnnotationPageRequest, AnnotationRange } from '../../../contract/annotations';
import type { Connection } from '../database/connection';
import { cachedSegments, placeRecords, placementOf } from './annotationPlacement';
import { filterSql, orderSql, ORPHAN_SQL, registerAnnotationFunctions, scopeSql, type AnnotationSqlScope } from './annotationQuery';
import type { PlacedRecord } from './annotationRecord';
import { SELECT_ANNOTATION, toStored, type AnnotationRow } from './annotationStore';
import type { SegmentSource } from './segmentSource';

/** Rows read and placed at a time by an export: its memory stays that of one page. */
export const EXPORT_PAGE_SIZE = 500;
/** Placements remembered before the memory is started again: a few MB. */
const PLACEMENTS_KEPT = 200_000;

/** The live annotations a filter shows, in order, as the total they make and a page of them placed. */
export interface ListedRecords {
  count: number;
  pages: Iterable<PlacedRecord[]>;
}

/**
 * The Annotations screen's list and the exports, read page by page from SQL
 * (annotationQuery.ts): filters, sorting, counts and tags are worked out by
 * SQLite; only the rows a page shows are read whole and placed on the text.
 */
export class AnnotationListing {
  private scope: AnnotationSqlScope | null = null;
  /**
   * Where each target lands, by revision (a digest of the target among the
   * rest): placing 10,000 quotes is most of a list's time, and the corpus does
   * not change while it is open (CorpusRepository opens it read-only), so the
   * orphan count and the position sort place each quote once, not on every page.
   */
  private readonly placedStarts = new Map<string, number | null>();
  /** The segment source's change key the placements were made under. */
  private placedKey = '';

  constructor(
    private readonly db: Connection,
    private readonly segments: SegmentSource,
  ) {
    registerAnnotationFunctions(db, () => {
      if (!this.scope) throw new Error('annotation functions called outside a listing');
      return this.scope;
    });
  }

  list(request: AnnotationPageRequest = {}): AnnotationList {
    return this.within(() => {
      const shown = filterSql(request);
      const scope = scopeSql(request);
      const rows = this.db
        .prepare(`${SELECT_ANNOTATION} WHERE ${shown.where} ORDER BY ${orderSql(request.sort)} LIMIT @limit OFFSET @offset`)
        .all({ ...shown.params, limit: request.limit ?? -1, offset: request.offset ?? 0 }) as AnnotationRow[];
      return {
        annotations: placeRecords(rows.map(toStored), cachedSegments(this.segments)).map((p) => p.annotation),
        total: this.count(`WHERE ${shown.where}`, shown.params),
        tags: this.tagCounts(scope.where, scope.params),
        orphanCount: this.count(`WHERE ${scope.where} AND ${ORPHAN_SQL}`, scope.params),
        conflictCount: this.count(`WHERE ${scope.where} AND c.annotation_id IS NOT NULL`, scope.params),
      };
    });
  }

  /**
   * The live annotations of some segments of one document, placed, in reading order, and the document's count: only
   * these are read and anchored, so the reader's highlights near the viewport cost what a few rows carry (issue 14).
   */
  inSegments(documentId: string, segmentIds: readonly string[]): AnnotationRange {
    const rows = this.db
      .prepare(`${SELECT_ANNOTATION} WHERE a.deleted_at IS NULL AND a.document_id = ? AND a.segment_id IN (SELECT value FROM json_each(?))`)
      .all(documentId, JSON.stringify(segmentIds)) as AnnotationRow[];
    const order = new Map(segmentIds.map((id, i) => [id, i]));
    const start = (a: Annotation) => (a.placement.status === 'anchored' ? a.placement.start : Number.MAX_SAFE_INTEGER);
    const annotations = placeRecords(rows.map(toStored), cachedSegments(this.segments))
      .map((p) => p.annotation)
      .sort((x, y) => order.get(x.target.segmentId)! - order.get(y.target.segmentId)! || Number(x.target.side !== 'zh') - Number(y.target.side !== 'zh') || start(x) - start(y) || x.createdAt.localeCompare(y.createdAt) || x.id.localeCompare(y.id));
    const scope = scopeSql({ documentId });
    return { annotations, documentTotal: this.count(`WHERE ${scope.where}`, scope.params), tags: this.tagCounts(scope.where, scope.params) };
  }

  /** Every annotation the filter shows, in its order: counted and sorted at once, read and placed a page at a time. */
  records(filter: AnnotationFilter = {}, pageSize = EXPORT_PAGE_SIZE): ListedRecords {
    const shown = filterSql(filter);
    const ids = this.within(
      () => this.db.prepare(`SELECT a.id FROM annotation a LEFT JOIN annotation_conflict c ON c.annotation_id = a.id WHERE ${shown.where} ORDER BY ${orderSql(filter.sort)}`).pluck().all(shown.params) as string[],
    );
    const read = this.db.prepare(`${SELECT_ANNOTATION} WHERE a.id IN (SELECT value FROM json_each(?))`);
    const segments = this.segments;
    function* pages(): Generator<PlacedRecord[]> {
      for (let i = 0; i < ids.length; i += pageSize) {
        const page = ids.slice(i, i + pageSize);
        const byId = new Map((read.all(JSON.stringify(page)) as AnnotationRow[]).map((row) => [row.id, row]));
        // A row deleted since the count is left out rather than written empty.
        const rows = page.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
        yield placeRecords(rows.map(toStored), cachedSegments(segments));
      }
    }
    return { count: ids.length, pages: pages() };
  }

  private count(where: string, params: Record<string, string>): number {
    return this.db.prepare(`SELECT count(*) FROM annotation a LEFT JOIN annotation_conflict c ON c.annotation_id = a.id ${where}`).pluck().get(params) as number;
  }

  /** Every tag in use in the scope, most used first. */
  private tagCounts(where: string, params: Record<string, string>): AnnotationList['tags'] {
    const rows = this.db
      .prepare(`SELECT t.value AS tag, count(*) AS count FROM annotation a, json_each(a.tags_json) t WHERE ${where} GROUP BY t.value`)
      .all(params) as { tag: string; count: number }[];
    return rows.sort((x, y) => y.count - x.count || x.tag.localeCompare(y.tag));
  }

  /** Runs a query with the corpus at hand for the SQL functions, each segment and placement worked out once. */
  private within<T>(query: () => T): T {
    const segmentOf = cachedSegments(this.segments);
    const ranks = new Map(this.segments.documentOrder().map((id, i) => [id, i]));
    const starts = this.placedStarts;
    const changeKey = this.segments.changeKey?.() ?? '';
    if (starts.size > PLACEMENTS_KEPT || changeKey !== this.placedKey) starts.clear();
    this.placedKey = changeKey;
    const bundled = this.segments.bundledDocumentIds?.();
    if (bundled) {
      const own = this.db
        .prepare('SELECT DISTINCT segment_id FROM annotation WHERE document_id NOT IN (SELECT value FROM json_each(?))')
        .pluck()
        .all(JSON.stringify([...bundled])) as string[];
      for (const segmentId of own) segmentOf(segmentId);
    }
    this.scope = {
      documentRank: (id) => ranks.get(id) ?? null,
      paragraph: (id) => {
        const segment = segmentOf(id);
        return segment ? segment.position + 1 : null;
      },
      placedStart: (revision, segmentId, side, exact, prefix, suffix, start, end) => {
        if (!starts.has(revision)) {
          const placement = placementOf({ target: { segmentId, side, quote: { type: 'TextQuoteSelector', exact, prefix, suffix }, position: { type: 'TextPositionSelector', start, end } } }, segmentOf);
          starts.set(revision, placement.status === 'anchored' ? placement.start : null);
        }
        return starts.get(revision)!;
      },
    };
    try {
      return query();
    } finally {
      this.scope = null;
    }
  }
}
