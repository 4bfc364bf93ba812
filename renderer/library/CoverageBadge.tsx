import { useTranslation } from 'react-i18next';
import type { TextLanguage } from '../../contract/languages';
import type { LanguageCoverage } from '../../contract/model';

/** Which languages a document has, and how much of it: "Chinese: 41 of 120 paragraphs". */
export function CoverageBadge({ language, coverage }: { language: TextLanguage; coverage: LanguageCoverage }) {
  const { t } = useTranslation();
  const name = t(`textLanguage.${language}`);
  const state = coverage.present === 0 ? 'none' : coverage.present === coverage.total ? 'complete' : 'partial';
  const label =
    state === 'complete'
      ? t('library.coverageComplete', { language: name })
      : state === 'none'
        ? t('library.coverageNone', { language: name })
        : t('library.coverage', { language: name, present: coverage.present, total: coverage.total });
  const percent = coverage.total === 0 ? 0 : Math.round((coverage.present / coverage.total) * 100);
  return (
    <span className={`coverage coverage-${state}`} data-language={language} data-coverage={state} title={label}>
      <span className="coverage-label">{label}</span>
      <span className="coverage-bar" aria-hidden="true">
        <span className="coverage-fill" style={{ width: `${percent}%` }} />
      </span>
    </span>
  );
}
