import { CORPUS_SCHEMA } from '../../../main/domain/corpus/corpusDatabase';
import { openConnection } from '../../../main/domain/database/connection';
import { indexSegments, SEARCH_SCHEMA } from '../../../main/domain/search/searchIndex';
import type { GeneratedPair } from '../search/generateCorpus';

const splitZh = (text: string) => [...text.matchAll(/[^。；！？]+[。；！？]*/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
const splitEn = (text: string) => [...text.matchAll(/\S.*?(?:[.;!?](?=\s|$)|$)/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

/**
 * The search benchmark's generated pairs as a corpus database: its documents,
 * segments (the English published, the Chinese a reference translation, as
 * in most of the bundled corpus), sentences and sentence links, and the
 * search index. Sentences are linked 1–1 where both sides have as many, else
 * all of a pair in one link: the aligner would take minutes over 100,000
 * pairs, and the concordance and audit read links, not how they were made.
 * The links carry no word pairs, so renderings come from the termbase.
 */
export function buildTermsCorpus(file: string, pairs: readonly GeneratedPair[]): void {
  const db = openConnection(file);
  db.exec(CORPUS_SCHEMA);
  db.exec(SEARCH_SCHEMA);
  const insertDocument = db.prepare(
    "INSERT INTO document (id, position, type, issued_on, summary_en, summary_zh, keywords_json, stripped_chrome) VALUES (?, ?, ?, ?, '', '', '{}', '[]')",
  );
  const insertSegment = db.prepare(
    "INSERT INTO segment (id, document_id, position, kind, text_zh, text_en, origin_zh, origin_en) VALUES (?, ?, ?, ?, ?, ?, 'reference-translation', 'published')",
  );
  const insertLink = db.prepare("INSERT INTO sentence_link (id, document_id, confidence, corrected, word_pairs) VALUES (?, ?, 0.9, 0, '[]')");
  const insertSentence = db.prepare('INSERT INTO sentence (segment_id, side, n, start, end, link_id) VALUES (?, ?, ?, ?, ?, ?)');
  let linkId = 0;
  db.transaction(() => {
    const documents = new Set<string>();
    for (const p of pairs) {
      if (!documents.has(p.documentId)) {
        insertDocument.run(p.documentId, documents.size, p.docType, p.docDate);
        documents.add(p.documentId);
      }
      insertSegment.run(p.segmentId, p.documentId, p.position, p.kind, p.zh, p.en);
      const zh = splitZh(p.zh);
      const en = splitEn(p.en);
      const oneToOne = zh.length === en.length;
      const links = oneToOne ? zh.map((_, i) => ({ zh: [i], en: [i] })) : [{ zh: zh.map((_, i) => i), en: en.map((_, i) => i) }];
      for (const link of links) {
        insertLink.run(++linkId, p.documentId);
        for (const i of link.zh) insertSentence.run(p.segmentId, 'zh', i + 1, zh[i].start, zh[i].end, linkId);
        for (const i of link.en) insertSentence.run(p.segmentId, 'en', i + 1, en[i].start, en[i].end, linkId);
      }
    }
    indexSegments(db, pairs, { bulk: true });
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}
