import SearchableMap from 'minisearch/SearchableMap';
import type { Connection } from '../database/connection';
import type { Vocabulary } from './compileQuery';
import type { PreparedStatements } from './preparedStatements';

/** Completions offered for a word being typed. */
const COMPLETIONS = 12;

interface VocabularyWord {
  word: string;
  df: number;
}

interface SourceVocabulary {
  key: string;
  /** Built on the first near-miss lookup: completions, which every search as you type asks for, need only the list. */
  tree: SearchableMap<number> | null;
  byFrequency: VocabularyWord[];
}

/**
 * The English words of every source's index: MiniSearch's radix tree for near
 * misses, and the words by frequency for completions. Loaded on first use,
 * and again once the database has changed. Common pairs of Chinese
 * characters are looked up in each source as a query asks.
 */
export class EnglishVocabularies {
  private readonly bySource = new Map<Connection, SourceVocabulary>();

  constructor(
    private readonly sources: readonly Connection[],
    private readonly statements: PreparedStatements,
  ) {}

  /**
   * The vocabulary the query compiler asks for completions and near misses;
   * every word it hands out is collected so the highlighter marks it too, and
   * each typo it corrects is recorded in `corrections` (the typed word → its
   * corrections). With `corrections` null (an exact search), no typo is corrected.
   */
  collecting(collect: Set<string>, corrections: Map<string, string[]> | null = new Map()): Vocabulary {
    return {
      completions: (prefix) => {
        if (prefix.length < 2 || !/^\p{L}+$/u.test(prefix)) return [];
        // The most frequent words that start with the prefix: a walk down the frequency list stops at twelve.
        const found: VocabularyWord[] = [];
        for (const db of this.sources) {
          let taken = 0;
          for (const entry of this.of(db).byFrequency) {
            if (!entry.word.startsWith(prefix)) continue;
            found.push(entry);
            if (++taken === COMPLETIONS) break;
          }
        }
        const words = found.sort((a, b) => b.df - a.df).slice(0, COMPLETIONS).map((entry) => entry.word);
        words.forEach((w) => collect.add(w));
        return words;
      },
      similar: (word) => {
        // Only a word the index does not know is taken for a typo.
        if (corrections === null || word.length < 5 || !/^\p{L}+$/u.test(word) || this.sources.some((db) => this.treeOf(db).has(word))) return [];
        const found: [string, number, number][] = [];
        for (const db of this.sources) {
          for (const [candidate, [df, distance]] of this.treeOf(db).fuzzyGet(word, word.length >= 8 ? 2 : 1)) {
            if (candidate !== word) found.push([candidate, distance, df]);
          }
        }
        const best = found.sort((a, b) => a[1] - b[1] || b[2] - a[2]).slice(0, 4).map(([candidate]) => candidate);
        best.forEach((w) => collect.add(w));
        if (best.length > 0) corrections.set(word, best);
        return best;
      },
      commonPair: (pair) => this.sources.some((db) => this.statements.get(db, 'SELECT 1 FROM search_common_pair WHERE pair = ?').pluck().get(pair) !== undefined),
    };
  }

  private of(db: Connection): SourceVocabulary {
    const key = this.statements.changeKey(db);
    const cached = this.bySource.get(db);
    if (cached?.key === key) return cached;
    const words = this.statements.get(db, 'SELECT word, df FROM search_word ORDER BY df DESC').all() as VocabularyWord[];
    const vocabulary = { key, tree: null, byFrequency: words };
    this.bySource.set(db, vocabulary);
    return vocabulary;
  }

  private treeOf(db: Connection): SearchableMap<number> {
    const vocabulary = this.of(db);
    if (!vocabulary.tree) {
      vocabulary.tree = new SearchableMap<number>();
      for (const { word, df } of vocabulary.byFrequency) vocabulary.tree.set(word, df);
    }
    return vocabulary.tree;
  }
}
