import type { Statement } from 'better-sqlite3';
import type { Connection } from '../database/connection';
import type { RowidRange } from './sourceLayout';

type StatementOf = (db: Connection, sql: string) => Statement;

const IN_RANGE = 'SELECT rowid FROM search_fts WHERE search_fts MATCH ? AND rowid BETWEEN ? AND ? LIMIT ?';

/**
 * Up to this many rowid ranges are each sought by FTS5; past it (a date filter keeping dozens of documents),
 * the term's matches across the ranges' whole span are read once, in chunks, and those inside a range kept:
 * each seek walks the term's position list from the range's start, so many seeks cost more than one walk.
 */
export const SOUGHT_RANGES = 4;
const WALK_CHUNK = 4096;

/**
 * The first `limit` rowids matching `match` within the ranges, in rowid order: FTS5 seeks each range
 * (its rowid constraint), or with many ranges walks their span once; the walk stops once it has enough,
 * so a filter costs what it keeps.
 */
export function rowidsInRanges(statement: StatementOf, db: Connection, match: string, ranges: readonly RowidRange[], limit: number): number[] {
  const found: number[] = [];
  const inRange = statement(db, IN_RANGE).pluck();
  if (ranges.length <= SOUGHT_RANGES) {
    for (const [first, last] of ranges) {
      if (found.length >= limit) break;
      found.push(...(inRange.all(match, first, last, limit - found.length) as number[]));
    }
    return found;
  }
  let from = ranges[0][0];
  const to = ranges[ranges.length - 1][1];
  while (found.length < limit) {
    const rows = inRange.all(match, from, to, WALK_CHUNK) as number[];
    for (const rowid of rows) {
      if (inRanges(rowid, ranges)) found.push(rowid);
      if (found.length === limit) break;
    }
    if (rows.length < WALK_CHUNK) break;
    from = rows[rows.length - 1] + 1;
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
 * the ranges that hold one (at most SOUGHT_RANGES of them: each is a seek). bm25 takes its statistics from
 * the whole table, so the ranges' scores compare.
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
