import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Encodings a Chinese or English text file is commonly saved in (WHATWG names, which the domain's decoder takes). */
export const CHOOSABLE_ENCODINGS = ['utf-8', 'gb18030', 'big5', 'utf-16le', 'utf-16be', 'windows-1252'] as const;

const isTextFile = (name: string) => /\.(txt|md|markdown)$/i.test(name);

/**
 * After "cannot tell the encoding": the user says how a text file is encoded,
 * and the same files are read again, that one in the encoding chosen.
 */
export function EncodingRetry({ fileNames, onRetry }: { fileNames: string[]; onRetry(fileIndex: number, encoding: string): void }) {
  const { t } = useTranslation();
  const id = useId();
  const textFiles = fileNames.map((name, index) => ({ name, index })).filter((f) => isTextFile(f.name));
  const [fileIndex, setFileIndex] = useState(textFiles[0]?.index ?? 0);
  const [encoding, setEncoding] = useState<string>('gb18030');
  if (textFiles.length === 0) return null;
  return (
    <div className="encoding-retry">
      {textFiles.length > 1 && (
        <span className="metadata-field">
          <label htmlFor={`${id}-file`}>{t('library.import.retryFile')}</label>
          <select id={`${id}-file`} value={fileIndex} onChange={(event) => setFileIndex(Number(event.target.value))}>
            {textFiles.map((f) => (
              <option key={f.index} value={f.index}>
                {f.name}
              </option>
            ))}
          </select>
        </span>
      )}
      <span className="metadata-field">
        <label htmlFor={`${id}-encoding`}>{t('library.import.retryEncoding', { name: fileNames[fileIndex] })}</label>
        <select id={`${id}-encoding`} value={encoding} onChange={(event) => setEncoding(event.target.value)}>
          {CHOOSABLE_ENCODINGS.map((name) => (
            <option key={name} value={name}>
              {t(`library.import.encodings.${name}`)}
            </option>
          ))}
        </select>
      </span>
      <button type="button" className="button encoding-retry-button" onClick={() => onRetry(fileIndex, encoding)}>
        {t('library.import.retry')}
      </button>
    </div>
  );
}
