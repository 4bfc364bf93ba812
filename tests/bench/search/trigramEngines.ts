import * as OpenCC from 'opencc-js';
import { openConnection, type Connection } from '../../../main/domain/database/connection';
import { COUNT_CAP } from '../../../main/domain/search/searchService';
import { readPairs } from './generateCorpus';
import { fileSize, openIndexToBuild, peerClauses, type Engine, type PeerClause } from './engines';
import type { BenchFilter } from './querySets';

/** Ours ranks by bm25 up to this many matches, and takes the first matches past it: the tuned peer does the same. */
const FULL_RANK_LIMIT = 200;

/** Both trigram peers' table: the texts in FTS5's trigram tokenizer, with the document and date beside them. */
function buildTrigramTable(pairsFile: string, indexFile: string): Connection {
  const db = openIndexToBuild(indexFile);
  db.exec(`
    CREATE VIRTUAL TABLE t USING fts5(zh, en, document_id UNINDEXED, doc_date UNINDEXED, tokenize = 'trigram');
    CREATE TABLE seg (rowid INTEGER PRIMARY KEY, document_id TEXT NOT NULL, doc_date TEXT) STRICT;
    CREATE INDEX seg_date ON seg(doc_date);`);
  const insert = db.prepare('INSERT INTO t (rowid, zh, en, document_id, doc_date) VALUES (?, ?, ?, ?, ?)');
  const insertSeg = db.prepare('INSERT INTO seg (rowid, document_id, doc_date) VALUES (?, ?, ?)');
  db.transaction(() => {
    let rowid = 1;
    for (const p of readPairs(pairsFile)) {
      insert.run(rowid, p.zh, p.en, p.documentId, p.docDate);
      insertSeg.run(rowid++, p.documentId, p.docDate);
    }
  })();
  db.exec("INSERT INTO t(t) VALUES ('optimize')");
  return db;
}

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** SQL conditions and parameters of a filter, on the trigram table's own columns. */
function plainFilter(filter: BenchFilter | undefined): { sql: string; params: string[] } {
  if (filter?.documentIds) return { sql: ' AND document_id = ?', params: filter.documentIds };
  if (filter?.dateFrom) return { sql: ' AND doc_date BETWEEN ? AND ?', params: [filter.dateFrom, filter.dateTo!] };
  return { sql: '', params: [] };
}

/** A plain FTS5 trigram table with FTS5's own snippets and bm25: LIKE when a term is under three characters, every match counted. */
export function plainTrigramEngine(): Engine {
  let db: Connection;
  return {
    name: 'plain trigram',
    build(pairsFile, indexFile) {
      const build = buildTrigramTable(pairsFile, indexFile);
      build.close();
    },
    open(indexFile) {
      db = openConnection(indexFile, { readonly: true });
      db.prepare('SELECT rowid FROM t LIMIT 1').get();
    },
    query(q) {
      const clauses = peerClauses(q.query);
      const filter = plainFilter(q.filter);
      if (clauses.some((c) => c.anyOf.some((term) => [...term].length < 3))) {
        const like = (c: PeerClause) => `${c.negated ? 'NOT ' : ''}(${c.anyOf.map(() => '(zh LIKE ? OR en LIKE ?)').join(' OR ')})`;
        const where = clauses.map(like).join(' AND ') + filter.sql;
        const params = [...clauses.flatMap((c) => c.anyOf.flatMap((term) => [`%${term}%`, `%${term}%`])), ...filter.params];
        const count = db.prepare(`SELECT count(*) FROM t WHERE ${where}`).pluck().get(...params) as number;
        db.prepare(`SELECT rowid, substr(zh, 1, 80), substr(en, 1, 200) FROM t WHERE ${where} LIMIT 20`).all(...params);
        return count;
      }
      const match = matchExpression(clauses, (term) => quote(term));
      const count = db.prepare(`SELECT count(*) FROM t WHERE t MATCH ?${filter.sql}`).pluck().get(match, ...filter.params) as number;
      db.prepare(`SELECT rowid, snippet(t, -1, '[', ']', '…', 16) FROM t WHERE t MATCH ?${filter.sql} ORDER BY rank LIMIT 20`).all(match, ...filter.params);
      return count;
    },
    size: fileSize,
  };
}

function matchExpression(clauses: readonly PeerClause[], termExpression: (term: string) => string): string {
  const clause = (c: PeerClause) => `(${c.anyOf.map(termExpression).join(' OR ')})`;
  const positive = clauses.filter((c) => !c.negated).map(clause).join(' AND ');
  const negative = clauses.filter((c) => c.negated).map(clause);
  return [positive, ...negative].join(' NOT ');
}

/**
 * The trigram table given the same care as ours: counts capped as ours are,
 * bm25 only up to the same number of matches, one- and two-character terms
 * answered by OR-ing the trigrams of the table's vocabulary (fts5vocab) that
 * hold them (a side table by character, made at build, so a query needs no
 * vocabulary scan), a document filter as the document's rowid range, a date
 * filter as a join on an indexed column, and the query turned to Simplified
 * characters (OpenCC, Taiwan to mainland), as ours folds them.
 */
export function tunedTrigramEngine(): Engine {
  let db: Connection;
  const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
  const trigramsOf = new Map<string, string[]>();
  const trigramsHolding = (term: string): string[] => {
    let found = trigramsOf.get(term);
    if (!found) {
      const candidates = db.prepare('SELECT term FROM trigram_by_char WHERE ch = ?').pluck().all([...term][0]) as string[];
      found = candidates.filter((t) => t.includes(term));
      trigramsOf.set(term, found);
    }
    return found;
  };
  const termExpression = (term: string) => {
    if ([...term].length >= 3) return quote(term);
    const trigrams = trigramsHolding(term);
    // No trigram holds it: a phrase under three characters, which matches nothing.
    return trigrams.length === 0 ? quote(term) : trigrams.map(quote).join(' OR ');
  };
  return {
    name: 'tuned trigram',
    build(pairsFile, indexFile) {
      const build = buildTrigramTable(pairsFile, indexFile);
      build.exec(`
        CREATE VIRTUAL TABLE temp.t_vocab USING fts5vocab(main, t, 'row');
        CREATE TABLE trigram_by_char (ch TEXT NOT NULL, term TEXT NOT NULL, PRIMARY KEY (ch, term)) STRICT, WITHOUT ROWID;
        CREATE TABLE doc_rows (document_id TEXT PRIMARY KEY, first INTEGER NOT NULL, last INTEGER NOT NULL) STRICT;
        INSERT INTO doc_rows SELECT document_id, min(rowid), max(rowid) FROM seg GROUP BY document_id;`);
      const insert = build.prepare('INSERT OR IGNORE INTO trigram_by_char (ch, term) VALUES (?, ?)');
      build.transaction(() => {
        for (const term of build.prepare('SELECT term FROM temp.t_vocab').pluck().all() as string[]) {
          for (const ch of new Set(term)) insert.run(ch, term);
        }
      })();
      build.close();
    },
    open(indexFile) {
      db = openConnection(indexFile, { readonly: true });
      db.prepare('SELECT rowid FROM t LIMIT 1').get();
      db.prepare('SELECT term FROM trigram_by_char WHERE ch = ?').all('a');
    },
    query(q) {
      const match = matchExpression(peerClauses(toSimplified(q.query)), termExpression);
      let from = 'FROM t WHERE t MATCH ?';
      let params: unknown[] = [match];
      if (q.filter?.documentIds) {
        const rows = db.prepare('SELECT first, last FROM doc_rows WHERE document_id = ?').get(q.filter.documentIds[0]) as { first: number; last: number };
        from += ' AND t.rowid BETWEEN ? AND ?';
        params = [match, rows.first, rows.last];
      } else if (q.filter?.dateFrom) {
        from = 'FROM t JOIN seg ON seg.rowid = t.rowid WHERE t MATCH ? AND seg.doc_date BETWEEN ? AND ?';
        params = [match, q.filter.dateFrom, q.filter.dateTo];
      }
      const count = (db.prepare(`SELECT t.rowid ${from} LIMIT ${COUNT_CAP + 1}`).pluck().all(...params) as number[]).length;
      if (count === 0) return 0;
      const order = count <= FULL_RANK_LIMIT ? 'ORDER BY rank' : '';
      db.prepare(`SELECT t.rowid, snippet(t, -1, '[', ']', '…', 16) ${from} ${order} LIMIT 20`).all(...params);
      return Math.min(count, COUNT_CAP);
    },
    size: fileSize,
  };
}
