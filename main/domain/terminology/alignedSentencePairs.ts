import { makeSentenceId } from '../../../contract/sentenceId';
import type { Connection } from '../database/connection';

/** One sentence link's two sides: the texts of its sentences, and which sentences they are. */
export interface AlignedSentencePair {
  linkId: number;
  documentId: string;
  zh: string;
  en: string;
  zhSentenceIds: string[];
  enSentenceIds: string[];
}

interface Row {
  link_id: number;
  document_id: string;
  segment_id: string;
  side: 'zh' | 'en';
  n: number;
  start: number;
  end: number;
  side_text: string | null;
}

/**
 * Every sentence link of the corpus with both sides non-empty, in link order,
 * the sentences of a side joined by a line break (which no term crosses).
 * A 1–0 link says nothing of how a word is rendered, so it is left out.
 */
export function readAlignedSentencePairs(db: Connection): AlignedSentencePair[] {
  const rows = db
    .prepare(
      // Offsets are UTF-16 units, which SQLite's substr does not count in: the texts are cut here.
      `SELECT s.link_id, g.document_id, s.segment_id, s.side, s.n, s.start, s.end,
              CASE s.side WHEN 'zh' THEN g.text_zh ELSE g.text_en END AS side_text
       FROM sentence s JOIN segment g ON g.id = s.segment_id ORDER BY s.link_id, s.side, s.segment_id, s.n`,
    )
    .all() as Row[];
  const pairs = new Map<number, AlignedSentencePair>();
  for (const r of rows) {
    let pair = pairs.get(r.link_id);
    if (!pair) pairs.set(r.link_id, (pair = { linkId: r.link_id, documentId: r.document_id, zh: '', en: '', zhSentenceIds: [], enSentenceIds: [] }));
    const text = (r.side_text ?? '').slice(r.start, r.end);
    pair[r.side] = pair[r.side] === '' ? text : `${pair[r.side]}\n${text}`;
    (r.side === 'zh' ? pair.zhSentenceIds : pair.enSentenceIds).push(makeSentenceId(r.segment_id, r.n));
  }
  return [...pairs.values()].filter((p) => p.zh.trim() !== '' && p.en.trim() !== '');
}
