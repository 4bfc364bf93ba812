import crypto from 'node:crypto';
import fs from 'node:fs';
import * as OpenCC from 'opencc-js';
import { performance } from 'node:perf_hooks';
import { makeSegmentId } from '../../../contract/segmentId';
import { loadCedictLexicon } from '../alignment/cedictLexicon';
import type { Lexicon } from '../alignment/lexicon';
import { alignParagraph, LinkCorrectionError } from '../alignment/segmentAligner';
import { openConnection } from '../database/connection';
import { indexSegments, SEARCH_SCHEMA } from '../search/searchIndex';
import { CorpusSourceError, type CorpusDocumentSource } from './corpusSource';

/** Bumped whenever the tables below change; the app refuses a corpus file of another version. */
export const CORPUS_SCHEMA_VERSION = 5;

export const CORPUS_SCHEMA = `
  CREATE TABLE corpus_info (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
  ) STRICT;
  CREATE TABLE document (
    id                 TEXT PRIMARY KEY,
    position           INTEGER NOT NULL UNIQUE,
    type               TEXT NOT NULL,
    title_en           TEXT,
    title_zh           TEXT,
    issuer_en          TEXT,
    issuer_zh          TEXT,
    issued_on          TEXT,
    published_on       TEXT,
    document_number_en TEXT,
    document_number_zh TEXT,
    source_url         TEXT,
    summary_en         TEXT NOT NULL,
    summary_zh         TEXT NOT NULL,
    keywords_json      TEXT NOT NULL,
    stripped_chrome    TEXT NOT NULL
  ) STRICT;
  CREATE TABLE segment (
    id          TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES document(id),
    position    INTEGER NOT NULL,
    kind        TEXT NOT NULL,
    level       INTEGER,
    text_zh     TEXT,
    text_en     TEXT,
    origin_zh   TEXT NOT NULL,
    origin_en   TEXT NOT NULL,
    -- Why a person should check the segment, in each interface language (all three or none);
    -- the Traditional one is converted from the Simplified at build time.
    review_note_en    TEXT,
    review_note_zh_cn TEXT,
    review_note_zh_tw TEXT,
    UNIQUE (document_id, position)
  ) STRICT;
  -- Sentence links (issue "Sentence by sentence"): every sentence of a side is
  -- in exactly one link; ids follow reading order.
  CREATE TABLE sentence_link (
    id          INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES document(id),
    confidence  REAL NOT NULL,
    corrected   INTEGER NOT NULL,
    -- [zhSentence, zhStart, zhEnd, enSentence, enStart, enEnd] per word pair, offsets within the sentences
    word_pairs  TEXT NOT NULL
  ) STRICT;
  CREATE TABLE sentence (
    segment_id TEXT NOT NULL REFERENCES segment(id),
    side       TEXT NOT NULL CHECK (side IN ('zh', 'en')),
    n          INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    link_id    INTEGER NOT NULL REFERENCES sentence_link(id),
    PRIMARY KEY (segment_id, side, n)
  ) STRICT, WITHOUT ROWID;
  CREATE INDEX sentence_by_link ON sentence (link_id);
`;

/** A digest of the sources: the corpus version shown in the app and kept with user data later. */
export function corpusVersion(sources: readonly CorpusDocumentSource[]): string {
  return crypto.createHash('sha256').update(JSON.stringify(sources)).digest('hex').slice(0, 16);
}

/**
 * Writes the corpus database to `outFile`. It is built beside the target and
 * renamed into place, so a reader never sees a half-written corpus.
 */
export function buildCorpusDatabase(
  sources: readonly CorpusDocumentSource[],
  outFile: string,
  lexicon: Lexicon = loadCedictLexicon(),
): { version: string; segments: number; sentenceLinks: number; alignMs: number } {
  const temp = `${outFile}.building-${process.pid}`;
  fs.rmSync(temp, { force: true });
  const db = openConnection(temp);
  let segmentCount = 0;
  let linkCount = 0;
  let alignMs = 0;
  try {
    db.pragma('journal_mode = DELETE');
    db.exec(CORPUS_SCHEMA);
    db.exec(SEARCH_SCHEMA);
    const insertInfo = db.prepare('INSERT INTO corpus_info (key, value) VALUES (?, ?)');
    const insertDocument = db.prepare(`
      INSERT INTO document (id, position, type, title_en, title_zh, issuer_en, issuer_zh, issued_on, published_on,
                            document_number_en, document_number_zh, source_url, summary_en, summary_zh, keywords_json, stripped_chrome)
      VALUES (@id, @position, @type, @titleEn, @titleZh, @issuerEn, @issuerZh, @issuedOn, @publishedOn,
              @numberEn, @numberZh, @sourceUrl, @summaryEn, @summaryZh, @keywords, @strippedChrome)`);
    const insertSegment = db.prepare(`
      INSERT INTO segment (id, document_id, position, kind, level, text_zh, text_en, origin_zh, origin_en,
                           review_note_en, review_note_zh_cn, review_note_zh_tw)
      VALUES (@id, @documentId, @position, @kind, @level, @zh, @en, @originZh, @originEn, @reviewEn, @reviewZhCn, @reviewZhTw)`);
    const insertLink = db.prepare('INSERT INTO sentence_link (id, document_id, confidence, corrected, word_pairs) VALUES (?, ?, ?, ?, ?)');
    const insertSentence = db.prepare('INSERT INTO sentence (segment_id, side, n, start, end, link_id) VALUES (?, ?, ?, ?, ?, ?)');
    const version = corpusVersion(sources);
    db.transaction(() => {
      insertInfo.run('schema_version', String(CORPUS_SCHEMA_VERSION));
      insertInfo.run('version', version);
      sources.forEach(({ document: d, segments }, position) => {
        insertDocument.run({
          id: d.id,
          position,
          type: d.type,
          titleEn: d.title.en,
          titleZh: d.title.zh,
          issuerEn: d.issuer.en,
          issuerZh: d.issuer.zh,
          issuedOn: d.issuedOn,
          publishedOn: d.publishedOn,
          numberEn: d.documentNumber.en,
          numberZh: d.documentNumber.zh,
          sourceUrl: d.sourceUrl,
          summaryEn: d.summary.en,
          summaryZh: d.summary.zh,
          keywords: JSON.stringify(d.keywords),
          strippedChrome: JSON.stringify(d.strippedChrome),
        });
        segments.forEach((s, i) => {
          insertSegment.run({
            id: makeSegmentId(d.id, s.id),
            documentId: d.id,
            position: i,
            kind: s.kind,
            level: s.level ?? null,
            zh: s.zh ?? null,
            en: s.en ?? null,
            originZh: s.origin?.zh ?? d.origin.zh,
            originEn: s.origin?.en ?? d.origin.en,
            ...reviewNoteColumns(d.id, s),
          });
          segmentCount++;
          const started = performance.now();
          const alignment = alignSourceParagraph(d.id, s, lexicon);
          alignMs += performance.now() - started;
          for (const link of alignment.links) {
            const linkId = ++linkCount;
            const pairs = link.words.map((w) => [w.zhSentence, w.zhStart, w.zhEnd, w.enSentence, w.enStart, w.enEnd]);
            insertLink.run(linkId, d.id, link.confidence, link.corrected ? 1 : 0, JSON.stringify(pairs));
            for (const side of ['zh', 'en'] as const) {
              for (const n of link[side]) {
                const sentence = alignment.sentences[side][n - 1];
                insertSentence.run(makeSegmentId(d.id, s.id), side, n, sentence.start, sentence.end, linkId);
              }
            }
          }
        });
      });
      // The search index is built with the corpus, in the same transaction: always in step, never rebuilt at start.
      indexSegments(
        db,
        sources.flatMap(({ document: d, segments }) =>
          segments.map((s, i) => ({
            segmentId: makeSegmentId(d.id, s.id),
            documentId: d.id,
            docType: d.type,
            docDate: d.issuedOn ?? d.publishedOn,
            kind: s.kind,
            position: i,
            zh: s.zh ?? null,
            en: s.en ?? null,
          })),
        ),
        { bulk: true },
      );
    })();
    db.close();
    fs.renameSync(temp, outFile);
    return { version, segments: segmentCount, sentenceLinks: linkCount, alignMs };
  } catch (error) {
    if (db.open) db.close();
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

/** The three columns of a review note; a note lacking a language is refused here too, should the check be skipped. */
function reviewNoteColumns(documentId: string, segment: CorpusDocumentSource['segments'][number]) {
  const { review } = segment;
  if (!review) return { reviewEn: null, reviewZhCn: null, reviewZhTw: null };
  if (!review.en || !review.zh) throw new CorpusSourceError(`${documentId}/segments.yaml ${segment.id}: the review note needs both en and zh`);
  // Phrase-aware, with Taiwan's usage (twp) and corner quotes: the note is interface text in the zh-TW interface.
  toTaiwanese ??= OpenCC.Converter({ from: 'cn', to: 'twp' });
  const traditional = toTaiwanese(review.zh).replace(/“/g, '「').replace(/”/g, '」');
  return { reviewEn: review.en, reviewZhCn: review.zh, reviewZhTw: traditional };
}

let toTaiwanese: ((text: string) => string) | undefined;

function alignSourceParagraph(documentId: string, segment: CorpusDocumentSource['segments'][number], lexicon: Lexicon) {
  try {
    return alignParagraph(segment.zh, segment.en, lexicon, segment.links);
  } catch (error) {
    if (error instanceof LinkCorrectionError) throw new CorpusSourceError(`${documentId}/segments.yaml ${segment.id}: corrected sentence links: ${error.message}`);
    throw error;
  }
}
