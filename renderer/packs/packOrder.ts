import type { Pack, PackItem, QuoteCard } from '../../contract/packs';

/** Where an item stands: its section and its index there. `index` is the place it takes once moved (move-item's meaning). */
export interface ItemPlace {
  sectionId: string;
  index: number;
}

/** Quote cards are numbered across the whole pack in order, [1] to [n], as the Q&As cite them. */
export function cardNumbers(pack: Pack): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const item of allItems(pack)) if (item.kind === 'quote') numbers.set(item.id, numbers.size + 1);
  return numbers;
}

export function allItems(pack: Pack): PackItem[] {
  return pack.sections.flatMap((section) => section.items);
}

export function quoteCards(pack: Pack): QuoteCard[] {
  return allItems(pack).filter((item): item is QuoteCard => item.kind === 'quote');
}

export function placeOf(pack: Pack, itemId: string): ItemPlace | null {
  for (const section of pack.sections) {
    const index = section.items.findIndex((item) => item.id === itemId);
    if (index >= 0) return { sectionId: section.id, index };
  }
  return null;
}

/**
 * One keyboard step of a lifted item: up or down within its section, and past
 * a section's first or last item into the neighbouring section (its end when
 * going up, its start when going down). Null at the top of the first section
 * or the bottom of the last.
 */
export function stepItem(pack: Pack, itemId: string, direction: -1 | 1): ItemPlace | null {
  const place = placeOf(pack, itemId);
  if (!place) return null;
  const at = pack.sections.findIndex((section) => section.id === place.sectionId);
  const length = pack.sections[at].items.length;
  const index = place.index + direction;
  if (index >= 0 && index < length) return { sectionId: place.sectionId, index };
  const neighbour = pack.sections[at + direction];
  if (!neighbour) return null;
  return { sectionId: neighbour.id, index: direction < 0 ? neighbour.items.length : 0 };
}

/** A section's place one step up or down; null at either end. */
export function stepSection(pack: Pack, sectionId: string, direction: -1 | 1): number | null {
  const at = pack.sections.findIndex((section) => section.id === sectionId);
  const index = at + direction;
  return at >= 0 && index >= 0 && index < pack.sections.length ? index : null;
}

/**
 * Where a dragged item lands when dropped on `target` (an item of some section)
 * or on a section's empty end (`target` null): before the target when it comes
 * from below or from another section, after it when it comes from above in the
 * same section, so that the dragged item takes the target's place.
 */
export function dropPlace(pack: Pack, draggedId: string, sectionId: string, targetId: string | null): ItemPlace | null {
  const from = placeOf(pack, draggedId);
  const section = pack.sections.find((s) => s.id === sectionId);
  if (!from || !section) return null;
  if (targetId === null) return { sectionId, index: section.items.length - (from.sectionId === sectionId ? 1 : 0) };
  const targetIndex = section.items.findIndex((item) => item.id === targetId);
  if (targetIndex < 0 || targetId === draggedId) return null;
  return { sectionId, index: targetIndex };
}
