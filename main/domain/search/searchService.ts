import { performance } from 'node:perf_hooks';
import SearchableMap from 'minisearch/SearchableMap';
import type { TextLanguage } from '../../../contract/languages';
import type { SegmentKind } from '../../../contract/model';
import type { DocumentMatches, SearchHit, SearchNotice, SearchRequest, SearchResults } from '../../../contract/search';
import type { Statement } from 'better-sqlite3';
import type { Connection } from '../database/connection';
import { compileQuery, type MatchLanguage, type Vocabulary } from './compileQuery';
import { makeSnippet, matchRanges, type Range } from './highlight';
import { phraseOccurrences, phraseRanks } from './phraseRank';
import { parseQuery, type ParsedQuery } from './queryParser';
import { foldCodePoints, foldText } from './textNormalizer';

/** Counting stops here: past it the UI says "1,000+" (counting every match of 的 costs more than it tells). */
export const COUNT_CAP = 1000;
/** Up to this many matches are ranked by bm25; past it the first matches (headings first) are reranked. */
const FULL_RANK_LIMIT = 200;
/** Completions offered for a word being typed. */
const COMPLETIONS = 12;

interface VocabularyWord {
  word: string;
  df: number;
}

interface Vocabularies {
  key: string;
  tree: SearchableMap<number>;
  byFrequency: VocabularyWord[];
}

/** Candidates taken from each source: the reranked head, or the page asked for if further. */
const CANDIDATES = 60;
const SNIPPET_WIDTH = { zh: 90, en: 220 } as const;
/** Of those, the best by bm25 are reranked by phrase, heading, exact-word and proximity features. */
const RERANKED = 40;
/** bm25 weights of en_stems, zh_chars and kind (which only filters). */
const BM25 = 'bm25(search_fts, 1.0, 1.0, 0.0)';

interface Candidate {
  db: Connection;
  rowid: number;
  segment_id: string;
  document_id: string;
  kind: SegmentKind;
  position: number;
  rank: number;
  /** Loaded only for the candidates that are reranked or shown. */
  text_zh: string | null;
  text_en: string | null;
  /** The English match ranges, once rerank has computed them. */
  enRanges?: Range[];
}

interface Filters {
  sql: string;
  params: unknown[];
}

function filtersOf(request: Pick<SearchRequest, 'documentIds' | 'types' | 'dateFrom' | 'dateTo'>, segmentIds: readonly string[] | null): Filters {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (segmentIds !== null) {
    clauses.push(`s.segment_id IN (${segmentIds.map(() => '?').join(', ') || 'NULL'})`);
    params.push(...segmentIds);
  }
  if (request.documentIds?.length) {
    clauses.push(`s.document_id IN (${request.documentIds.map(() => '?').join(', ')})`);
    params.push(...request.documentIds);
  }
  if (request.types?.length) {
    clauses.push(`s.doc_type IN (${request.types.map(() => '?').join(', ')})`);
    params.push(...request.types);
  }
  if (request.dateFrom) {
    clauses.push('s.doc_date >= ?');
    params.push(request.dateFrom);
  }
  if (request.dateTo) {
    clauses.push('s.doc_date <= ?');
    params.push(request.dateTo);
  }
  return { sql: clauses.map((c) => ` AND ${c}`).join(''), params };
}

const NOTICE_OF = { empty: 'empty-query', 'only-exclusions': 'only-exclusions', 'no-match': 'no-match-in-language' } as const;

/**
 * Bilingual full-text search over one or more indexed databases (the bundled
 * corpus, the user's own documents). Chinese matches any substring exactly;
 * English matches word forms, prefixes while typing and, for longer words,
 * near misses; ranking puts phrase and heading matches first, then bm25 and
 * proximity.
 */
export class SearchService {
  private readonly vocabularies = new Map<Connection, Vocabularies>();
  private readonly statements = new Map<Connection, Map<string, Statement>>();

  /** Prepared statements are kept per source and SQL text: preparing costs more than many searches. */
  private statement(db: Connection, sql: string): Statement {
    let bySql = this.statements.get(db);
    if (!bySql) this.statements.set(db, (bySql = new Map()));
    let statement = bySql.get(sql);
    if (!statement) bySql.set(sql, (statement = db.prepare(sql)));
    return statement;
  }

  constructor(private readonly sources: readonly Connection[]) {}

  /** `onlySegments`: when given, only these segments can match (the "only segments I annotated" filter). */
  search(request: SearchRequest, onlySegments: readonly string[] | null = null): SearchResults {
    const started = performance.now();
    const parsed = parseQuery(request.query, request.prefix ?? false);
    const similar = new Set<string>();
    const compiled = compileQuery(parsed, request.language ?? 'any', this.vocabularyFor(similar));
    const empty = (notice: SearchNotice | null): SearchResults => ({
      query: request.query,
      total: 0,
      totalIsCapped: false,
      documents: [],
      hits: [],
      notice,
      tookMs: performance.now() - started,
    });
    if (!compiled.ok) return empty(NOTICE_OF[compiled.reason]);

    const filters = filtersOf(request, onlySegments);
    const perDocument = new Map<string, number>();
    let candidates: Candidate[] = [];
    let total = 0;
    const offset = request.offset ?? 0;
    const limit = request.limit ?? 20;
    const wanted = Math.max(CANDIDATES, offset + limit);
    for (const db of this.sources) {
      const layout = filters.sql === '' ? this.layout(db) : null;
      // Unfiltered, the FTS5 index answers alone and rowid runs name the documents; filtered, matches join the segment table.
      let matched: string[];
      let firstMatches: MatchedRows | null = null;
      if (layout) {
        const rowids = this.statement(db, `SELECT rowid FROM search_fts WHERE search_fts MATCH ? LIMIT ${COUNT_CAP + 1}`).pluck().all(compiled.match) as number[];
        matched = rowids.map((rowid) => layout.documentOf(rowid));
        firstMatches = { rowids, layout, complete: rowids.length <= COUNT_CAP };
      } else {
        matched = this.statement(
          db,
          `SELECT s.document_id FROM search_fts JOIN search_segment s ON s.rowid = search_fts.rowid
           WHERE search_fts MATCH ?${filters.sql} LIMIT ${COUNT_CAP + 1}`,
        )
          .pluck()
          .all(compiled.match, ...filters.params) as string[];
      }
      total += matched.length;
      for (const documentId of matched) perDocument.set(documentId, (perDocument.get(documentId) ?? 0) + 1);
      candidates.push(...this.candidates(db, compiled.match, filters, matched.length, wanted, firstMatches, hanPhraseOf(parsed)));
    }
    const totalIsCapped = total > COUNT_CAP;
    candidates = rerank(candidates, parsed, similar, (rows) => this.loadTexts(rows));
    const page = candidates.slice(offset, offset + limit);
    this.loadTexts(page);
    const hits = page.map((c) => toHit(c, parsed, similar, request.language ?? 'any'));
    return {
      query: request.query,
      total: Math.min(total, COUNT_CAP),
      totalIsCapped,
      documents: [...perDocument].map(([documentId, count]) => ({ documentId, count })).sort((a, b) => b.count - a.count),
      hits,
      notice: null,
      tookMs: performance.now() - started,
    };
  }

  /** Every match in one document, with full-text ranges, for the reader's find bar. */
  findInDocument(documentId: string, query: string): DocumentMatches {
    const parsed = parseQuery(query);
    const similar = new Set<string>();
    const compiled = compileQuery(parsed, 'any', this.vocabularyFor(similar));
    if (!compiled.ok) return { query, hits: [], notice: NOTICE_OF[compiled.reason] };
    const rows: Candidate[] = [];
    for (const db of this.sources) {
      rows.push(
        ...(db
          .prepare(
            `SELECT s.*, t.text_zh, t.text_en FROM search_fts
             JOIN search_segment s ON s.rowid = search_fts.rowid JOIN search_text t ON t.rowid = s.rowid
             WHERE search_fts MATCH ? AND s.document_id = ? ORDER BY s.position`,
          )
          .all(compiled.match, documentId) as Candidate[]),
      );
    }
    return {
      query,
      hits: rows.map((r) => ({ segmentId: r.segment_id, zh: matchRanges(r.text_zh, 'zh', parsed, similar), en: matchRanges(r.text_en, 'en', parsed, similar) })),
      notice: null,
    };
  }

  /**
   * The best `wanted` matches of one source by bm25 (headings and first matches when there are many), without texts.
   * `firstMatches`: the rowids the count already found, so the headings and first matches need no second FTS5 walk;
   * when they are all the matches of a query that is one Chinese phrase, their bm25 needs no FTS5 walk either.
   */
  private candidates(
    db: Connection,
    match: string,
    filters: Filters,
    count: number,
    wanted: number,
    firstMatches: MatchedRows | null,
    hanPhrase: readonly string[] | null,
  ): Candidate[] {
    if (count === 0) return [];
    const from = filters.sql !== ''
      ? `FROM search_fts JOIN search_segment s ON s.rowid = search_fts.rowid WHERE search_fts MATCH ?${filters.sql}`
      : 'FROM search_fts WHERE search_fts MATCH ?';
    const run = (sql: string, expression: string) => this.statement(db, sql).all(expression, ...filters.params) as { rowid: number; rank: number }[];
    let rows: { rowid: number; rank: number }[];
    if (count <= FULL_RANK_LIMIT && firstMatches?.complete && hanPhrase) {
      rows = phraseRanks(db, (source, sql) => this.statement(source, sql), firstMatches.rowids, hanPhrase)
        .sort((a, b) => a.rank - b.rank || a.rowid - b.rowid)
        .slice(0, wanted);
    } else if (count <= FULL_RANK_LIMIT) {
      rows = run(`SELECT search_fts.rowid AS rowid, ${BM25} AS rank ${from} ORDER BY rank LIMIT ${wanted}`, match);
    } else {
      // Very common terms: scoring every match costs more than it tells. Take the matching headings
      // (an FTS5 intersection with the kind column) and the first matches, and let rerank order them.
      const headingsWanted = Math.ceil(wanted / 2);
      const headingRowids = firstMatches?.rowids.filter((rowid) => firstMatches.layout.headings.has(rowid)).slice(0, headingsWanted);
      // Past the rowids at hand, the headings' own texts tell for a Chinese phrase (a phrase rare in headings
      // would walk FTS5 to the end); FTS5 tells for the rest.
      const headings = headingRowids && (headingRowids.length === headingsWanted || firstMatches!.complete)
        ? headingRowids.map((rowid) => ({ rowid, rank: 0 }))
        : firstMatches && hanPhrase
          ? firstMatches.layout.headingsHolding(hanPhrase, headingsWanted).map((rowid) => ({ rowid, rank: 0 }))
          : run(`SELECT search_fts.rowid AS rowid, 0 AS rank ${from} LIMIT ${headingsWanted}`, `(${match}) AND kind : (heading OR title)`);
      const seen = new Set(headings.map((r) => r.rowid));
      const first = firstMatches
        ? firstMatches.rowids.slice(0, wanted).map((rowid) => ({ rowid, rank: 0 }))
        : run(`SELECT search_fts.rowid AS rowid, 0 AS rank ${from} LIMIT ${wanted}`, match);
      rows = [...headings, ...first.filter((r) => !seen.has(r.rowid))];
    }
    const segments = new Map(
      (this.statement(db, `SELECT rowid, segment_id, document_id, kind, position FROM search_segment WHERE rowid IN (${rows.map(() => '?').join(',')})`).all(
        ...rows.map((r) => r.rowid),
      ) as Omit<Candidate, 'db' | 'rank' | 'text_zh' | 'text_en'>[]).map((r) => [r.rowid, r]),
    );
    return rows.map((r) => ({ ...segments.get(r.rowid)!, rank: r.rank, db, text_zh: null, text_en: null }));
  }

  /** Fills in the texts of candidates that lack them, one query per source. */
  private loadTexts(candidates: Candidate[]): void {
    const bySource = new Map<Connection, Candidate[]>();
    for (const c of candidates) if (c.text_zh === null && c.text_en === null) bySource.set(c.db, [...(bySource.get(c.db) ?? []), c]);
    for (const [db, rows] of bySource) {
      const texts = new Map(
        (this.statement(db, `SELECT rowid, text_zh, text_en FROM search_text WHERE rowid IN (${rows.map(() => '?').join(',')})`).all(...rows.map((r) => r.rowid)) as {
          rowid: number;
          text_zh: string | null;
          text_en: string | null;
        }[]).map((t) => [t.rowid, t]),
      );
      for (const row of rows) {
        row.text_zh = texts.get(row.rowid)?.text_zh ?? null;
        row.text_en = texts.get(row.rowid)?.text_en ?? null;
      }
    }
  }

  private readonly layoutBySource = new Map<Connection, { key: string; layout: SourceLayout | null }>();

  /**
   * Which document each rowid belongs to, when every document's segments hold
   * one contiguous run of rowids (the index writer adds a document at once),
   * and which rowids are headings; null when the runs are not contiguous.
   * Reloaded when the database changed.
   */
  private layout(db: Connection): SourceLayout | null {
    const key = this.changeKey(db);
    const cached = this.layoutBySource.get(db);
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
    this.layoutBySource.set(db, { key, layout });
    return layout;
  }

  /**
   * The vocabulary the query compiler asks for completions and near misses;
   * every word it hands out is collected so the highlighter marks it too.
   */
  private vocabularyFor(collect: Set<string>): Vocabulary {
    return {
      completions: (prefix) => {
        if (prefix.length < 2 || !/^\p{L}+$/u.test(prefix)) return [];
        // The most frequent words that start with the prefix: a walk down the frequency list stops at twelve.
        const found: VocabularyWord[] = [];
        for (const db of this.sources) {
          let taken = 0;
          for (const entry of this.vocabulary(db).byFrequency) {
            if (!entry.word.startsWith(prefix)) continue;
            found.push(entry);
            if (++taken === COMPLETIONS) break;
          }
        }
        const words = found.sort((a, b) => b.df - a.df).slice(0, COMPLETIONS).map((entry) => entry.word);
        words.forEach((w) => collect.add(w));
        return words;
      },
      similar: (word) => {
        // Only a word the index does not know is taken for a typo.
        if (word.length < 5 || !/^\p{L}+$/u.test(word) || this.sources.some((db) => this.vocabulary(db).tree.has(word))) return [];
        const found: [string, number, number][] = [];
        for (const db of this.sources) {
          for (const [candidate, [df, distance]] of this.vocabulary(db).tree.fuzzyGet(word, word.length >= 8 ? 2 : 1)) {
            if (candidate !== word) found.push([candidate, distance, df]);
          }
        }
        const best = found.sort((a, b) => a[1] - b[1] || b[2] - a[2]).slice(0, 4).map(([candidate]) => candidate);
        best.forEach((w) => collect.add(w));
        return best;
      },
    };
  }

  /**
   * The index's English words: MiniSearch's radix tree for near misses, and
   * the words by frequency for completions. Loaded on first use, and again
   * once the database has changed.
   */
  private vocabulary(db: Connection): Vocabularies {
    const key = this.changeKey(db);
    const cached = this.vocabularies.get(db);
    if (cached?.key === key) return cached;
    const words = this.statement(db, 'SELECT word, df FROM search_word ORDER BY df DESC').all() as VocabularyWord[];
    const tree = new SearchableMap<number>();
    for (const { word, df } of words) tree.set(word, df);
    const vocabulary = { key, tree, byFrequency: words };
    this.vocabularies.set(db, vocabulary);
    return vocabulary;
  }

  /** Changes when the database does, whoever wrote to it. */
  private changeKey(db: Connection): string {
    return `${this.statement(db, 'PRAGMA data_version').pluck().get()}:${this.statement(db, 'SELECT total_changes()').pluck().get()}`;
  }
}

/** The rowids an unfiltered count found, in rowid order: all matches when `complete`, else the first COUNT_CAP + 1. */
interface MatchedRows {
  rowids: readonly number[];
  layout: SourceLayout;
  complete: boolean;
}

/** Rowid runs of the documents of one index, for naming the document of a match without a join, and its headings. */
class SourceLayout {
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

/** The characters of a query that is one Chinese phrase and nothing else, or null. */
function hanPhraseOf(query: ParsedQuery): readonly string[] | null {
  if (query.clauses.length !== 1) return null;
  const [clause] = query.clauses;
  const [term] = clause.anyOf;
  return !clause.negated && clause.anyOf.length === 1 && term.kind === 'han' && term.chars.length > 0 ? term.chars : null;
}

const wordSegmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * The share of Chinese terms whose first occurrence is a whole word (or whole
 * words) by Intl.Segmenter: 卫生 in 公共卫生 ranks above 卫生 inside 卫生间.
 * Only a window around the match is segmented, so this stays cheap.
 */
function wordAlignedShare(text: string, terms: readonly string[]): number {
  const folded = foldText(text);
  let aligned = 0;
  for (const term of terms) {
    const at = folded.indexOf(term);
    if (at < 0) continue;
    const from = Math.max(0, at - 8);
    const to = Math.min(folded.length, at + term.length + 8);
    const boundaries = new Set<number>([to]);
    for (const { index } of wordSegmenter.segment(folded.slice(from, to))) boundaries.add(from + index);
    if (boundaries.has(at) && boundaries.has(at + term.length)) aligned++;
  }
  return aligned / terms.length;
}

/**
 * Phrase and heading matches first, then exact words and proximity, then
 * bm25: applied to the best RERANKED candidates by bm25; the rest keep
 * their bm25 order.
 */
function rerank(candidates: Candidate[], query: ParsedQuery, similar: ReadonlySet<string>, loadTexts: (rows: Candidate[]) => void): Candidate[] {
  const byRank = [...candidates].sort((a, b) => a.rank - b.rank || a.rowid - b.rowid);
  const head = byRank.slice(0, RERANKED);
  loadTexts(head);
  const positive = query.clauses.filter((c) => !c.negated).map((c) => c.anyOf[0]);
  const latinPhrase = positive.length > 1 && positive.every((t) => t.kind === 'latin') ? positive.flatMap((t) => (t.kind === 'latin' ? t.words : [])).join(' ') : null;
  const hanPhrase = positive.length > 1 && positive.every((t) => t.kind === 'han') ? positive.flatMap((t) => t.chars).join('') : null;
  const exactOnly = new Set<string>();
  const hanTerms = positive.filter((t) => t.kind === 'han' && t.chars.length > 1).map((t) => t.chars.join(''));
  const scored = head.map((c, index) => {
    let score = -c.rank;
    if (latinPhrase && c.text_en && foldText(c.text_en).includes(latinPhrase)) score += 20;
    if (hanPhrase && c.text_zh && foldText(c.text_zh).includes(hanPhrase)) score += 20;
    if (c.kind === 'heading' || c.kind === 'title') score += 8;
    if (hanTerms.length > 0 && c.text_zh && index < 20) score += 3 * wordAlignedShare(c.text_zh, hanTerms);
    const ranges = (c.enRanges = matchRanges(c.text_en, 'en', query, similar));
    if (similar.size > 0 && matchRanges(c.text_en, 'en', query, exactOnly).length > 0) score += 3;
    if (positive.length > 1 && ranges.length > 1) {
      let gap = Infinity;
      for (let i = 1; i < ranges.length; i++) gap = Math.min(gap, ranges[i][0] - ranges[i - 1][1]);
      score += 4 / (1 + gap / 10);
    }
    return { c, score };
  });
  return [...scored.sort((a, b) => b.score - a.score || a.c.rowid - b.c.rowid).map((s) => s.c), ...byRank.slice(RERANKED)];
}

function toHit(c: Candidate, query: ParsedQuery, similar: ReadonlySet<string>, language: MatchLanguage): SearchHit {
  const zhRanges = language === 'en' ? [] : matchRanges(c.text_zh, 'zh', query, similar);
  const enRanges = language === 'zh' ? [] : (c.enRanges ?? matchRanges(c.text_en, 'en', query, similar));
  const matched: TextLanguage[] = [];
  if (zhRanges.length) matched.push('zh');
  if (enRanges.length) matched.push('en');
  // The side without a match is cut at the same relative place, so the counterpart faces the hit.
  const share = (text: string | null, ranges: Range[]) => (text && ranges.length ? ranges[0][0] / text.length : 0);
  const anchor = Math.max(share(c.text_zh, zhRanges), share(c.text_en, enRanges));
  return {
    segmentId: c.segment_id,
    documentId: c.document_id,
    position: c.position,
    kind: c.kind,
    matched,
    zh: c.text_zh === null ? null : makeSnippet(c.text_zh, zhRanges, SNIPPET_WIDTH.zh, anchor),
    en: c.text_en === null ? null : makeSnippet(c.text_en, enRanges, SNIPPET_WIDTH.en, anchor),
  };
}

