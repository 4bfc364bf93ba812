import { performance } from 'node:perf_hooks';
import type { DocumentMatches, SearchNotice, SearchRequest, SearchResults } from '../../../contract/search';
import type { Connection } from '../database/connection';
import { compileQuery } from './compileQuery';
import { toHit, type SegmentSentences, type SentenceAlignment } from './hitSnippets';
import { matchRanges } from './highlight';
import { hanPhraseOf, phraseRanks } from './phraseRank';
import { PreparedStatements } from './preparedStatements';
import { parseQuery } from './queryParser';
import { isRead, rerank, type Candidate, type CandidateReader, type Ranked, type Texts } from './rerank';
import { filtersOf, type Filters } from './searchFilters';
import { originFilterOf, pageProvenance, UNKNOWN_PROVENANCE, withFilter, type SegmentProvenance } from './searchProvenance';
import { rankedInRanges, rowidsInRanges, SOUGHT_RANGES } from './rangedMatches';
import { SourceLayouts, type MatchedRows, type RowidRange } from './sourceLayout';
import { typoFallback } from './typoFallback';
import { EnglishVocabularies } from './vocabulary';

/** Counting stops here, unless a page further on is asked for: past it the UI says "More than 1,000" (counting every match of 的 costs more than it tells). */
export const COUNT_CAP = 1000;
/** Up to this many matches are ranked by bm25; past it the first matches (headings first) are reranked. */
const FULL_RANK_LIMIT = 200;
/** Candidates taken from each source: the reranked head, or the page asked for if further. */
const CANDIDATES = 60;
/** bm25 weights of en_stems, zh_chars, zh_trigrams and kind (which only filters). */
const BM25 = 'bm25(search_fts, 1.0, 1.0, 1.0, 0.0)';

/** An indexed database, with its sentence links and provenance records when it has them (the corpus; not yet the user's documents). */
export interface SearchSource {
  db: Connection;
  sentences?: SentenceAlignment;
  provenance?: SegmentProvenance;
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
  private readonly statements = new PreparedStatements();
  private readonly layouts = new SourceLayouts(this.statements);
  private readonly vocabularies: EnglishVocabularies;
  private readonly sources: readonly Connection[];
  private readonly sentences = new Map<Connection, SentenceAlignment>();
  private readonly provenance = new Map<Connection, SegmentProvenance>();

  constructor(sources: readonly (Connection | SearchSource)[]) {
    this.sources = sources.map((source) => ('db' in source ? source.db : source));
    for (const source of sources) if ('db' in source && source.sentences) this.sentences.set(source.db, source.sentences);
    for (const source of sources) if ('db' in source && source.provenance) this.provenance.set(source.db, source.provenance);
    this.vocabularies = new EnglishVocabularies(this.sources, this.statements);
  }

  private statement(db: Connection, sql: string) {
    return this.statements.get(db, sql);
  }

  /** `onlySegments`: when given, only these segments can match (the "only segments I annotated" filter). */
  search(request: SearchRequest, onlySegments: readonly string[] | null = null): SearchResults {
    const started = performance.now();
    const parsed = parseQuery(request.query, request.prefix ?? false);
    const similar = new Set<string>();
    const corrections = request.exact ? null : new Map<string, string[]>();
    const compiled = compileQuery(parsed, request.language ?? 'any', this.vocabularies.collecting(similar, corrections));
    const fallback = corrections && typoFallback(request.query, corrections);
    const empty = (notice: SearchNotice | null): SearchResults => ({
      query: request.query,
      total: 0,
      totalIsCapped: false,
      documents: [],
      hits: [],
      notice,
      fallback: null,
      tookMs: performance.now() - started,
    });
    if (!compiled.ok) return empty(NOTICE_OF[compiled.reason]);

    const filters = filtersOf(request, onlySegments);
    const byOrigin = originFilterOf(request, parsed, this.vocabularies.collecting(new Set(), request.exact ? null : new Map()));
    const perDocument = new Map<string, number>();
    const candidates: Ranked[] = [];
    let total = 0;
    const offset = request.offset ?? 0;
    const limit = request.limit ?? 20;
    const wanted = Math.max(CANDIDATES, offset + limit);
    // A page past the cap counts on to it (and one more, to know whether there are further pages): only deep pages pay for it.
    const countCap = Math.max(COUNT_CAP, offset + limit);
    for (const db of this.sources) {
      const sourceFilters = withFilter(filters, byOrigin && byOrigin(this.provenance.get(db) ?? null));
      const ranges = sourceFilters.sql !== '' && onlySegments === null && !byOrigin ? this.rangesOf(db, request) : null;
      const { matched, firstMatches } = this.matchesIn(db, compiled.match, sourceFilters, countCap, ranges);
      total += matched.length;
      for (const documentId of matched) perDocument.set(documentId, (perDocument.get(documentId) ?? 0) + 1);
      candidates.push(...this.candidates(db, compiled.match, sourceFilters, matched.length, wanted, firstMatches, hanPhraseOf(parsed)));
    }
    const totalIsCapped = total > countCap;
    const ordered = rerank(candidates, parsed, similar, this.read);
    const shown = ordered.slice(offset, offset + limit);
    const rows = this.read(shown);
    const page = shown.flatMap((r) => rows.get(r) ?? []);
    const sentences = this.sentencesOf(page);
    const provenance = pageProvenance(page, this.provenance);
    const hits = page.map((c) => ({
      ...toHit(c, parsed, similar, request.language ?? 'any', sentences.get(c) ?? null),
      ...(provenance.get(c) ?? UNKNOWN_PROVENANCE),
    }));
    return {
      query: request.query,
      total: Math.min(total, countCap),
      totalIsCapped,
      documents: [...perDocument].map(([documentId, count]) => ({ documentId, count })).sort((a, b) => b.count - a.count),
      hits,
      notice: null,
      fallback,
      tookMs: performance.now() - started,
    };
  }

  /**
   * Document, type and date filters alone are rowid ranges of the source's layout (one range per run of
   * documents kept): FTS5 reads the matches inside them (rangedMatches.ts) instead of joining every match
   * with the segment table, a b-tree lookup each.
   */
  private rangesOf(db: Connection, request: SearchRequest): readonly RowidRange[] | null {
    return this.layouts.of(db)?.rangesFor(request) ?? null;
  }

  /**
   * The document of each match of one source, up to just past the cap. Unfiltered, the FTS5 index answers alone
   * and rowid runs name the documents (`firstMatches`: those rowids); filtered by rowid `ranges`, FTS5 seeks each
   * range; otherwise filtered, matches join the segment table.
   */
  private matchesIn(
    db: Connection,
    match: string,
    filters: Filters,
    countCap: number,
    ranges: readonly RowidRange[] | null,
  ): { matched: string[]; firstMatches: MatchedRows | null } {
    const layout = filters.sql === '' || ranges ? this.layouts.of(db) : null;
    if (layout) {
      const rowids = ranges
        ? rowidsInRanges((source, sql) => this.statement(source, sql), db, match, ranges, countCap + 1)
        : (this.statement(db, 'SELECT rowid FROM search_fts WHERE search_fts MATCH ? LIMIT ?').pluck().all(match, countCap + 1) as number[]);
      return { matched: rowids.map((rowid) => layout.documentOf(rowid)), firstMatches: { rowids, layout, complete: rowids.length <= countCap, ranges } };
    }
    const matched = this.statement(
      db,
      `SELECT s.document_id FROM search_fts JOIN search_segment s ON s.rowid = search_fts.rowid
       WHERE search_fts MATCH ?${filters.sql} LIMIT ?`,
    )
      .pluck()
      .all(match, ...filters.params, countCap + 1) as string[];
    return { matched, firstMatches: null };
  }

  /** Every match in one document, with full-text ranges, for the reader's find bar. */
  findInDocument(documentId: string, query: string): DocumentMatches {
    const parsed = parseQuery(query);
    const similar = new Set<string>();
    const compiled = compileQuery(parsed, 'any', this.vocabularies.collecting(similar));
    if (!compiled.ok) return { query, hits: [], notice: NOTICE_OF[compiled.reason] };
    const rows: { segment_id: string; text_zh: string | null; text_en: string | null }[] = [];
    for (const db of this.sources) {
      rows.push(
        ...(db
          .prepare(
            `SELECT s.segment_id, t.text_zh, t.text_en FROM search_fts
             JOIN search_segment s ON s.rowid = search_fts.rowid JOIN search_text t ON t.rowid = s.rowid
             WHERE search_fts MATCH ? AND s.document_id = ? ORDER BY s.position`,
          )
          .all(compiled.match, documentId) as typeof rows),
      );
    }
    return {
      query,
      hits: rows.map((r) => ({ segmentId: r.segment_id, zh: matchRanges(r.text_zh, 'zh', parsed, similar), en: matchRanges(r.text_en, 'en', parsed, similar) })),
      notice: null,
    };
  }

  /**
   * The best `wanted` matches of one source by bm25 (headings and first matches when there are many), unread.
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
  ): Ranked[] {
    if (count === 0) return [];
    const statementOf = (source: Connection, sql: string) => this.statement(source, sql);
    const ranges = firstMatches?.ranges ?? null;
    // Many ranges are ranked through the segment table: a seek of each would cost more than the join (rangedMatches.ts).
    const sought = ranges && ranges.length <= SOUGHT_RANGES ? ranges : null;
    const joined = filters.sql !== '' && !sought;
    const from = joined
      ? `FROM search_fts JOIN search_segment s ON s.rowid = search_fts.rowid WHERE search_fts MATCH ?${filters.sql}`
      : 'FROM search_fts WHERE search_fts MATCH ?';
    const run = (sql: string, expression: string) => this.statement(db, sql).all(expression, ...(joined ? filters.params : [])) as { rowid: number; rank: number }[];
    let rows: { rowid: number; rank: number }[];
    if (count <= FULL_RANK_LIMIT && firstMatches?.complete && hanPhrase && !joined) {
      rows = phraseRanks(db, statementOf, firstMatches.rowids, hanPhrase)
        .sort((a, b) => a.rank - b.rank || a.rowid - b.rowid)
        .slice(0, wanted);
    } else if (count <= FULL_RANK_LIMIT && sought && firstMatches?.complete) {
      rows = rankedInRanges(statementOf, db, match, BM25, sought, firstMatches.rowids, wanted);
    } else if (count <= FULL_RANK_LIMIT) {
      rows = run(`SELECT search_fts.rowid AS rowid, ${BM25} AS rank ${from} ORDER BY rank, search_fts.rowid LIMIT ${wanted}`, match);
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
          ? firstMatches.layout.headingsHolding(hanPhrase, headingsWanted, ranges).map((rowid) => ({ rowid, rank: 0 }))
          : ranges
            ? rowidsInRanges(statementOf, db, `(${match}) AND kind : (heading OR title)`, ranges, headingsWanted).map((rowid) => ({ rowid, rank: 0 }))
            : run(`SELECT search_fts.rowid AS rowid, 0 AS rank ${from} LIMIT ${headingsWanted}`, `(${match}) AND kind : (heading OR title)`);
      const seen = new Set(headings.map((r) => r.rowid));
      const first = firstMatches
        ? firstMatches.rowids.slice(0, wanted).map((rowid) => ({ rowid, rank: 0 }))
        : run(`SELECT search_fts.rowid AS rowid, 0 AS rank ${from} LIMIT ${wanted}`, match);
      rows = [...headings, ...first.filter((r) => !seen.has(r.rowid))];
    }
    const layout = firstMatches?.layout ?? this.layouts.of(db);
    return rows.map((r) => ({ db, rowid: r.rowid, rank: r.rank, heading: layout ? layout.headings.has(r.rowid) : null }));
  }

  /** The sentence links of the hits shown, where their source has them: one prepared query per source, for the page only. */
  private sentencesOf(page: readonly Candidate[]): Map<Candidate, SegmentSentences> {
    const found = new Map<Candidate, SegmentSentences>();
    for (const [db, store] of this.sentences) {
      const rows = page.filter((c) => c.db === db);
      if (rows.length === 0) continue;
      const bySegment = store.segmentAlignments(rows.map((c) => c.segment_id));
      for (const c of rows) {
        const segment = bySegment.get(c.segment_id);
        if (segment) found.set(c, segment);
      }
    }
    return found;
  }

  /** The rows and texts of `ranked`: one statement per source for those not read yet. */
  private readonly read: CandidateReader = (ranked) => {
    const read = new Map<Ranked, Candidate>();
    for (const r of ranked) if (isRead(r)) read.set(r, r);
    for (const [db, unread] of bySource(ranked.filter((r) => !isRead(r)))) {
      const found = this.statement(
        db,
        `SELECT s.rowid, s.segment_id, s.document_id, s.kind, s.position, t.text_zh AS zh, t.text_en AS en
         FROM search_segment s JOIN search_text t ON t.rowid = s.rowid WHERE s.rowid IN (${unread.map(() => '?').join(',')})`,
      ).all(...unread.map((r) => r.rowid)) as (Omit<Candidate, 'db' | 'rank' | 'heading' | 'texts'> & Texts)[];
      const byRowid = new Map(found.map((row) => [row.rowid, row]));
      for (const r of unread) {
        const row = byRowid.get(r.rowid);
        if (!row) continue;
        const { zh, en, ...segment } = row;
        read.set(r, { ...segment, db, rank: r.rank, heading: segment.kind === 'heading' || segment.kind === 'title', texts: { zh, en } });
      }
    }
    return read;
  };
}

/** Rows grouped by the source they come from, in their order. */
function bySource<T extends Ranked>(rows: readonly T[]): Map<Connection, T[]> {
  const grouped = new Map<Connection, T[]>();
  for (const row of rows) {
    const group = grouped.get(row.db);
    if (group) group.push(row);
    else grouped.set(row.db, [row]);
  }
  return grouped;
}
