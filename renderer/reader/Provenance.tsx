import { useTranslation } from 'react-i18next';
import { TEXT_LANGUAGES } from '../../contract/languages';
import type { DocumentDetail } from '../../contract/model';
import { originOfCoverage } from '../library/CoverageBadge';

/** Where each side's text comes from, so a quote is never taken for official text when it is not. */
export function Provenance({ doc }: { doc: DocumentDetail }) {
  const { t } = useTranslation();
  const flagged = doc.segments.filter((s) => s.reviewNote).length;
  return (
    <ul className="provenance">
      {TEXT_LANGUAGES.map((language) => {
        const coverage = doc.coverage[language];
        if (coverage.present === 0) return null;
        const reference = coverage.present - coverage.published;
        const parts = [
          coverage.published > 0 ? t('reader.provenancePublished', { count: coverage.published }) : null,
          reference > 0 ? t('reader.provenanceReference', { count: reference }) : null,
        ].filter((part): part is string => part !== null);
        return (
          <li key={language} data-provenance={language} className={`provenance-${originOfCoverage(coverage)}`}>
            {t('reader.provenanceSide', { language: t(`textLanguage.${language}`), description: parts.join('; ') })}
          </li>
        );
      })}
      {flagged > 0 && <li className="provenance-review">{t('reader.reviewCount', { count: flagged })}</li>}
    </ul>
  );
}
