import fs from 'node:fs';
import MiniSearch, { type Options, type Query, type SearchOptions } from 'minisearch';
import { readPairs } from './generateCorpus';
import { peerClauses, type Engine } from './engines';
import type { BenchQuery } from './querySets';

interface Stored {
  zh: string;
  en: string;
}

const HAN_RUN = /\p{Script=Han}+/gu;
const WORD = /[\p{L}\p{N}]+/gu;

/** Character bigrams of each Han run (a run of one character is its own token), and the words of the rest. */
export function bigramTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const [run] of text.matchAll(HAN_RUN)) {
    if (run.length === 1) tokens.push(run);
    for (let i = 0; i + 1 < run.length; i++) tokens.push(run.slice(i, i + 2));
  }
  for (const [word] of text.replace(HAN_RUN, ' ').matchAll(WORD)) tokens.push(word);
  return tokens;
}

/**
 * MiniSearch, its index saved as JSON and loaded at open (as an app would),
 * texts kept in memory for snippets. `chinese`: the bigram tokenizer above;
 * a query term is the AND of its bigrams (a one-character term, a prefix of
 * them), then checked against the texts, so a term matches as a substring.
 */
function miniSearchEngine(name: string, chinese: boolean): Engine {
  let index: MiniSearch;
  const texts = new Map<number, Stored>();
  const options: Options = {
    fields: ['zh', 'en'],
    storeFields: ['documentId', 'docDate'],
    ...(chinese ? { tokenize: bigramTokens } : {}),
  };
  const hanTerm = (term: string): Query => {
    const grams = bigramTokens(term);
    if (grams.length === 0) return term;
    if ([...term].length === 1) return { queries: [term], prefix: true, combineWith: 'OR' };
    return { queries: grams, combineWith: 'AND' };
  };
  const toQuery = (q: BenchQuery): Query => {
    const clauses = peerClauses(q.query).map((c) => ({
      negated: c.negated,
      query: { queries: c.anyOf.map((term) => (chinese && /\p{Script=Han}/u.test(term) ? hanTerm(term) : term)), combineWith: 'OR' } as Query,
    }));
    const positive: Query = { queries: clauses.filter((c) => !c.negated).map((c) => c.query), combineWith: chinese ? 'AND' : 'OR' };
    const negative = clauses.filter((c) => c.negated).map((c) => c.query);
    return negative.length ? { queries: [positive, ...negative], combineWith: 'AND_NOT' } : positive;
  };
  return {
    name,
    build(pairsFile, indexFile) {
      const build = new MiniSearch(options);
      let id = 0;
      for (const p of readPairs(pairsFile)) build.add({ id: id++, zh: p.zh, en: p.en, documentId: p.documentId, docDate: p.docDate });
      fs.writeFileSync(indexFile, JSON.stringify(build));
    },
    open(indexFile, pairsFile) {
      index = MiniSearch.loadJSON(fs.readFileSync(indexFile, 'utf8'), options);
      let id = 0;
      for (const p of readPairs(pairsFile)) texts.set(id++, { zh: p.zh, en: p.en });
    },
    query(q) {
      const filter = q.filter;
      const searchOptions: SearchOptions = {
        prefix: q.prefix,
        filter: filter ? (r) => (filter.documentIds ? filter.documentIds.includes(r.documentId) : r.docDate >= filter.dateFrom! && r.docDate <= filter.dateTo!) : undefined,
      };
      let results = index.search(toQuery(q), searchOptions);
      // Bigrams found apart are not the string: keep what holds it (Chinese queries without operators).
      if (chinese && q.substring && !/ OR | -/.test(q.query)) results = results.filter((r) => texts.get(r.id as number)!.zh.includes(q.substring!));
      for (const r of results.slice(0, 20)) {
        const text = texts.get(r.id as number)!;
        const at = Math.max(0, text.en.toLowerCase().indexOf(String(r.terms[0] ?? '')));
        void text.en.slice(Math.max(0, at - 80), at + 120);
      }
      return results.length;
    },
    size: (file) => fs.statSync(file).size,
  };
}

export const miniSearchDefaultEngine = () => miniSearchEngine('MiniSearch defaults', false);
export const miniSearchChineseEngine = () => miniSearchEngine('MiniSearch + bigrams', true);
