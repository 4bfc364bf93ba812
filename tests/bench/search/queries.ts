import { prng, type GeneratedPair } from './generateCorpus';

export interface BenchQuery {
  kind: string;
  query: string;
  prefix: boolean;
  /** For Chinese substring queries: the string to count by brute force. */
  substring?: string;
}

const HAN = /^\p{Script=Han}+$/u;

/** A fixed mix of 250 queries drawn, deterministically, from the generated corpus itself. */
export function benchQueries(pairs: readonly GeneratedPair[], seed = 7): BenchQuery[] {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const queries: BenchQuery[] = [];
  const hanSubstring = (length: number): string => {
    for (;;) {
      const text = pick(pairs).zh;
      const start = Math.floor(random() * Math.max(1, text.length - length));
      const candidate = text.slice(start, start + length);
      if (candidate.length === length && HAN.test(candidate)) return candidate;
    }
  };
  const words = [...new Set(pairs.slice(0, 5000).flatMap((p) => p.en.toLowerCase().match(/[a-z]{4,}/g) ?? []))];
  for (const [length, count] of [[1, 50], [2, 40], [3, 30], [4, 30]] as const) {
    for (let i = 0; i < count; i++) {
      const q = hanSubstring(length);
      queries.push({ kind: `zh-${length}`, query: q, prefix: false, substring: q });
    }
  }
  for (let i = 0; i < 10; i++) {
    const q = hanSubstring(6 + (i % 3));
    queries.push({ kind: 'zh-phrase', query: `"${q}"`, prefix: false, substring: q });
  }
  for (let i = 0; i < 30; i++) queries.push({ kind: 'en-word', query: pick(words), prefix: false });
  for (let i = 0; i < 20; i++) {
    const word = pick(words);
    queries.push({ kind: 'en-prefix', query: word.slice(0, 3 + (i % 3)), prefix: true });
  }
  for (let i = 0; i < 15; i++) {
    const text = pick(pairs).en.toLowerCase().match(/[a-z]+/g) ?? ['health', 'care'];
    const start = Math.floor(random() * Math.max(1, text.length - 3));
    queries.push({ kind: 'en-phrase', query: `"${text.slice(start, start + 2 + (i % 2)).join(' ')}"`, prefix: false });
  }
  for (let i = 0; i < 15; i++) queries.push({ kind: 'mixed', query: `${hanSubstring(2)} ${pick(words)}`, prefix: false });
  for (let i = 0; i < 10; i++) {
    queries.push({ kind: 'no-hit', query: i % 2 ? `zqx${Math.floor(random() * 1e6).toString(36)}` : '龘靐齉', prefix: false });
  }
  return queries;
}
