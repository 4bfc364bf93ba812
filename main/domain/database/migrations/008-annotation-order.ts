import type { Migration } from '../migrate';

/**
 * The Annotations screen pages its list in SQL (issue #14). Sorted newest
 * first (created or last edited), the first page is read from these indexes
 * in order, without sorting every live annotation; the id breaks ties as the
 * list's ORDER BY does. Position order depends on the corpus and is sorted.
 */
export const annotationOrderMigration: Migration = {
  version: 8,
  name: 'annotation-order',
  up(db) {
    db.exec(`
      CREATE INDEX annotation_live_by_created ON annotation (deleted_at, created_at DESC, id);
      CREATE INDEX annotation_live_by_updated ON annotation (deleted_at, updated_at DESC, id);
    `);
  },
};
