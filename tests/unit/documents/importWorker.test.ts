import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportPhase } from '../../../contract/imports';
import type { ImportPlan } from '../../../main/domain/documents/importModel';
import { WorkerImportRunner, type WireImportRequest } from '../../../main/domain/documents/importPipelineRunner';
import { buildImportWorker } from '../../helpers/importWorkerBundle';

/** The import worker as the app runs it: bundled as the build bundles it, in a thread of its own. */
let runner: WorkerImportRunner;
let runnerFile: string;
beforeAll(async () => {
  runnerFile = await buildImportWorker('test-import-worker');
  runner = new WorkerImportRunner(runnerFile);
}, 60_000);
afterAll(() => runner.close());

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
/** A pair long enough that aligning it takes a while: the same two paragraphs, many times over. */
function longPair(repeats: number): WireImportRequest {
  const zh = Array.from({ length: repeats }, (_, k) => `第${k + 1}条。推进健康中国建设。加强公共卫生体系建设。\n完善医疗服务体系。`).join('\n');
  const en = Array.from({ length: repeats }, (_, k) => `Article ${k + 1}. We will advance the building of a Healthy China.\nWe will strengthen the public health system. We will improve the medical service system.`).join('\n');
  return { shape: 'pair', files: [{ name: 'zh.txt', data: base64(zh) }, { name: 'en.txt', data: base64(en) }] };
}

describe('the import worker', () => {
  it('parses and aligns in its own thread, reporting each phase as it goes', async () => {
    const phases: ImportPhase[] = [];
    const aligning: number[] = [];
    const outcome = await runner.run(
      longPair(400),
      (phase, done) => {
        phases.push(phase);
        if (phase === 'aligning') aligning.push(done);
      },
      new AbortController().signal,
    );
    const plan = JSON.parse(outcome.planJson) as ImportPlan;
    expect(plan.segments.length).toBeGreaterThanOrEqual(400);
    expect(outcome.preview.segments).toBe(plan.segments.length);
    expect([...new Set(phases)]).toEqual(['reading', 'parsing', 'aligning', 'ready']);
    // Alignment reports its way through, not only its start and end.
    expect(aligning.length).toBeGreaterThan(2);
    expect(aligning).toEqual([...aligning].sort((a, b) => a - b));
  }, 120_000);

  it('refuses a file whose reading outgrows the worker\'s memory, saying so, and the app goes on', async () => {
    const small = new WorkerImportRunner(runnerFile, 64);
    try {
      await expect(small.run(longPair(3000), () => {}, new AbortController().signal)).rejects.toMatchObject({
        code: 'document-file-refused',
        details: { reason: 'file-too-complex', values: { limitMb: 64 } },
      });
    } finally {
      await small.close();
    }
    const next = await runner.run(longPair(2), () => {}, new AbortController().signal);
    expect((JSON.parse(next.planJson) as ImportPlan).segments.length).toBeGreaterThanOrEqual(2);
  }, 120_000);

  it('stops a cancelled import (terminating the worker busy aligning), then serves the next one', async () => {
    const controller = new AbortController();
    const run = runner.run(longPair(600), (phase) => phase === 'aligning' && controller.abort(), controller.signal);
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    const next = await runner.run(longPair(2), () => {}, new AbortController().signal);
    expect((JSON.parse(next.planJson) as ImportPlan).segments.length).toBeGreaterThanOrEqual(2);
  }, 120_000);

  it('answers a refused file with its reason', async () => {
    const run = runner.run({ shape: 'single', files: [{ name: 'scan.pdf.exe', data: base64('MZ') }] }, () => {}, new AbortController().signal);
    await expect(run).rejects.toMatchObject({ code: 'document-file-refused', details: { reason: 'file-format-unsupported' } });
  }, 60_000);
});
