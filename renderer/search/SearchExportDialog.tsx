import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PACK_LAYOUTS, PACK_TITLE_MAX_LENGTH, type PackLayout, type QuoteSource } from '../../contract/packs';
import type { ApiError } from '../../contract/result';
import { asUiLanguage } from '../../contract/languages';
import { useApi } from '../api/ApiContext';
import { ModalDialog } from '../commands/ModalDialog';
import { downloadBase64File } from '../components/downloadExportFile';
import { ErrorMessage } from '../components/ErrorMessage';

const FORMATS = ['docx', 'markdown'] as const;

/** "Export with citations": the chosen hits as a DOCX or Markdown file, in Chinese, English or both, downloaded as other exports are. */
export function SearchExportDialog({ sources, query, onClose }: { sources: QuoteSource[]; query: string; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const headingId = useId();
  const [format, setFormat] = useState<(typeof FORMATS)[number]>('docx');
  const [layout, setLayout] = useState<PackLayout>('bilingual');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const title = t('searchSelection.fileTitle', { query: query.trim() }).slice(0, PACK_TITLE_MAX_LENGTH);

  const run = async () => {
    setBusy(true);
    const result = await api.exportQuotes({ sources, format, layout, title, language: asUiLanguage(i18n.language) });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    downloadBase64File(result.value.fileName, result.value.mimeType, result.value.contentBase64);
    onClose();
  };

  return (
    <ModalDialog className="search-export-dialog" labelledBy={headingId} onClose={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void run();
        }}
      >
        <h2 id={headingId}>{t('searchSelection.exportTitle', { count: sources.length })}</h2>
        <fieldset>
          <legend>{t('searchSelection.format')}</legend>
          {FORMATS.map((value) => (
            <label key={value}>
              <input type="radio" name="format" value={value} checked={format === value} onChange={() => setFormat(value)} />
              {t(`searchSelection.formats.${value}`)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('searchSelection.layout')}</legend>
          {[...PACK_LAYOUTS].reverse().map((value) => (
            <label key={value}>
              <input type="radio" name="layout" value={value} checked={layout === value} onChange={() => setLayout(value)} />
              {t(`searchSelection.layouts.${value}`)}
            </label>
          ))}
        </fieldset>
        {error && <ErrorMessage error={error} />}
        <div className="add-to-pack-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('annotations.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy} aria-busy={busy}>
            {t('searchSelection.exportRun')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
