import type { SearchRequest } from '../../../contract/search';
import type { Connection } from '../database/connection';
import { inRanges } from './rangedMatches';
import type { PreparedStatements } from './preparedStatements';
import { foldText } from './textNormalizer';

/** The rowids a count found, in rowid order: all matches when `complete`, else the first COUNT_CAP + 1. */
export interface MatchedRows {
  rowids: readonly number[];
  layout: SourceLayout;
  complete: boolean;
  /** The rowid ranges the matches were looked for in (a document, type or date filter); null: the whole index. */
  ranges: readonly RowidRange[] | null;
}

/** A run of rowids, both ends included. */
export type RowidRange = readonly [first: number, last: number];

/** One document's run of rowids, with what the document and date filters ask of it. */
interface DocumentRun {
  documentId: string;
  first: number;
  last: number;
  docType: string;
  docDate: string | null;
}

/** The filters a layout can answer with rowid runs alone. */
export type RunFilter = Pick<SearchRequest, 'documentIds' | 'types' | 'dateFrom' | 'dateTo'>;

/** Rowid runs of the documents of one index, for naming the document of a match without a join, and its headings. */
export class SourceLayout {
  readonly headings: ReadonlySet<number>;
  private readonly uniform: boolean;
  /** The headings' Chinese sides folded, by rowid: folded on the first search that asks (opening stays cheap). */
  private headingTexts: readonly { rowid: number; folded: string }[] | null = null;

  constructor(
    private readonly rows: readonly (DocumentRun & { uniform: number })[],
    private readonly headingRows: readonly { rowid: number; text: string | null }[],
  ) {
    // Each document's segments share its type and date (the index writer copies them), so its run answers the filters.
    this.uniform = rows.every((r) => r.uniform === 1);
    this.headings = new Set(headingRows.map((h) => h.rowid));
  }

  /** The first `limit` headings by rowid (within `ranges`, if given) whose Chinese side holds the phrase `chars`: what FTS5 would find. */
  headingsHolding(chars: readonly string[], limit: number, ranges: readonly RowidRange[] | null): number[] {
    this.headingTexts ??= this.headingRows.map(({ rowid, text }) => ({ rowid, folded: text ? foldText(text) : '' }));
    const needle = chars.join('');
    const found: number[] = [];
    for (const heading of this.headingTexts) {
      if (found.length === limit) break;
      if (ranges && !inRanges(heading.rowid, ranges)) continue;
      if (heading.folded.includes(needle)) found.push(heading.rowid);
    }
    return found;
  }

  /**
   * The rowid runs of the documents the filter keeps, adjacent runs joined: FTS5 seeks to a rowid range
   * (MATCH … AND rowid BETWEEN), so a filtered search reads only those documents' matches instead of
   * joining every match with the segment table.
   */
  rangesFor(filter: RunFilter): RowidRange[] | null {
    if (!this.uniform) return null;
    const ids = filter.documentIds?.length ? new Set(filter.documentIds) : null;
    const types = filter.types?.length ? new Set<string>(filter.types) : null;
    const ranges: [number, number][] = [];
    for (const run of this.rows) {
      if (ids && !ids.has(run.documentId)) continue;
      if (types && !types.has(run.docType)) continue;
      if (filter.dateFrom && (run.docDate === null || run.docDate < filter.dateFrom)) continue;
      if (filter.dateTo && (run.docDate === null || run.docDate > filter.dateTo)) continue;
      const last = ranges.at(-1);
      if (last && last[1] + 1 === run.first) last[1] = run.last;
      else ranges.push([run.first, run.last]);
    }
    return ranges;
  }

  documentOf(rowid: number): string {
    let low = 0;
    let high = this.rows.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.rows[mid].first <= rowid) low = mid;
      else high = mid - 1;
    }
    return this.rows[low].documentId;
  }
}

/**
 * Which document each rowid belongs to, when every document's segments hold
 * one contiguous run of rowids (the index writer adds a document at once),
 * and which rowids are headings; null when the runs are not contiguous.
 * Reloaded when the database changed.
 */
export class SourceLayouts {
  private readonly bySource = new Map<Connection, { key: string; layout: SourceLayout | null }>();

  constructor(private readonly statements: PreparedStatements) {}

  of(db: Connection): SourceLayout | null {
    const key = this.statements.changeKey(db);
    const cached = this.bySource.get(db);
    if (cached?.key === key) return cached.layout;
    const rows = db
      .prepare(
        `SELECT document_id AS documentId, min(rowid) AS first, max(rowid) AS last, count(*) AS n, min(doc_type) AS docType, min(doc_date) AS docDate,
                count(DISTINCT doc_type) = 1 AND count(DISTINCT coalesce(doc_date, '')) = 1 AS uniform
         FROM search_segment GROUP BY document_id ORDER BY first`,
      )
      .all() as (DocumentRun & { n: number; uniform: number })[];
    const contiguous = rows.every((r, i) => r.last - r.first + 1 === r.n && (i === 0 || rows[i - 1].last < r.first));
    const headings = () =>
      db
        .prepare("SELECT s.rowid AS rowid, t.text_zh AS text FROM search_segment s JOIN search_text t ON t.rowid = s.rowid WHERE s.kind IN ('heading', 'title') ORDER BY s.rowid")
        .all() as { rowid: number; text: string | null }[];
    const layout = contiguous ? new SourceLayout(rows, headings()) : null;
    this.bySource.set(db, { key, layout });
    return layout;
  }
}
