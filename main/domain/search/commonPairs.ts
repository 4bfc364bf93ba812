/**
 * Two adjacent characters are searched for in one of two ways (compileQuery.ts): as a prefix of the trigram column,
 * which reads only the lists of the trigrams that start with them (a rare pair of common characters, such as 共和,
 * took 2.6 ms as the phrase of its characters and 0.05 ms so), or as the phrase of their characters, which stops at
 * the count's cap (FTS5 merges every list of a prefix before it returns a row, so a pair as common as 发展 took
 * 7.8 ms as a prefix and 0.5 ms as a phrase). The pairs that occur at least this often in one bulk build are
 * recorded in search_common_pair and take the phrase.
 */
export const COMMON_PAIR = 2000;

const EMPTY = 0;

/**
 * Occurrences of each pair of adjacent characters, counted in typed arrays with open addressing: a Map of strings
 * over a build's twenty million characters cost seconds. Only pairs of characters of the Basic Multilingual Plane
 * above ASCII are counted (their tokens are the characters themselves); any other pair is never taken for common.
 */
export class PairCounts {
  private keys = new Uint32Array(1 << 16);
  private counts = new Uint32Array(1 << 16);
  private size = 0;
  /** Fibonacci hashing: the top bits of the key times 2^32 / φ make the slot (32 − log2 of the table's length). */
  private shift = 16;

  /** Counts the adjacent pairs of one text's character tokens. */
  add(tokens: readonly string[]): void {
    for (let i = 1; i < tokens.length; i++) {
      const first = codeOf(tokens[i - 1]);
      const second = codeOf(tokens[i]);
      if (first !== 0 && second !== 0) this.increment(((first << 16) | second) >>> 0);
    }
  }

  /** The pairs counted at least `threshold` times, as the concatenation of their two tokens. */
  atLeast(threshold: number): string[] {
    const pairs: string[] = [];
    for (let slot = 0; slot < this.keys.length; slot++) {
      if (this.keys[slot] !== EMPTY && this.counts[slot] >= threshold) {
        pairs.push(String.fromCharCode(this.keys[slot] >>> 16, this.keys[slot] & 0xffff));
      }
    }
    return pairs;
  }

  private increment(key: number): void {
    if (this.size * 2 >= this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    for (let slot = Math.imul(key, 0x9e3779b1) >>> this.shift; ; slot = (slot + 1) & mask) {
      if (this.keys[slot] === key) {
        this.counts[slot]++;
        return;
      }
      if (this.keys[slot] === EMPTY) {
        this.keys[slot] = key;
        this.counts[slot] = 1;
        this.size++;
        return;
      }
    }
  }

  private grow(): void {
    const { keys, counts } = this;
    this.keys = new Uint32Array(keys.length * 2);
    this.counts = new Uint32Array(keys.length * 2);
    this.shift--;
    const mask = this.keys.length - 1;
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === EMPTY) continue;
      let slot = Math.imul(keys[i], 0x9e3779b1) >>> this.shift;
      while (this.keys[slot] !== EMPTY) slot = (slot + 1) & mask;
      this.keys[slot] = keys[i];
      this.counts[slot] = counts[i];
    }
  }
}

/** A token's UTF-16 code when it is one character of the Basic Multilingual Plane above ASCII, outside the surrogates; else 0. */
function codeOf(token: string): number {
  if (token.length !== 1) return 0;
  const code = token.charCodeAt(0);
  return code >= 0x80 && (code < 0xd800 || code > 0xdfff) ? code : 0;
}
