// npm run bench:search — indexes 100,000 generated aligned pairs (about 50 MB)
// with Duizhao's search index, a plain FTS5 trigram table and MiniSearch with
// its defaults, runs the same 250 queries through each (top 20 with snippets)
// and prints the figures side by side. Each engine runs in its own process, so
// peak RSS is that engine's own. A benchmark: it prints, it asserts nothing.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { duizhaoEngine, miniSearchEngine, runEngine, trigramEngine, type EngineReport } from './search/engines';
import { generatePairs, writePairs } from './search/generateCorpus';
import { benchQueries } from './search/queries';
import { COUNT_CAP } from '../../main/domain/search/searchService';

const PAIRS = Number(process.env.BENCH_PAIRS ?? 100_000);
const ENGINES = { duizhao: duizhaoEngine, trigram: trigramEngine, minisearch: miniSearchEngine } as const;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** A child run: `--engine NAME --work DIR`; prints its report as JSON. */
function child(engineName: keyof typeof ENGINES, work: string): void {
  const pairsFile = path.join(work, 'pairs.jsonl');
  const queries = JSON.parse(fs.readFileSync(path.join(work, 'queries.json'), 'utf8'));
  const indexFile = path.join(work, engineName === 'minisearch' ? 'pairs.minisearch.json' : `${engineName}.sqlite`);
  const report = runEngine(ENGINES[engineName](), pairsFile, indexFile, queries);
  process.stdout.write(JSON.stringify(report));
}

function main(): void {
  const args = process.argv.slice(2);
  if (args[0] === '--engine') return child(args[1] as keyof typeof ENGINES, args[3]);

  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-search-bench-'));
  const pairs = generatePairs(PAIRS);
  const bytes = writePairs(path.join(work, 'pairs.jsonl'), pairs);
  const queries = benchQueries(pairs);
  fs.writeFileSync(path.join(work, 'queries.json'), JSON.stringify(queries));
  // Brute force: how many pairs hold each Chinese query string, the recall reference.
  const expected = queries.filter((q) => q.substring).map((q) => pairs.filter((p) => p.zh.includes(q.substring!) || p.en.includes(q.substring!)).length);

  console.log(`Duizhao search benchmark: ${PAIRS.toLocaleString('en')} aligned pairs, ${(bytes / 1e6).toFixed(1)} MB of text, ${queries.length} queries (top 20 with snippets)`);
  console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, node ${process.version}\n`);
  const reports: EngineReport[] = [];
  for (const name of Object.keys(ENGINES)) {
    const out = execFileSync(process.execPath, [...process.execArgv, __filename, '--engine', name, '--work', work], {
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    reports.push(JSON.parse(out.toString()) as EngineReport);
  }
  fs.rmSync(work, { recursive: true, force: true });

  const ours = reports[0];
  const row = (label: string, value: (r: EngineReport) => number, unit: string, digits = 1) => {
    const cells = reports.map((r) => {
      const v = value(r);
      const ratio = r === ours ? '' : ` (${(v / value(ours)).toFixed(1)}×)`;
      return `${v.toFixed(digits)} ${unit}${ratio}`.padEnd(30);
    });
    console.log(`${label.padEnd(30)}${cells.join('')}`);
  };
  console.log(`${''.padEnd(30)}${reports.map((r) => r.engine.padEnd(30)).join('')}`);
  row('query p50', (r) => percentile(r.latenciesMs, 50), 'ms', 2);
  row('query p95', (r) => percentile(r.latenciesMs, 95), 'ms', 2);
  row('query p99', (r) => percentile(r.latenciesMs, 99), 'ms', 2);
  row('index build', (r) => r.buildMs / 1000, 's', 1);
  row('indexing rate', (r) => bytes / 1e6 / (r.buildMs / 1000), 'MB/s', 1);
  row('open existing index', (r) => r.openMs, 'ms', 0);
  row('peak RSS (own process)', (r) => r.maxRssMb, 'MB', 0);
  row('index size on disk', (r) => r.indexBytes / 1e6, 'MB', 0);
  // Duizhao counts up to COUNT_CAP, so recall is compared on the Chinese queries with at most that many matches.
  const measurable = expected.map((n, i) => (n <= COUNT_CAP ? i : -1)).filter((i) => i >= 0);
  row(`Chinese recall (${measurable.length} queries)`, (r) => (100 * measurable.reduce((s, i) => s + Math.min(r.zhCounts[i], expected[i]) / Math.max(1, expected[i]), 0)) / measurable.length, '%', 1);
  const kinds = [...new Set(queries.map((q) => q.kind))];
  console.log('\np95 by kind of query (ms):');
  for (const kind of kinds) {
    const idx = queries.map((q, i) => (q.kind === kind ? i : -1)).filter((i) => i >= 0);
    console.log(`  ${kind.padEnd(12)}${reports.map((r) => percentile(idx.map((i) => r.latenciesMs[i]), 95).toFixed(2).padStart(10)).join('')}`);
  }
}

main();
