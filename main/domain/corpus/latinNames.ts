/**
 * Person names left in Latin letters inside Chinese text (issue #12): "副局长Cen
 * Fukang" reads as an unfinished translation, and a speaker who quotes it
 * embarrasses himself. A name is either written in Chinese, where its Chinese
 * form is established, or flagged for a person to check.
 *
 * What counts as a name: two or more capitalised Latin words in a row ("Wu
 * Jinglei", "Xi Jinping"), or one capitalised word touching a Chinese title
 * ("Weng副市长", "主任Wu"). Acronyms and units are never capitalised words
 * (COVID-19, 5G, CT, TCM, WHO, km), so they cannot match; the allowlist holds
 * only capitalised words that are not names.
 */
const NOT_NAMES = new Set([
  // Product words Chinese text keeps in Latin letters: 手机App, 医院Logo.
  'App',
  'Logo',
  // "Internet Plus" (互联网+) where a text spells it out.
  'Internet',
  'Plus',
  // The disease name as some releases capitalise it (Covid-19).
  'Covid',
]);

const WORD = String.raw`[A-Z][a-z]+(?:-[A-Za-z][a-z]*)?`;
const TITLE = '(?:副?(?:主任|局长|市长|处长|院长|部长|厅长|书记|主席|总理|校长|所长|司长|区长|县长|省长)|总经济师|总书记|发言人|先生|女士|教授|博士|医生)';
const NAME_RUN = new RegExp(String.raw`${WORD}(?:[ \u00a0·・]${WORD})+|(?<=${TITLE})${WORD}|${WORD}(?=${TITLE})`, 'g');

/** The Latin-letter names in a Chinese text, in order of appearance. */
export function latinNamesInChinese(text: string): string[] {
  return [...text.matchAll(NAME_RUN)].map((m) => m[0]).filter((run) => run.split(/[ \u00a0·・]/).some((word) => !NOT_NAMES.has(word)));
}

/**
 * The names a review note does not cover: a note exempts a name only if it
 * names it (its English version, where the Latin form is written as is), so
 * that the note says what a person must check.
 */
export function unflaggedLatinNames(zh: string, reviewEn: string | undefined): string[] {
  return latinNamesInChinese(zh).filter((name) => !reviewEn?.includes(name));
}
