import { describe, expect, it } from 'vitest';
import type { Connection } from '../../../main/domain/database/connection';
import { phraseRanks } from '../../../main/domain/search/phraseRank';
import { charToken } from '../../../main/domain/search/searchTokens';
import { foldCodePoints } from '../../../main/domain/search/textNormalizer';
import { bundledSources } from '../../helpers/corpus';
import { bundledSearch } from '../../helpers/search';

/** FTS5's own bm25 of the phrase's matches, by rowid. */
function ftsRanks(db: Connection, chars: readonly string[]): Map<number, number> {
  const match = `zh_chars : "${chars.map(charToken).join(' ')}"`;
  const rows = db.prepare('SELECT rowid, bm25(search_fts, 1.0, 1.0, 0.0) AS rank FROM search_fts WHERE search_fts MATCH ?').all(match) as { rowid: number; rank: number }[];
  return new Map(rows.map((r) => [r.rowid, r.rank]));
}

describe('bm25 of one Chinese phrase, computed from its matches', () => {
  it('equals FTS5 bm25 for every match of 1- to 6-character strings of the corpus (FTS5 shadow tables read as FTS5 reads them)', () => {
    const { corpus } = bundledSearch();
    const db = corpus.connection;
    const texts = bundledSources().flatMap((s) => s.segments.map((segment) => segment.zh ?? '')).filter((zh) => zh.length > 10);
    let compared = 0;
    texts.forEach((text, i) => {
      const length = 1 + (i % 6);
      const start = (i * 7) % Math.max(1, text.length - length);
      const chars = foldCodePoints(text.slice(start, start + length));
      const expected = ftsRanks(db, chars);
      const ranks = phraseRanks(db, (source, sql) => source.prepare(sql), [...expected.keys()], chars);
      expect(ranks.length).toBe(expected.size);
      for (const { rowid, rank } of ranks) expect(rank).toBeCloseTo(expected.get(rowid)!, 9);
      compared += ranks.length;
    });
    expect(compared).toBeGreaterThan(200);
  });
});
