import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TextLanguage } from '../../contract/languages';
import type { DocumentDetail } from '../../contract/model';
import type { ApiError } from '../../contract/result';
import { paragraphNumberOfKey } from '../../contract/segmentId';
import type { TermCandidate } from '../../contract/terminology';
import { useApi } from '../api/ApiContext';
import { ErrorMessage } from '../components/ErrorMessage';
import { Highlighted } from '../components/Highlighted';
import { LangText } from '../components/LangText';
import { useShownText } from '../script/chineseScriptDisplay';
import { routeHash } from '../route';
import { evidenceParagraphs, unitRanges, type DocumentLoader, type EvidenceParagraph } from './candidateEvidenceText';
import type { DocumentTitles } from './documentTitles';

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
      <Highlighted text={shown.text} ranges={unitRanges(texts.join(language === 'zh' ? '' : ' '), unit, language)} />
    </p>
  );
}

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
