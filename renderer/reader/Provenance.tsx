import { useTranslation } from 'react-i18next';
import { TEXT_LANGUAGES, type TextLanguage } from '../../contract/languages';
import type { DocumentDetail, TextOrigin } from '../../contract/model';

/** How many paragraphs of each side are published text and how many a reference translation. */
export function countOrigins(doc: DocumentDetail, language: TextLanguage): Record<TextOrigin, number> {
  const counts: Record<TextOrigin, number> = { published: 0, 'reference-translation': 0 };
  for (const segment of doc.segments) {
    const side = segment[language];
    if (side) counts[side.origin]++;
  }
  return counts;
}

/** Where each side's text comes from, so a quote is never taken for official text when it is not. */
export function Provenance({ doc }: { doc: DocumentDetail }) {
  const { t } = useTranslation();
  const flagged = doc.segments.filter((s) => s.reviewNote).length;
  return (
    <ul className="provenance">
      {TEXT_LANGUAGES.map((language) => {
        const counts = countOrigins(doc, language);
        const parts = [
          counts.published > 0 ? t('reader.provenancePublished', { count: counts.published }) : null,
          counts['reference-translation'] > 0 ? t('reader.provenanceReference', { count: counts['reference-translation'] }) : null,
        ].filter((part): part is string => part !== null);
        if (parts.length === 0) return null;
        return (
          <li key={language} data-provenance={language} className={counts['reference-translation'] > 0 && counts.published === 0 ? 'provenance-reference' : counts.published > 0 && counts['reference-translation'] === 0 ? 'provenance-published' : 'provenance-mixed'}>
            {t('reader.provenanceSide', { language: t(`textLanguage.${language}`), description: parts.join('; ') })}
          </li>
        );
      })}
      {flagged > 0 && <li className="provenance-review">{t('reader.reviewCount', { count: flagged })}</li>}
    </ul>
  );
}
