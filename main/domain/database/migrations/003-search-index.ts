import { SEARCH_SCHEMA } from '../../search/searchIndex';
import type { Migration } from '../migrate';

/** The search index of the user's own documents (imports); the bundled corpus carries its own. */
export const searchIndexMigration: Migration = {
  version: 3,
  name: 'search-index',
  up(db) {
    db.exec(SEARCH_SCHEMA);
  },
};
