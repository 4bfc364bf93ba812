import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_FILE_MAX_MB, IMPORT_SHAPES, type ImportShape } from '../../contract/imports';
import { TEXT_LANGUAGES, type TextLanguage } from '../../contract/languages';
import { draftForFiles, draftIsComplete, filesOverLimit, FILES_PER_SHAPE, type ImportDraft } from './importFiles';

/** The formats the import reads, for the file chooser (the domain decides by content, not by this list). */
export const IMPORT_ACCEPT = '.txt,.md,.markdown,.html,.htm,.docx,.pdf,.tmx';

interface ImportChooserProps {
  draft: ImportDraft;
  /** A re-import keeps the document's shape: the user only picks the files again. */
  fixedShape: boolean;
  onChange(draft: ImportDraft): void;
  onStart(): void;
}

/**
 * The first step: the shape (a pair, one bilingual file, a one-language
 * document), the file or files, and which is Chinese and which English.
 * Files over the size limit are refused here, before a byte is sent.
 */
export function ImportChooser({ draft, fixedShape, onChange, onStart }: ImportChooserProps) {
  const { t } = useTranslation();
  const id = useId();
  const tooLarge = filesOverLimit(draft.files);
  const sameSide = draft.shape === 'pair' && draft.files.length === 2 && draft.files[0].side === draft.files[1].side;
  const setShape = (shape: ImportShape) => onChange(draftForFiles(draft.files.map((f) => f.file), shape));
  const setSide = (index: number, side: TextLanguage) =>
    onChange({ ...draft, files: draft.files.map((f, i) => (i === index ? { ...f, side } : draft.shape === 'pair' ? { ...f, side: side === 'zh' ? 'en' : 'zh' } : f)) });
  return (
    <form
      className="import-chooser"
      onSubmit={(event) => {
        event.preventDefault();
        if (draftIsComplete(draft) && tooLarge.length === 0) onStart();
      }}
    >
      {!fixedShape && (
        <fieldset className="import-shapes">
          <legend>{t('library.import.shape')}</legend>
          {IMPORT_SHAPES.map((shape) => (
            <label key={shape} className="import-shape">
              <input type="radio" name={`${id}-shape`} value={shape} checked={draft.shape === shape} onChange={() => setShape(shape)} data-autofocus={draft.shape === shape ? true : undefined} />
              <span>
                <strong>{t(`library.import.shapes.${shape}`)}</strong>
                <span className="muted">{t(`library.import.shapeHints.${shape}`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
      )}
      <div className="import-files">
        {/* The browser's own file button says "No file chosen" after the dialog comes back from a refusal: a button of ours, over the real input, says what to do. */}
        <input
          id={`${id}-files`}
          className="import-file-input visually-hidden"
          type="file"
          accept={IMPORT_ACCEPT}
          multiple={FILES_PER_SHAPE[draft.shape] > 1}
          aria-describedby={`${id}-limits`}
          data-autofocus={fixedShape ? true : undefined}
          onChange={(event) => onChange(draftForFiles([...(event.target.files ?? [])], draft.shape))}
        />
        <label htmlFor={`${id}-files`} className="button import-browse">
          {t(draft.shape === 'pair' ? 'library.import.chooseTwo' : 'library.import.chooseOne')}
        </label>
        <p id={`${id}-limits`} className="muted import-limits">
          {t('library.import.limits', { limitMb: IMPORT_FILE_MAX_MB })}
        </p>
        {draft.files.length > 0 && (
          <ul className="import-chosen">
            {draft.files.map((chosen, index) => (
              <li key={`${index}-${chosen.file.name}`}>
                <span className="import-file-name">{chosen.file.name}</span>
                <span className="muted">{formatSize(chosen.file.size)}</span>
                {draft.shape !== 'bilingual' && (
                  <span className="import-side">
                    <label htmlFor={`${id}-side-${index}`}>{t('library.import.side')}</label>
                    <select id={`${id}-side-${index}`} value={chosen.side} onChange={(event) => setSide(index, event.target.value as TextLanguage)}>
                      {TEXT_LANGUAGES.map((language) => (
                        <option key={language} value={language}>
                          {t(`textLanguage.${language}`)}
                        </option>
                      ))}
                    </select>
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
        {draft.shape === 'pair' && draft.files.length === 1 && <p className="field-problem">{t('library.import.needTwo')}</p>}
        {sameSide && <p className="field-problem">{t('library.import.sameSide')}</p>}
        {tooLarge.map((name) => (
          <p key={name} className="field-problem" role="alert">
            {t('library.import.tooLarge', { name, limitMb: IMPORT_FILE_MAX_MB })}
          </p>
        ))}
      </div>
      <div className="modal-actions">
        <button type="submit" className="button button-primary import-start" disabled={!draftIsComplete(draft) || tooLarge.length > 0}>
          {t('library.import.start')}
        </button>
      </div>
    </form>
  );
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
