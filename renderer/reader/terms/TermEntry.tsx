import { useTranslation } from 'react-i18next';
import { TEXT_LANGUAGES, type TextLanguage } from '../../../contract/languages';
import type { Concept, TermStatus } from '../../../contract/terminology';
import { LANG_ATTRIBUTE } from '../../bilingual';
import { routeHash } from '../../route';

/** A status in words, flagged as the marks in the text are: never told by colour alone. */
export function TermStatusBadge({ status }: { status: TermStatus }) {
  const { t } = useTranslation();
  return (
    <span className="term-status" data-term-status={status}>
      {t(`reader.terms.status.${status}`)}
    </span>
  );
}

/** A concept's terms in both languages with their statuses, and its note: the reader's short form of a termbase entry. */
export function TermEntry({ concept }: { concept: Concept }) {
  const { t } = useTranslation();
  const byLanguage = (language: TextLanguage) => concept.terms.filter((term) => term.language === language);
  return (
    <div className="term-entry">
      {TEXT_LANGUAGES.map((language) => (
        <div key={language} className="term-entry-language" data-language={language}>
          <span className="term-entry-label">{t(`textLanguage.${language}`)}</span>
          <ul>
            {byLanguage(language).map((term) => (
              <li key={term.id} data-term-id={term.id}>
                <span className="term-entry-text" lang={LANG_ATTRIBUTE[language]}>
                  {term.text}
                </span>{' '}
                <TermStatusBadge status={term.status} />
              </li>
            ))}
          </ul>
        </div>
      ))}
      {concept.note && <p className="term-entry-note">{concept.note}</p>}
    </div>
  );
}

/** "Open in termbase" and "Concordance" for a concept and the term it was reached by. */
export function TermEntryLinks({ conceptId, term }: { conceptId: string; term: string }) {
  const { t } = useTranslation();
  return (
    <p className="term-entry-links">
      <a href={routeHash({ name: 'terms', tab: 'termbase', conceptId })}>{t('reader.terms.openInTermbase')}</a>
      <a href={routeHash({ name: 'terms', tab: 'concordance', query: term })}>{t('reader.terms.concordance')}</a>
    </p>
  );
}
