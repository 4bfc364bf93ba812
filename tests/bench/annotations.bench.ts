// npm run bench:annotations — what annotating costs a user with 1,000 annotations:
// storing one (a committed, fsynced transaction), listing a document's and all of
// them (each placed on today's text), exporting, importing a colleague's file and
// backing up. Prints figures; asserts nothing (timings belong in benchmarks).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createBackend } from '../../main/domain/backend';
import { buildCorpusDatabase } from '../../main/domain/corpus/corpusDatabase';
import { loadCorpusSources } from '../../main/domain/corpus/corpusSource';
import type { Segment } from '../../contract/model';
import { burstAnnotation } from '../helpers/annotationBurst';

const ROOT = path.resolve(__dirname, '..', '..');
const COUNT = 1000;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function timeRuns(runs: number, fn: () => unknown): Promise<{ p50: number; p95: number }> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

const ms = (n: number) => `${n.toFixed(1)} ms`;
const row = (what: string, t: { p50: number; p95: number }) => console.log(`| ${what} | p50 ${ms(t.p50)}, p95 ${ms(t.p95)} |`);

async function main(): Promise<void> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-bench-'));
  const corpusFile = path.join(work, 'corpus.sqlite');
  buildCorpusDatabase(loadCorpusSources(path.join(ROOT, 'resources', 'corpus')), corpusFile);
  const backend = createBackend({ userDataDir: path.join(work, 'user'), corpusFile, systemLanguage: 'en' });
  const documents = await backend.handlers.listDocuments({});
  const segments: Segment[] = [];
  for (const d of documents) segments.push(...(await backend.handlers.getDocument({ documentId: d.id })).segments);

  console.log(`Duizhao annotations benchmark: ${COUNT} annotations on the bundled corpus; node ${process.version}, ${os.cpus().length} cores\n`);
  console.log('| what | figure |\n| --- | --- |');
  let i = 0;
  row('store one annotation (committed, synchronous=FULL)', await timeRuns(COUNT, () => backend.handlers.createAnnotation(burstAnnotation(segments, i++))));
  const plan = documents[0].id;
  const inPlan = (await backend.handlers.listAnnotations({ documentId: plan })).annotations.length;
  row(`list one document's annotations (${inPlan}), placed on the text`, await timeRuns(30, () => backend.handlers.listAnnotations({ documentId: plan })));
  row(`list all ${COUNT}, placed on the text`, await timeRuns(30, () => backend.handlers.listAnnotations({})));
  row(`list all, filtered by text`, await timeRuns(30, () => backend.handlers.listAnnotations({ text: 'note 1' })));
  let markdown = '';
  row(`export ${COUNT} as Markdown`, await timeRuns(10, async () => (markdown = (await backend.handlers.exportAnnotations({ format: 'markdown', language: 'en' })).content)));
  let json = '';
  row(`export ${COUNT} as W3C JSON`, await timeRuns(10, async () => (json = (await backend.handlers.exportAnnotations({ format: 'w3c-json', language: 'en' })).content)));
  let fresh = 0;
  row(
    `import ${COUNT} from W3C JSON into an empty database (one transaction)`,
    await timeRuns(5, async () => {
      const other = createBackend({ userDataDir: path.join(work, `import-${fresh++}`), corpusFile, systemLanguage: 'en' });
      await other.handlers.importAnnotations({ files: [{ name: 'bench.jsonld', content: json }], mode: 'apply' });
      other.close();
    }),
  );
  row(`import the same ${COUNT} again (all unchanged)`, await timeRuns(5, () => backend.handlers.importAnnotations({ files: [{ name: 'bench.jsonld', content: json }], mode: 'apply' })));
  row('back up the user database (backup API, checked)', await timeRuns(5, () => backend.handlers.backupNow({})));
  console.log(`\nfile sizes: Markdown ${(markdown.length / 1024).toFixed(0)} KiB, W3C JSON ${(json.length / 1024).toFixed(0)} KiB`);
  backend.close();
  fs.rmSync(work, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
