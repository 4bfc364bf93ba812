import type { Statement } from 'better-sqlite3';
import type { Connection } from '../database/connection';
import type { RowidRange } from './sourceLayout';

type StatementOf = (db: Connection, sql: string) => Statement;

const IN_RANGE = 'SELECT rowid FROM search_fts WHERE search_fts MATCH ? AND rowid BETWEEN ? AND ? LIMIT ?';

/**
 * The first `limit` rowids matching `match` within the ranges, in rowid order: FTS5 seeks each range
 * (its rowid constraint), and the walk stops once it has enough, so a filter costs what it keeps.
 */
export function rowidsInRanges(statement: StatementOf, db: Connection, match: string, ranges: readonly RowidRange[], limit: number): number[] {
  const found: number[] = [];
  for (const [first, last] of ranges) {
    if (found.length >= limit) break;
    for (const rowid of statement(db, IN_RANGE).pluck().all(match, first, last, limit - found.length) as number[]) found.push(rowid);
  }
  return found;
}

/** Whether a rowid lies in one of the ranges (in rowid order): a binary search. */
export function inRanges(rowid: number, ranges: readonly RowidRange[]): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (rowid < ranges[mid][0]) high = mid - 1;
    else if (rowid > ranges[mid][1]) low = mid + 1;
    else return true;
  }
  return false;
}

/**
 * The best `wanted` of the matches `rowids` (every match, in rowid order) by `rankSql`, FTS5 scoring only
 * the ranges that hold one. bm25 takes its statistics from the whole table, so the ranges' scores compare.
 */
export function rankedInRanges(
  statement: StatementOf,
  db: Connection,
  match: string,
  rankSql: string,
  ranges: readonly RowidRange[],
  rowids: readonly number[],
  wanted: number,
): { rowid: number; rank: number }[] {
  const sql = `SELECT rowid, ${rankSql} AS rank FROM search_fts WHERE search_fts MATCH ? AND rowid BETWEEN ? AND ? ORDER BY rank, rowid LIMIT ${wanted}`;
  const rows: { rowid: number; rank: number }[] = [];
  let next = 0;
  for (const [first, last] of ranges) {
    while (next < rowids.length && rowids[next] < first) next++;
    if (next === rowids.length) break;
    if (rowids[next] > last) continue;
    rows.push(...(statement(db, sql).all(match, first, last) as { rowid: number; rank: number }[]));
  }
  return rows.sort((a, b) => a.rank - b.rank || a.rowid - b.rowid).slice(0, wanted);
}
