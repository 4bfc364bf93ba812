import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import MiniSearch from 'minisearch';
import { openConnection, type Connection } from '../../../main/domain/database/connection';
import { indexSegments, SEARCH_SCHEMA } from '../../../main/domain/search/searchIndex';
import { SearchService } from '../../../main/domain/search/searchService';
import { readPairs } from './generateCorpus';
import type { BenchQuery } from './queries';

/** What one engine measured: the same work for each, compared side by side by search.bench.ts. */
export interface EngineReport {
  engine: string;
  buildMs: number;
  openMs: number;
  indexBytes: number;
  latenciesMs: number[];
  /** Matches each Chinese substring query reported, in query order (for recall against brute force). */
  zhCounts: number[];
  maxRssMb: number;
}

export interface Engine {
  name: string;
  build(pairsFile: string, indexFile: string): void;
  open(indexFile: string): void;
  /** Top 20 with snippets; returns the match count. */
  query(q: BenchQuery): number;
  size(indexFile: string): number;
}

const fileSize = (file: string) => [file, `${file}-wal`].filter(fs.existsSync).reduce((n, f) => n + fs.statSync(f).size, 0);

/** Duizhao's index: FTS5 over character, pair, word and stem tokens (main/domain/search). */
export function duizhaoEngine(): Engine {
  let db: Connection;
  let service: SearchService;
  return {
    name: 'duizhao (FTS5 n-gram + stems)',
    build(pairsFile, indexFile) {
      const build = openConnection(indexFile);
      build.exec(SEARCH_SCHEMA);
      build.transaction(() => indexSegments(build, readPairs(pairsFile), { bulk: true }))();
      build.pragma('wal_checkpoint(TRUNCATE)');
      build.close();
    },
    open(indexFile) {
      db = openConnection(indexFile, { readonly: true });
      service = new SearchService([db]);
      // Ready to answer: the first query prepares the statements and loads the English vocabulary.
      service.search({ query: 'warm', prefix: true, limit: 1 });
    },
    query(q) {
      return service.search({ query: q.query, prefix: q.prefix, limit: 20 }).total;
    },
    size: fileSize,
  };
}

/** A plain FTS5 trigram table with FTS5's own snippets: LIKE for strings under three characters. */
export function trigramEngine(): Engine {
  let db: Connection;
  return {
    name: 'plain FTS5 trigram',
    build(pairsFile, indexFile) {
      const build = openConnection(indexFile);
      build.exec("CREATE VIRTUAL TABLE t USING fts5(zh, en, tokenize = 'trigram')");
      const insert = build.prepare('INSERT INTO t (zh, en) VALUES (?, ?)');
      build.transaction(() => {
        for (const p of readPairs(pairsFile)) insert.run(p.zh, p.en);
      })();
      build.exec("INSERT INTO t(t) VALUES ('optimize')");
      build.pragma('wal_checkpoint(TRUNCATE)');
      build.close();
    },
    open(indexFile) {
      db = openConnection(indexFile, { readonly: true });
      db.prepare('SELECT rowid FROM t LIMIT 1').get();
    },
    query(q) {
      const text = q.query.replace(/"/g, '').trim();
      if ([...text].length < 3) {
        const like = `%${text}%`;
        const count = (db.prepare('SELECT count(*) FROM t WHERE zh LIKE ? OR en LIKE ?').pluck().get(like, like) as number) ?? 0;
        db.prepare('SELECT rowid, substr(zh, 1, 80), substr(en, 1, 200) FROM t WHERE zh LIKE ? OR en LIKE ? LIMIT 20').all(like, like);
        return count;
      }
      const match = `"${text.replace(/"/g, '""')}"`;
      const count = db.prepare('SELECT count(*) FROM t WHERE t MATCH ?').pluck().get(match) as number;
      db.prepare("SELECT rowid, snippet(t, -1, '[', ']', '…', 16) FROM t WHERE t MATCH ? ORDER BY rank LIMIT 20").all(match);
      return count;
    },
    size: fileSize,
  };
}

/** MiniSearch with its default settings, texts kept in memory for snippets, saved as JSON. */
export function miniSearchEngine(): Engine {
  let index: MiniSearch;
  let texts: { zh: string; en: string }[] = [];
  const options = { fields: ['zh', 'en'] };
  return {
    name: 'MiniSearch (defaults)',
    build(pairsFile, indexFile) {
      const build = new MiniSearch(options);
      let id = 0;
      for (const p of readPairs(pairsFile)) build.add({ id: id++, zh: p.zh, en: p.en });
      fs.writeFileSync(indexFile, JSON.stringify(build));
    },
    open(indexFile) {
      index = MiniSearch.loadJSON(fs.readFileSync(indexFile, 'utf8'), options);
      texts = [];
      for (const p of readPairs(indexFile.replace(/\.minisearch\.json$/, '.jsonl'))) texts.push({ zh: p.zh, en: p.en });
    },
    query(q) {
      const results = index.search(q.query.replace(/"/g, ''));
      for (const r of results.slice(0, 20)) {
        const text = texts[r.id as number];
        const at = Math.max(0, text.en.toLowerCase().indexOf(String(r.terms[0] ?? '')));
        void text.en.slice(Math.max(0, at - 80), at + 120);
      }
      return results.length;
    },
    size: (file) => fs.statSync(file).size,
  };
}

export function runEngine(engine: Engine, pairsFile: string, indexFile: string, queries: BenchQuery[]): EngineReport {
  let started = performance.now();
  engine.build(pairsFile, indexFile);
  const buildMs = performance.now() - started;
  // Opening is measured in a fresh state: what an app start with a ready index costs.
  started = performance.now();
  engine.open(indexFile);
  const openMs = performance.now() - started;
  const latenciesMs: number[] = [];
  const zhCounts: number[] = [];
  for (const q of queries) {
    const t = performance.now();
    const count = engine.query(q);
    latenciesMs.push(performance.now() - t);
    if (q.substring) zhCounts.push(count);
  }
  return {
    engine: engine.name,
    buildMs,
    openMs,
    indexBytes: engine.size(indexFile),
    latenciesMs,
    zhCounts,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  };
}
