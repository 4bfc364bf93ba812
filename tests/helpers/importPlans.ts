import type { DocumentMetadataInput } from '../../contract/documents';
import type { Connection } from '../../main/domain/database/connection';
import type { ImportPlan, PlannedSegment } from '../../main/domain/documents/importModel';

/** A segment whose sentences (ending in 。 or . ) are linked one to one, in order. */
export function segment(zh: string, en: string, kind: PlannedSegment['kind'] = 'paragraph'): PlannedSegment {
  const spans = (text: string, end: RegExp) => [...text.matchAll(end)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const zhSentences = spans(zh, /[^。]+。/g);
  const enSentences = spans(en, /[^.]+\.\s?/g).map((s) => ({ start: s.start === 0 ? 0 : s.start, end: en[s.end - 1] === ' ' ? s.end - 1 : s.end }));
  return {
    kind,
    level: null,
    zh,
    en,
    sentences: { zh: zhSentences, en: enSentences },
    links: zhSentences.map((_, i) => ({ zh: [i + 1], en: [i + 1], confidence: 0.9, corrected: false, words: [] })),
  };
}

export const TITLE = segment('健康草案。', 'Draft on health.', 'title');
export const TIERED = segment('推进分级诊疗。加强基层卫生服务。', 'Advance tiered care. Strengthen primary health services.');
export const SMART = segment('发展智慧医院。', 'Develop smart hospitals.');
export const INSERTED = segment('完善急救体系。', 'Improve emergency care.');

export function plan(segments: PlannedSegment[]): ImportPlan {
  return {
    shape: 'pair',
    files: [
      { name: '草案.txt', format: 'txt', language: 'zh', encoding: 'utf-8', bytes: 120, sha256: 'a'.repeat(64), pages: null },
      { name: 'draft.txt', format: 'txt', language: 'en', encoding: 'utf-8', bytes: 90, sha256: 'b'.repeat(64), pages: null },
    ],
    suggestedTitle: { zh: '健康草案', en: 'Draft on health' },
    props: {},
    segments,
  };
}

export const METADATA: DocumentMetadataInput = {
  title: { zh: '健康草案', en: 'Draft on health' },
  issuer: { zh: '某市卫生健康委', en: null },
  documentNumber: { zh: null, en: null },
  issuedOn: '2026-03-01',
  publishedOn: null,
  type: 'notice',
  sourceUrl: 'https://example.org/draft',
  origin: { zh: 'published', en: 'user-draft' },
};

/** Every row of the tables an import writes, to check that a failure changed nothing. */
export function libraryDump(db: Connection): unknown {
  const tables = ['document', 'document_version', 'segment', 'sentence_link', 'sentence', 'search_segment', 'search_text', 'search_word', 'annotation'];
  return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all()]));
}
