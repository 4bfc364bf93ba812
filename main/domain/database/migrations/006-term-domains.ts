import type { Migration } from '../migrate';

/**
 * Subject fields a termbase file brought in (issue "Terminology workbench"): the starter termbase's fields ship with
 * the app; a TBX or CSV file from another tool names its own ("Oncology"), and its concepts must keep them. A row
 * with the id of a starter field replaces that field's names.
 */
export const termDomainsMigration: Migration = {
  version: 6,
  name: 'term-domains',
  up(db) {
    db.exec(`
      CREATE TABLE term_domain (
        id TEXT PRIMARY KEY,
        zh TEXT NOT NULL,
        en TEXT NOT NULL
      ) STRICT;
    `);
  },
};
