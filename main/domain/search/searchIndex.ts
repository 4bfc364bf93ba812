import type { Connection } from '../database/connection';
import { COMMON_PAIR, PairCounts } from './commonPairs';
import { indexColumns } from './searchTokens';

/**
 * The persistent search index: a contentless FTS5 table over the token
 * columns of searchTokens.ts, beside a table of the indexed segments (their
 * texts for snippets and what the filters need). The same tables live in the
 * corpus database (built with the corpus, so they are always in step and the
 * app never rebuilds them at start) and in the user database (for the user's
 * own documents, kept in step by the same writer in the same transaction).
 * Every column holds tokens made in searchTokens.ts and separated by spaces,
 * so FTS5's plain ascii tokenizer only has to split on them (bytes above 127
 * stay inside tokens, so a folded é is kept whole); it is the fastest.
 * The FTS `kind` column holds the segment's kind, so "headings that match"
 * is an FTS5 intersection rather than a scan of every match.
 * https://www.sqlite.org/fts5.html#contentless_delete_tables
 */
/** The full-text table alone: what a change of its columns recreates (user database migration 010). */
export const SEARCH_FTS_SCHEMA = `
  CREATE VIRTUAL TABLE search_fts USING fts5(
    en_stems, zh_chars, zh_trigrams, kind,
    content = '', contentless_delete = 1,
    tokenize = 'ascii'
  );
`;

/** Pairs of adjacent characters common enough to be searched as the phrase of their characters (see commonPairs.ts). */
export const SEARCH_COMMON_PAIR_SCHEMA = `
  CREATE TABLE IF NOT EXISTS search_common_pair (pair TEXT PRIMARY KEY) STRICT, WITHOUT ROWID;
`;

export const SEARCH_SCHEMA = `
  CREATE TABLE search_segment (
    rowid       INTEGER PRIMARY KEY,
    segment_id  TEXT NOT NULL UNIQUE,
    document_id TEXT NOT NULL,
    doc_type    TEXT NOT NULL,
    doc_date    TEXT,
    kind        TEXT NOT NULL,
    position    INTEGER NOT NULL
  ) STRICT;
  -- The texts apart from the small rows above, which every match is joined with for filters and counts.
  CREATE TABLE search_text (
    rowid   INTEGER PRIMARY KEY REFERENCES search_segment(rowid),
    text_zh TEXT,
    text_en TEXT
  ) STRICT;
  CREATE INDEX search_segment_document ON search_segment(document_id, position);
  ${SEARCH_FTS_SCHEMA}
  CREATE TABLE search_word (
    word TEXT PRIMARY KEY,
    df   INTEGER NOT NULL
  ) STRICT, WITHOUT ROWID;
  ${SEARCH_COMMON_PAIR_SCHEMA}
`;

export interface IndexableSegment {
  segmentId: string;
  documentId: string;
  docType: string;
  docDate: string | null;
  kind: string;
  position: number;
  zh: string | null;
  en: string | null;
}

/** Words worth completing or correcting: letters only, three or more. */
const isVocabularyWord = (word: string) => word.length >= 3 && /^\p{L}+$/u.test(word);

export interface IndexOptions {
  /**
   * Many segments at once (the corpus build): FTS5's incremental merging is
   * paused and its segments are merged once at the end, with a larger page
   * cache meanwhile (https://www.sqlite.org/fts5.html#the_automerge_configuration_option).
   * The pairs of adjacent characters the batch holds COMMON_PAIR times or more are recorded as common.
   */
  bulk?: boolean;
}

/** Adds segments to the index. Call inside the transaction that stores them. */
export function indexSegments(db: Connection, segments: Iterable<IndexableSegment>, options: IndexOptions = {}): number {
  if (!options.bulk) return addSegments(db, segments);
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  db.pragma('cache_size = -16384');
  db.exec("INSERT INTO search_fts(search_fts, rank) VALUES ('automerge', 0)");
  try {
    const pairs = new PairCounts();
    const count = addSegments(db, segments, pairs);
    const record = db.prepare('INSERT OR IGNORE INTO search_common_pair (pair) VALUES (?)');
    for (const pair of pairs.atLeast(COMMON_PAIR)) record.run(pair);
    db.exec("INSERT INTO search_fts(search_fts) VALUES ('optimize')");
    return count;
  } finally {
    db.exec("INSERT INTO search_fts(search_fts, rank) VALUES ('automerge', 4)");
    db.pragma(`cache_size = ${cacheSize}`);
  }
}

/** `pairs`: counts the adjacent characters of the Chinese sides (a bulk build), when given. */
function addSegments(db: Connection, segments: Iterable<IndexableSegment>, pairs: PairCounts | null = null): number {
  const insertSegment = db.prepare(`
    INSERT INTO search_segment (segment_id, document_id, doc_type, doc_date, kind, position)
    VALUES (@segmentId, @documentId, @docType, @docDate, @kind, @position)`);
  const insertText = db.prepare('INSERT INTO search_text (rowid, text_zh, text_en) VALUES (?, ?, ?)');
  const insertFts = db.prepare(`
    INSERT INTO search_fts (rowid, en_stems, zh_chars, zh_trigrams, kind) VALUES (?, ?, ?, ?, ?)`);
  // Document frequency per word; `last` counts a word once per segment without a Set per segment.
  const vocabulary = new Map<string, { df: number; last: number }>();
  let count = 0;
  for (const segment of segments) {
    const { lastInsertRowid } = insertSegment.run(segment);
    insertText.run(lastInsertRowid, segment.zh, segment.en);
    const columns = indexColumns(segment.zh, segment.en);
    insertFts.run(lastInsertRowid, columns.en_stems, columns.zh_chars, columns.zh_trigrams, segment.kind);
    pairs?.add(columns.hanTokens);
    for (const word of columns.words) {
      const entry = vocabulary.get(word);
      if (!entry) vocabulary.set(word, { df: 1, last: count });
      else if (entry.last !== count) {
        entry.df++;
        entry.last = count;
      }
    }
    count++;
  }
  const countWord = db.prepare('INSERT INTO search_word (word, df) VALUES (?, ?) ON CONFLICT(word) DO UPDATE SET df = df + excluded.df');
  for (const [word, { df }] of vocabulary) if (isVocabularyWord(word)) countWord.run(word, df);
  return count;
}

/**
 * Drops the full-text table and indexes every stored segment again from its texts (search_text), as the
 * writer indexed it: for a change of the table's columns. The vocabulary, counted from the same texts, stays.
 * Call inside a transaction.
 */
export function rebuildFullText(db: Connection): void {
  db.exec(`DROP TABLE IF EXISTS search_fts; ${SEARCH_FTS_SCHEMA}`);
  const insertFts = db.prepare('INSERT INTO search_fts (rowid, en_stems, zh_chars, zh_trigrams, kind) VALUES (?, ?, ?, ?, ?)');
  const rows = db.prepare('SELECT s.rowid, s.kind, t.text_zh, t.text_en FROM search_segment s JOIN search_text t ON t.rowid = s.rowid ORDER BY s.rowid').raw(true);
  // Read whole first: better-sqlite3 runs no other statement on a connection while one is being iterated.
  for (const [rowid, kind, zh, en] of rows.all() as [number, string, string | null, string | null][]) {
    const columns = indexColumns(zh, en);
    insertFts.run(rowid, columns.en_stems, columns.zh_chars, columns.zh_trigrams, kind);
  }
}

/** Removes a document's segments from the index. Call inside the transaction that removes them. */
export function unindexDocument(db: Connection, documentId: string): void {
  unindexRows(db, db.prepare('SELECT rowid FROM search_segment WHERE document_id = ?').pluck().all(documentId) as number[]);
}

/** Takes segments out of the index (an alignment edit rewrote them). Call inside the transaction that changes them. */
export function unindexSegments(db: Connection, segmentIds: readonly string[]): void {
  const rowids = db.prepare('SELECT rowid FROM search_segment WHERE segment_id IN (SELECT value FROM json_each(?))').pluck().all(JSON.stringify(segmentIds));
  unindexRows(db, rowids as number[]);
}

function unindexRows(db: Connection, rowids: readonly number[]): void {
  const textOf = db.prepare('SELECT text_en FROM search_text WHERE rowid = ?').pluck();
  const deleteFts = db.prepare('DELETE FROM search_fts WHERE rowid = ?');
  const uncountWord = db.prepare('UPDATE search_word SET df = df - 1 WHERE word = ?');
  for (const rowid of rowids) {
    deleteFts.run(rowid);
    const textEn = textOf.get(rowid) as string | null | undefined;
    for (const word of new Set(indexColumns(null, textEn ?? null).words)) if (isVocabularyWord(word)) uncountWord.run(word);
  }
  db.prepare('DELETE FROM search_word WHERE df <= 0').run();
  const ids = JSON.stringify(rowids);
  db.prepare('DELETE FROM search_text WHERE rowid IN (SELECT value FROM json_each(?))').run(ids);
  db.prepare('DELETE FROM search_segment WHERE rowid IN (SELECT value FROM json_each(?))').run(ids);
}
