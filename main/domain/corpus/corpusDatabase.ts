import crypto from 'node:crypto';
import fs from 'node:fs';
import { makeSegmentId } from '../../../contract/segmentId';
import { openConnection } from '../database/connection';
import { indexSegments, SEARCH_SCHEMA } from '../search/searchIndex';
import type { CorpusDocumentSource } from './corpusSource';

/** Bumped whenever the tables below change; the app refuses a corpus file of another version. */
export const CORPUS_SCHEMA_VERSION = 3;

const CORPUS_SCHEMA = `
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
    review_note TEXT,
    UNIQUE (document_id, position)
  ) STRICT;
`;

/** A digest of the sources: the corpus version shown in the app and kept with user data later. */
export function corpusVersion(sources: readonly CorpusDocumentSource[]): string {
  return crypto.createHash('sha256').update(JSON.stringify(sources)).digest('hex').slice(0, 16);
}

/**
 * Writes the corpus database to `outFile`. It is built beside the target and
 * renamed into place, so a reader never sees a half-written corpus.
 */
export function buildCorpusDatabase(sources: readonly CorpusDocumentSource[], outFile: string): { version: string; segments: number } {
  const temp = `${outFile}.building-${process.pid}`;
  fs.rmSync(temp, { force: true });
  const db = openConnection(temp);
  let segmentCount = 0;
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
      INSERT INTO segment (id, document_id, position, kind, level, text_zh, text_en, origin_zh, origin_en, review_note)
      VALUES (@id, @documentId, @position, @kind, @level, @zh, @en, @originZh, @originEn, @review)`);
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
            review: s.review ?? null,
          });
          segmentCount++;
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
    return { version, segments: segmentCount };
  } catch (error) {
    if (db.open) db.close();
    fs.rmSync(temp, { force: true });
    throw error;
  }
}
