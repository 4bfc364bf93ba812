import type { Connection } from '../../main/domain/database/connection';

/** Every row of the annotation tables, for checking that something changed nothing. */
export function tableDump(db: Connection): unknown {
  return {
    annotations: db.prepare('SELECT * FROM annotation ORDER BY id').all(),
    conflicts: db.prepare('SELECT * FROM annotation_conflict ORDER BY annotation_id').all(),
  };
}
