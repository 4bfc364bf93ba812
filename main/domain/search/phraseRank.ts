import type { Statement } from 'better-sqlite3';
import type { Connection } from '../database/connection';
import type { ParsedQuery } from './queryParser';
import { foldText } from './textNormalizer';

/**
 * FTS5's bm25 of a query that is one Chinese phrase, computed from what the
 * count already found instead of by FTS5: its bm25 walks every position list
 * of the phrase twice more (once for the phrase's document frequency, once
 * for the matches), the slowest part of a rare long phrase. It needs the
 * phrase's matching rowids, all of them (so their number is the document
 * frequency), and reads FTS5's token counts from its shadow tables, the same
 * numbers its bm25 reads (https://www.sqlite.org/fts5.html#the_bm25_function,
 * fts5Bm25Function in SQLite's fts5_aux.c). Column weights: zh_chars 1.
 */
const K1 = 1.2;
const B = 0.75;

/** SQLite's variable-length integers, as FTS5 writes its averages record and document sizes. */
function readVarints(blob: Uint8Array): number[] {
  const values: number[] = [];
  let i = 0;
  while (i < blob.length) {
    let value = 0;
    for (let n = 0; ; n++) {
      const byte = blob[i++];
      if (n === 8) {
        value = value * 256 + byte;
        break;
      }
      value = value * 128 + (byte & 0x7f);
      if (byte < 0x80) break;
    }
    values.push(value);
  }
  return values;
}

/** How often `needle` occurs in `folded`, overlaps included (FTS5's phrase instances); a needle is whole code points. */
function occurrencesIn(folded: string, needle: string): number {
  let count = 0;
  for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + 1)) count++;
  return count;
}

/**
 * The bm25 rank (lower is better, as FTS5's) of each of `rowids`, every row
 * that holds the phrase `chars` in zh_chars.
 */
export function phraseRanks(
  db: Connection,
  statement: (db: Connection, sql: string) => Statement,
  rowids: readonly number[],
  chars: readonly string[],
): { rowid: number; rank: number }[] {
  // FTS5's averages record: the number of rows, then the tokens of each column.
  const [rowCount, ...columnTotals] = readVarints(statement(db, 'SELECT block FROM search_fts_data WHERE id = 1').pluck().get() as Uint8Array);
  const averageLength = columnTotals.reduce((sum, n) => sum + n, 0) / rowCount;
  const hits = rowids.length;
  const needle = chars.join('');
  let idf = Math.log((rowCount - hits + 0.5) / (hits + 0.5));
  if (idf <= 0) idf = 1e-6;
  const rows = statement(
    db,
    `SELECT t.rowid AS rowid, t.text_zh AS text, d.sz AS sizes
     FROM json_each(?) j JOIN search_text t ON t.rowid = j.value JOIN search_fts_docsize d ON d.id = j.value`,
  ).all(JSON.stringify(rowids)) as { rowid: number; text: string | null; sizes: Uint8Array }[];
  return rows.map(({ rowid, text, sizes }) => {
    const length = readVarints(sizes).reduce((sum, n) => sum + n, 0);
    const frequency = text ? occurrencesIn(foldText(text), needle) : 0;
    const score = idf * ((frequency * (K1 + 1.0)) / (frequency + K1 * (1 - B + (B * length) / averageLength)));
    return { rowid, rank: -1.0 * score };
  });
}

/** The characters of a query that is one Chinese phrase and nothing else, or null: the queries phraseRanks can rank. */
export function hanPhraseOf(query: ParsedQuery): readonly string[] | null {
  if (query.clauses.length !== 1) return null;
  const [clause] = query.clauses;
  const [term] = clause.anyOf;
  return !clause.negated && clause.anyOf.length === 1 && term.kind === 'han' && term.chars.length > 0 ? term.chars : null;
}
