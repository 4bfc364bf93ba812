import { useTranslation } from 'react-i18next';
import { asUiLanguage, TEXT_LANGUAGES } from '../../contract/languages';
import type { DocumentSummary } from '../../contract/model';
import { useApi } from '../api/ApiContext';
import { useApiResult } from '../api/useApiResult';
import { formatDate, inLanguage, otherLanguage } from '../bilingual';
import { LangFact, LangText } from '../components/LangText';
import { ErrorMessage } from '../components/ErrorMessage';
import { routeHash } from '../route';
import { UndoToast } from '../annotations/UndoToast';
import { useUndoWindow } from '../annotations/useUndoWindow';
import { CoverageBadge } from './CoverageBadge';
import { DocumentActions } from './DocumentActions';
import { useImportLauncher } from './ImportHost';

export function LibraryView() {
  const api = useApi();
  const { t, i18n } = useTranslation();
  const [documents, reload] = useApiResult(() => api.listDocuments({}), [api]);
  const launcher = useImportLauncher();
  const ui = asUiLanguage(i18n.language);
  // A deleted document stays at hand for ten seconds: Undo restores it, with its annotations.
  const undo = useUndoWindow(async (doc: DocumentSummary) => {
    await api.restoreDocument({ documentId: doc.id });
    reload();
  });

  return (
    <section className="library" aria-labelledby="library-heading" data-ready={documents.state === 'ready'}>
      <div className="library-header">
        <h1 id="library-heading">{t('library.heading')}</h1>
        {documents.state === 'ready' && <p className="muted">{t('library.intro', { count: documents.value.length })}</p>}
        <button type="button" className="button button-primary library-import" onClick={() => launcher.openImport()}>
          {t('library.import.open')}
        </button>
      </div>
      {documents.state === 'loading' && <p className="muted">{t('app.loading')}</p>}
      {documents.state === 'failed' && <ErrorMessage error={documents.error} onRetry={reload} />}
      {documents.state === 'ready' &&
        (documents.value.length === 0 ? (
          <p className="empty-state">{t('library.empty')}</p>
        ) : (
          <ol className="document-list">
            {documents.value.map((doc) => (
              <DocumentCard
                key={doc.id}
                doc={doc}
                onChanged={reload}
                onDeleted={(deleted) => {
                  undo.offer(deleted);
                  reload();
                }}
              />
            ))}
          </ol>
        ))}
      {undo.deleted && (
        <UndoToast
          message={t('library.delete.done', { title: inLanguage(undo.deleted.title, ui)?.text ?? undo.deleted.id })}
          onUndo={() => void undo.undo()}
          onDismiss={undo.dismiss}
        />
      )}
    </section>
  );
}

function DocumentCard({ doc, onChanged, onDeleted }: { doc: DocumentSummary; onChanged(): void; onDeleted(doc: DocumentSummary): void }) {
  const { t, i18n } = useTranslation();
  const ui = asUiLanguage(i18n.language);
  const date = doc.issuedOn ?? doc.publishedOn;

  return (
    <li className="document-card" data-document-id={doc.id}>
      <a className="document-link" href={routeHash({ name: 'document', documentId: doc.id, segmentKey: null })}>
        <span className="document-type">
          {t(`documentType.${doc.type}`)}
          {doc.library === 'imported' && <span className="imported-badge">{t('library.imported')}</span>}
        </span>
        <LangText className="document-title" value={inLanguage(doc.title, ui)} />
        <LangText className="document-subtitle" value={otherLanguage(doc.title, ui)} />
      </a>
      <LangText as="p" className="document-summary" value={inLanguage(doc.summary, ui)} />
      {doc.imported && (
        <div className="document-imported">
          <p className="muted imported-record">
            {t('library.importedRecord', { version: doc.imported.version, date: formatDate(doc.imported.updatedAt.slice(0, 10), ui), files: doc.imported.files.map((f) => f.name).join(', ') })}
          </p>
          <DocumentActions doc={doc} title={inLanguage(doc.title, ui)?.text ?? doc.id} onChanged={onChanged} onDeleted={onDeleted} />
        </div>
      )}
      <dl className="document-facts">
        <LangFact label={t('library.columnIssuer')} value={inLanguage(doc.issuer, ui)} />
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
        <LangFact label={t('reader.documentNumber')} value={inLanguage(doc.documentNumber, ui)} />
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
