import { describe, expect, it } from 'vitest';
import { openConnection } from '../../../main/domain/database/connection';
import { migrate } from '../../../main/domain/database/migrate';
import { userDatabaseMigrations } from '../../../main/domain/database/migrations';
import { indexSegments, unindexSegments, type IndexableSegment } from '../../../main/domain/search/searchIndex';
import { SearchService } from '../../../main/domain/search/searchService';

/**
 * Two documents of 60 paragraphs. 罕见 (and "rare") is in a short paragraph every tenth and in the
 * document's last segment, a long heading: by bm25 and by rowid the headings come last.
 */
function segments(): IndexableSegment[] {
  return ['a', 'b'].flatMap((documentId) =>
    Array.from({ length: 60 }, (_, i) => {
      const heading = i === 59;
      const rare = heading || i % 10 === 0;
      return {
        segmentId: `${documentId}:${i}`,
        documentId,
        docType: 'plan',
        docDate: '2024-01-01',
        kind: heading ? 'heading' : 'paragraph',
        position: i,
        zh: heading ? `附件：关于推进健康城市建设与罕见病患者保障的若干意见和具体措施（第${i}条）` : `第${i}段${rare ? '罕见' : '常见'}。`,
        en: heading ? `Annex: opinions and measures on building healthy cities and protecting patients with rare diseases (${i})` : `Item ${i} ${rare ? 'rare' : 'common'}.`,
      };
    }),
  );
}

function searchOver(all: readonly IndexableSegment[]) {
  const db = openConnection(':memory:');
  migrate(db, userDatabaseMigrations);
  db.transaction(() => indexSegments(db, all))();
  return { db, search: new SearchService([db]) };
}

/** In Chinese and in English, the two headings come before the twelve paragraphs. */
function expectHeadingsFirst(search: SearchService): void {
  for (const query of ['罕见', 'rare']) {
    const result = search.search({ query, limit: 20 });
    expect(result.total).toBe(14);
    expect(result.hits.slice(0, 2).map((h) => h.segmentId).sort()).toEqual(['a:59', 'b:59']);
    expect(result.hits.slice(2).every((h) => h.kind === 'paragraph')).toBe(true);
  }
}

describe('headings rank first, whether the source’s layout tells them or only their rows do', () => {
  const all = segments();

  it('a source added document by document (its layout tells the headings without reading rows)', () => {
    const { search } = searchOver(all);
    expectHeadingsFirst(search);
  });

  it('a source whose documents no longer hold one run of rowids each (an alignment edit rewrote segments): read rows tell', () => {
    const { db, search } = searchOver(all);
    // Rewrite the first paragraphs of document a, as an alignment edit does: they get rowids after document b's.
    const rewritten = all.filter((s) => s.documentId === 'a' && s.position < 3);
    db.transaction(() => {
      unindexSegments(db, rewritten.map((s) => s.segmentId));
      indexSegments(db, rewritten);
    })();
    expectHeadingsFirst(search);
  });
});
