import { rebuildFullText, SEARCH_COMMON_PAIR_SCHEMA } from '../../search/searchIndex';
import type { Migration } from '../migrate';

/**
 * Two adjacent characters become a prefix query on the trigram column (issue #14): each text's last two characters
 * gain a token there, so the table is made again and every indexed segment of the user's documents indexed anew
 * from its stored texts; and the table of common pairs, which stay the phrase of their characters, is created.
 */
export const searchPairsMigration: Migration = {
  version: 12,
  name: 'search-pairs',
  up(db) {
    db.exec(SEARCH_COMMON_PAIR_SCHEMA);
    rebuildFullText(db);
  },
};
