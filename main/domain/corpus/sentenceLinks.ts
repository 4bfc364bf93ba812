import type { Statement } from 'better-sqlite3';
import { linksInReadingOrder, type SentenceLink, type SentencesBySide } from '../../../contract/alignment';
import type { TextLanguage } from '../../../contract/languages';
import { makeSentenceId } from '../../../contract/sentenceId';
import type { Connection } from '../database/connection';

interface SentenceRow {
  segment_id: string;
  side: TextLanguage;
  n: number;
  start: number;
  end: number;
  link_id: number;
}

interface LinkRow {
  id: number;
  confidence: number;
  corrected: number;
}

/** A sentence with its text, as the search and the exports quote it. */
export interface QuotedSentence {
  id: string;
  side: TextLanguage;
  segmentId: string;
  start: number;
  end: number;
  text: string;
  linkId: number;
}

/** A pair of words that render each other, with offsets in the two sides' segment texts. */
export interface RenderingPair {
  zh: { segmentId: string; start: number; end: number };
  en: { segmentId: string; start: number; end: number };
}

/** A sentence without its text: where it is in its segment side, and its link. */
export interface SentenceSpan {
  id: string;
  segmentId: string;
  side: TextLanguage;
  start: number;
  end: number;
  linkId: number;
}

/** The sentences a stretch touches, the other side's sentences of their links, and those links' word pairs. */
export interface AlignedStretch {
  matched: SentenceSpan[];
  counterpart: SentenceSpan[];
  renderings: RenderingPair[];
}

export function emptySentences(): SentencesBySide {
  return { zh: [], en: [] };
}

/**
 * Reads the sentences and sentence links that the corpus build stored
 * (corpusDatabase.ts), for the reader, the search and the exports.
 */
export class SentenceLinkStore {
  private readonly ofSegment: Statement;
  private readonly ofLink: Statement;
  private readonly segmentText: Statement;
  private readonly ofSegments: Statement;

  constructor(private readonly db: Connection) {
    this.ofSegment = db.prepare('SELECT segment_id, side, n, start, end, link_id FROM sentence WHERE segment_id = ? ORDER BY side, n');
    this.ofLink = db.prepare('SELECT segment_id, side, n, start, end, link_id FROM sentence WHERE link_id = ? ORDER BY side, n');
    this.segmentText = db.prepare('SELECT text_zh, text_en FROM segment WHERE id = ?');
    this.ofSegments = db.prepare(
      `SELECT s.segment_id, s.side, s.n, s.start, s.end, s.link_id, l.word_pairs FROM json_each(?) j
       JOIN sentence s ON s.segment_id = j.value JOIN sentence_link l ON l.id = s.link_id`,
    );
  }

  /** Every sentence of a document, by segment, and its links in reading order. */
  documentSentences(documentId: string): { bySegment: Map<string, SentencesBySide>; links: SentenceLink[] } {
    const rows = this.db
      .prepare(
        `SELECT s.segment_id, s.side, s.n, s.start, s.end, s.link_id FROM sentence s JOIN segment g ON g.id = s.segment_id
         WHERE g.document_id = ? ORDER BY g.position, s.side, s.n`,
      )
      .all(documentId) as SentenceRow[];
    const linkRows = this.db.prepare('SELECT id, confidence, corrected FROM sentence_link WHERE document_id = ? ORDER BY id').all(documentId) as LinkRow[];
    const links = new Map<number, SentenceLink>(
      linkRows.map((r) => [r.id, { id: r.id, zh: [], en: [], confidence: r.confidence, corrected: r.corrected === 1 }]),
    );
    const bySegment = new Map<string, SentencesBySide>();
    for (const r of rows) {
      let sentences = bySegment.get(r.segment_id);
      if (!sentences) bySegment.set(r.segment_id, (sentences = emptySentences()));
      sentences[r.side].push({ n: r.n, start: r.start, end: r.end, link: r.link_id });
      links.get(r.link_id)?.[r.side].push(makeSentenceId(r.segment_id, r.n));
    }
    return { bySegment, links: inReadingOrder(links.values(), rows) };
  }

  /** The sentences of the segments at positions [from, to) of a document, and their links (getDocumentPart). */
  rangeSentences(documentId: string, from: number, to: number): { bySegment: Map<string, SentencesBySide>; links: SentenceLink[] } {
    const rows = this.db
      .prepare(
        `SELECT s.segment_id, s.side, s.n, s.start, s.end, s.link_id FROM segment g JOIN sentence s ON s.segment_id = g.id
         WHERE g.document_id = ? AND g.position >= ? AND g.position < ? ORDER BY g.position, s.side, s.n`,
      )
      .all(documentId, from, to) as SentenceRow[];
    const bySegment = new Map<string, SentencesBySide>();
    const links = new Map<number, SentenceLink>();
    // An edited document's links are not one range of ids (issue 10): ask for those the rows name.
    const linkIds = [...new Set(rows.map((r) => r.link_id))];
    const linkRows = rows.length === 0 ? [] : (this.db.prepare('SELECT id, confidence, corrected FROM sentence_link WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(linkIds)) as LinkRow[]);
    for (const r of linkRows) links.set(r.id, { id: r.id, zh: [], en: [], confidence: r.confidence, corrected: r.corrected === 1 });
    for (const r of rows) {
      let sentences = bySegment.get(r.segment_id);
      if (!sentences) bySegment.set(r.segment_id, (sentences = emptySentences()));
      sentences[r.side].push({ n: r.n, start: r.start, end: r.end, link: r.link_id });
      links.get(r.link_id)?.[r.side].push(makeSentenceId(r.segment_id, r.n));
    }
    return { bySegment, links: inReadingOrder(links.values(), rows) };
  }

  segmentSentences(segmentId: string): SentencesBySide {
    const sentences = emptySentences();
    for (const r of this.ofSegment.all(segmentId) as SentenceRow[]) sentences[r.side].push({ n: r.n, start: r.start, end: r.end, link: r.link_id });
    return sentences;
  }

  /** The sentences of one side of a segment that a stretch [start, end) touches. */
  sentencesAt(segmentId: string, side: TextLanguage, start: number, end: number): QuotedSentence[] {
    const rows = (this.ofSegment.all(segmentId) as SentenceRow[]).filter((r) => touches(r, side, start, end));
    return rows.map((r) => this.quote(r));
  }

  /**
   * The counterpart of a stretch of one side: the sentences, on the other
   * side, of the links of the sentences the stretch touches. Empty when they
   * have none (a 1–0 link).
   */
  counterpart(segmentId: string, side: TextLanguage, start: number, end: number): QuotedSentence[] {
    const other: TextLanguage = side === 'zh' ? 'en' : 'zh';
    const linkIds = [...new Set(this.sentencesAt(segmentId, side, start, end).map((s) => s.linkId))];
    return linkIds.flatMap((id) => (this.ofLink.all(id) as SentenceRow[]).filter((r) => r.side === other).map((r) => this.quote(r)));
  }

  /**
   * The sentences of these segments and their links' word pairs, in one
   * query: the search reads them for the page of hits it shows. Segments
   * without sentence data are absent.
   */
  segmentAlignments(segmentIds: readonly string[]): Map<string, SegmentAlignment> {
    const rows = this.ofSegments.all(JSON.stringify(segmentIds)) as LinkedSentenceRow[];
    const bySegment = new Map<string, LinkedSentenceRow[]>();
    for (const r of rows) {
      let list = bySegment.get(r.segment_id);
      if (!list) bySegment.set(r.segment_id, (list = []));
      list.push(r);
    }
    // Sorted here rather than by SQLite: a few rows a segment, and no temporary b-tree per page.
    const order = (a: SentenceRow, b: SentenceRow) => (a.side === b.side ? a.n - b.n : a.side < b.side ? -1 : 1);
    return new Map([...bySegment].map(([id, list]) => [id, new SegmentAlignment(list.sort(order))]));
  }

  private quote(r: SentenceRow): QuotedSentence {
    const texts = this.segmentText.get(r.segment_id) as { text_zh: string | null; text_en: string | null };
    const text = (r.side === 'zh' ? texts.text_zh : texts.text_en) ?? '';
    return { id: makeSentenceId(r.segment_id, r.n), side: r.side, segmentId: r.segment_id, start: r.start, end: r.end, text: text.slice(r.start, r.end), linkId: r.link_id };
  }
}

type LinkedSentenceRow = SentenceRow & { word_pairs: string };

/** Links ordered as the rows (in reading order of their segments) meet them first. */
function inReadingOrder(links: Iterable<SentenceLink>, rows: readonly SentenceRow[]): SentenceLink[] {
  const order = new Map<string, number>();
  for (const r of rows) if (!order.has(r.segment_id)) order.set(r.segment_id, order.size);
  return linksInReadingOrder(links, (segmentId) => order.get(segmentId));
}

/**
 * The sentences of one segment, both sides, with their links' word pairs.
 * The corpus links sentences within a paragraph (corpusDatabase.ts), so a
 * segment's rows hold every sentence of its links.
 */
export class SegmentAlignment {
  constructor(private readonly rows: readonly LinkedSentenceRow[]) {}

  /**
   * What `counterpart` and `renderings` tell about a stretch of one side,
   * without the texts: the sentences it touches, the other side's sentences
   * of their links, and the links' word pairs. Null when the side has no
   * sentence there.
   */
  at(side: TextLanguage, start: number, end: number): AlignedStretch | null {
    const touched = this.rows.filter((r) => touches(r, side, start, end));
    if (touched.length === 0) return null;
    const linkIds = new Set(touched.map((r) => r.link_id));
    const members = this.rows.filter((r) => linkIds.has(r.link_id));
    const renderings = [...linkIds].flatMap((id) => {
      const link = members.filter((r) => r.link_id === id);
      return placePairs(link[0].word_pairs, link);
    });
    return { matched: touched.map(spanOf), counterpart: members.filter((r) => r.side !== side).map(spanOf), renderings };
  }
}

/** Whether a sentence of `side` holds part of [start, end); an empty stretch touches the sentence it stands in. */
function touches(r: SentenceRow, side: TextLanguage, start: number, end: number): boolean {
  return r.side === side && r.start < Math.max(end, start + 1) && start < r.end;
}

function spanOf(r: SentenceRow): SentenceSpan {
  return { id: makeSentenceId(r.segment_id, r.n), segmentId: r.segment_id, side: r.side, start: r.start, end: r.end, linkId: r.link_id };
}

/** A link's word pairs (offsets within its sentences, by the sentences' places in the link) placed in the segment texts. */
function placePairs(wordPairs: string, members: readonly SentenceRow[]): RenderingPair[] {
  const zh = members.filter((r) => r.side === 'zh');
  const en = members.filter((r) => r.side === 'en');
  return (JSON.parse(wordPairs) as number[][]).flatMap(([zs, zStart, zEnd, es, eStart, eEnd]) => {
    const z = zh[zs];
    const e = en[es];
    if (!z || !e) return [];
    return [{ zh: { segmentId: z.segment_id, start: z.start + zStart, end: z.start + zEnd }, en: { segmentId: e.segment_id, start: e.start + eStart, end: e.start + eEnd } }];
  });
}
