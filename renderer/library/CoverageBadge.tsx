import { useTranslation } from 'react-i18next';
import type { TextLanguage } from '../../contract/languages';
import type { LanguageCoverage } from '../../contract/model';

/** Where a side's text comes from, over the whole document. */
export function originOfCoverage(coverage: LanguageCoverage): 'published' | 'reference' | 'draft' | 'mixed' {
  if (coverage.published === coverage.present) return 'published';
  if (coverage.draft === coverage.present) return 'draft';
  return coverage.published === 0 && coverage.draft === 0 ? 'reference' : 'mixed';
}

/**
 * Which languages a document has, how much of it, and where the text comes
 * from: "English: published text", "Chinese: reference translation".
 */
export function CoverageBadge({ language, coverage }: { language: TextLanguage; coverage: LanguageCoverage }) {
  const { t } = useTranslation();
  const name = t(`textLanguage.${language}`);
  const state = coverage.present === 0 ? 'none' : coverage.present === coverage.total ? 'complete' : 'partial';
  const origin = originOfCoverage(coverage);
  const label =
    state === 'none'
      ? t('library.coverageNone', { language: name })
      : state === 'partial'
        ? t('library.coverage', { language: name, present: coverage.present, total: coverage.total })
        : t(`library.origin_${origin}`, { language: name });
  const share = (count: number) => (coverage.total === 0 ? 0 : (count / coverage.total) * 100);
  return (
    <span className={`coverage coverage-${state}`} data-language={language} data-coverage={state} data-origin={origin} title={label}>
      <span className="coverage-label">{label}</span>
      <span className="coverage-bar" aria-hidden="true">
        <span className="coverage-fill" style={{ width: `${share(coverage.published)}%` }} />
        <span className="coverage-fill coverage-fill-reference" style={{ width: `${share(coverage.present - coverage.published)}%` }} />
      </span>
    </span>
  );
}
