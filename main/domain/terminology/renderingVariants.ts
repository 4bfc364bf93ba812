import type { VariantKind } from '../../../contract/terminology';

/**
 * How two written forms of one rendering differ when they differ only in
 * case, spelling (words joined or apart), hyphenation or number ("health
 * services industry" beside "health service industry"). The plural of the
 * whole term, which grammar asks for, is not a variant, nor is a capital a
 * sentence's start asks for: see `formOf`.
 */

const WORD_BREAK = /[\s-]+/;

/** A word's singular, for the few plural forms English terms take (endsWith, not patterns: it runs on every word audited). */
export function singular(word: string): string {
  return word.length <= 3 ? word : singularOf(word, word.toLowerCase());
}

/** `singular` of a word already in lower case, without lowering it again: the audit's loose look runs it on every word. */
export function singularOfLower(lower: string): string {
  return lower.length <= 3 ? lower : singularOf(lower, lower);
}

/**
 * Whether a lower-case word of this length and last letter is its own singular, told without the word: every
 * plural ending `singular` knows ends in s, a or n, and words of three letters or fewer are left as they are.
 */
export function isOwnSingular(length: number, lastCode: number): boolean {
  return length <= 3 || (lastCode !== 115 && lastCode !== 97 && lastCode !== 110);
}

function singularOf(word: string, lower: string): string {
  // Most words are let through on their last letter.
  if (isOwnSingular(4, lower.charCodeAt(lower.length - 1))) return word;
  if (lower.endsWith('ies')) return `${word.slice(0, -3)}${word.at(-3) === 'I' ? 'Y' : 'y'}`;
  if (lower.endsWith('ches') || lower.endsWith('shes') || lower.endsWith('sses') || lower.endsWith('xes')) return word.slice(0, -2);
  if (lower.endsWith('ia') && lower.length > 5) return `${word.slice(0, -1)}um`;
  if (lower.endsWith('men')) return `${word.slice(0, -2)}an`;
  if (lower.endsWith('s') && !lower.endsWith('ss') && !lower.endsWith('us')) return word.slice(0, -1);
  return word;
}

/**
 * The form that counts for comparison: the last word in the singular, and
 * the first letter lower case where it stands at a sentence's start or in a
 * heading (a capital there says nothing of how the term is written).
 */
export function formOf(written: string, atSentenceStart: boolean): string {
  const words = written.split(/(\s+|-)/);
  const last = words.length - 1;
  words[last] = singular(words[last]);
  let form = words.join('');
  if (atSentenceStart) form = form.charAt(0).toLowerCase() + form.slice(1);
  return form;
}

/** Forms that are one rendering written differently share this key: lower case, every word singular, nothing between words. */
export function variantKey(form: string): string {
  return form
    .split(WORD_BREAK)
    .map((w) => singular(w).toLowerCase())
    .join('');
}

/** What distinguishes two forms of the same key. */
export function variantKinds(a: string, b: string): VariantKind[] {
  const kinds: VariantKind[] = [];
  const wordsOf = (s: string) => s.split(WORD_BREAK);
  const joined = (s: string) => wordsOf(s).map(singular).join('');
  if (joined(a) !== joined(b) && joined(a).toLowerCase() === joined(b).toLowerCase()) kinds.push('case');
  const unhyphenated = (s: string) => s.toLowerCase().replace(/-/g, ' ').replace(/\s+/g, ' ');
  if ((a.match(/-/g)?.length ?? 0) !== (b.match(/-/g)?.length ?? 0)) kinds.push('hyphenation');
  if (wordsOf(a).length !== wordsOf(b).length) kinds.push('spelling');
  const plain = (s: string) => wordsOf(unhyphenated(s)).join('');
  if (plain(a) !== plain(b)) kinds.push('number');
  return kinds;
}
