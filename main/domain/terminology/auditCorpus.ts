import type { TextLanguage } from '../../../contract/languages';
import type { SegmentKind, TextOrigin } from '../../../contract/model';
import type { Connection } from '../database/connection';
import { PreparedStatements } from '../search/preparedStatements';

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
  links: ReadonlyMap<number, LinkSentences>;
}

/** A segment's links before its sentences are read. */
const NO_LINKS: ReadonlyMap<number, LinkSentences> = new Map();

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

/** Segments read per query, and their sentences in one query per batch. */
const BATCH = Number(process.env.AUDIT_BATCH ?? 200);

/**
 * What the audit reads of the corpus database: every segment with both
 * sides, in the search index's order (the corpus build indexes documents and
 * paragraphs in reading order), and the sentences of those the audit keeps.
 */
export class AuditCorpus {
  private readonly statements = new PreparedStatements();

  constructor(private readonly db: Connection) {}

  /**
   * The segments within the scope that `select` keeps (it returns what the caller wants to keep with each, or
   * null), in batches, in reading order; only kept segments have their sentences read.
   */
  *segments<T>(scope: AuditScope, select: (segment: AuditSegment) => T | null): Generator<{ segment: AuditSegment; selected: T }> {
    // Rows as arrays, not objects: the audit reads most of the corpus, and naming each row's columns was a tenth of its time.
    const read = this.statements
      .get(
        this.db,
        `SELECT ss.rowid, g.id, g.document_id, g.kind, g.origin_en, g.text_zh, g.text_en
         FROM search_segment ss JOIN segment g ON g.id = ss.segment_id
         WHERE ss.rowid > ? AND g.text_zh IS NOT NULL AND g.text_en IS NOT NULL
           AND (? IS NULL OR ss.document_id IN (SELECT value FROM json_each(?))) AND (? IS NULL OR g.origin_en = ?)
         ORDER BY ss.rowid LIMIT ${BATCH}`,
      )
      .raw(true);
    const documents = scope.documentIds?.length ? JSON.stringify(scope.documentIds) : null;
    const origin = scope.origin ?? null;
    for (let after = -1; ; ) {
      const rows = read.all(after, documents, documents, origin, origin) as SegmentRow[];
      if (rows.length === 0) return;
      after = rows[rows.length - 1][0];
      const kept: { segment: AuditSegment; selected: T }[] = [];
      for (const [rowid, segmentId, documentId, kind, originEn, zh, en] of rows) {
        const segment: AuditSegment = { rowid, segmentId, documentId, kind, originEn, zh, en, links: NO_LINKS };
        const selected = select(segment);
        if (selected !== null) kept.push({ segment, selected });
      }
      if (kept.length === 0) continue;
      const sentences = this.sentencesOf(kept.map((k) => k.segment.segmentId));
      for (let i = 0; i < kept.length; i++) {
        kept[i].segment.links = sentences[i];
        yield kept[i];
      }
    }
  }

  /** Each segment's links, in the order of `segmentIds`. */
  private sentencesOf(segmentIds: readonly string[]): Map<number, LinkSentences>[] {
    // The segment as its place in the list and the side as 0 or 1: no string made per sentence row.
    const rows = this.statements
      .get(this.db, "SELECT j.key, s.side = 'en', s.n, s.start, s.end, s.link_id FROM json_each(?) j JOIN sentence s ON s.segment_id = j.value")
      .raw(true)
      .all(JSON.stringify(segmentIds)) as SentenceRow[];
    const bySegment = segmentIds.map(() => new Map<number, LinkSentences>());
    for (const [segment, english, n, start, end, linkId] of rows) {
      const links = bySegment[segment];
      let link = links.get(linkId);
      if (!link) links.set(linkId, (link = { zh: [], en: [] }));
      (english ? link.en : link.zh).push({ n, start, end });
    }
    // In reading order, without asking SQLite to sort every batch: a link holds a sentence or three a side.
    for (const links of bySegment) for (const link of links.values()) for (const side of [link.zh, link.en]) if (side.length > 1) side.sort((a, b) => a.n - b.n);
    return bySegment;
  }
}

/** rowid, id, document_id, kind, origin_en, text_zh, text_en */
type SegmentRow = [number, string, string, SegmentKind, TextOrigin, string, string];
/** index in the segment list, side (1 for English), n, start, end, link_id */
type SentenceRow = [number, number, number, number, number, number];
