import { beforeAll, describe, expect, it } from 'vitest';
import { apiContract, type ApiHandlers } from '../../../contract/api';
import type { DocumentMetadata } from '../../../contract/documents';
import type { ImportJobStatus } from '../../../contract/imports';
import type { Result } from '../../../contract/result';
import { loadCedictLexicon } from '../../../main/domain/alignment/cedictLexicon';
import { dispatchApiCall } from '../../../main/domain/dispatch';
import { importHandlers } from '../../../main/domain/documents/importCalls';
import { IMPORT_JOB_EXPIRY_MS, ImportJobs, type ImportStore } from '../../../main/domain/documents/importJobs';
import type { ImportPlan } from '../../../main/domain/documents/importModel';
import { inProcessRunner, type ImportRunner, type RunnerOutcome } from '../../../main/domain/documents/importPipelineRunner';

/** A store that records what it was asked to store. */
function recordingStore() {
  const stored: { plan: ImportPlan; metadata: DocumentMetadata }[] = [];
  const reimported: { documentId: string; plan: ImportPlan }[] = [];
  const store: ImportStore = {
    storeImport: (plan, metadata) => (stored.push({ plan, metadata }), `imported-${stored.length}`),
    reimport: (documentId, plan) => void reimported.push({ documentId, plan }),
  };
  return { store, stored, reimported };
}

/** A runner whose runs the test finishes by hand. */
function manualRunner() {
  const runs: { progress: Parameters<ImportRunner['run']>[1]; signal: AbortSignal; finish(outcome: RunnerOutcome): void }[] = [];
  const warmed = { count: 0 };
  const runner: ImportRunner = {
    run: (_request, progress, signal) => new Promise((resolve) => runs.push({ progress, signal, finish: resolve })),
    warm: () => void warmed.count++,
    close: () => Promise.resolve(),
  };
  return { runner, runs, warmed };
}

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const single = { shape: 'single' as const, files: [{ name: 'draft.txt', data: base64('一段文字。') }] };
const metadata: DocumentMetadata = {
  title: { zh: '规划', en: null },
  issuer: { zh: null, en: null },
  documentNumber: { zh: null, en: null },
  issuedOn: null,
  publishedOn: null,
  type: 'plan',
  sourceUrl: null,
  origin: { zh: 'published', en: 'user-draft' },
};
const emptyPlan: ImportPlan = { shape: 'single', files: [], suggestedTitle: { zh: null, en: null }, props: {}, segments: [] };
const outcome: RunnerOutcome = {
  planJson: JSON.stringify(emptyPlan),
  preview: { files: [], segments: 0, links: 0, doubtful: 0, suggestedTitle: { zh: null, en: null }, sample: [] },
};
const settled = () => new Promise((resolve) => setImmediate(resolve));

describe('import jobs', () => {
  it('show the progress the runner reports, then the preview', async () => {
    const { runner, runs } = manualRunner();
    const jobs = new ImportJobs(runner, () => recordingStore().store);
    const { jobId } = jobs.start(single);
    expect(jobs.status(jobId)).toMatchObject({ state: 'running', phase: 'queued' });
    runs[0].progress('parsing', 3, 10);
    expect(jobs.status(jobId)).toMatchObject({ state: 'running', phase: 'parsing', done: 3, total: 10 });
    runs[0].finish(outcome);
    await settled();
    expect(jobs.status(jobId)).toMatchObject({ state: 'ready', preview: outcome.preview });
  });

  it('stop when cancelled, and nothing they made can be committed', async () => {
    const { runner, runs } = manualRunner();
    const { store, stored } = recordingStore();
    const jobs = new ImportJobs(runner, () => store);
    const { jobId } = jobs.start(single);
    jobs.cancel(jobId);
    expect(runs[0].signal.aborted).toBe(true);
    runs[0].finish(outcome);
    await settled();
    expect(jobs.status(jobId).state).toBe('cancelled');
    expect(() => jobs.commit(jobId, metadata)).toThrow(/cancelled/);
    expect(stored).toEqual([]);
  });

  it('expire when nobody asks about them for half an hour', () => {
    let now = 0;
    const { runner, runs } = manualRunner();
    const jobs = new ImportJobs(runner, () => recordingStore().store, { now: () => now });
    const { jobId } = jobs.start(single);
    now += IMPORT_JOB_EXPIRY_MS - 1;
    expect(jobs.status(jobId).state).toBe('running');
    now += IMPORT_JOB_EXPIRY_MS + 1;
    expect(() => jobs.status(jobId)).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(runs[0].signal.aborted).toBe(true);
  });

  it('keep a few at once: starting one more drops the oldest', () => {
    const { runner } = manualRunner();
    const jobs = new ImportJobs(runner, () => recordingStore().store);
    const ids = Array.from({ length: 5 }, () => jobs.start(single).jobId);
    expect(() => jobs.status(ids[0])).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(jobs.status(ids[4]).state).toBe('running');
  });

  it('refuse a file over the size limit at once, saying the limit', () => {
    const jobs = new ImportJobs(manualRunner().runner, () => recordingStore().store);
    const tooLarge = { shape: 'single' as const, files: [{ name: 'huge.txt', data: 'A'.repeat(Math.ceil((64 * 1024 * 1024 + 3) / 3) * 4) }] };
    expect(() => jobs.start(tooLarge)).toThrow(expect.objectContaining({ code: 'document-file-refused', details: { reason: 'file-too-large', values: { limitMb: 64 } } }));
  });

  it('tell a refused file by its reason', async () => {
    const jobs = new ImportJobs(inProcessRunner(() => loadCedictLexicon()), () => recordingStore().store);
    const { jobId } = jobs.start({ shape: 'single', files: [{ name: 'empty.txt', data: '' }] });
    await settled();
    expect(jobs.status(jobId)).toMatchObject({ state: 'failed', error: { code: 'document-file-refused', details: { reason: 'file-empty' } } });
  });
});

it('gets the runner ready when the import dialog opens, before any file is chosen', async () => {
  const { runner, runs, warmed } = manualRunner();
  const handlers = importHandlers(new ImportJobs(runner, () => recordingStore().store)) as ApiHandlers;
  expect(await dispatchApiCall(handlers, 'prepareImport', {})).toEqual({ ok: true, value: null });
  expect(warmed.count).toBe(1);
  expect(runs).toHaveLength(0);
  expect(await dispatchApiCall(handlers, 'prepareImport', { extra: 1 })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
});

describe('the import calls', () => {
  let handlers: ApiHandlers;
  let recorded: ReturnType<typeof recordingStore>;
  beforeAll(() => {
    recorded = recordingStore();
    const jobs = new ImportJobs(inProcessRunner(() => loadCedictLexicon()), () => recorded.store);
    handlers = importHandlers(jobs) as ApiHandlers;
  });
  const call = async <T>(name: keyof typeof apiContract, args: unknown): Promise<Result<T>> => (await dispatchApiCall(handlers, name, args)) as Result<T>;

  async function readyJob(): Promise<string> {
    const started = await call<{ jobId: string }>('startImport', {
      shape: 'pair',
      files: [
        { name: 'zh.txt', data: base64('推进健康中国建设。\n加强公共卫生体系建设。') },
        { name: 'en.txt', data: base64('We will advance the building of a Healthy China.\nWe will strengthen the public health system.') },
      ],
    });
    if (!started.ok) throw new Error(started.error.message);
    for (;;) {
      const status = await call<ImportJobStatus>('getImportJob', { jobId: started.value.jobId });
      if (!status.ok || status.value.state !== 'running') break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return started.value.jobId;
  }

  it('store a ready job once, with the plan it made, then keep only its outcome', async () => {
    const jobId = await readyJob();
    const status = await call<ImportJobStatus>('getImportJob', { jobId });
    expect(status).toMatchObject({ ok: true, value: { state: 'ready', preview: { segments: 2, links: 2 } } });
    expect(await call('commitImport', { jobId, metadata })).toEqual({ ok: true, value: { documentId: 'imported-1' } });
    expect(recorded.stored).toHaveLength(1);
    expect(recorded.stored[0].metadata).toEqual(metadata);
    expect(recorded.stored[0].plan.segments.map((s) => [s.zh, s.en])).toEqual([
      ['推进健康中国建设。', 'We will advance the building of a Healthy China.'],
      ['加强公共卫生体系建设。', 'We will strengthen the public health system.'],
    ]);
    expect(await call('getImportJob', { jobId })).toMatchObject({ ok: true, value: { state: 'committed', documentId: 'imported-1' } });
    expect(await call('commitImport', { jobId, metadata })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(recorded.stored).toHaveLength(1);
  });

  it('store a re-import as a new version of the document named', async () => {
    const jobId = await readyJob();
    expect(await call('commitImport', { jobId, metadata, replaceDocumentId: 'imported-1' })).toEqual({ ok: true, value: { documentId: 'imported-1' } });
    expect(recorded.reimported.map((r) => r.documentId)).toEqual(['imported-1']);
  });

  it('refuse a request of the wrong shape before any work', async () => {
    expect(await call('startImport', { shape: 'pair', files: [{ name: 'zh.txt', data: base64('一') }] })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await call('getImportJob', { jobId: '../etc' })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await call('commitImport', { jobId: 'a'.repeat(32), metadata: { ...metadata, title: { zh: ' ', en: null } } })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });
});
