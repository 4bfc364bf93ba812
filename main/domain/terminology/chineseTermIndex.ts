import { foldedNeedle, type PreparedText } from './termMatcher';

interface Needle {
  /** The rest of the folded term after its first UTF-16 unit. */
  needle: string;
  owner: number;
}

/**
 * Which of many owners (the audit's concepts) have a Chinese term in a text,
 * found in one pass over the text's folding rather than one search per
 * term: each position looks up the terms that start with its character.
 * "Holds" is what the term matcher finds (the folded term as a substring),
 * so a text is kept exactly when the matcher would find something in it.
 */
export class ChineseTermIndex {
  /** For each UTF-16 unit, 1 + the index in `buckets` of the terms that start with it; 0 for none. An array read per character, not a map's. */
  private readonly bucketOf = new Int32Array(0x10000);
  private readonly buckets: Needle[][] = [];
  /** The pass each owner was last seen in: a text's owners counted once without a set per text. */
  private readonly seenIn: Int32Array;
  private pass = 0;

  /** `terms[i]`: the Chinese terms of owner i. */
  constructor(terms: readonly (readonly string[])[]) {
    this.seenIn = new Int32Array(terms.length).fill(-1);
    terms.forEach((texts, owner) => {
      for (const text of texts) {
        const folded = foldedNeedle(text);
        if (folded === '') continue;
        const first = folded.charCodeAt(0);
        if (this.bucketOf[first] === 0) this.bucketOf[first] = this.buckets.push([]);
        this.buckets[this.bucketOf[first] - 1].push({ needle: folded.slice(1), owner });
      }
    });
  }

  /** The owners with a term in the text, in ascending order. */
  ownersIn(text: PreparedText): number[] {
    const { folded } = text.folded;
    const pass = ++this.pass;
    const owners: number[] = [];
    for (let i = 0; i < folded.length; i++) {
      const bucket = this.bucketOf[folded.charCodeAt(i)];
      if (bucket === 0) continue;
      for (const { needle, owner } of this.buckets[bucket - 1]) {
        if (this.seenIn[owner] !== pass && folded.startsWith(needle, i + 1)) {
          this.seenIn[owner] = pass;
          owners.push(owner);
        }
      }
    }
    // Insertion sort: a paragraph holds a few concepts, and Array.prototype.sort allocates on every call.
    for (let i = 1; i < owners.length; i++) {
      const owner = owners[i];
      let k = i - 1;
      for (; k >= 0 && owners[k] > owner; k--) owners[k + 1] = owners[k];
      owners[k + 1] = owner;
    }
    return owners;
  }
}
