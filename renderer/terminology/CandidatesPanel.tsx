import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asUiLanguage } from '../../contract/languages';
import { parseSentenceId } from '../../contract/sentenceId';
import type { TermCandidate } from '../../contract/terminology';
import { useApi } from '../api/ApiContext';
import { useApiResult } from '../api/useApiResult';
import { ErrorMessage } from '../components/ErrorMessage';
import { LangText } from '../components/LangText';
import { routeHash } from '../route';
import { CandidateEvidence, useDocumentLoader } from './CandidateEvidence';
import { useDocumentTitles } from './documentTitles';
import './candidates.css';

/** How many pairs the list asks for. */
const CANDIDATE_LIMIT = 100;

/**
 * Term candidates mined from the aligned sentences: a Chinese unit and an English one that render each other, ranked
 * by logDice, with the sentences that show it one click away and a draft termbase entry one click further.
 */
export function CandidatesPanel() {
  const api = useApi();
  const { t } = useTranslation();
  const titles = useDocumentTitles();
  const load = useDocumentLoader();
  const [candidates, reload] = useApiResult(() => api.getTermCandidates({ limit: CANDIDATE_LIMIT }), [api]);
  const [open, setOpen] = useState<string | null>(null);

  return (
    <section className="terms-panel candidates" data-panel="candidates" data-state={candidates.state} aria-busy={candidates.state === 'loading'}>
      <p className="muted candidates-intro">{t('terms.candidates.intro')}</p>
      {candidates.state === 'loading' && (
        <p className="candidates-busy" role="status">
          {t('terms.candidates.loading')}
        </p>
      )}
      {candidates.state === 'failed' && <ErrorMessage error={candidates.error} onRetry={reload} />}
      {candidates.state === 'ready' && candidates.value.length === 0 && <p className="empty-state">{t('terms.candidates.none')}</p>}
      {candidates.state === 'ready' && candidates.value.length > 0 && (
        // A narrow window scrolls the table sideways rather than squeezing its numbers and buttons.
        <div className="candidates-scroll">
        <table className="candidates-table">
          <caption className="visually-hidden">{t('terms.candidates.caption', { count: candidates.value.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('terms.candidates.zh')}</th>
              <th scope="col">{t('terms.candidates.en')}</th>
              <th scope="col" className="number">
                <abbr title={t('terms.candidates.scoreHint')}>{t('terms.candidates.score')}</abbr>
              </th>
              <th scope="col" className="number">
                {t('terms.candidates.together')}
              </th>
              <th scope="col" className="number">
                {t('terms.candidates.zhLinks')}
              </th>
              <th scope="col" className="number">
                {t('terms.candidates.enLinks')}
              </th>
              <th scope="col">
                <span className="visually-hidden">{t('terms.candidates.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {candidates.value.map((candidate) => {
              const key = `${candidate.zh}\u0000${candidate.en}`;
              return (
                <Fragment key={key}>
                  <CandidateRow candidate={candidate} open={open === key} onToggle={() => setOpen(open === key ? null : key)} />
                  {open === key && (
                    <tr className="candidate-evidence-row">
                      <td colSpan={7} id={evidenceId(candidate)}>
                        <CandidateEvidence candidate={candidate} titles={titles} load={load} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
        </div>
      )}
    </section>
  );
}

function evidenceId(candidate: TermCandidate): string {
  return `evidence-${candidate.evidence.linkIds.join('-')}-${candidate.en.replace(/[^a-z0-9]+/gi, '-')}`;
}

function CandidateRow({ candidate, open, onToggle }: { candidate: TermCandidate; open: boolean; onToggle(): void }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(asUiLanguage(i18n.language), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const firstSegment = parseSentenceId(candidate.evidence.zhSentenceIds[0] ?? '')?.segmentId ?? null;
  const draft = routeHash({ name: 'terms', tab: 'termbase', draft: { zh: candidate.zh, en: candidate.en, segmentId: firstSegment } });
  return (
    <tr className="candidate" data-zh={candidate.zh} data-en={candidate.en}>
      <td>
        <LangText value={{ text: candidate.zh, language: 'zh' }} className="candidate-zh" />
      </td>
      <td lang="en">{candidate.en}</td>
      <td className="number">{number.format(candidate.logDice)}</td>
      <td className="number">{candidate.together}</td>
      <td className="number">{candidate.zhLinks}</td>
      <td className="number">{candidate.enLinks}</td>
      <td>
        <div className="candidate-actions">
          <button type="button" className="button button-quiet" aria-expanded={open} aria-controls={open ? evidenceId(candidate) : undefined} onClick={onToggle} data-action="evidence">
            {t('terms.candidates.evidence')}
          </button>
          <a className="button" href={draft} data-action="add">
            {t('terms.candidates.add')}
          </a>
        </div>
      </td>
    </tr>
  );
}
