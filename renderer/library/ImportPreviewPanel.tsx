import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview, ImportPreviewFile } from '../../contract/imports';
import { CHOOSABLE_ENCODINGS } from './EncodingRetry';

/** How many of the preview's first segments are shown side by side. */
const SAMPLE_ROWS = 4;

/**
 * What the import made of the files, before anything is stored: each file's
 * format, language, encoding (changeable where several fit) and size, the
 * counts of segments and links, and the first rows side by side.
 */
export function ImportPreviewPanel({ preview, onEncoding }: { preview: ImportPreview; onEncoding(fileIndex: number, encoding: string): void }) {
  const { t } = useTranslation();
  return (
    <section className="document-preview" aria-label={t('library.import.previewHeading')}>
      <ul className="document-preview-files">
        {preview.files.map((file, index) => (
          <PreviewFile key={`${index}-${file.name}`} file={file} onEncoding={(encoding) => onEncoding(index, encoding)} />
        ))}
      </ul>
      <dl className="document-preview-counts">
        <Count label={t('library.import.segments')} value={preview.segments} />
        <Count label={t('library.import.links')} value={preview.links} />
        <Count label={t('library.import.doubtful')} value={preview.doubtful} warn={preview.doubtful > 0} />
      </dl>
      {preview.sample.length > 0 && (
        <table className="import-sample">
          <caption>{t('library.import.sample')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('textLanguage.zh')}</th>
              <th scope="col">{t('textLanguage.en')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.sample.slice(0, SAMPLE_ROWS).map((row, index) => (
              <tr key={index} data-kind={row.kind}>
                <td lang="zh-CN">
                  <span className="sample-text">{row.zh ?? <span className="muted">{t('library.import.noText')}</span>}</span>
                </td>
                <td lang="en">
                  <span className="sample-text">{row.en ?? <span className="muted">{t('library.import.noText')}</span>}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function PreviewFile({ file, onEncoding }: { file: ImportPreviewFile; onEncoding(encoding: string): void }) {
  const { t } = useTranslation();
  const id = useId();
  // The domain's candidates where it gives them, else the encodings a Chinese or English text file is commonly in.
  const candidates = [...new Set([...(file.encoding ? [file.encoding] : []), ...(file.encodingCandidates ?? CHOOSABLE_ENCODINGS)])];
  return (
    <li className="document-preview-file" data-format={file.format} data-language={file.language}>
      <span className="import-file-name">{file.name}</span>
      <span className="import-chip">{file.format.toUpperCase()}</span>
      <span className="import-chip">{t(`library.import.language.${file.language}`)}</span>
      {file.encoding && candidates.length > 1 ? (
        <span className="import-encoding">
          <label htmlFor={`${id}-encoding`}>{t('library.import.encoding')}</label>
          <select id={`${id}-encoding`} value={file.encoding} onChange={(event) => onEncoding(event.target.value)}>
            {candidates.map((encoding) => (
              <option key={encoding} value={encoding}>
                {(CHOOSABLE_ENCODINGS as readonly string[]).includes(encoding) ? t(`library.import.encodings.${encoding}`) : encoding}
              </option>
            ))}
          </select>
        </span>
      ) : (
        file.encoding && <span className="import-chip">{t('library.import.encodingIs', { encoding: file.encoding })}</span>
      )}
      <span className="muted">
        {t('library.import.paragraphs', { count: file.paragraphs })}
        {file.pages !== null && ` · ${t('library.import.pages', { count: file.pages })}`}
      </span>
    </li>
  );
}

function Count({ label, value, warn = false }: { label: string; value: number; warn?: boolean }) {
  return (
    <div className={warn ? 'is-warn' : undefined}>
      <dt>{label}</dt>
      <dd>{value.toLocaleString()}</dd>
    </div>
  );
}
