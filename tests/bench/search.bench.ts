// npm run bench:search — generates 50,000 distinct paragraph pairs recombined
// from the bundled corpus's clauses (tests/bench/search/realisticCorpus.ts),
// indexes them with Duizhao's search and four peers, runs the same query sets
// through each (top 20 with snippets; every set also with a document filter and
// a date filter) and prints the figures side by side, set by set. Each engine
// runs in its own process, so peak RSS is that engine's own. A benchmark: it
// prints, it asserts nothing. BENCH_ENGINES=duizhao,tuned runs only those.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { duizhaoEngine, runEngine, type Engine, type EngineReport } from './search/engines';
import { writePairs } from './search/generateCorpus';
import { miniSearchChineseEngine, miniSearchDefaultEngine } from './search/miniSearchEngines';
import { querySets, type BenchQuery } from './search/querySets';
import { realisticPairs } from './search/realisticCorpus';
import { plainTrigramEngine, tunedTrigramEngine } from './search/trigramEngines';
import { COUNT_CAP } from '../../main/domain/search/searchService';

const PARAGRAPHS = Number(process.env.BENCH_PARAGRAPHS ?? 50_000);
const ENGINES: Record<string, () => Engine> = {
  duizhao: duizhaoEngine,
  tuned: tunedTrigramEngine,
  plain: plainTrigramEngine,
  minisearch: miniSearchDefaultEngine,
  'minisearch-zh': miniSearchChineseEngine,
};
const CHOSEN = (process.env.BENCH_ENGINES ?? Object.keys(ENGINES).join(',')).split(',');

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** A child run: `--engine NAME --work DIR`; prints its report as JSON. */
function child(engineName: string, work: string): void {
  const pairsFile = path.join(work, 'pairs.jsonl');
  const queries = JSON.parse(fs.readFileSync(path.join(work, 'queries.json'), 'utf8')) as BenchQuery[];
  const indexFile = path.join(work, engineName.startsWith('minisearch') ? `${engineName}.json` : `${engineName}.sqlite`);
  const report = runEngine(ENGINES[engineName](), pairsFile, indexFile, queries);
  process.stdout.write(JSON.stringify(report));
}

/** Share of the brute-force matches found, on the Chinese queries of some sets, each capped at COUNT_CAP as ours counts. */
function recall(report: EngineReport, queries: readonly BenchQuery[], traditional: boolean): number {
  const measured = queries
    .map((q, i) => ({ q, i }))
    .filter(({ q }) => q.expected !== undefined && q.expected > 0 && q.set.startsWith('traditional') === traditional);
  const share = measured.reduce((sum, { q, i }) => sum + Math.min(report.counts[i], Math.min(q.expected!, COUNT_CAP)) / Math.min(q.expected!, COUNT_CAP), 0);
  return (100 * share) / measured.length;
}

function printTotals(reports: EngineReport[], queries: BenchQuery[], bytes: number): void {
  const ours = reports[0];
  const row = (label: string, value: (r: EngineReport) => number, unit: string, digits = 1) => {
    const cells = reports.map((r) => {
      const v = value(r);
      const ratio = r === ours ? '' : ` (${(v / value(ours)).toFixed(1)}×)`;
      return `${v.toFixed(digits)} ${unit}${ratio}`.padEnd(24);
    });
    console.log(`${label.padEnd(28)}${cells.join('')}`);
  };
  console.log(`${''.padEnd(28)}${reports.map((r) => r.engine.padEnd(24)).join('')}`);
  row('query p50, all sets', (r) => percentile(r.latenciesMs, 50), 'ms', 2);
  row('query p95, all sets', (r) => percentile(r.latenciesMs, 95), 'ms', 2);
  row('index build', (r) => r.buildMs / 1000, 's', 1);
  row('indexing rate', (r) => bytes / 1e6 / (r.buildMs / 1000), 'MB/s', 1);
  row('open, ready to answer', (r) => r.openMs, 'ms', 0);
  row('peak RSS (own process)', (r) => r.maxRssMb, 'MB', 0);
  row('index size on disk', (r) => r.indexBytes / 1e6, 'MB', 0);
  row('Chinese recall', (r) => recall(r, queries, false), '%', 1);
  row('recall, Traditional queries', (r) => recall(r, queries, true), '%', 1);
}

function printSets(reports: EngineReport[], queries: BenchQuery[]): void {
  const tuned = reports.findIndex((r) => r.engine === 'tuned trigram');
  console.log(`\np95 (p50) by query set, ms${tuned > 0 ? '; last column: tuned trigram p95 ÷ ours (target ≥ 2)' : ''}:`);
  console.log(`${'set'.padEnd(18)}${'n'.padStart(4)}  ${reports.map((r) => r.engine.slice(0, 17).padStart(18)).join('')}`);
  for (const set of [...new Set(queries.map((q) => q.set))]) {
    const idx = queries.map((q, i) => (q.set === set ? i : -1)).filter((i) => i >= 0);
    const p95 = reports.map((r) => percentile(idx.map((i) => r.latenciesMs[i]), 95));
    const cells = reports.map((r, k) => `${p95[k].toFixed(2)} (${percentile(idx.map((i) => r.latenciesMs[i]), 50).toFixed(2)})`.padStart(18));
    const ratio = tuned > 0 ? `${(p95[tuned] / p95[0]).toFixed(1)}×`.padStart(8) : '';
    console.log(`${set.padEnd(18)}${String(idx.length).padStart(4)}  ${cells.join('')}${ratio}`);
  }
}

function main(): void {
  const args = process.argv.slice(2);
  if (args[0] === '--engine') return child(args[1], args[3]);

  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-search-bench-'));
  const pairs = realisticPairs(PARAGRAPHS);
  const bytes = writePairs(path.join(work, 'pairs.jsonl'), pairs);
  const queries = querySets(pairs);
  fs.writeFileSync(path.join(work, 'queries.json'), JSON.stringify(queries));
  const sets = new Set(queries.map((q) => q.set)).size;
  console.log(`Duizhao search benchmark: ${pairs.length.toLocaleString('en')} rows (${PARAGRAPHS.toLocaleString('en')} distinct paragraph pairs and their headings), ${(bytes / 1e6).toFixed(1)} MB of text, ${queries.length} queries in ${sets} sets (top 20 with snippets)`);
  console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, node ${process.version}, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}\n`);
  const reports: EngineReport[] = [];
  for (const name of CHOSEN) {
    const out = execFileSync(process.execPath, [...process.execArgv, __filename, '--engine', name, '--work', work], {
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    reports.push(JSON.parse(out.toString()) as EngineReport);
  }
  fs.rmSync(work, { recursive: true, force: true });
  printTotals(reports, queries, bytes);
  printSets(reports, queries);
  console.log(`\nload after the run: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
}

main();
