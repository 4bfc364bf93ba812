import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '../../contract/languages';
import { TEXT_LANGUAGES } from '../../contract/languages';
import type { DocumentSummary } from '../../contract/model';
import { useApi } from '../api/ApiContext';
import { useApiResult } from '../api/useApiResult';
import { formatDate, inLanguage, LANG_ATTRIBUTE, otherLanguage } from '../bilingual';
import { ErrorMessage } from '../components/ErrorMessage';
import { routeHash } from '../route';
import { CoverageBadge } from './CoverageBadge';

export function LibraryView() {
  const api = useApi();
  const { t } = useTranslation();
  const [documents, reload] = useApiResult(() => api.listDocuments({}), [api]);

  return (
    <section className="library" aria-labelledby="library-heading" data-ready={documents.state === 'ready'}>
      <div className="library-header">
        <h1 id="library-heading">{t('library.heading')}</h1>
        {documents.state === 'ready' && <p className="muted">{t('library.intro', { count: documents.value.length })}</p>}
      </div>
      {documents.state === 'loading' && <p className="muted">{t('app.loading')}</p>}
      {documents.state === 'failed' && <ErrorMessage error={documents.error} onRetry={reload} />}
      {documents.state === 'ready' &&
        (documents.value.length === 0 ? (
          <p className="empty-state">{t('library.empty')}</p>
        ) : (
          <ol className="document-list">
            {documents.value.map((doc) => (
              <DocumentCard key={doc.id} doc={doc} />
            ))}
          </ol>
        ))}
    </section>
  );
}

function DocumentCard({ doc }: { doc: DocumentSummary }) {
  const { t, i18n } = useTranslation();
  const ui = i18n.language as UiLanguage;
  const title = inLanguage(doc.title, ui);
  const subtitle = otherLanguage(doc.title, ui);
  const issuer = inLanguage(doc.issuer, ui);
  const number = inLanguage(doc.documentNumber, ui);
  const summary = inLanguage(doc.summary, ui);
  const date = doc.issuedOn ?? doc.publishedOn;

  return (
    <li className="document-card" data-document-id={doc.id}>
      <a className="document-link" href={routeHash({ name: 'document', documentId: doc.id, segmentKey: null })}>
        <span className="document-type">{t(`documentType.${doc.type}`)}</span>
        <span className="document-title" lang={title ? LANG_ATTRIBUTE[title.language] : undefined}>
          {title?.text ?? doc.id}
        </span>
        {subtitle && (
          <span className="document-subtitle" lang={LANG_ATTRIBUTE[subtitle.language]}>
            {subtitle.text}
          </span>
        )}
      </a>
      {summary && (
        <p className="document-summary" lang={LANG_ATTRIBUTE[summary.language]}>
          {summary.text}
        </p>
      )}
      <dl className="document-facts">
        <div>
          <dt>{t('library.columnIssuer')}</dt>
          <dd lang={issuer ? LANG_ATTRIBUTE[issuer.language] : undefined}>{issuer?.text ?? '—'}</dd>
        </div>
        <div>
          <dt>{t('library.columnDate')}</dt>
          <dd>
            {date ? (
              <time dateTime={date}>{formatDate(date, ui)}</time>
            ) : (
              <span className="muted">{t('library.noDate')}</span>
            )}
          </dd>
        </div>
        {number && (
          <div>
            <dt>{t('reader.documentNumber')}</dt>
            <dd lang={LANG_ATTRIBUTE[number.language]}>{number.text}</dd>
          </div>
        )}
        <div>
          <dt>{t('library.columnLanguages')}</dt>
          <dd className="coverage-list">
            {TEXT_LANGUAGES.map((language) => (
              <CoverageBadge key={language} language={language} coverage={doc.coverage[language]} />
            ))}
          </dd>
        </div>
      </dl>
    </li>
  );
}
