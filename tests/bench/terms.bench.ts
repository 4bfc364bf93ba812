// npm run bench:terms — the terminology workbench's figures (issue "Terminology workbench") on the search
// benchmark's 100,000 generated pairs, made into a corpus database with sentences and links: the concordance of
// a termbase term with about 10,000 occurrences (first screen: 50 lines and the total; then sorted by left
// context; grouping by rendering) and the consistency audit of 500 concepts. Beside each, a naive peer that
// scans every pair with String.indexOf. Then the term candidates mined from the bundled corpus, their precision@50
// against the starter termbase (terms/candidatePrecision.ts; alone: npm run bench:term-candidates). A benchmark:
// it prints, it asserts nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Concept } from '../../contract/terminology';
import { SentenceLinkStore } from '../../main/domain/corpus/sentenceLinks';
import { openConnection, type Connection } from '../../main/domain/database/connection';
import { Concordance } from '../../main/domain/terminology/concordance';
import { ConsistencyAudit } from '../../main/domain/terminology/consistencyAudit';
import { starterConcepts } from '../helpers/starterConcepts';
import { generatePairs, type GeneratedPair } from './search/generateCorpus';
import { benchTermbase } from './terms/benchTermbase';
import { candidatePrecision } from './terms/candidatePrecision';
import { buildTermsCorpus } from './terms/termsCorpus';

const PAIRS = Number(process.env.BENCH_PAIRS ?? 100_000);
const TARGET_OCCURRENCES = Math.round((10_000 * PAIRS) / 100_000);
const CONCEPTS = 500;
const RUNS = 3;

function countIn(text: string, needle: string): number {
  let n = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) n++;
  return n;
}

/** The median of RUNS timed runs, each given a fresh setup. */
function median<T>(setup: () => T, run: (value: T) => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const value = setup();
    const started = performance.now();
    run(value);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
}

/** The starter term whose occurrences in the generated pairs come nearest the target, and its concept. */
function chooseTerm(pairs: readonly GeneratedPair[], concepts: readonly Concept[]): { term: string; concept: Concept; count: number } {
  let best = { term: '', concept: concepts[0], count: -1 };
  for (const concept of concepts) {
    for (const t of concept.terms.filter((x) => x.language === 'zh')) {
      const count = pairs.reduce((n, p) => n + countIn(p.zh, t.text), 0);
      if (Math.abs(count - TARGET_OCCURRENCES) < Math.abs(best.count - TARGET_OCCURRENCES)) best = { term: t.text, concept, count };
    }
  }
  return best;
}

/** The peer of the first screen: every pair scanned with indexOf, every occurrence kept, the first 50 cut with context. */
function naiveFirstScreen(pairs: readonly GeneratedPair[], term: string): number {
  const found: { pair: GeneratedPair; at: number }[] = [];
  for (const pair of pairs) for (let at = pair.zh.indexOf(term); at >= 0; at = pair.zh.indexOf(term, at + term.length)) found.push({ pair, at });
  found.slice(0, 50).map(({ pair, at }) => [pair.zh.slice(Math.max(0, at - 30), at), pair.zh.slice(at + term.length, at + term.length + 30), pair.en]);
  return found.length;
}

/** The peer of grouping: for each occurrence, each English term of the concept looked for in the pair's English. */
function naiveGrouping(pairs: readonly GeneratedPair[], term: string, concept: Concept): Map<string, number> {
  const english = concept.terms.filter((t) => t.language === 'en').map((t) => t.text.toLowerCase());
  const groups = new Map<string, number>();
  for (const pair of pairs) {
    const n = countIn(pair.zh, term);
    if (n === 0) continue;
    const lower = pair.en.toLowerCase();
    const rendering = english.find((e) => lower.includes(e)) ?? '';
    groups.set(rendering, (groups.get(rendering) ?? 0) + n);
  }
  return groups;
}

/** The peer of the audit: every concept's Chinese terms looked for in every pair, its accepted English in the pairs found. */
function naiveAudit(pairs: readonly GeneratedPair[], concepts: readonly Concept[]): number {
  let missing = 0;
  for (const concept of concepts) {
    const zh = concept.terms.filter((t) => t.language === 'zh').map((t) => t.text);
    const en = concept.terms.filter((t) => t.language === 'en' && (t.status === 'preferred' || t.status === 'admitted')).map((t) => t.text.toLowerCase());
    for (const pair of pairs) {
      if (!zh.some((z) => pair.zh.includes(z))) continue;
      const lower = pair.en.toLowerCase();
      if (!en.some((e) => lower.includes(e))) missing++;
    }
  }
  return missing;
}

/** The concordance of one term: first screen, sorted again, grouped after it and from nothing (each on a fresh concordance). */
function measureConcordance(db: Connection, concepts: readonly Concept[], term: string) {
  const sentences = new SentenceLinkStore(db);
  const fresh = () => {
    const concordance = new Concordance(db, sentences, concepts);
    concordance.page({ query: 'warm' });
    return concordance;
  };
  const shown = () => {
    const concordance = fresh();
    concordance.page({ query: term });
    return concordance;
  };
  return {
    firstScreen: median(fresh, (c) => c.page({ query: term })),
    sortedLeft: median(shown, (c) => c.page({ query: term, sort: 'left' })),
    groupingAfter: median(shown, (c) => c.groups({ query: term })),
    groupingCold: median(fresh, (c) => c.groups({ query: term })),
    total: fresh().page({ query: term }).total,
    groups: fresh().groups({ query: term }),
  };
}

function row(label: string, ms: number, target: string, peer: number | null): void {
  const peerText = peer === null ? '' : `${`${peer.toFixed(1)} ms`.padStart(14)} (${(peer / ms).toFixed(1)}× ours)`;
  console.log(`${label.padEnd(44)}${`${ms.toFixed(1)} ms`.padStart(12)}${target.padStart(12)}${peerText}`);
}

function main(): void {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-terms-bench-'));
  const file = path.join(work, 'corpus.sqlite');
  const pairs = generatePairs(PAIRS);
  let started = performance.now();
  buildTermsCorpus(file, pairs);
  const buildMs = performance.now() - started;
  const starter = starterConcepts();
  const { term, concept, count } = chooseTerm(pairs, starter);

  const db = openConnection(file, { readonly: true });
  const c = measureConcordance(db, starter, term);
  const concepts = benchTermbase(starter, pairs, CONCEPTS);
  started = performance.now();
  const cpu = process.cpuUsage();
  const findings = new ConsistencyAudit(db, concepts).run();
  const auditMs = performance.now() - started;
  const { user, system } = process.cpuUsage(cpu);
  db.close();

  const naiveScreen = median(() => null, () => naiveFirstScreen(pairs, term));
  const naiveGroups = median(() => null, () => naiveGrouping(pairs, term, concept));
  started = performance.now();
  const naiveMissing = naiveAudit(pairs, concepts);
  const naiveAuditMs = performance.now() - started;
  fs.rmSync(work, { recursive: true, force: true });

  console.log(`Duizhao terminology benchmark: ${PAIRS.toLocaleString('en')} generated pairs (the search benchmark's), corpus database built in ${(buildMs / 1000).toFixed(1)} s`);
  console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, node ${process.version}; median of ${RUNS} runs unless said\n`);
  console.log(`term: ${term} (${concept.id}), ${count.toLocaleString('en')} occurrences by indexOf, ${c.total.toLocaleString('en')} by the concordance`);
  console.log(`groups: ${c.groups.map((g) => `${g.rendering?.label ?? 'unrendered'}: ${g.count}`).join(', ')}\n`);
  console.log(`${''.padEnd(44)}${'duizhao'.padStart(12)}${'target'.padStart(12)}${'naive indexOf'.padStart(14)}`);
  row('concordance: first screen (50 lines + total)', c.firstScreen, '≤ 100 ms', naiveScreen);
  row('concordance: sorted by left context', c.sortedLeft, '', null);
  row('grouping by rendering (after the first screen)', c.groupingAfter, '≤ 1000 ms', null);
  row('grouping by rendering (from nothing)', c.groupingCold, '≤ 1000 ms', naiveGroups);
  row(`audit of ${concepts.length} concepts (one run)`, auditMs, '≤ 5000 ms', naiveAuditMs);
  console.log(`\naudit: ${concepts.length} concepts (the starter termbase's ${starter.length}, then CC-CEDICT words of a term's frequency); ${((user + system) / 1000).toFixed(0)} ms of CPU time (the machine is shared: wall time can be more)`);
  console.log(`audit: ${findings.length.toLocaleString('en')} findings; the naive peer counts ${naiveMissing.toLocaleString('en')} pairs without an accepted rendering (substring, no links, no variants)`);
}

main();
candidatePrecision();
