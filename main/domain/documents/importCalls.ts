import path from 'node:path';
import type { ApiHandlers } from '../../../contract/api';
import type { ImportJobs } from './importJobs';
import { WorkerImportRunner } from './importPipelineRunner';

export type { ImportStore } from './importJobs';

/** The contract's import calls (contract/imports.ts), served by the job registry. */
export function importHandlers(jobs: ImportJobs): Pick<ApiHandlers, 'prepareImport' | 'startImport' | 'getImportJob' | 'cancelImport' | 'commitImport'> {
  return {
    prepareImport: () => jobs.prepare(),
    startImport: (request) => jobs.start(request),
    getImportJob: ({ jobId }) => jobs.status(jobId),
    cancelImport: ({ jobId }) => jobs.cancel(jobId),
    commitImport: ({ jobId, metadata, replaceDocumentId }) => jobs.commit(jobId, metadata, replaceDocumentId),
  };
}

/**
 * The import worker the build writes beside the app's bundles
 * (dist/main/import-worker.js): the Electron main process runs from
 * dist/main and the browser host from dist/host, so both find it here.
 */
export function defaultImportRunner(): WorkerImportRunner {
  return new WorkerImportRunner(path.resolve(__dirname, '..', 'main', 'import-worker.js'));
}
