import { englishWords } from './searchTokens';
import { foldCodePoints, hasHan } from './textNormalizer';

/**
 * The query language a person already knows: words, "exact phrases",
 * -exclusions and OR. Anything else typed (FTS syntax, regex characters,
 * unbalanced quotes) is plain text here; nothing reaches SQLite unescaped.
 */
export type QueryTerm =
  /** Chinese (any term with a Han character): an exact substring of the folded text. */
  | { kind: 'han'; chars: string[] }
  /** Latin script and digits: English words (a phrase when several), also a substring of the Chinese side. */
  | { kind: 'latin'; words: string[]; chars: string[]; phrase: boolean; prefix: boolean };

export interface QueryClause {
  /** Any one of these matches the clause (terms joined by OR). */
  anyOf: QueryTerm[];
  negated: boolean;
}

export interface ParsedQuery {
  clauses: QueryClause[];
}

export const MAX_QUERY_LENGTH = 500;

interface RawToken {
  text: string;
  quoted: boolean;
  negated: boolean;
  /** An unquoted token at the very end of the input: it may still be being typed. */
  atEnd: boolean;
}

function tokenize(input: string): RawToken[] {
  const tokens: RawToken[] = [];
  const re = /(-?)(?:["“”„「『]([^"“”„」』]*)["“”„」』]?|(\S+))/gu;
  for (const m of input.matchAll(re)) {
    const quoted = m[2] !== undefined;
    const text = (quoted ? m[2] : m[3]) ?? '';
    const negated = m[1] === '-' && text.length > 0;
    tokens.push({ text: negated || quoted ? text : m[1] + text, quoted, negated, atEnd: m.index + m[0].length === input.length });
  }
  return tokens;
}

function termOf(token: RawToken, prefixMode: boolean): QueryTerm | null {
  const chars = foldCodePoints(token.text.trim());
  if (chars.length === 0) return null;
  if (hasHan(token.text)) return { kind: 'han', chars: chars.filter((c) => c.trim() !== '' || token.quoted) };
  const words = englishWords(token.text).map((w) => w.word);
  if (words.length === 0) return null;
  return {
    kind: 'latin',
    words,
    // On the Chinese side a Latin term is a literal substring (83.67, 5G, CA), edges' punctuation aside.
    chars: token.quoted ? chars : foldCodePoints(token.text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')),
    phrase: token.quoted || words.length > 1,
    prefix: prefixMode && token.atEnd && !token.quoted,
  };
}

/**
 * Reads a query. `prefixMode` (search as you type) lets the last word match
 * as a prefix. Returns no clauses when nothing searchable is left.
 */
export function parseQuery(input: string, prefixMode = false): ParsedQuery {
  // Control characters and lone surrogates (never in a document's text) become spaces; pairs stay whole.
  // eslint-disable-next-line no-control-regex
  const cleaned = input.replace(/[\u0000-\u001f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, ' ');
  const text = [...cleaned.normalize('NFC')].slice(0, MAX_QUERY_LENGTH).join('');
  const clauses: QueryClause[] = [];
  let joinNext = false;
  for (const token of tokenize(text)) {
    if (!token.quoted && (token.text === 'OR' || token.text === '|')) {
      joinNext = clauses.length > 0;
      continue;
    }
    // AND is what terms do anyway.
    if (!token.quoted && (token.text === 'AND' || token.text === '&&')) continue;
    const term = termOf(token, prefixMode);
    if (!term) continue;
    const previous = clauses.at(-1);
    if (joinNext && previous && !previous.negated && !token.negated) previous.anyOf.push(term);
    else clauses.push({ anyOf: [term], negated: token.negated });
    joinNext = false;
  }
  return { clauses };
}
