import { useTranslation } from 'react-i18next';
import { asUiLanguage, textLanguageOfUi } from '../../contract/languages';
import type { DocumentDetail } from '../../contract/model';
import { formatDate, inLanguage, otherLanguage } from '../bilingual';
import { LangFact, LangText } from '../components/LangText';
import { AlignmentExportMenu } from '../alignment/AlignmentExportMenu';
import { Provenance } from './Provenance';
import { useShownText } from '../script/chineseScriptDisplay';

export function DocumentHeader({ doc }: { doc: DocumentDetail }) {
  const { t, i18n } = useTranslation();
  const ui = asUiLanguage(i18n.language);
  const keywordLanguage = textLanguageOfUi(ui);
  const shown = useShownText();

  return (
    <header className="document-header">
      <p className="document-type">{t(`documentType.${doc.type}`)}</p>
      <LangText as="h1" id="document-title" value={inLanguage(doc.title, ui)} />
      <LangText as="p" className="document-subtitle" value={otherLanguage(doc.title, ui)} />
      <LangText as="p" className="document-summary" value={inLanguage(doc.summary, ui)} />
      <ul className="keywords" aria-label={t('reader.keywords')}>
        {doc.keywords[keywordLanguage].map((keyword) => (
          <li key={keyword} lang={shown(keyword, keywordLanguage).lang}>
            {shown(keyword, keywordLanguage).text}
          </li>
        ))}
      </ul>
      <dl className="document-facts">
        <LangFact label={t('reader.issuer')} value={inLanguage(doc.issuer, ui)} />
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
        <LangFact label={t('reader.documentNumber')} value={inLanguage(doc.documentNumber, ui)} />
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
      <AlignmentExportMenu documentId={doc.id} />
    </header>
  );
}
