import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiArgs } from '../../contract/api';
import type { ImportJobStatus } from '../../contract/imports';
import type { ApiError } from '../../contract/result';
import { useApi } from '../api/ApiContext';
import { readAsBase64 } from '../components/readAsBase64';
import type { ImportDraft } from './importFiles';

/** How often a running job is asked where it is: often enough for a bar that moves, rarely enough to cost nothing. */
export const IMPORT_POLL_MS = 250;

type StartRequest = ApiArgs<'startImport'>;

/** Where the dialog's job is: none yet, the files being read, the job running or done, or refused. */
export type ImportJobView =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'running'; jobId: string; status: ImportJobStatus | null }
  | { step: 'ready'; jobId: string; status: ImportJobStatus }
  | { step: 'failed'; error: ApiError };

/**
 * One import job, from the files to the preview: the files are read as base64
 * here, the job is started and then polled (never awaited as one long call, so
 * the window stays live), and cancelled if the dialog lets it go.
 */
export function useImportJob() {
  const api = useApi();
  const [view, setView] = useState<ImportJobView>({ step: 'idle' });
  const request = useRef<StartRequest | null>(null);
  /** The names of the files of the last request, to offer an encoding for each text file after a refusal. */
  const [fileNames, setFileNames] = useState<string[]>([]);
  const liveJob = useRef<string | null>(null);
  /** One more at each start and each let-go: a job started for a request the user has since cancelled is stopped at once. */
  const generation = useRef(0);
  // The dialog opened: the import worker starts and reads its dictionary while the user picks files (bench:import's cold row).
  useEffect(() => void api.prepareImport({}), [api]);

  const launch = useCallback(
    async (next: StartRequest, asked: number) => {
      request.current = next;
      setFileNames(next.files.map((file) => file.name));
      const started = await api.startImport(next);
      if (asked !== generation.current) {
        // Cancelled (or the dialog closed) while the files were on their way.
        if (started.ok) await api.cancelImport({ jobId: started.value.jobId });
        return;
      }
      if (!started.ok) return setView({ step: 'failed', error: started.error });
      liveJob.current = started.value.jobId;
      setView({ step: 'running', jobId: started.value.jobId, status: null });
    },
    [api],
  );

  const start = useCallback(
    async (draft: ImportDraft) => {
      const asked = ++generation.current;
      setView({ step: 'reading' });
      try {
        const files = await Promise.all(
          draft.files.map(async ({ file, side }) => ({ name: file.name, data: await readAsBase64(file), ...(draft.shape === 'bilingual' ? {} : { side }) })),
        );
        await launch({ shape: draft.shape, files }, asked);
      } catch {
        if (asked === generation.current) setView({ step: 'failed', error: { code: 'document-file-refused', message: 'The file could not be read' } });
      }
    },
    [launch],
  );

  /** Stops the job, if one runs or waits to be stored; the job's plan is dropped. */
  const letGo = useCallback(async () => {
    generation.current += 1;
    const jobId = liveJob.current;
    liveJob.current = null;
    if (jobId) await api.cancelImport({ jobId });
  }, [api]);

  /** Starts the same files again, one of them read in the encoding the user chose. */
  const restartWithEncoding = useCallback(
    async (fileIndex: number, encoding: string) => {
      const previous = request.current;
      if (!previous) return;
      await letGo();
      const asked = ++generation.current;
      setView({ step: 'reading' });
      await launch({ ...previous, files: previous.files.map((file, index) => (index === fileIndex ? { ...file, encoding } : file)) }, asked);
    },
    [launch, letGo],
  );

  const cancel = useCallback(async () => {
    await letGo();
    request.current = null;
    setView({ step: 'idle' });
  }, [letGo]);

  const commit = useCallback(
    async (args: Omit<ApiArgs<'commitImport'>, 'jobId'>) => {
      if (view.step !== 'ready') return null;
      const result = await api.commitImport({ jobId: view.jobId, ...args });
      if (result.ok) liveJob.current = null;
      return result;
    },
    [api, view],
  );

  usePolling(view, setView, liveJob);
  // A job left running when the dialog goes away is stopped, not left to finish for nobody.
  useEffect(() => () => void letGo(), [letGo]);

  return { view, fileNames, start, cancel, commit, restartWithEncoding };
}

function usePolling(view: ImportJobView, setView: (view: ImportJobView) => void, liveJob: React.RefObject<string | null>) {
  const api = useApi();
  const jobId = view.step === 'running' ? view.jobId : null;
  useEffect(() => {
    if (!jobId) return;
    let stopped = false;
    let timer = 0;
    const poll = async () => {
      const result = await api.getImportJob({ jobId });
      if (stopped || liveJob.current !== jobId) return;
      if (!result.ok) return setView({ step: 'failed', error: result.error });
      const status = result.value;
      if (status.state === 'ready') return setView({ step: 'ready', jobId, status });
      if (status.state === 'failed') {
        liveJob.current = null;
        return setView({ step: 'failed', error: status.error ?? { code: 'internal', message: 'The import failed' } });
      }
      if (status.state !== 'running') return;
      setView({ step: 'running', jobId, status });
      timer = window.setTimeout(() => void poll(), IMPORT_POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, [api, jobId, setView, liveJob]);
}
