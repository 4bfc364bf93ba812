import { PACK_ITEMS_MAX, PACK_SECTIONS_MAX, type PackEdit, type PackItem, type QuoteCard, type QuoteCheck } from '../../../contract/packs';
import { DomainError } from '../errors';
import { placeAmongLive, type Ordered } from './packOrder';
import { itemFromRow, type ItemRow, type PackStore, type SectionRow } from './packStore';
import { cardAt, type QuoteCorpus } from './quoteCards';

/** What one edit works with, inside the transaction PackService opened for it. */
export interface EditContext {
  packId: string;
  store: PackStore;
  corpus: QuoteCorpus;
  now: () => string;
  newId: () => string;
  check: (card: QuoteCard) => QuoteCheck;
}

/** Applies one PackEdit to the pack's rows; throws a DomainError, and the transaction rolls back, when it cannot. */
export function applyPackEdit(edit: PackEdit, ctx: EditContext): void {
  const { store } = ctx;
  switch (edit.op) {
    case 'rename': {
      const row = store.pack(ctx.packId)!;
      store.updatePack(ctx.packId, { title: edit.title ?? row.title, occasion: edit.occasion ?? row.occasion, date: edit.date === undefined ? row.date : edit.date });
      return;
    }
    case 'add-section':
      if (store.liveSectionCount(ctx.packId) >= PACK_SECTIONS_MAX) throw new DomainError('pack-full', `A pack holds at most ${PACK_SECTIONS_MAX} sections`);
      addSection(ctx, edit.title, edit.index);
      return;
    case 'rename-section':
      store.renameSection(liveSection(ctx, edit.sectionId).id, edit.title);
      return;
    case 'delete-section':
      store.markSectionDeleted(liveSection(ctx, edit.sectionId).id, ctx.now());
      return;
    case 'restore-section':
      restoreSection(ctx, edit.sectionId);
      return;
    case 'move-section': {
      const section = liveSection(ctx, edit.sectionId);
      renumber(placeAmongLive(store.sections(ctx.packId), section, edit.index), (id, i) => store.setSectionPosition(id, i));
      return;
    }
    case 'add-point':
      addItem(ctx, edit.sectionId, { kind: 'point', id: ctx.newId(), text: edit.text }, edit.index);
      return;
    case 'add-question':
      addItem(ctx, edit.sectionId, { kind: 'qa', id: ctx.newId(), question: edit.question, answer: edit.answer, cites: checkedCites(ctx, edit.cites) }, edit.index);
      return;
    case 'edit-point':
      store.replaceItem({ ...liveItem(ctx, edit.itemId, 'point'), text: edit.text });
      return;
    case 'edit-question':
      store.replaceItem({ ...liveItem(ctx, edit.itemId, 'qa'), question: edit.question, answer: edit.answer, cites: checkedCites(ctx, edit.cites) });
      return;
    case 'edit-card-note':
      store.replaceItem({ ...liveItem(ctx, edit.itemId, 'quote'), note: edit.note });
      return;
    case 'delete-item':
      store.markItemDeleted(liveItem(ctx, edit.itemId).id, ctx.now());
      return;
    case 'restore-item':
      restoreItem(ctx, edit.itemId);
      return;
    case 'move-item':
      moveItem(ctx, edit.itemId, edit.sectionId, edit.index);
      return;
    case 'refresh-card':
      refreshCard(ctx, liveItem(ctx, edit.itemId, 'quote'));
      return;
  }
}

function renumber(ordered: readonly Ordered[], setPosition: (id: string, position: number) => void): void {
  ordered.forEach((entry, i) => setPosition(entry.id, i));
}

function addSection(ctx: EditContext, title: string, index: number | undefined): void {
  const sections = ctx.store.sections(ctx.packId);
  const section: SectionRow = { id: ctx.newId(), pack_id: ctx.packId, position: sections.length, title, deleted_at: null };
  ctx.store.insertSection(section);
  renumber(placeAmongLive(sections, section, index), (id, i) => ctx.store.setSectionPosition(id, i));
}

function restoreSection(ctx: EditContext, sectionId: string): void {
  const section = ctx.store.section(sectionId);
  if (!section || section.pack_id !== ctx.packId) throw new DomainError('not-found', `No section ${sectionId} in pack ${ctx.packId}`);
  if (section.deleted_at === null) return;
  if (ctx.store.liveSectionCount(ctx.packId) >= PACK_SECTIONS_MAX) throw new DomainError('pack-full', `A pack holds at most ${PACK_SECTIONS_MAX} sections`);
  const returning = ctx.store.sectionItems(sectionId).filter((i) => i.deleted_at === null).length;
  if (ctx.store.liveItemCount(ctx.packId) + returning > PACK_ITEMS_MAX) throw new DomainError('pack-full', `A pack holds at most ${PACK_ITEMS_MAX} items`);
  ctx.store.markSectionDeleted(sectionId, null);
}

function liveSection(ctx: EditContext, sectionId: string): SectionRow {
  const section = ctx.store.section(sectionId);
  if (!section || section.pack_id !== ctx.packId || section.deleted_at !== null) throw new DomainError('not-found', `No section ${sectionId} in pack ${ctx.packId}`);
  return section;
}

/** A live item of the pack (in a live section), of the kind the edit is for. */
function liveItem<K extends PackItem['kind']>(ctx: EditContext, itemId: string, kind?: K): Extract<PackItem, { kind: K }> {
  const row = ctx.store.item(itemId);
  const section = row ? ctx.store.section(row.section_id) : undefined;
  if (!row || row.pack_id !== ctx.packId || row.deleted_at !== null || section?.deleted_at !== null) {
    throw new DomainError('not-found', `No item ${itemId} in pack ${ctx.packId}`);
  }
  if (kind !== undefined && row.kind !== kind) throw new DomainError('invalid-argument', `Item ${itemId} is a ${row.kind}, not a ${kind}`);
  return itemFromRow(row) as Extract<PackItem, { kind: K }>;
}

/** An answer cites live quote cards of its own pack, each once. */
function checkedCites(ctx: EditContext, cites: readonly string[]): string[] {
  for (const id of cites) {
    const row = ctx.store.item(id);
    const section = row ? ctx.store.section(row.section_id) : undefined;
    if (!row || row.pack_id !== ctx.packId || row.kind !== 'quote' || row.deleted_at !== null || section?.deleted_at !== null) {
      throw new DomainError('invalid-argument', `An answer can cite only quote cards of its pack; ${id} is not one`);
    }
  }
  return [...new Set(cites)];
}

function requireRoom(ctx: EditContext, adding: number): void {
  if (ctx.store.liveItemCount(ctx.packId) + adding > PACK_ITEMS_MAX) throw new DomainError('pack-full', `A pack holds at most ${PACK_ITEMS_MAX} items`);
}

function addItem(ctx: EditContext, sectionId: string, item: PackItem, index: number | undefined): void {
  const section = liveSection(ctx, sectionId);
  requireRoom(ctx, 1);
  const items = ctx.store.sectionItems(section.id);
  ctx.store.insertItem(ctx.packId, section.id, items.length, item);
  const row = { id: item.id, deleted_at: null } as ItemRow;
  renumber(placeAmongLive(items, row, index), (id, i) => ctx.store.placeItem(id, section.id, i));
}

function restoreItem(ctx: EditContext, itemId: string): void {
  const row = ctx.store.item(itemId);
  if (!row || row.pack_id !== ctx.packId) throw new DomainError('not-found', `No item ${itemId} in pack ${ctx.packId}`);
  if (row.deleted_at === null) return;
  const section = ctx.store.section(row.section_id);
  if (section?.deleted_at !== null) throw new DomainError('not-found', `The section of item ${itemId} is deleted: restore the section first`);
  requireRoom(ctx, 1);
  ctx.store.markItemDeleted(itemId, null);
}

function moveItem(ctx: EditContext, itemId: string, sectionId: string, index: number): void {
  const item = liveItem(ctx, itemId);
  const target = liveSection(ctx, sectionId);
  const row = ctx.store.item(item.id)!;
  renumber(placeAmongLive(ctx.store.sectionItems(target.id), row, index), (id, i) => ctx.store.placeItem(id, target.id, i));
}

/** A moved or changed card re-made at today's place: new selectors, digest and citation; the same id, note and origin. */
function refreshCard(ctx: EditContext, card: QuoteCard): void {
  const check = ctx.check(card);
  if (check.now === null) throw new DomainError('text-changed', `The quote of card ${card.id} is no longer found in the corpus: it cannot be refreshed`);
  const { segmentId, side, start, end } = check.now;
  const fresh = cardAt({ segmentId, side, start, end }, ctx.corpus, card.citation.style, { id: card.id, origin: card.origin, note: card.note, addedAt: card.addedAt });
  ctx.store.replaceItem(fresh);
}
