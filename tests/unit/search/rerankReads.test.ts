import { describe, expect, it } from 'vitest';
import type { Connection } from '../../../main/domain/database/connection';
import { parseQuery } from '../../../main/domain/search/queryParser';
import { rerank, type Candidate, type Ranked } from '../../../main/domain/search/rerank';

const db = {} as Connection;

/** Sixty matches by bm25, every tenth a heading (as the layout tells, or unknown when `known` is false). */
function ranked(known = true): Ranked[] {
  return Array.from({ length: 60 }, (_, i) => ({ db, rowid: i + 1, rank: -10 + i * 0.01, heading: known ? i % 10 === 9 : null }));
}

/** A reader that records what it was asked for and reads rows of a made-up source. */
function recordingReader() {
  const asked: number[][] = [];
  const read = (rows: readonly Ranked[]) => {
    asked.push(rows.map((r) => r.rowid));
    return new Map<Ranked, Candidate>(
      rows.map((r) => [
        r,
        {
          ...r,
          // As the service's reader: a read row tells whether it is a heading.
          heading: r.rowid % 10 === 0,
          segment_id: `s${r.rowid}`,
          document_id: 'd',
          kind: r.rowid % 10 === 0 ? 'heading' : 'paragraph',
          position: r.rowid,
          texts: { zh: `第${r.rowid}段：推进公共卫生建设。`, en: `Paragraph ${r.rowid}: public health.` },
        } satisfies Candidate,
      ]),
    );
  };
  return { asked, read };
}

describe('rerank reads only the rows its features look at', () => {
  it('one Chinese character: no row is read, the layout tells the headings, and they come first', () => {
    const { asked, read } = recordingReader();
    const order = rerank(ranked(), parseQuery('卫'), new Set(), read);
    expect(asked).toEqual([[]]);
    expect(order.slice(0, 4).map((r) => r.rowid)).toEqual([10, 20, 30, 40]);
    expect(order).toHaveLength(60);
  });

  it('a Chinese term of several characters: the first twenty by bm25, looked at for whole words', () => {
    const { asked, read } = recordingReader();
    rerank(ranked(), parseQuery('卫生'), new Set(), read);
    expect(asked).toEqual([Array.from({ length: 20 }, (_, i) => i + 1)]);
  });

  it('an English word: all forty reranked, for exact words and proximity', () => {
    const { asked, read } = recordingReader();
    const order = rerank(ranked(), parseQuery('health'), new Set(), read);
    expect(asked[0]).toHaveLength(40);
    const first = order[0] as Candidate;
    const at = first.texts.en!.indexOf('health');
    expect(first.enRanges).toEqual([[at, at + 'health'.length]]);
  });

  it('without a layout, every reranked row is read for its kind', () => {
    const { asked, read } = recordingReader();
    const order = rerank(ranked(false), parseQuery('卫'), new Set(), read);
    expect(asked[0]).toHaveLength(40);
    expect(order.slice(0, 4).map((r) => r.rowid)).toEqual([10, 20, 30, 40]);
  });
});
