import type { TextLanguage } from '../../../contract/languages';
import type { TextOrigin } from '../../../contract/model';
import type { TextRange } from '../../../contract/search';
import type { Concept, ConcordanceLine, ConcordancePage, ConcordanceRequest, ConcordanceSort, RenderingGroup } from '../../../contract/terminology';
import type { SentenceLinkStore } from '../corpus/sentenceLinks';
import type { Connection } from '../database/connection';
import { compileQuery } from '../search/compileQuery';
import { matchRanges, mergeRanges } from '../search/highlight';
import { PreparedStatements } from '../search/preparedStatements';
import { filtersOf } from '../search/searchFilters';
import { parseQuery, type ParsedQuery } from '../search/queryParser';
import { hasHan } from '../search/textNormalizer';
import { EnglishVocabularies } from '../search/vocabulary';
import { groupByRendering, RenderingFinder } from './concordanceRendering';
import { PreparedText } from './termMatcher';

/** The first screen: this many lines and the total. */
export const CONCORDANCE_PAGE = 50;
/** Context each side of the keyword, in UTF-16 units. */
const CONTEXT = { zh: 30, en: 80 } as const;

/** A matched segment: what the filters, the sort and the lines need. */
interface SegmentRow {
  /** The search index's rowid: the corpus build indexes documents and paragraphs in reading order. */
  rowid: number;
  /**
   * Whether the fields below (and the English, unless a Latin term had it read with the row) are read: for the
   * lines shown, or for every row when the date order, a filter or the grouping asks. The total and the first
   * screen in reading order need only the rows' Chinese, and reading every row's details was most of their time.
   */
  detailed: boolean;
  segment_id: string;
  document_id: string;
  doc_date: string | null;
  text_zh: string | null;
  text_en: string | null;
  /** Each side's provenance, read for the lines shown (or for every row when a filter asks). */
  origin?: Record<TextLanguage, TextOrigin>;
}

interface Occurrence {
  row: SegmentRow;
  side: TextLanguage;
  start: number;
  end: number;
}

interface Occurrences {
  key: string;
  list: Occurrence[];
  finder: RenderingFinder;
  sortedBy: Map<ConcordanceSort, Occurrence[]>;
}

const textOf = (row: SegmentRow, side: TextLanguage) => (side === 'zh' ? row.text_zh : row.text_en) ?? '';
const otherSide = (side: TextLanguage): TextLanguage => (side === 'zh' ? 'en' : 'zh');

/**
 * The bilingual concordance (issue "Terminology workbench"): every occurrence
 * of a term or phrase in the corpus as a keyword-in-context line, with the
 * aligned sentences of the other language and the rendering marked in them.
 * Occurrences are found exactly as the search finds them (its parser, its
 * FTS5 expression, its vocabulary of near misses and its highlighter), so the
 * concordance counts what the search's find bar counts. The occurrences of
 * the last query are kept, so paging, sorting and grouping reuse them.
 */
export class Concordance {
  private readonly statements = new PreparedStatements();
  private readonly vocabularies: EnglishVocabularies;
  private last: Occurrences | null = null;

  constructor(
    private readonly db: Connection,
    private readonly sentences: SentenceLinkStore,
    private readonly concepts: readonly Concept[],
  ) {
    this.vocabularies = new EnglishVocabularies([db], this.statements);
  }

  /** The total and one page of lines (the first 50 by default). */
  page(request: ConcordanceRequest): ConcordancePage {
    const found = this.occurrencesOf(request);
    const sorted = this.sorted(found, request.sort ?? 'document');
    const offset = request.offset ?? 0;
    const page = sorted.slice(offset, offset + (request.limit ?? CONCORDANCE_PAGE));
    this.readDetails(page.map((o) => o.row));
    this.readOrigins(page.map((o) => o.row));
    const alignments = this.sentences.segmentAlignments([...new Set(page.map((o) => o.row.segment_id))]);
    return { query: request.query, total: found.list.length, lines: page.map((o) => lineOf(o, found.finder, alignments)) };
  }

  /** Every occurrence (the filters applied) counted by its rendering. */
  groups(request: ConcordanceRequest): RenderingGroup[] {
    const found = this.occurrencesOf(request);
    this.readDetails(found.list.map((o) => o.row));
    const alignments = this.sentences.segmentAlignments([...new Set(found.list.map((o) => o.row.segment_id))]);
    return groupByRendering(
      found.list.map((o) => {
        const aligned = alignments.get(o.row.segment_id)?.at(o.side, o.start, o.end) ?? null;
        const other = otherSide(o.side);
        return found.finder.find(o.row.segment_id, o.side, [o.start, o.end], aligned, other === 'zh' ? o.row.text_zh : o.row.text_en).rendering;
      }),
    );
  }

  /** Every line, in the order asked for: what the exports write. */
  allLines(request: ConcordanceRequest): ConcordanceLine[] {
    return this.page({ ...request, offset: 0, limit: Number.MAX_SAFE_INTEGER }).lines;
  }

  private occurrencesOf(request: ConcordanceRequest): Occurrences {
    const key = JSON.stringify([request.query, request.documentIds ?? [], request.dateFrom ?? '', request.dateTo ?? '', request.origin ?? '']);
    if (this.last?.key === key) return this.last;
    const parsed = concordanceQuery(request.query);
    const similar = new Set<string>();
    const compiled = compileQuery(parsed, 'any', this.vocabularies.collecting(similar));
    const list: Occurrence[] = [];
    if (compiled.ok) {
      // Only a Latin term is looked for on the English side: for a Chinese query there is nothing to read there.
      const english = parsed.clauses.some((c) => !c.negated && c.anyOf.some((t) => t.kind === 'latin'));
      const rows = this.matchingRows(request, compiled.match, english);
      if (request.origin) {
        this.readDetails(rows);
        this.readOrigins(rows);
      }
      const needles = chineseNeedles(parsed);
      for (const row of rows) {
        if (!request.origin || row.origin!.zh === request.origin) for (const [start, end] of chineseRanges(row.text_zh, needles)) list.push({ row, side: 'zh', start, end });
        if (!english || (request.origin && row.origin!.en !== request.origin)) continue;
        for (const [start, end] of matchRanges(row.text_en, 'en', parsed, similar)) list.push({ row, side: 'en', start, end });
      }
    }
    this.last = { key, list, finder: new RenderingFinder(request.query, this.concepts), sortedBy: new Map() };
    return this.last;
  }

  /** The index rows that match (the filters applied), in reading order, with their Chinese, and their English if asked. */
  private matchingRows(request: ConcordanceRequest, match: string, english: boolean): SegmentRow[] {
    const { sql, params } = filtersOf(request, null);
    // The segment table only where a filter reads it: looking each row up there was a sixth of the first screen.
    const segments = sql === '' ? '' : 'JOIN search_segment s ON s.rowid = search_fts.rowid';
    const rows = this.statements
      .get(
        this.db,
        `SELECT t.rowid, t.text_zh, ${english ? 't.text_en' : 'NULL'}
         FROM search_fts ${segments} JOIN search_text t ON t.rowid = search_fts.rowid
         WHERE search_fts MATCH ?${sql}`,
      )
      .raw(true)
      .all(match, ...params) as [number, string | null, string | null][];
    return rows.map(([rowid, zh, en]) => ({ rowid, detailed: false, segment_id: '', document_id: '', doc_date: null, text_zh: zh, text_en: en }));
  }

  /** The details of the rows that lack them: one query for a page. */
  private readDetails(rows: readonly SegmentRow[]): void {
    const wanted = [...new Set(rows.filter((r) => !r.detailed))];
    if (wanted.length === 0) return;
    const details = this.statements
      .get(
        this.db,
        `SELECT s.rowid, s.segment_id, s.document_id, s.doc_date, t.text_en
         FROM json_each(?) j JOIN search_segment s ON s.rowid = j.value JOIN search_text t ON t.rowid = s.rowid`,
      )
      .raw(true)
      .all(JSON.stringify(wanted.map((r) => r.rowid))) as [number, string, string, string | null, string | null][];
    const byRowid = new Map(details.map((d) => [d[0], d]));
    for (const row of wanted) {
      const [, segmentId, documentId, date, en] = byRowid.get(row.rowid)!;
      Object.assign(row, { detailed: true, segment_id: segmentId, document_id: documentId, doc_date: date, text_en: en });
    }
  }

  /** The provenance of each side, for the rows that lack it: one query for the page. */
  private readOrigins(rows: readonly SegmentRow[]): void {
    const wanted = rows.filter((r) => !r.origin);
    if (wanted.length === 0) return;
    const origins = this.statements
      .get(this.db, 'SELECT g.id, g.origin_zh, g.origin_en FROM json_each(?) j JOIN segment g ON g.id = j.value')
      .all(JSON.stringify([...new Set(wanted.map((r) => r.segment_id))])) as { id: string; origin_zh: TextOrigin; origin_en: TextOrigin }[];
    const byId = new Map(origins.map((o) => [o.id, { zh: o.origin_zh, en: o.origin_en }]));
    for (const row of wanted) {
      // The corpus build writes a paragraph and its index row in one transaction: one without the other is a broken file.
      row.origin = byId.get(row.segment_id);
      if (!row.origin) throw new Error(`The corpus indexes ${row.segment_id} but has no such paragraph.`);
    }
  }

  private sorted(found: Occurrences, sort: ConcordanceSort): Occurrence[] {
    let sorted = found.sortedBy.get(sort);
    if (!sorted) {
      if (sort === 'date') this.readDetails(found.list.map((o) => o.row));
      found.sortedBy.set(sort, (sorted = sortOccurrences(found.list, sort)));
    }
    return sorted;
  }
}

/**
 * The query as the search reads it, except that English words typed without quotes are one phrase whose words
 * match by word form, as the search's index matches a phrase (medical institution, medical institutions): a
 * concordance is of a term, not of words anywhere in a paragraph. Quotes, OR, exclusions and Chinese are the
 * search's own.
 */
export function concordanceQuery(input: string): ParsedQuery {
  const trimmed = input.trim();
  if (!/\s/.test(trimmed) || hasHan(trimmed) || /["“”„「」『』]|(^|\s)(-|OR\s|\|)/.test(trimmed)) return parseQuery(trimmed);
  const parsed = parseQuery(`"${trimmed}"`);
  for (const clause of parsed.clauses) for (const term of clause.anyOf) if (term.kind === 'latin') term.phrase = false;
  return parsed;
}

/** The folded Chinese of each positive term of the query (Latin ones too: the search looks for them in the Chinese). */
function chineseNeedles(parsed: ParsedQuery): string[] {
  return parsed.clauses.filter((c) => !c.negated).flatMap((c) => c.anyOf.filter((t) => t.chars.length > 0).map((t) => t.chars.join('')));
}

/**
 * The search's highlighter's ranges on the Chinese side (every place a term's folded characters stand, overlapping
 * places merged), found with indexOf in the text folded once: a concordance of 10,000 lines reads thousands of
 * paragraphs, and comparing arrays of one string per character was a fifth of its first screen.
 */
function chineseRanges(text: string | null, needles: readonly string[]): TextRange[] {
  if (!text || needles.length === 0) return [];
  const { folded, toOriginal } = new PreparedText(text).folded;
  const ranges: TextRange[] = [];
  for (const needle of needles) {
    for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + 1)) {
      ranges.push(toOriginal ? [toOriginal[at], toOriginal[at + needle.length]] : [at, at + needle.length]);
    }
  }
  return ranges.length <= 1 ? ranges : mergeRanges(ranges);
}

const inReadingOrder = (a: Occurrence, b: Occurrence) =>
  a.row.rowid - b.row.rowid || (a.side === b.side ? 0 : a.side === 'zh' ? -1 : 1) || a.start - b.start;

/** Left context read from the keyword backwards, as concordancers sort it: "…public hospital" beside "…county hospital". */
const leftKey = (o: Occurrence) => [...textOf(o.row, o.side).slice(Math.max(0, o.start - CONTEXT[o.side]), o.start).toLowerCase()].reverse().join('');
const rightKey = (o: Occurrence) => textOf(o.row, o.side).slice(o.end, o.end + CONTEXT[o.side]).toLowerCase();

function sortOccurrences(list: readonly Occurrence[], sort: ConcordanceSort): Occurrence[] {
  const inOrder = [...list].sort(inReadingOrder);
  if (sort === 'document') return inOrder;
  if (sort === 'date') {
    // Undated documents last; within a date, reading order (a stable sort keeps it).
    return inOrder.sort((a, b) => (a.row.doc_date ?? '\uffff').localeCompare(b.row.doc_date ?? '\uffff'));
  }
  const keyOf = sort === 'left' ? leftKey : rightKey;
  const keyed = inOrder.map((o) => ({ o, key: keyOf(o) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map((k) => k.o);
}

type Alignments = ReturnType<SentenceLinkStore['segmentAlignments']>;

function lineOf(o: Occurrence, finder: RenderingFinder, alignments: Alignments): ConcordanceLine {
  const text = textOf(o.row, o.side);
  const other = otherSide(o.side);
  const otherText = other === 'zh' ? o.row.text_zh : o.row.text_en;
  const aligned = alignments.get(o.row.segment_id)?.at(o.side, o.start, o.end) ?? null;
  const found = finder.find(o.row.segment_id, o.side, [o.start, o.end], aligned, otherText);
  const counterpart = aligned?.counterpart.filter((s) => s.segmentId === o.row.segment_id) ?? [];
  let shown: ConcordanceLine['counterpart'] = null;
  if (counterpart.length > 0 && otherText !== null) {
    const start = Math.min(...counterpart.map((s) => s.start));
    const end = Math.max(...counterpart.map((s) => s.end));
    shown = {
      sentenceIds: counterpart.map((s) => s.id),
      text: otherText.slice(start, end),
      origin: o.row.origin![other],
      highlights: found.ranges.filter(([a, b]) => a >= start && b <= end).map(([a, b]) => [a - start, b - start]),
    };
  }
  return {
    documentId: o.row.document_id,
    segmentId: o.row.segment_id,
    date: o.row.doc_date,
    side: o.side,
    origin: o.row.origin![o.side],
    left: text.slice(Math.max(0, o.start - CONTEXT[o.side]), o.start),
    keyword: text.slice(o.start, o.end),
    right: text.slice(o.end, o.end + CONTEXT[o.side]),
    sentenceIds: aligned?.matched.map((s) => s.id) ?? [],
    counterpart: shown,
    rendering: found.rendering,
  };
}
