import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DuizhaoApi } from '../../contract/api';
import type { ApiError } from '../../contract/result';
import { useApi } from '../api/ApiContext';
import { downloadBase64File } from '../components/downloadExportFile';
import { printHtml } from './printHtml';

type ExportArgs = Parameters<DuizhaoApi['exportPack']>[0];

/**
 * Runs one export of a pack: the file is downloaded as other exports are; a
 * PDF refused with pdf-unavailable (the browser host) is printed from the
 * pack's print page instead. Errors are kept to be shown in the interface language.
 */
export function usePackExport() {
  const api = useApi();
  const { t } = useTranslation();
  const [error, setError] = useState<ApiError | null>(null);
  const [working, setWorking] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  const run = async (args: ExportArgs) => {
    setWorking(true);
    setError(null);
    setNotice(null);
    const result = await api.exportPack(args);
    if (result.ok) {
      downloadBase64File(result.value.fileName, result.value.mimeType, result.value.contentBase64);
      setNotice(t('packs.export.done', { fileName: result.value.fileName }));
    } else if (args.format === 'pdf' && result.error.code === 'pdf-unavailable') {
      const page = await api.exportPack({ ...args, format: 'html' });
      if (page.ok) {
        setNotice(t('packs.export.printing'));
        printHtml(decodeBase64Text(page.value.contentBase64));
      } else setError(page.error);
    } else setError(result.error);
    setWorking(false);
  };
  return { run, working, error, notice, fail: setError };
}

function decodeBase64Text(base64: string): string {
  const binary = atob(base64);
  return new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}
