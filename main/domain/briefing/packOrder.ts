/**
 * Orders within a pack keep deleted rows in their places, so Undo brings a
 * section or an item back exactly where it was. Indexes the user gives count
 * the live rows only, as the user sees them.
 */
export interface Ordered {
  id: string;
  deleted_at: string | null;
}

/**
 * `entries` (in order, deleted ones included) with `moving` taken out and put
 * back before the live entry at `liveIndex`; at the end without an index or
 * past the last live entry.
 */
export function placeAmongLive<T extends Ordered>(entries: readonly T[], moving: T, liveIndex: number | undefined): T[] {
  const rest = entries.filter((e) => e.id !== moving.id);
  const live = rest.filter((e) => e.deleted_at === null);
  if (liveIndex === undefined || liveIndex >= live.length) return [...rest, moving];
  const at = rest.indexOf(live[liveIndex]);
  return [...rest.slice(0, at), moving, ...rest.slice(at)];
}
