// npm run bench:annotations — what annotating costs a user with 10,000 annotations:
// storing one (a committed, fsynced transaction), listing a page of them (filtered,
// sorted, placed on today's text), exporting them to a file, importing a colleague's
// file and backing up. Each list and export runs in a process of its own so that its
// peak resident memory is its own. Prints figures; asserts nothing.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ExportFormat } from '../../contract/annotations';
import type { Segment } from '../../contract/model';
import { createBackend, type Backend } from '../../main/domain/backend';
import { buildCorpusDatabase } from '../../main/domain/corpus/corpusDatabase';
import { loadCorpusSources } from '../../main/domain/corpus/corpusSource';
import { burstAnnotation } from '../helpers/annotationBurst';
import { writeAnnotationExport } from './annotationExportToFile';
import { timeRuns, type Timing } from './timing';

const ROOT = path.resolve(__dirname, '..', '..');
const COUNT = 10_000;
const PAGE = 100;


const ms = (n: number) => `${n.toFixed(1)} ms`;
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
const row = (what: string, t: Timing, extra = '') => console.log(`| ${what} | p50 ${ms(t.p50)}, p95 ${ms(t.p95)}${extra} |`);

/** What each measured process does, given a backend on the prepared databases. */
const SCENARIOS: Record<string, (backend: Backend, work: string) => Promise<{ timing: Timing; bytes: number }>> = {
  'list-first-page': (b) => timeList(b, { offset: 0, limit: PAGE, sort: 'position', status: 'all' }),
  'list-filtered-page': (b) => timeList(b, { offset: 0, limit: PAGE, sort: 'updated', status: 'all', text: 'note 1', colours: ['yellow', 'blue'], tag: 't3' }),
  'list-document-page': async (b) => timeList(b, { offset: 0, limit: PAGE, sort: 'position', status: 'all', documentId: (await b.handlers.listDocuments({}))[0].id }),
  'list-last-page': (b) => timeList(b, { offset: COUNT - PAGE, limit: PAGE, sort: 'created', status: 'all' }),
  'export-markdown': (b, work) => timeExport(b, 'markdown', work),
  'export-csv': (b, work) => timeExport(b, 'csv', work),
  'export-w3c-json': (b, work) => timeExport(b, 'w3c-json', work),
};

async function timeList(backend: Backend, request: Record<string, unknown>) {
  let bytes = 0;
  const timing = await timeRuns(10, async () => (bytes = JSON.stringify(await backend.handlers.listAnnotations(request)).length));
  return { timing, bytes };
}

async function timeExport(backend: Backend, format: ExportFormat, work: string) {
  const file = path.join(work, `export-${format}-${process.pid}`);
  const timing = await timeRuns(5, () => writeAnnotationExport(backend, format, file));
  const bytes = fs.statSync(file).size;
  fs.rmSync(file);
  return { timing, bytes };
}

/** In a child process: one scenario on the prepared databases, its figures as JSON on stdout. */
async function measure(scenario: string, work: string): Promise<void> {
  const backend = createBackend({ userDataDir: path.join(work, 'user'), corpusFile: path.join(work, 'corpus.sqlite'), systemLanguage: 'en' });
  await backend.handlers.listDocuments({});
  const rssBefore = process.memoryUsage().rss;
  const { timing, bytes } = await SCENARIOS[scenario](backend, work);
  const peakRss = process.resourceUsage().maxRSS * 1024;
  backend.close();
  process.stdout.write(JSON.stringify({ timing, bytes, rssBefore, peakRss }));
}

function inChild(scenario: string, work: string): { timing: Timing; bytes: number; rssBefore: number; peakRss: number } {
  const child = spawnSync(process.execPath, [...process.execArgv, __filename, 'measure', scenario, work], { encoding: 'utf8', maxBuffer: 1024 * 1024 });
  if (child.status !== 0) throw new Error(`${scenario} failed: ${child.stderr}`);
  return JSON.parse(child.stdout);
}

async function main(): Promise<void> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-bench-'));
  const corpusFile = path.join(work, 'corpus.sqlite');
  buildCorpusDatabase(loadCorpusSources(path.join(ROOT, 'resources', 'corpus')), corpusFile);
  const backend = createBackend({ userDataDir: path.join(work, 'user'), corpusFile, systemLanguage: 'en' });
  const documents = await backend.handlers.listDocuments({});
  const segments: Segment[] = [];
  for (const d of documents) segments.push(...(await backend.handlers.getDocument({ documentId: d.id })).segments);

  console.log(`Duizhao annotations benchmark: ${COUNT} annotations on the bundled corpus; node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)}\n`);
  console.log('| what | figure |\n| --- | --- |');
  let i = 0;
  row('store one annotation (committed, synchronous=FULL)', await timeRuns(COUNT, () => backend.handlers.createAnnotation(burstAnnotation(segments, i++))));
  const json = path.join(work, 'all.jsonld');
  await writeAnnotationExport(backend, 'w3c-json', json);
  const content = fs.readFileSync(json, 'utf8');
  backend.close();

  for (const scenario of Object.keys(SCENARIOS)) {
    const { timing, bytes, rssBefore, peakRss } = inChild(scenario, work);
    const size = scenario.startsWith('list') ? `${(bytes / 1024).toFixed(0)} KiB answered` : `${(bytes / 1024 / 1024).toFixed(1)} MiB written`;
    row(scenario, timing, `; ${size}; host RSS ${mib(rssBefore)} → peak ${mib(peakRss)}`);
  }

  let fresh = 0;
  row(
    `import ${COUNT} from W3C JSON into an empty database (one transaction)`,
    await timeRuns(3, async () => {
      const other = createBackend({ userDataDir: path.join(work, `import-${fresh++}`), corpusFile, systemLanguage: 'en' });
      await other.handlers.importAnnotations({ files: [{ name: 'bench.jsonld', content }], mode: 'apply' });
      other.close();
    }),
  );
  const again = createBackend({ userDataDir: path.join(work, 'user'), corpusFile, systemLanguage: 'en' });
  row('back up the user database (backup API, checked)', await timeRuns(3, () => again.handlers.backupNow({})));
  again.close();
  fs.rmSync(work, { recursive: true, force: true });
}

const [mode, scenario, work] = process.argv.slice(2);
(mode === 'measure' ? measure(scenario, work) : main()).catch((error) => {
  console.error(error);
  process.exit(1);
});
