import { Worker } from 'node:worker_threads';
import type { ImportPreview, ImportShape } from '../../../contract/imports';
import type { TextLanguage } from '../../../contract/languages';
import type { ApiError } from '../../../contract/result';
import type { Lexicon } from '../alignment/lexicon';
import { DomainError } from '../errors';
import { runImport, type ImportProgress, type ImportRequest } from './importPipeline';

/** A request as the contract carries it: each file's bytes in base64, decoded where the work runs. */
export interface WireImportRequest {
  shape: ImportShape;
  files: { name: string; side?: TextLanguage; data: string; encoding?: string }[];
}

/** A finished run: the plan as JSON (cheap to pass between threads, parsed only when stored) and its preview. */
export interface RunnerOutcome {
  planJson: string;
  preview: ImportPreview;
}

/** Runs imports one at a time: in a worker thread in the app, in-process in tests. */
export interface ImportRunner {
  run(request: WireImportRequest, onProgress: ImportProgress, signal: AbortSignal): Promise<RunnerOutcome>;
  /** Gets ready for a run soon (the worker started, its lexicon read); a runner with nothing to prepare does nothing. */
  warm(): void;
  close(): Promise<void>;
}

export function decodeRequest(request: WireImportRequest): ImportRequest {
  return { shape: request.shape, files: request.files.map(({ data, ...file }) => ({ ...file, bytes: Buffer.from(data, 'base64') })) };
}

/** The pipeline on the calling thread: for tests, which need no worker bundle. */
export function inProcessRunner(lexicon: () => Lexicon): ImportRunner {
  return {
    async run(request, onProgress, signal) {
      const { plan, preview } = await runImport(decodeRequest(request), { lexicon: lexicon(), onProgress, signal });
      return { planJson: JSON.stringify(plan), preview };
    },
    warm: () => undefined,
    close: () => Promise.resolve(),
  };
}

/** Messages between the app and the import worker (importWorker.ts). */
export type ToWorker = { type: 'run'; id: number; request: WireImportRequest } | { type: 'cancel'; id: number };
export type FromWorker =
  | { type: 'progress'; id: number; phase: Parameters<ImportProgress>[0]; done: number; total: number }
  | { type: 'done'; id: number; planJson: string; preview: ImportPreview }
  | { type: 'failed'; id: number; error: ApiError }
  | { type: 'cancelled'; id: number };

/** The import worker's old-generation heap, in MB: the 300-page PDF pair of bench:import fails at 128 and passes at 256. */
export const IMPORT_WORKER_HEAP_MB = 256;
/** Its young generation, smaller than V8's default: the aligner's garbage is short-lived (the host's peak over a .txt pair 334–364 MB at 8, 340–401 at 16). */
const IMPORT_WORKER_YOUNG_MB = 8;

/** How long a cancelled run may take to notice before its worker is terminated (alignment does not look up while it runs). */
export const CANCEL_GRACE_MS = 250;

interface Pending {
  id: number;
  /** The worker running it: a worker terminated earlier must not fail the runs of the one after it. */
  worker: Worker;
  onProgress: ImportProgress;
  resolve(outcome: RunnerOutcome): void;
  reject(error: unknown): void;
}

/**
 * The import worker, started on the first import and kept alive between
 * imports so its lexicon (CC-CEDICT, about a second to read) stays loaded.
 * A cancel asks the worker to stop; if it has not stopped within
 * CANCEL_GRACE_MS it is terminated, and the next import starts a new one.
 */
export class WorkerImportRunner implements ImportRunner {
  private worker: Worker | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private pending: Pending | null = null;
  private nextId = 1;

  /**
   * The worker's heap is capped: V8 then collects before it grows, which keeps
   * a 2,000-paragraph import's peak (the app with its worker) under 400 MB
   * instead of 520 MB (npm run bench:import), and a file that would need more
   * is refused with file-too-complex rather than swelling the app.
   */
  constructor(
    private readonly workerFile: string,
    private readonly heapLimitMb = IMPORT_WORKER_HEAP_MB,
  ) {}

  /** Starts the worker now, so the lexicon is read before the first import asks for it. */
  warm(): void {
    this.spawn();
  }

  run(request: WireImportRequest, onProgress: ImportProgress, signal: AbortSignal): Promise<RunnerOutcome> {
    const turn = this.queue.then(() => this.runNow(request, onProgress, signal));
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.pending?.reject(new DomainError('internal', 'The import was stopped: the app is closing'));
    this.pending = null;
    if (worker) await worker.terminate();
  }

  private runNow(request: WireImportRequest, onProgress: ImportProgress, signal: AbortSignal): Promise<RunnerOutcome> {
    if (signal.aborted) return Promise.reject(signal.reason);
    const worker = this.spawn();
    const id = this.nextId++;
    return new Promise<RunnerOutcome>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const onAbort = () => {
        worker.postMessage({ type: 'cancel', id } satisfies ToWorker);
        timer = setTimeout(() => {
          if (this.pending?.id !== id) return;
          this.pending = null;
          if (this.worker === worker) this.worker = null;
          void worker.terminate();
          reject(signal.reason);
        }, CANCEL_GRACE_MS);
      };
      const settle = () => {
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
      };
      this.pending = {
        id,
        worker,
        onProgress,
        resolve: (outcome) => (settle(), resolve(outcome)),
        reject: (error) => (settle(), reject(error)),
      };
      signal.addEventListener('abort', onAbort, { once: true });
      worker.postMessage({ type: 'run', id, request } satisfies ToWorker);
    });
  }

  private spawn(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.workerFile, { resourceLimits: { maxOldGenerationSizeMb: this.heapLimitMb, maxYoungGenerationSizeMb: IMPORT_WORKER_YOUNG_MB } });
    worker.unref();
    worker.on('message', (message: FromWorker) => this.receive(message));
    const lost = (error: Error & { code?: string }) => {
      if (this.worker === worker) this.worker = null;
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY')
        error = new DomainError('document-file-refused', `Reading the file needs more than the import's ${this.heapLimitMb} MB`, { reason: 'file-too-complex', values: { limitMb: this.heapLimitMb } });
      const pending = this.pending;
      if (pending?.worker !== worker) return;
      this.pending = null;
      pending.reject(error);
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`The import worker stopped (exit code ${code})`)));
    this.worker = worker;
    return worker;
  }

  private receive(message: FromWorker): void {
    const pending = this.pending;
    if (!pending || pending.id !== message.id) return;
    if (message.type === 'progress') return pending.onProgress(message.phase, message.done, message.total);
    this.pending = null;
    if (message.type === 'done') pending.resolve({ planJson: message.planJson, preview: message.preview });
    else if (message.type === 'failed') pending.reject(new DomainError(message.error.code, message.error.message, message.error.details));
    else pending.reject(new DOMException('The import was cancelled', 'AbortError'));
  }
}
