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
    const documents = scope.documentIds?.length ? scope.documentIds : null;
    for (let i = 0; i < sorted.length; i += BATCH) {
      const ids = JSON.stringify(sorted.slice(i, i + BATCH));
      const rows = this.statements
        .get(
          this.db,
          `SELECT ss.rowid, g.id, g.document_id, g.kind, g.origin_en, g.text_zh, g.text_en FROM json_each(?) j
           JOIN search_segment ss ON ss.rowid = j.value JOIN segment g ON g.id = ss.segment_id
           WHERE g.text_zh IS NOT NULL AND g.text_en IS NOT NULL`,
        )
        .all(ids) as { rowid: number; id: string; document_id: string; kind: SegmentKind; origin_en: TextOrigin; text_zh: string; text_en: string }[];
      const kept = rows.filter((r) => (!documents || documents.includes(r.document_id)) && (!scope.origin || r.origin_en === scope.origin));
      const sentences = this.sentencesOf(kept.map((r) => r.id));
      for (const r of kept) {
        yield { rowid: r.rowid, segmentId: r.id, documentId: r.document_id, kind: r.kind, originEn: r.origin_en, zh: r.text_zh, en: r.text_en, links: sentences.get(r.id) ?? new Map() };
      }
    }
  }

  private sentencesOf(segmentIds: readonly string[]): Map<string, Map<number, LinkSentences>> {
    const rows = this.statements
      .get(this.db, 'SELECT s.segment_id, s.side, s.n, s.start, s.end, s.link_id FROM json_each(?) j JOIN sentence s ON s.segment_id = j.value')
      .all(JSON.stringify(segmentIds)) as { segment_id: string; side: TextLanguage; n: number; start: number; end: number; link_id: number }[];
    const bySegment = new Map<string, Map<number, LinkSentences>>();
    for (const r of rows) {
      let links = bySegment.get(r.segment_id);
      if (!links) bySegment.set(r.segment_id, (links = new Map()));
      let link = links.get(r.link_id);
      if (!link) links.set(r.link_id, (link = { zh: [], en: [] }));
      link[r.side].push({ n: r.n, start: r.start, end: r.end });
    }
    // In reading order, without asking SQLite to sort every batch: a link holds a sentence or three a side.
    for (const links of bySegment.values()) for (const link of links.values()) for (const side of [link.zh, link.en]) if (side.length > 1) side.sort((a, b) => a.n - b.n);
    return bySegment;
  }
}
