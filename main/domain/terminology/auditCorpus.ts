import type { TextLanguage } from '../../../contract/languages';
import type { SegmentKind, TextOrigin } from '../../../contract/model';
import type { Connection } from '../database/connection';
import { compileQuery, type Vocabulary } from '../search/compileQuery';
import { PreparedStatements } from '../search/preparedStatements';
import { parseQuery } from '../search/queryParser';

/** A segment the audit reads, with its sentences grouped by link. */
export interface AuditSegment {
  /** The search index's rowid of the segment. */
  rowid: number;
  segmentId: string;
  documentId: string;
  kind: SegmentKind;
  originEn: TextOrigin;
  zh: string;
  en: string;
  links: Map<number, LinkSentences>;
}

export interface AuditSentence {
  n: number;
  start: number;
  end: number;
}

export type LinkSentences = Record<TextLanguage, AuditSentence[]>;

export interface AuditScope {
  documentIds?: string[];
  /** The provenance of the English side audited: the published English, or the reference translation. */
  origin?: TextOrigin;
}

const NO_VOCABULARY: Vocabulary = { completions: () => [], similar: () => [] };
/** Segments read per query: a json_each of ids joined with the tables' primary keys. */
const BATCH = 500;

/**
 * What the audit reads of the corpus database: which segments hold a
 * Chinese string (the search's FTS5 index, which finds every substring
 * through the search's folding), and those segments with their sentences.
 */
export class AuditCorpus {
  private readonly statements = new PreparedStatements();

  constructor(private readonly db: Connection) {}

  /** Index rowids of the segments whose Chinese side holds `text`. */
  segmentsHolding(text: string): number[] {
    const compiled = compileQuery(parseQuery(`"${text.replace(/"/g, ' ')}"`), 'zh', NO_VOCABULARY);
    if (!compiled.ok) return [];
    return this.statements.get(this.db, 'SELECT rowid FROM search_fts WHERE search_fts MATCH ?').pluck().all(compiled.match) as number[];
  }

  /** The segments of these index rowids within the scope, in batches, in reading order within each batch. */
  *segments(rowids: readonly number[], scope: AuditScope): Generator<AuditSegment> {
    const sorted = [...rowids].sort((a, b) => a - b);
    const documents = scope.documentIds?.length ? new Set(scope.documentIds) : null;
    // Rows as arrays, not objects: the audit reads most of the corpus, and naming each row's columns was a tenth of its time.
    const read = this.statements
      .get(
        this.db,
        `SELECT ss.rowid, g.id, g.document_id, g.kind, g.origin_en, g.text_zh, g.text_en FROM json_each(?) j
         JOIN search_segment ss ON ss.rowid = j.value JOIN segment g ON g.id = ss.segment_id
         WHERE g.text_zh IS NOT NULL AND g.text_en IS NOT NULL`,
      )
      .raw(true);
    for (let i = 0; i < sorted.length; i += BATCH) {
      const rows = read.all(JSON.stringify(sorted.slice(i, i + BATCH))) as SegmentRow[];
      const kept = rows.filter(([, , documentId, , origin]) => (!documents || documents.has(documentId)) && (!scope.origin || origin === scope.origin));
      const sentences = this.sentencesOf(kept.map((r) => r[1]));
      for (const [rowid, segmentId, documentId, kind, originEn, zh, en] of kept) {
        yield { rowid, segmentId, documentId, kind, originEn, zh, en, links: sentences.get(segmentId) ?? new Map() };
      }
    }
  }

  private sentencesOf(segmentIds: readonly string[]): Map<string, Map<number, LinkSentences>> {
    const rows = this.statements
      .get(this.db, 'SELECT s.segment_id, s.side, s.n, s.start, s.end, s.link_id FROM json_each(?) j JOIN sentence s ON s.segment_id = j.value')
      .raw(true)
      .all(JSON.stringify(segmentIds)) as SentenceRow[];
    const bySegment = new Map<string, Map<number, LinkSentences>>();
    for (const [segmentId, side, n, start, end, linkId] of rows) {
      let links = bySegment.get(segmentId);
      if (!links) bySegment.set(segmentId, (links = new Map()));
      let link = links.get(linkId);
      if (!link) links.set(linkId, (link = { zh: [], en: [] }));
      link[side].push({ n, start, end });
    }
    // In reading order, without asking SQLite to sort every batch: a link holds a sentence or three a side.
    for (const links of bySegment.values()) for (const link of links.values()) for (const side of [link.zh, link.en]) if (side.length > 1) side.sort((a, b) => a.n - b.n);
    return bySegment;
  }
}

/** rowid, id, document_id, kind, origin_en, text_zh, text_en */
type SegmentRow = [number, string, string, SegmentKind, TextOrigin, string, string];
/** segment_id, side, n, start, end, link_id */
type SentenceRow = [string, TextLanguage, number, number, number, number];
