import { openConnection, type Connection } from '../database/connection';
import { CORPUS_SCHEMA_VERSION } from './corpusDatabase';
import { DocumentTables } from './documentTables';

export class CorpusUnavailableError extends Error {}

/** Read-only access to the bundled corpus database; it never shares a file with user data. */
export class CorpusRepository extends DocumentTables {
  private constructor(
    db: Connection,
    readonly version: string,
  ) {
    super(db, 'bundled');
  }

  static open(file: string, nativeBinding?: string): CorpusRepository {
    let db: Connection;
    try {
      db = openConnection(file, { readonly: true, nativeBinding });
    } catch (error) {
      throw new CorpusUnavailableError(`The bundled corpus could not be opened at ${file}: ${(error as Error).message}`);
    }
    const info = new Map(
      (db.prepare('SELECT key, value FROM corpus_info').all() as { key: string; value: string }[]).map((r) => [r.key, r.value]),
    );
    if (info.get('schema_version') !== String(CORPUS_SCHEMA_VERSION)) {
      db.close();
      throw new CorpusUnavailableError(`The corpus at ${file} has schema ${info.get('schema_version')}; expected ${CORPUS_SCHEMA_VERSION}.`);
    }
    return new CorpusRepository(db, info.get('version') ?? 'unknown');
  }

  close(): void {
    this.db.close();
  }
}
