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

/** Segments read per query: few enough that a batch is let go before the collector would keep it. */
const BATCH = 200;

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
   * null), in reading order, with their sentences.
   */
  *segments<T>(scope: AuditScope, select: (segment: AuditSegment) => T | null): Generator<{ segment: AuditSegment; selected: T }> {
    // Rows as arrays, not objects: the audit reads most of the corpus, and naming each row's columns was a tenth of
    // its time. A segment's sentences come with it as one JSON text: a row per sentence cost more than the rest.
    const read = this.statements
      .get(
        this.db,
        `SELECT ss.rowid, g.id, g.document_id, g.kind, g.origin_en, g.text_zh, g.text_en,
           (SELECT json_group_array(json_array(s.side = 'en', s.n, s.start, s.end, s.link_id)) FROM sentence s WHERE s.segment_id = g.id)
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
      for (const [rowid, segmentId, documentId, kind, originEn, zh, en, sentences] of rows) {
        const segment: AuditSegment = { rowid, segmentId, documentId, kind, originEn, zh, en, links: NO_LINKS };
        const selected = select(segment);
        if (selected === null) continue;
        segment.links = linksOf(JSON.parse(sentences) as SentenceRow[]);
        yield { segment, selected };
      }
    }
  }
}

/** A segment's sentences grouped by link, each side in reading order. */
function linksOf(sentences: readonly SentenceRow[]): Map<number, LinkSentences> {
  const links = new Map<number, LinkSentences>();
  for (const [english, n, start, end, linkId] of sentences) {
    let link = links.get(linkId);
    if (!link) links.set(linkId, (link = { zh: [], en: [] }));
    (english ? link.en : link.zh).push({ n, start, end });
  }
  // Without asking SQLite to sort: a link holds a sentence or three a side.
  for (const link of links.values()) for (const side of [link.zh, link.en]) if (side.length > 1) side.sort((a, b) => a.n - b.n);
  return links;
}

/** rowid, id, document_id, kind, origin_en, text_zh, text_en, the sentences as JSON */
type SegmentRow = [number, string, string, SegmentKind, TextOrigin, string, string, string];
/** side (1 for English), n, start, end, link_id */
type SentenceRow = [number, number, number, number, number];
