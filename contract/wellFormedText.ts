/**
 * Lone surrogates: UTF-16 halves without their other half. JavaScript strings
 * can hold them, UTF-8 cannot; SQLite stores each as U+FFFD, so a revision
 * computed before storing would no longer match the text stored (issue 13,
 * item 9). API calls that carry them are refused (see api.ts); imported files
 * are repaired with U+FFFD, the character SQLite would have stored anyway.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function hasLoneSurrogate(text: string): boolean {
  LONE_SURROGATE.lastIndex = 0;
  return LONE_SURROGATE.test(text);
}

/** `text` with each lone surrogate replaced by U+FFFD, as UTF-8 encoders do. */
export function repairLoneSurrogates(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

export const WELL_FORMED_MESSAGE = 'text without lone surrogates (unpaired UTF-16 halves)';
