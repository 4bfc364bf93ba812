import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TextLanguage } from '../../contract/languages';
import type { DocumentDetail } from '../../contract/model';
import type { ApiError } from '../../contract/result';
import { paragraphNumberOfKey, parseSegmentId } from '../../contract/segmentId';
import { parseSentenceId } from '../../contract/sentenceId';
import type { TermCandidate } from '../../contract/terminology';
import { useApi } from '../api/ApiContext';
import { ErrorMessage } from '../components/ErrorMessage';
import { Highlighted } from '../components/Highlighted';
import { LangText } from '../components/LangText';
import { useShownText } from '../script/chineseScriptDisplay';
import { routeHash } from '../route';
import type { DocumentTitles } from './documentTitles';

/** The evidence of a candidate, paragraph by paragraph: the sentences holding the Chinese and those holding the English. */
interface EvidenceParagraph {
  segmentId: string;
  documentId: string;
  key: string;
  zh: string[];
  en: string[];
}

/**
 * The sentences behind a candidate pair, cut from their documents (each document fetched once, when a candidate's
 * evidence is first opened), with both units marked and a link to the reader at each paragraph.
 */
export function CandidateEvidence(props: { candidate: TermCandidate; titles: DocumentTitles; load: DocumentLoader }) {
  const { candidate, titles, load } = props;
  const { t } = useTranslation();
  const [paragraphs, setParagraphs] = useState<EvidenceParagraph[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    let current = true;
    void evidenceParagraphs(candidate, load).then((result) => {
      if (!current) return;
      if ('error' in result) setError(result.error);
      else setParagraphs(result.paragraphs);
    });
    return () => {
      current = false;
    };
  }, [candidate, load]);

  if (error) return <ErrorMessage error={error} />;
  if (!paragraphs) return <p className="muted">{t('terms.candidates.loadingEvidence')}</p>;
  return (
    <ul className="candidate-evidence">
      {paragraphs.map((paragraph) => {
        const number = paragraphNumberOfKey(paragraph.key);
        return (
          <li key={paragraph.segmentId} data-segment-id={paragraph.segmentId}>
            <a href={routeHash({ name: 'document', documentId: paragraph.documentId, segmentKey: paragraph.key })} className="candidate-evidence-link">
              <LangText value={titles.of(paragraph.documentId)} />
              <span className="candidate-evidence-paragraph">{number !== null ? t('reader.segmentNumber', { number }) : paragraph.key}</span>
            </a>
            <EvidenceText texts={paragraph.zh} unit={candidate.zh} language="zh" />
            <EvidenceText texts={paragraph.en} unit={candidate.en} language="en" />
          </li>
        );
      })}
    </ul>
  );
}

function EvidenceText({ texts, unit, language }: { texts: string[]; unit: string; language: TextLanguage }) {
  const shownText = useShownText();
  const shown = shownText(texts.join(language === 'zh' ? '' : ' '), language);
  return (
    <p className={`candidate-evidence-text candidate-evidence-${language}`} lang={shown.lang}>
      <Highlighted text={shown.text} ranges={rangesOf(texts.join(language === 'zh' ? '' : ' '), unit, language)} />
    </p>
  );
}

/**
 * Every place the unit occurs, ignoring case (the English unit is lower case; the text may not be). An English unit
 * is marked to the end of its word, so "tasks" is marked whole where the unit is "task".
 */
function rangesOf(text: string, unit: string, language: TextLanguage): [number, number][] {
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

export type DocumentLoader = (documentId: string) => Promise<DocumentDetail | ApiError>;

/** Each document fetched once for as long as the list is shown; a failure is not kept, so the next look tries again. */
export function useDocumentLoader(): DocumentLoader {
  const api = useApi();
  return useMemo(() => {
    const documents = new Map<string, Promise<DocumentDetail | ApiError>>();
    return (documentId: string) => {
      let loading = documents.get(documentId);
      if (!loading) {
        loading = api.getDocument({ documentId }).then((result) => (result.ok ? result.value : result.error));
        documents.set(documentId, loading);
        void loading.then((value) => 'code' in value && documents.delete(documentId));
      }
      return loading;
    };
  }, [api]);
}

/** The evidence sentences grouped by paragraph, in the order the candidate lists them. */
async function evidenceParagraphs(
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
