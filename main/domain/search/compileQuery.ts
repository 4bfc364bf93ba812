import type { ParsedQuery, QueryTerm } from './queryParser';
import { charToken, pairPrefix, stemOf, trigramTokensOf } from './searchTokens';

export type MatchLanguage = 'any' | 'zh' | 'en';

/** The index's vocabulary: completions of a prefix being typed, near misses of a longer word, and its common pairs of characters. */
export interface Vocabulary {
  completions(prefix: string): string[];
  similar(word: string): string[];
  /** Whether two adjacent characters (their two tokens run together) are common in the index (see commonPairs.ts). */
  commonPair(pair: string): boolean;
}

/** A double-quoted FTS5 string of tokens that are hex or letters and digits only: nothing to escape. */
const quoted = (tokens: readonly string[]) => `"${tokens.join(' ')}"`;

/**
 * The phrase of the characters: consecutive positions, so exactly that substring. From three characters on, the
 * phrase of its trigrams, which is the same substring read from far shorter position lists. Two characters are the
 * prefix of the trigram-column tokens that start with them, unless the pair is common (see commonPairs.ts).
 */
function hanExpression(chars: readonly string[], vocabulary: Vocabulary): string {
  const tokens = chars.map(charToken);
  if (tokens.length >= 3) return `zh_trigrams : ${quoted(trigramTokensOf(tokens))}`;
  if (tokens.length === 2 && !vocabulary.commonPair(tokens.join(''))) return `zh_trigrams : ${pairPrefix(tokens[0], tokens[1])}`;
  return `zh_chars : ${quoted(tokens)}`;
}

function englishExpression(term: Extract<QueryTerm, { kind: 'latin' }>, vocabulary: Vocabulary): string {
  if (term.words.length > 1 || term.phrase) {
    return `en_stems : ${quoted(term.words.map(stemOf))}${term.prefix ? ' *' : ''}`;
  }
  const [word] = term.words;
  // A word being typed that starts known words is not a typo: it completes, and only a word that neither is known
  // nor starts one is corrected.
  const completions = term.prefix ? vocabulary.completions(word) : [];
  const words = new Set([word, ...completions, ...(completions.length === 0 ? vocabulary.similar(word) : [])]);
  const stems = [...new Set([...words].map(stemOf))];
  // While typing, a word of letters completes through the vocabulary (plann → planning, whose stem is plan);
  // anything else (2025, covid19) is left to FTS5's prefix match.
  const prefixMatch = term.prefix && !/^\p{L}+$/u.test(word);
  const parts = [...stems.map((s) => `en_stems : ${quoted([s])}`), ...(prefixMatch ? [`en_stems : ${quoted([word])} *`] : [])];
  return parts.length === 1 ? parts[0] : `(${parts.join(' OR ')})`;
}

function termExpression(term: QueryTerm, language: MatchLanguage, vocabulary: Vocabulary): string | null {
  const parts: string[] = [];
  if (term.kind === 'latin' && language !== 'zh') parts.push(englishExpression(term, vocabulary));
  // Latin terms are looked for on the Chinese side too (5G, CA, 83.67, a name in pinyin).
  if (language !== 'en' && term.chars.length > 0) parts.push(hanExpression(term.chars, vocabulary));
  if (parts.length === 0) return null;
  return parts.length === 1 ? parts[0] : `(${parts.join(' OR ')})`;
}

export type CompiledQuery =
  | { ok: true; match: string }
  /** Why nothing can match: no searchable term, only exclusions, or a term the language filter rules out. */
  | { ok: false; reason: 'empty' | 'only-exclusions' | 'no-match' };

/** Turns a parsed query into an FTS5 MATCH expression over the index's columns. */
export function compileQuery(query: ParsedQuery, language: MatchLanguage, vocabulary: Vocabulary): CompiledQuery {
  if (query.clauses.length === 0) return { ok: false, reason: 'empty' };
  const positive: string[] = [];
  const negative: string[] = [];
  for (const clause of query.clauses) {
    const alternatives = clause.anyOf.map((term) => termExpression(term, language, vocabulary)).filter((e): e is string => e !== null);
    if (alternatives.length === 0) {
      if (clause.negated) continue;
      return { ok: false, reason: 'no-match' };
    }
    const expression = alternatives.length === 1 ? alternatives[0] : `(${alternatives.join(' OR ')})`;
    (clause.negated ? negative : positive).push(expression);
  }
  if (positive.length === 0) return { ok: false, reason: 'only-exclusions' };
  const match = negative.length === 0 ? positive.join(' AND ') : [`(${positive.join(' AND ')})`, ...negative].join(' NOT ');
  return { ok: true, match };
}
