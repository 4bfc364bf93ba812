import type { TextLanguage } from '../../contract/languages';
import type { DocumentDetail } from '../../contract/model';
import type { ApiError } from '../../contract/result';
import { parseSegmentId } from '../../contract/segmentId';
import { parseSentenceId } from '../../contract/sentenceId';
import type { TermCandidate } from '../../contract/terminology';

export type DocumentLoader = (documentId: string) => Promise<DocumentDetail | ApiError>;

/** The evidence of a candidate, paragraph by paragraph: the sentences holding the Chinese and those holding the English. */
export interface EvidenceParagraph {
  segmentId: string;
  documentId: string;
  key: string;
  zh: string[];
  en: string[];
}

/**
 * Every place the unit occurs, ignoring case (the English unit is lower case; the text may not be). An English unit
 * is marked to the end of its word, so "tasks" is marked whole where the unit is "task".
 */
export function unitRanges(text: string, unit: string, language: TextLanguage): [number, number][] {
  const ranges: [number, number][] = [];
  const haystack = text.toLowerCase();
  const needle = unit.toLowerCase();
  if (!needle) return ranges;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, ranges[ranges.length - 1][1])) {
    let end = at + needle.length;
    while (language === 'en' && end < text.length && /\p{L}/u.test(text[end])) end++;
    ranges.push([at, end]);
  }
  return ranges;
}

/** The evidence sentences grouped by paragraph, in the order the candidate lists them. */
export async function evidenceParagraphs(
  candidate: TermCandidate,
  load: DocumentLoader,
): Promise<{ paragraphs: EvidenceParagraph[] } | { error: ApiError }> {
  const bySegment = new Map<string, EvidenceParagraph>();
  const sides: [TextLanguage, string[]][] = [
    ['zh', candidate.evidence.zhSentenceIds],
    ['en', candidate.evidence.enSentenceIds],
  ];
  const docs = new Map<string, DocumentDetail>();
  for (const [, ids] of sides) {
    for (const id of ids) {
      const segment = parseSegmentId(parseSentenceId(id)?.segmentId ?? '');
      if (!segment || docs.has(segment.documentId)) continue;
      const doc = await load(segment.documentId);
      if ('code' in doc) return { error: doc };
      docs.set(segment.documentId, doc);
    }
  }
  for (const [side, ids] of sides) {
    for (const id of ids) {
      const parsed = parseSentenceId(id);
      const segmentRef = parseSegmentId(parsed?.segmentId ?? '');
      if (!parsed || !segmentRef) continue;
      const segment = docs.get(segmentRef.documentId)?.segments.find((s) => s.id === parsed.segmentId);
      const sentence = segment?.sentences[side].find((s) => s.n === parsed.n);
      const text = segment?.[side]?.text;
      if (!sentence || text === undefined) continue;
      const paragraph = bySegment.get(parsed.segmentId) ?? { segmentId: parsed.segmentId, documentId: segmentRef.documentId, key: segmentRef.key, zh: [], en: [] };
      paragraph[side].push(text.slice(sentence.start, sentence.end));
      bySegment.set(parsed.segmentId, paragraph);
    }
  }
  return { paragraphs: [...bySegment.values()] };
}
