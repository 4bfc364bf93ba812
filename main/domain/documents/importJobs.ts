import { randomBytes } from 'node:crypto';
import type { DocumentMetadata } from '../../../contract/documents';
import { IMPORT_FILE_MAX_BYTES, IMPORT_FILE_MAX_MB, type ImportJobStatus } from '../../../contract/imports';
import type { ApiError } from '../../../contract/result';
import { DomainError } from '../errors';
import type { ImportPlan } from './importModel';
import type { ImportRunner, RunnerOutcome, WireImportRequest } from './importPipelineRunner';

/** Where a committed plan goes (the user library): one transaction each, nothing half-written. */
export interface ImportStore {
  /** Stores a new document; answers its id. */
  storeImport(plan: ImportPlan, metadata: DocumentMetadata): string;
  /** Replaces a document's text with a new version of it. */
  reimport(documentId: string, plan: ImportPlan): void;
}

/** A job nobody asked about for this long is dropped (and stopped, if it still runs). */
export const IMPORT_JOB_EXPIRY_MS = 30 * 60 * 1000;
/** Jobs kept at once: starting one more drops the oldest. */
export const IMPORT_JOBS_MAX = 4;

interface Job {
  status: ImportJobStatus;
  controller: AbortController;
  outcome: RunnerOutcome | null;
  touchedAt: number;
}

export interface ImportJobsOptions {
  now?: () => number;
  /** Where an unexpected failure is told (a refused file is the user's, not a failure). */
  logError?: (message: string, error: unknown) => void;
}

/**
 * The imports under way: each is parsed and aligned by the runner (off the
 * UI thread), polled for its progress and preview, and stored only when
 * committed. Nothing reaches the store before commit, whatever happens.
 */
export class ImportJobs {
  private readonly jobs = new Map<string, Job>();
  private readonly now: () => number;
  private readonly logError: (message: string, error: unknown) => void;

  constructor(
    private readonly runner: ImportRunner,
    private readonly store: () => ImportStore,
    options: ImportJobsOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.logError = options.logError ?? ((message, error) => console.error(message, error));
  }

  /** The user is about to import: the runner gets ready, so the first import does not wait for the worker to start. */
  prepare(): null {
    this.runner.warm();
    return null;
  }

  start(request: WireImportRequest): { jobId: string } {
    for (const file of request.files) {
      if (decodedLength(file.data) > IMPORT_FILE_MAX_BYTES) {
        throw new DomainError('document-file-refused', `${file.name} is over ${IMPORT_FILE_MAX_MB} MB`, { reason: 'file-too-large', values: { limitMb: IMPORT_FILE_MAX_MB } });
      }
    }
    this.expire();
    while (this.jobs.size >= IMPORT_JOBS_MAX) this.drop(this.jobs.keys().next().value!);
    const jobId = randomBytes(16).toString('hex');
    const job: Job = { status: { state: 'running', phase: 'queued', done: 0, total: 0 }, controller: new AbortController(), outcome: null, touchedAt: this.now() };
    this.jobs.set(jobId, job);
    const onProgress = (phase: ImportJobStatus['phase'], done: number, total: number) => {
      if (job.status.state === 'running') job.status = { ...job.status, phase, done, total };
    };
    this.runner.run(request, onProgress, job.controller.signal).then(
      (outcome) => {
        if (job.status.state !== 'running') return;
        job.outcome = outcome;
        job.status = { state: 'ready', phase: 'ready', done: 1, total: 1, preview: outcome.preview };
      },
      (error: unknown) => {
        if (job.status.state !== 'running') return;
        if (!(error instanceof DomainError)) this.logError(`Import ${jobId} failed`, error);
        job.status = { ...job.status, state: 'failed', error: apiErrorOf(error) };
      },
    );
    return { jobId };
  }

  status(jobId: string): ImportJobStatus {
    return this.get(jobId).status;
  }

  /** Stops a running job; its plan, if any, is dropped. Cancelling a finished job changes nothing but a ready one's state. */
  cancel(jobId: string): null {
    const job = this.get(jobId);
    if (job.status.state === 'running' || job.status.state === 'ready') {
      job.status = { state: 'cancelled', phase: job.status.phase, done: job.status.done, total: job.status.total };
      job.outcome = null;
      job.controller.abort();
    }
    return null;
  }

  /** Stores a ready job's plan, as a new document or a new version of one; the job keeps only its outcome. */
  commit(jobId: string, metadata: DocumentMetadata | undefined, replaceDocumentId?: string): { documentId: string } {
    const job = this.get(jobId);
    if (job.status.state !== 'ready' || !job.outcome) throw new DomainError('invalid-argument', `Import ${jobId} is ${job.status.state}, not ready to be stored`);
    const plan = JSON.parse(job.outcome.planJson) as ImportPlan;
    let documentId: string;
    if (replaceDocumentId) {
      this.store().reimport(replaceDocumentId, plan);
      documentId = replaceDocumentId;
    } else {
      if (!metadata) throw new DomainError('invalid-argument', 'A new document needs its details');
      documentId = this.store().storeImport(plan, metadata);
    }
    job.outcome = null;
    job.status = { state: 'committed', phase: 'ready', done: 1, total: 1, documentId };
    return { documentId };
  }

  /** Stops every job (the app is closing). */
  async close(): Promise<void> {
    for (const jobId of [...this.jobs.keys()]) this.drop(jobId);
    await this.runner.close();
  }

  private get(jobId: string): Job {
    this.expire();
    const job = this.jobs.get(jobId);
    if (!job) throw new DomainError('not-found', `No import ${jobId}: it was never started, or it expired`);
    job.touchedAt = this.now();
    return job;
  }

  private expire(): void {
    const now = this.now();
    for (const [jobId, job] of this.jobs) if (now - job.touchedAt > IMPORT_JOB_EXPIRY_MS) this.drop(jobId);
  }

  private drop(jobId: string): void {
    this.jobs.get(jobId)?.controller.abort();
    this.jobs.delete(jobId);
  }
}

/** Bytes a base64 string decodes to, without decoding it. */
function decodedLength(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}

function apiErrorOf(error: unknown): ApiError {
  if (error instanceof DomainError) return { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) };
  return { code: 'internal', message: 'The import failed unexpectedly' };
}
