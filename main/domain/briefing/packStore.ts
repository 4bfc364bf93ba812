import type { Statement } from 'better-sqlite3';
import type { PackItem, PackSummary } from '../../../contract/packs';
import type { Connection } from '../database/connection';

export interface PackRow {
  id: string;
  title: string;
  occasion: string;
  date: string | null;
  created_at: string;
  updated_at: string;
  updated_by: string;
  deleted_at: string | null;
}

export interface SectionRow {
  id: string;
  pack_id: string;
  position: number;
  title: string;
  deleted_at: string | null;
}

export interface ItemRow {
  id: string;
  pack_id: string;
  section_id: string;
  position: number;
  kind: PackItem['kind'];
  item_json: string;
  deleted_at: string | null;
}

/** An item's content as stored: everything but its id and kind, which have columns. */
export type StoredItem = { [K in PackItem['kind']]: Omit<Extract<PackItem, { kind: K }>, 'id' | 'kind'> }[PackItem['kind']];

export function itemFromRow(row: Pick<ItemRow, 'id' | 'kind' | 'item_json'>): PackItem {
  return { kind: row.kind, id: row.id, ...(JSON.parse(row.item_json) as object) } as PackItem;
}

export function itemJson(item: PackItem): string {
  const { id: _id, kind: _kind, ...content } = item;
  return JSON.stringify(content);
}

/** The pack tables (migration 007), statement by statement; the service decides what they mean. */
export class PackStore {
  private readonly statements = new Map<string, Statement>();

  constructor(private readonly db: Connection) {}

  private run(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (!statement) this.statements.set(sql, (statement = this.db.prepare(sql)));
    return statement;
  }

  /** Deleted packs, sections and items were kept for Undo in the last session only. */
  purgeDeleted(): void {
    this.run('DELETE FROM pack_item WHERE deleted_at IS NOT NULL').run();
    this.run('DELETE FROM pack_section WHERE deleted_at IS NOT NULL').run();
    this.run('DELETE FROM pack WHERE deleted_at IS NOT NULL').run();
  }

  summaries(): PackSummary[] {
    const rows = this.run(
      `SELECT p.id, p.title, p.occasion, p.date, p.updated_at,
              (SELECT count(*) FROM pack_section s WHERE s.pack_id = p.id AND s.deleted_at IS NULL) AS sections,
              count(i.id) FILTER (WHERE i.kind = 'quote') AS cards,
              count(i.id) FILTER (WHERE i.kind = 'point') AS points,
              count(i.id) FILTER (WHERE i.kind = 'qa') AS questions
       FROM pack p
       LEFT JOIN pack_section s ON s.pack_id = p.id AND s.deleted_at IS NULL
       LEFT JOIN pack_item i ON i.section_id = s.id AND i.deleted_at IS NULL
       WHERE p.deleted_at IS NULL
       GROUP BY p.id
       ORDER BY p.updated_at DESC, p.rowid DESC`,
    ).all() as { id: string; title: string; occasion: string; date: string | null; updated_at: string; sections: number; cards: number; points: number; questions: number }[];
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      occasion: r.occasion,
      date: r.date,
      sectionCount: r.sections,
      cardCount: r.cards,
      pointCount: r.points,
      questionCount: r.questions,
      updatedAt: r.updated_at,
    }));
  }

  pack(id: string): PackRow | undefined {
    return this.run('SELECT * FROM pack WHERE id = ?').get(id) as PackRow | undefined;
  }

  insertPack(row: Omit<PackRow, 'deleted_at'>): void {
    this.run(
      `INSERT INTO pack (id, title, occasion, date, created_at, updated_at, updated_by)
       VALUES (@id, @title, @occasion, @date, @created_at, @updated_at, @updated_by)`,
    ).run(row);
  }

  updatePack(id: string, fields: Pick<PackRow, 'title' | 'occasion' | 'date'>): void {
    this.run('UPDATE pack SET title = @title, occasion = @occasion, date = @date WHERE id = @id').run({ id, ...fields });
  }

  touchPack(id: string, at: string, by: string): void {
    this.run('UPDATE pack SET updated_at = ?, updated_by = ? WHERE id = ?').run(at, by, id);
  }

  markPackDeleted(id: string, at: string | null): void {
    this.run('UPDATE pack SET deleted_at = ? WHERE id = ?').run(at, id);
  }

  /** The pack's sections in order, deleted ones included. */
  sections(packId: string): SectionRow[] {
    return this.run('SELECT * FROM pack_section WHERE pack_id = ? ORDER BY position, rowid').all(packId) as SectionRow[];
  }

  section(id: string): SectionRow | undefined {
    return this.run('SELECT * FROM pack_section WHERE id = ?').get(id) as SectionRow | undefined;
  }

  insertSection(row: Omit<SectionRow, 'deleted_at'>): void {
    this.run('INSERT INTO pack_section (id, pack_id, position, title) VALUES (@id, @pack_id, @position, @title)').run(row);
  }

  renameSection(id: string, title: string): void {
    this.run('UPDATE pack_section SET title = ? WHERE id = ?').run(title, id);
  }

  markSectionDeleted(id: string, at: string | null): void {
    this.run('UPDATE pack_section SET deleted_at = ? WHERE id = ?').run(at, id);
  }

  setSectionPosition(id: string, position: number): void {
    this.run('UPDATE pack_section SET position = ? WHERE id = ?').run(position, id);
  }

  /** The pack's items in order, deleted ones (and those of deleted sections) included. */
  items(packId: string): ItemRow[] {
    return this.run('SELECT * FROM pack_item WHERE pack_id = ? ORDER BY position, rowid').all(packId) as ItemRow[];
  }

  /** A section's items in order, deleted ones included. */
  sectionItems(sectionId: string): ItemRow[] {
    return this.run('SELECT * FROM pack_item WHERE section_id = ? ORDER BY position, rowid').all(sectionId) as ItemRow[];
  }

  item(id: string): ItemRow | undefined {
    return this.run('SELECT * FROM pack_item WHERE id = ?').get(id) as ItemRow | undefined;
  }

  /** Items that count towards PACK_ITEMS_MAX: alive, in a live section. */
  liveItemCount(packId: string): number {
    return (
      this.run(
        `SELECT count(*) AS n FROM pack_item i JOIN pack_section s ON s.id = i.section_id
         WHERE i.pack_id = ? AND i.deleted_at IS NULL AND s.deleted_at IS NULL`,
      ).get(packId) as { n: number }
    ).n;
  }

  liveSectionCount(packId: string): number {
    return (this.run('SELECT count(*) AS n FROM pack_section WHERE pack_id = ? AND deleted_at IS NULL').get(packId) as { n: number }).n;
  }

  insertItem(packId: string, sectionId: string, position: number, item: PackItem): void {
    this.run('INSERT INTO pack_item (id, pack_id, section_id, position, kind, item_json) VALUES (?, ?, ?, ?, ?, ?)').run(
      item.id,
      packId,
      sectionId,
      position,
      item.kind,
      itemJson(item),
    );
  }

  replaceItem(item: PackItem): void {
    this.run('UPDATE pack_item SET item_json = ? WHERE id = ?').run(itemJson(item), item.id);
  }

  markItemDeleted(id: string, at: string | null): void {
    this.run('UPDATE pack_item SET deleted_at = ? WHERE id = ?').run(at, id);
  }

  placeItem(id: string, sectionId: string, position: number): void {
    this.run('UPDATE pack_item SET section_id = ?, position = ? WHERE id = ?').run(sectionId, position, id);
  }
}
