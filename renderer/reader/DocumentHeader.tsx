import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '../../contract/languages';
import type { DocumentDetail } from '../../contract/model';
import { formatDate, inLanguage, LANG_ATTRIBUTE, otherLanguage, textLanguageOf } from '../bilingual';
import { Provenance } from './Provenance';

export function DocumentHeader({ doc }: { doc: DocumentDetail }) {
  const { t, i18n } = useTranslation();
  const ui = i18n.language as UiLanguage;
  const title = inLanguage(doc.title, ui);
  const subtitle = otherLanguage(doc.title, ui);
  const issuer = inLanguage(doc.issuer, ui);
  const number = inLanguage(doc.documentNumber, ui);
  const summary = inLanguage(doc.summary, ui);
  const keywordLanguage = textLanguageOf(ui);

  return (
    <header className="document-header">
      <p className="document-type">{t(`documentType.${doc.type}`)}</p>
      <h1 id="document-title" lang={title ? LANG_ATTRIBUTE[title.language] : undefined}>
        {title?.text ?? doc.id}
      </h1>
      {subtitle && (
        <p className="document-subtitle" lang={LANG_ATTRIBUTE[subtitle.language]}>
          {subtitle.text}
        </p>
      )}
      {summary && (
        <p className="document-summary" lang={LANG_ATTRIBUTE[summary.language]}>
          {summary.text}
        </p>
      )}
      <ul className="keywords" aria-label={t('reader.keywords')}>
        {doc.keywords[keywordLanguage].map((keyword) => (
          <li key={keyword} lang={LANG_ATTRIBUTE[keywordLanguage]}>
            {keyword}
          </li>
        ))}
      </ul>
      <dl className="document-facts">
        {issuer && (
          <div>
            <dt>{t('reader.issuer')}</dt>
            <dd lang={LANG_ATTRIBUTE[issuer.language]}>{issuer.text}</dd>
          </div>
        )}
        <div>
          <dt>{t('library.columnDate')}</dt>
          <dd>{doc.issuedOn ? formatDate(doc.issuedOn, ui) : <span className="muted">{t('library.noDate')}</span>}</dd>
        </div>
        {doc.publishedOn && doc.publishedOn !== doc.issuedOn && (
          <div>
            <dt>{t('reader.publishedOn')}</dt>
            <dd>{formatDate(doc.publishedOn, ui)}</dd>
          </div>
        )}
        {number && (
          <div>
            <dt>{t('reader.documentNumber')}</dt>
            <dd lang={LANG_ATTRIBUTE[number.language]}>{number.text}</dd>
          </div>
        )}
        <div className="fact-wide">
          <dt>{t('reader.provenance')}</dt>
          <dd>
            <Provenance doc={doc} />
          </dd>
        </div>
        <div className="fact-wide">
          <dt>{t('reader.source')}</dt>
          <dd className="source-url">{doc.sourceUrl ?? t('reader.sourceUnknown')}</dd>
        </div>
        {doc.strippedChrome.length > 0 && (
          <div className="fact-wide">
            <dt>{t('reader.strippedChrome')}</dt>
            <dd className="stripped-chrome">
              {doc.strippedChrome.map((item) => (
                <code key={item}>{item}</code>
              ))}
            </dd>
          </div>
        )}
      </dl>
    </header>
  );
}
