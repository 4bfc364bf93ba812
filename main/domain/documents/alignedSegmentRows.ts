import type { TextLanguage } from '../../../contract/languages';
import type { TextOrigin } from '../../../contract/model';
import { makeSegmentId, parseSegmentId } from '../../../contract/segmentId';
import type { Connection } from '../database/connection';
import { indexSegments, unindexSegments, type IndexableSegment } from '../search/searchIndex';
import type { AlignedSegment } from './alignedSegments';
import type { SegmentPatch } from './alignmentEditTypes';
import type { PlannedSegment } from './importModel';

interface SegmentRow {
  id: string;
  kind: PlannedSegment['kind'];
  level: 1 | 2 | null;
  text_zh: string | null;
  text_en: string | null;
}

interface SentenceRow {
  segment_id: string;
  side: TextLanguage;
  n: number;
  start: number;
  end: number;
  link_id: number;
  confidence: number;
  corrected: number;
  word_pairs: string;
}

/** A segment to write: its key and its place in the document. */
export interface PlacedSegment {
  key: string;
  position: number;
  segment: PlannedSegment;
}

/**
 * An imported document's segments, sentences and links as rows of the user
 * database (migration 9), read as the alignment editor's AlignedSegments and
 * written back: the import writes them all, an edit only those it changed.
 * Links never leave their segment, and their ids grow in reading order within
 * it. Callers hold the transaction; nothing here starts one.
 */
export class AlignedSegmentRows {
  constructor(private readonly db: Connection) {}

  /** The document's segments in reading order, with their sentences and links. */
  read(documentId: string): AlignedSegment[] {
    const segments = this.db.prepare('SELECT id, kind, level, text_zh, text_en FROM segment WHERE document_id = ? ORDER BY position').all(documentId) as SegmentRow[];
    const sentences = this.db
      .prepare(
        `SELECT s.segment_id, s.side, s.n, s.start, s.end, s.link_id, l.confidence, l.corrected, l.word_pairs
         FROM sentence s JOIN segment g ON g.id = s.segment_id JOIN sentence_link l ON l.id = s.link_id
         WHERE g.document_id = ? ORDER BY s.link_id, s.side, s.n`,
      )
      .all(documentId) as SentenceRow[];
    const bySegment = groupBy(sentences, (r) => r.segment_id);
    return segments.map((row) => toAligned(row, bySegment.get(row.id) ?? []));
  }

  /** Writes a patch of the document: the segments it removes give way to those it inserts, later ones move along. */
  replace(documentId: string, patch: SegmentPatch, origin: Record<TextLanguage, TextOrigin>): void {
    const removedIds = patch.remove.map((key) => makeSegmentId(documentId, key));
    this.delete(removedIds);
    this.shiftPositions(documentId, patch.index + patch.remove.length, patch.insert.length - patch.remove.length);
    const placed = patch.insert.map((segment, i) => ({ key: segment.key, position: patch.index + i, segment }));
    this.insert(documentId, placed, origin);
    this.index(documentId, placed.map((p) => makeSegmentId(documentId, p.key)));
  }

  /** Segments with their sentences and links (not their search rows). */
  insert(documentId: string, segments: readonly PlacedSegment[], origin: Record<TextLanguage, TextOrigin>): void {
    const insertSegment = this.db.prepare(
      `INSERT INTO segment (id, document_id, position, kind, level, text_zh, text_en, origin_zh, origin_en)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertLink = this.db.prepare('INSERT INTO sentence_link (document_id, confidence, corrected, word_pairs) VALUES (?, ?, ?, ?)');
    const insertSentence = this.db.prepare('INSERT INTO sentence (segment_id, side, n, start, end, link_id) VALUES (?, ?, ?, ?, ?, ?)');
    for (const { key, position, segment: s } of segments) {
      const segmentId = makeSegmentId(documentId, key);
      insertSegment.run(segmentId, documentId, position, s.kind, s.level, s.zh, s.en, origin.zh, origin.en);
      for (const link of s.links) {
        const pairs = link.words.map((w) => [w.zhSentence, w.zhStart, w.zhEnd, w.enSentence, w.enStart, w.enEnd]);
        const linkId = insertLink.run(documentId, link.confidence, link.corrected ? 1 : 0, JSON.stringify(pairs)).lastInsertRowid;
        for (const side of ['zh', 'en'] as const) {
          for (const n of link[side]) {
            const sentence = s.sentences[side][n - 1];
            insertSentence.run(segmentId, side, n, sentence.start, sentence.end, linkId);
          }
        }
      }
    }
  }

  /** Adds stored segments to the search index: all of the document's, or those named. */
  index(documentId: string, segmentIds: readonly string[] | null = null): void {
    const document = this.db.prepare('SELECT type, issued_on, published_on FROM document WHERE id = ?').get(documentId) as {
      type: string;
      issued_on: string | null;
      published_on: string | null;
    };
    const select = 'SELECT id, position, kind, text_zh, text_en FROM segment WHERE document_id = ?';
    const rows = (
      segmentIds === null
        ? this.db.prepare(`${select} ORDER BY position`).all(documentId)
        : this.db.prepare(`${select} AND id IN (SELECT value FROM json_each(?)) ORDER BY position`).all(documentId, JSON.stringify(segmentIds))
    ) as { id: string; position: number; kind: string; text_zh: string | null; text_en: string | null }[];
    const indexable: IndexableSegment[] = rows.map((r) => ({
      segmentId: r.id,
      documentId,
      docType: document.type,
      docDate: document.issued_on ?? document.published_on,
      kind: r.kind,
      position: r.position,
      zh: r.text_zh,
      en: r.text_en,
    }));
    indexSegments(this.db, indexable, { bulk: indexable.length > 500 });
  }

  private delete(segmentIds: readonly string[]): void {
    const ids = JSON.stringify(segmentIds);
    unindexSegments(this.db, segmentIds);
    const links = this.db.prepare('SELECT DISTINCT link_id FROM sentence WHERE segment_id IN (SELECT value FROM json_each(?))').pluck().all(ids);
    this.db.prepare('DELETE FROM sentence WHERE segment_id IN (SELECT value FROM json_each(?))').run(ids);
    this.db.prepare('DELETE FROM sentence_link WHERE id IN (SELECT value FROM json_each(?))').run(JSON.stringify(links));
    this.db.prepare('DELETE FROM segment WHERE id IN (SELECT value FROM json_each(?))').run(ids);
  }

  /** Moves the segments from `from` on by `delta` places, in the document and in the search rows. */
  private shiftPositions(documentId: string, from: number, delta: number): void {
    if (delta === 0) return;
    // Through negative places: positions are unique, and SQLite checks that row by row.
    this.db.prepare('UPDATE segment SET position = -1 - position WHERE document_id = ? AND position >= ?').run(documentId, from);
    this.db.prepare('UPDATE segment SET position = -1 - position + ? WHERE document_id = ? AND position < 0').run(delta, documentId);
    this.db.prepare('UPDATE search_segment SET position = position + ? WHERE document_id = ? AND position >= ?').run(delta, documentId, from);
  }
}

function toAligned(row: SegmentRow, sentences: readonly SentenceRow[]): AlignedSegment {
  const key = parseSegmentId(row.id)?.key;
  if (key === undefined) throw new Error(`Segment id ${row.id} has no key`);
  const bySide = (side: TextLanguage) =>
    sentences
      .filter((s) => s.side === side)
      .sort((a, b) => a.n - b.n)
      .map((s) => ({ start: s.start, end: s.end }));
  const links = [...groupBy(sentences, (s) => s.link_id).values()].map((members) => {
    const [first] = members;
    const words = (JSON.parse(first.word_pairs) as number[][]).map(([zhSentence, zhStart, zhEnd, enSentence, enStart, enEnd]) => ({
      zhSentence,
      zhStart,
      zhEnd,
      enSentence,
      enStart,
      enEnd,
    }));
    const numbers = (side: TextLanguage) => members.filter((m) => m.side === side).map((m) => m.n);
    return { zh: numbers('zh'), en: numbers('en'), confidence: first.confidence, corrected: first.corrected === 1, words };
  });
  return { key, kind: row.kind, level: row.level, zh: row.text_zh, en: row.text_en, sentences: { zh: bySide('zh'), en: bySide('en') }, links };
}

/** Rows grouped by a key, groups and rows in the order met. */
function groupBy<T, K>(rows: readonly T[], keyOf: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}
