import { parentPort } from 'node:worker_threads';
import { loadCedictLexicon } from '../alignment/cedictLexicon';
import { DomainError } from '../errors';
import { runImport, type ImportProgress } from './importPipeline';
import { decodeRequest, type FromWorker, type ToWorker } from './importPipelineRunner';

/**
 * The import worker's entry (bundled as dist/main/import-worker.js): parses
 * and aligns off the app's main thread, one import at a time, and reports
 * its progress at least every PROGRESS_INTERVAL_MS while work advances.
 */
const PROGRESS_INTERVAL_MS = 200;

if (!parentPort) throw new Error('importWorker.ts runs as a worker thread');
const port = parentPort;
// Read at start, while the user is still choosing files: the first import does not wait for it.
const lexicon = loadCedictLexicon();
const running = new Map<number, AbortController>();

port.on('message', (message: ToWorker) => {
  if (message.type === 'cancel') return running.get(message.id)?.abort();
  void run(message.id, message.request);
});

async function run(id: number, request: Extract<ToWorker, { type: 'run' }>['request']): Promise<void> {
  const controller = new AbortController();
  running.set(id, controller);
  const post = (message: FromWorker) => port.postMessage(message);
  try {
    const { plan, preview } = await runImport(decodeRequest(request), { lexicon, onProgress: throttled(id, post), signal: controller.signal });
    post({ type: 'done', id, planJson: JSON.stringify(plan), preview });
  } catch (error) {
    if (controller.signal.aborted) post({ type: 'cancelled', id });
    else if (error instanceof DomainError) post({ type: 'failed', id, error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) } });
    else post({ type: 'failed', id, error: { code: 'internal', message: `The import failed: ${(error as Error).message}` } });
  } finally {
    running.delete(id);
  }
}

/** Every change of phase, and within a phase no more often than every PROGRESS_INTERVAL_MS. */
function throttled(id: number, post: (message: FromWorker) => void): ImportProgress {
  let lastPhase = '';
  let lastAt = 0;
  return (phase, done, total) => {
    const now = performance.now();
    if (phase === lastPhase && now - lastAt < PROGRESS_INTERVAL_MS && done < total) return;
    lastPhase = phase;
    lastAt = now;
    post({ type: 'progress', id, phase, done, total });
  };
}
