import { useState } from 'react';
import type { ApiError } from '../../contract/result';
import { TERMBASE_FILE_MAX_BYTES, type TermbaseFileError, type TermbaseFileFormat, type TermbaseImportReport } from '../../contract/terminology';
import { useApi } from '../api/ApiContext';
import { downloadExportFile } from '../components/downloadExportFile';
import { readAsBase64 } from '../components/readAsBase64';

export interface PendingImport {
  fileName: string;
  contentBase64: string;
  report: TermbaseImportReport;
}

/** Export, and import in two steps: a preview that writes nothing, then the import itself; each outcome kept for the UI to show. */
export function useTermbaseFiles(onImported: () => void) {
  const api = useApi();
  const [error, setError] = useState<ApiError | null>(null);
  const [refused, setRefused] = useState<TermbaseFileError | null>(null);
  const [pending, setPending] = useState<PendingImport | null>(null);
  const [done, setDone] = useState<TermbaseImportReport | null>(null);
  const [working, setWorking] = useState(false);

  const clear = () => {
    setError(null);
    setRefused(null);
    setDone(null);
  };
  const exportAs = async (format: TermbaseFileFormat) => {
    clear();
    const result = await api.exportTermbase({ format });
    if (!result.ok) return setError(result.error);
    downloadExportFile(result.value);
  };
  const preview = async (file: File) => {
    clear();
    setPending(null);
    // Refused here, before the file is read or sent: the domain refuses it too.
    if (file.size > TERMBASE_FILE_MAX_BYTES) return setError({ code: 'termbase-too-large', message: `${file.name}: ${file.size} bytes` });
    setWorking(true);
    const contentBase64 = await readAsBase64(file);
    const result = await api.importTermbase({ fileName: file.name, contentBase64, apply: false });
    setWorking(false);
    if (!result.ok) return setError(result.error);
    if ('refused' in result.value) return setRefused(result.value.refused);
    setPending({ fileName: file.name, contentBase64, report: result.value.report });
  };
  const apply = async ({ fileName, contentBase64 }: PendingImport) => {
    setWorking(true);
    const result = await api.importTermbase({ fileName, contentBase64, apply: true });
    setWorking(false);
    setPending(null);
    if (!result.ok) return setError(result.error);
    if ('refused' in result.value) return setRefused(result.value.refused);
    setDone(result.value.report);
    onImported();
  };

  return { error, setError, refused, setRefused, pending, setPending, done, working, exportAs, preview, apply };
}
