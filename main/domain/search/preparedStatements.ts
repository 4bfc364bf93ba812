import type { Statement } from 'better-sqlite3';
import type { Connection } from '../database/connection';

/** Prepared statements kept per source and SQL text: preparing costs more than many searches. */
export class PreparedStatements {
  private readonly statements = new Map<Connection, Map<string, Statement>>();

  get(db: Connection, sql: string): Statement {
    let bySql = this.statements.get(db);
    if (!bySql) this.statements.set(db, (bySql = new Map()));
    let statement = bySql.get(sql);
    if (!statement) bySql.set(sql, (statement = db.prepare(sql)));
    return statement;
  }

  /** Changes when the database does, whoever wrote to it: what cached vocabularies and layouts are keyed by. */
  changeKey(db: Connection): string {
    return `${this.get(db, 'PRAGMA data_version').pluck().get()}:${this.get(db, 'SELECT total_changes()').pluck().get()}`;
  }
}
