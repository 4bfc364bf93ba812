import type { Connection } from '../database/connection';
import { phraseOccurrences } from './phraseRank';
import type { PreparedStatements } from './preparedStatements';
import { foldCodePoints } from './textNormalizer';

/** The rowids an unfiltered count found, in rowid order: all matches when `complete`, else the first COUNT_CAP + 1. */
export interface MatchedRows {
  rowids: readonly number[];
  layout: SourceLayout;
  complete: boolean;
}

/** Rowid runs of the documents of one index, for naming the document of a match without a join, and its headings. */
export class SourceLayout {
  readonly headings: ReadonlySet<number>;
  /** The headings' Chinese sides as folded code points, by rowid. */
  private readonly headingTexts: readonly { rowid: number; chars: string[] }[];

  constructor(
    private readonly rows: readonly { documentId: string; first: number; last: number }[],
    headings: readonly { rowid: number; text: string | null }[],
  ) {
    this.headings = new Set(headings.map((h) => h.rowid));
    this.headingTexts = headings.map(({ rowid, text }) => ({ rowid, chars: text ? foldCodePoints(text) : [] }));
  }

  /** The first `limit` headings by rowid whose Chinese side holds the phrase `chars`: what FTS5 would find. */
  headingsHolding(chars: readonly string[], limit: number): number[] {
    const found: number[] = [];
    for (const heading of this.headingTexts) {
      if (found.length === limit) break;
      if (phraseOccurrences(heading.chars, chars) > 0) found.push(heading.rowid);
    }
    return found;
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
      .prepare('SELECT document_id AS documentId, min(rowid) AS first, max(rowid) AS last, count(*) AS n FROM search_segment GROUP BY document_id ORDER BY first')
      .all() as { documentId: string; first: number; last: number; n: number }[];
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
