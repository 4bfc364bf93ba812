import { stemmer } from 'stemmer';

/**
 * A bilingual lexicon for the aligner and for finding a word's rendering:
 * Chinese words (Simplified and Traditional) to English "keys", and English
 * text to the same keys. A key is a Porter stem cut to five letters, so the
 * glosses of CC-CEDICT meet the inflections of running text (hospital,
 * hospitals → hospi; medical, medicine → medic) without a full morphology.
 */
export interface LexiconEntry {
  /** The Chinese forms that share these glosses (Simplified, Traditional). */
  forms: string[];
  /** English glosses, as a dictionary writes them ("to raise", "a plan; a program"). */
  glosses: string[];
}

const KEY_LENGTH = 5;
/** Words no gloss or sentence is aligned by. */
const STOPWORDS = new Set(
  (
    'a an the to of and or in on at by for with from as is are was were be been being it its this that these those ' +
    'which who whom whose what when where why how not no nor but if then than so such also very more most much many ' +
    'some any all each every other another into onto upon about over under out up down off via per etc ' +
    'sb sth something someone somebody oneself his her their our your my me him them us we you he she they i ' +
    'have has had do does did will would shall should can could may might must cl abbr variant see surname ' +
    'used kind sort type person thing way'
  ).split(/\s+/),
);
/** Parts of a CC-CEDICT gloss that say nothing about meaning. */
const GLOSS_NOISE = /\([^)]*\)|\[[^\]]*\]|\bCL:.*$|\b(?:old |archaic |Japanese |Taiwan )?variant of .*$|\bsee (?:also )?[^\s;]+|\babbr\. (?:for|of) .*$|\bsurname \w+|[^\x20-\x7e]+/g;

/** Cheap test before the costly GLOSS_NOISE replacement: most glosses have none of it. */
const NOISE_HINT = /[([]|CL:|variant|see |abbr\.|surname|[^\x20-\x7e]/;
const GLOSS_WORD_BREAK = /[^a-z0-9]+/;
/** A Han character of CC-CEDICT's range (CJK unified, extension A, compatibility): the dictionary's words and their users'. */
export const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/** A dictionary word of a Chinese text: UTF-16 offsets and the keys of its glosses. */
export interface ChineseWord {
  start: number;
  end: number;
  keys: Int32Array;
}

/** A content word of an English text: UTF-16 offsets and its key (-1 when no entry explains it). */
export interface EnglishWord {
  start: number;
  end: number;
  key: number;
}

const COMPACT_HEADER = 'duizhao-lexicon 1';

/** Marks a string that starts some Chinese form but is not one itself. */
const PREFIX_ONLY = -1;

export class Lexicon {
  private readonly keyIds = new Map<string, number>();
  private readonly keyNames: string[] = [];
  /**
   * Chinese forms (and their prefixes, PREFIX_ONLY) to the number of their key
   * list. The lists live in one pool, not one typed array per form: CC-CEDICT's
   * 190,000 forms as separate arrays took some 20 MB more heap (81 against 60 MB read from the JSON).
   */
  private readonly words = new Map<string, number>();
  private readonly listStart: number[] = [];
  private readonly listEnd: number[] = [];
  /** The key lists end to end, [0, poolLength) in use; grown by doubling, so a list read earlier stays valid. */
  private pool = new Int32Array(1024);
  private poolLength = 0;
  /** English words and their key ids, once worked out. */
  private readonly stemCache = new Map<string, number>();
  /** Words whose key no entry had when they were last looked up. */
  private readonly unexplained = new Set<string>();

  constructor(entries: Iterable<LexiconEntry>) {
    for (const entry of entries) this.add(entry);
  }

  /**
   * The lexicon as text, for the build to write beside the app's bundles: read
   * back by fromCompact in a fifth of the time and far less memory than
   * CC-CEDICT's JSON, whose 16 MB of glosses the app never needs again.
   * Line 1 names the format, line 2 the keys; then a line per Chinese form with
   * the numbers of its keys.
   */
  toCompact(): string {
    const lines = [COMPACT_HEADER, this.keyNames.join(' ')];
    for (const [form, list] of this.words) if (list !== PREFIX_ONLY) lines.push(`${form}\t${this.listKeys(list).join(' ')}`);
    return lines.join('\n');
  }

  static fromCompact(text: string): Lexicon {
    const lines = text.split('\n');
    if (lines[0] !== COMPACT_HEADER) throw new Error(`Not a compact lexicon (${lines[0].slice(0, 40)})`);
    const lexicon = new Lexicon([]);
    for (const name of lines[1].split(' ')) {
      lexicon.keyIds.set(name, lexicon.keyNames.length);
      lexicon.keyNames.push(name);
    }
    const lists = new Map<string, number>();
    for (let k = 2; k < lines.length; k++) {
      const tab = lines[k].indexOf('\t');
      const form = lines[k].slice(0, tab);
      const keys = lines[k].slice(tab + 1);
      let list = lists.get(keys);
      if (list === undefined) lists.set(keys, (list = lexicon.addList(keys.split(' ').map(Number))));
      lexicon.words.set(form, list);
    }
    for (const form of [...lexicon.words.keys()])
      for (let end = form.length - 1; end >= 1 && !lexicon.words.has(form.slice(0, end)); end--) lexicon.words.set(form.slice(0, end), PREFIX_ONLY);
    return lexicon;
  }

  /** Adds an entry; a form seen before gets the union of both entries' keys. */
  add(entry: LexiconEntry): void {
    const keys: number[] = [];
    for (const gloss of entry.glosses) {
      const plain = NOISE_HINT.test(gloss) ? gloss.replace(GLOSS_NOISE, ' ') : gloss;
      for (const word of plain.toLowerCase().split(GLOSS_WORD_BREAK)) {
        const id = word.length < 2 ? -1 : this.keyOfWord(word, true);
        if (id >= 0 && !keys.includes(id)) keys.push(id);
      }
    }
    if (keys.length === 0) return;
    let list = -1;
    for (const form of entry.forms) {
      if (!HAN.test(form)) continue;
      const known = this.words.get(form) ?? PREFIX_ONLY;
      if (known !== PREFIX_ONLY) this.words.set(form, this.addList([...new Set([...this.listKeys(known), ...keys])]));
      else this.words.set(form, list >= 0 ? list : (list = this.addList(keys)));
      // Every shorter prefix is known too, as a prefix only, so matching can stop where no word goes on.
      for (let end = form.length - 1; end >= 1 && !this.words.has(form.slice(0, end)); end--) this.words.set(form.slice(0, end), PREFIX_ONLY);
    }
  }

  private addList(keys: readonly number[]): number {
    if (this.poolLength + keys.length > this.pool.length) {
      const grown = new Int32Array(Math.max(this.pool.length * 2, this.poolLength + keys.length));
      grown.set(this.pool.subarray(0, this.poolLength));
      this.pool = grown;
    }
    this.listStart.push(this.poolLength);
    this.pool.set(keys, this.poolLength);
    this.poolLength += keys.length;
    this.listEnd.push(this.poolLength);
    return this.listStart.length - 1;
  }

  private listKeys(list: number): Int32Array {
    return this.pool.subarray(this.listStart[list], this.listEnd[list]);
  }

  /** Chinese forms with glosses. */
  get size(): number {
    let forms = 0;
    for (const list of this.words.values()) if (list !== PREFIX_ONLY) forms++;
    return forms;
  }

  keyName(id: number): string {
    return this.keyNames[id];
  }

  /**
   * The key id of an English word (already lowercased); -1 for a stop word,
   * or, unless `create`, for a word whose key no Chinese entry has.
   */
  keyOfWord(word: string, create = false): number {
    const cached = this.stemCache.get(word);
    if (cached !== undefined) return cached;
    if (!create && this.unexplained.has(word)) return -1;
    if (word.length < 2 || STOPWORDS.has(word) || /^\d/.test(word)) return -1;
    const key = stemmer(word).slice(0, KEY_LENGTH);
    let id = this.keyIds.get(key);
    if (id === undefined) {
      if (!create) {
        this.unexplained.add(word);
        return -1;
      }
      id = this.keyNames.length;
      this.keyIds.set(key, id);
      this.keyNames.push(key);
      // A word found unexplained before may have this key: look it up again next time.
      this.unexplained.clear();
    }
    this.stemCache.set(word, id);
    return id;
  }


  get keyCount(): number {
    return this.keyNames.length;
  }

  /**
   * The dictionary words of a Chinese text, by forward maximum matching; a
   * character the lexicon lacks is skipped.
   */
  chineseWords(text: string): ChineseWord[] {
    const found: ChineseWord[] = [];
    let i = 0;
    while (i < text.length) {
      const matched = this.longestWordAt(text, i);
      if (matched > 0) found.push({ start: i, end: i + matched, keys: this.listKeys(this.words.get(text.slice(i, i + matched))!) });
      i += matched || 1;
    }
    return found;
  }

  /** The length of the longest glossed Chinese form starting at `at` (0 when none does): one step of maximum matching. */
  longestWordAt(text: string, at: number): number {
    let matched = 0;
    for (let end = at + 1; end <= text.length; end++) {
      const list = this.words.get(text.slice(at, end));
      if (list === undefined) break;
      if (list !== PREFIX_ONLY) matched = end - at;
    }
    return matched;
  }

  /** Content words of an English text with their key ids (-1 for words no entry explains). */
  englishWords(text: string): EnglishWord[] {
    const out: EnglishWord[] = [];
    for (const m of text.matchAll(/[A-Za-z][A-Za-z'-]*/g)) {
      const word = m[0].toLowerCase().replace(/'s$/, '');
      if (word.length < 2 || STOPWORDS.has(word)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, key: this.keyOfWord(word) });
    }
    return out;
  }
}
