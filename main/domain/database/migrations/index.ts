import type { Migration } from '../migrate';
import { preferencesMigration } from './001-preferences';
import { readingPositionsMigration } from './002-reading-positions';
import { searchIndexMigration } from './003-search-index';
import { annotationsMigration } from './004-annotations';
import { termbaseMigration } from './005-termbase';
import { termDomainsMigration } from './006-term-domains';
import { briefingPacksMigration } from './007-briefing-packs';
import { annotationOrderMigration } from './008-annotation-order';
import { userLibraryMigration } from './009-user-library';
import { searchTrigramsMigration } from './010-search-trigrams';
import { alignmentEditsMigration } from './011-alignment-edits';
import { searchPairsMigration } from './012-search-pairs';

/** The user database's migrations, in order. Never edit one that has shipped: add the next. */
export const userDatabaseMigrations: readonly Migration[] = [
  preferencesMigration,
  readingPositionsMigration,
  searchIndexMigration,
  annotationsMigration,
  termbaseMigration,
  termDomainsMigration,
  briefingPacksMigration,
  annotationOrderMigration,
  userLibraryMigration,
  searchTrigramsMigration,
  alignmentEditsMigration,
  searchPairsMigration,
];
