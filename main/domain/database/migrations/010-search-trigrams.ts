import { rebuildFullText } from '../../search/searchIndex';
import type { Migration } from '../migrate';

/**
 * The search index gains a column of character trigrams (issue #14): a Chinese string of three characters or more
 * is read from its trigrams' short position lists instead of its characters' long ones. FTS5 cannot add a column,
 * so the table is made again and every indexed segment of the user's documents indexed anew from its stored texts.
 */
export const searchTrigramsMigration: Migration = {
  version: 10,
  name: 'search-trigrams',
  up(db) {
    rebuildFullText(db);
  },
};
