import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { openConnection, type Connection } from '../../../main/domain/database/connection';
import { indexSegments, SEARCH_SCHEMA } from '../../../main/domain/search/searchIndex';
import { SearchService } from '../../../main/domain/search/searchService';
import { readPairs } from './generateCorpus';
import type { BenchQuery } from './querySets';

/** What one engine measured: the same work for each, compared side by side by search.bench.ts. */
export interface EngineReport {
  engine: string;
  buildMs: number;
  openMs: number;
  indexBytes: number;
  latenciesMs: number[];
  /** The match count each query reported, in query order (for recall against brute force). */
  counts: number[];
  maxRssMb: number;
}

export interface Engine {
  name: string;
  build(pairsFile: string, indexFile: string): void;
  open(indexFile: string, pairsFile: string): void;
  /** Top 20 with snippets; returns the match count. */
  query(q: BenchQuery): number;
  size(indexFile: string): number;
}

export const fileSize = (file: string) => [file, `${file}-wal`].filter(fs.existsSync).reduce((n, f) => n + fs.statSync(f).size, 0);

/**
 * A new index file to build in one transaction, as the corpus build writes its database (corpusDatabase.ts): a
 * rollback journal, which a new file's pages never enter, rather than WAL, which would write every page twice
 * (into the log, then into the file at the checkpoint). Every SQLite engine here builds through it.
 */
export function openIndexToBuild(file: string): Connection {
  const db = openConnection(file);
  db.pragma('journal_mode = DELETE');
  return db;
}

/** Duizhao's index and search service, as the app runs them (main/domain/search). */
export function duizhaoEngine(): Engine {
  let db: Connection;
  let service: SearchService;
  return {
    name: 'Duizhao',
    build(pairsFile, indexFile) {
      const build = openIndexToBuild(indexFile);
      build.exec(SEARCH_SCHEMA);
      build.transaction(() => indexSegments(build, readPairs(pairsFile), { bulk: true }))();
      build.close();
    },
    open(indexFile) {
      db = openConnection(indexFile, { readonly: true });
      service = new SearchService([db]);
      // Ready to answer: the first query prepares the statements and loads the English vocabulary.
      service.search({ query: 'warm', prefix: true, limit: 1 });
    },
    query(q) {
      return service.search({ query: q.query, prefix: q.prefix, limit: 20, ...q.filter }).total;
    },
    size: fileSize,
  };
}

/** A query's clauses as the peers read them: terms joined by OR, a leading - excludes, "…" quotes. */
export interface PeerClause {
  anyOf: string[];
  negated: boolean;
}

export function peerClauses(query: string): PeerClause[] {
  const clauses: PeerClause[] = [];
  let joinNext = false;
  for (const m of query.matchAll(/(-?)(?:"([^"]*)"|(\S+))/gu)) {
    const text = (m[2] ?? m[3] ?? '').toLowerCase();
    if (m[3] === 'OR') {
      joinNext = clauses.length > 0;
      continue;
    }
    if (!text) continue;
    if (joinNext) clauses.at(-1)!.anyOf.push(text);
    else clauses.push({ anyOf: [text], negated: m[1] === '-' });
    joinNext = false;
  }
  // Unquoted words of a query without operators are one string (the way the trigram peers match "health care").
  if (!/"| OR | -/.test(query)) return [{ anyOf: [query.toLowerCase().trim()], negated: false }];
  return clauses;
}

export function runEngine(engine: Engine, pairsFile: string, indexFile: string, queries: BenchQuery[]): EngineReport {
  let started = performance.now();
  engine.build(pairsFile, indexFile);
  const buildMs = performance.now() - started;
  // Opening is measured in a fresh state: what an app start with a ready index costs.
  started = performance.now();
  engine.open(indexFile, pairsFile);
  const openMs = performance.now() - started;
  const latenciesMs: number[] = [];
  const counts: number[] = [];
  for (const q of queries) {
    const t = performance.now();
    counts.push(engine.query(q));
    latenciesMs.push(performance.now() - t);
  }
  return { engine: engine.name, buildMs, openMs, indexBytes: engine.size(indexFile), latenciesMs, counts, maxRssMb: process.resourceUsage().maxRSS / 1024 };
}
