import { randomUUID } from 'node:crypto';
import type { Annotation } from '../../../contract/annotations';
import type { CitationStyle } from '../../../contract/briefing';
import type { UiLanguage } from '../../../contract/languages';
import {
  PACK_ITEMS_MAX,
  PACK_TITLE_MAX_LENGTH,
  QUOTE_STATUSES,
  type Pack,
  type PackCheck,
  type PackEdit,
  type PackItem,
  type PackSection,
  type PackSummary,
  type QuoteCard,
  type QuoteSource,
  type QuoteStatus,
} from '../../../contract/packs';
import type { Connection } from '../database/connection';
import { storageErrorCode } from '../database/sqliteErrors';
import { DomainError } from '../errors';
import { applyPackEdit } from './packEdits';
import { itemFromRow, PackStore, type PackRow } from './packStore';
import { makeQuoteCards, type QuoteCorpus } from './quoteCards';
import { checkQuoteCards } from './quoteChecks';

export interface PackServiceOptions {
  corpus: QuoteCorpus & { readonly version: string };
  /** An annotation placed on today's text; throws not-found when there is none. */
  annotation(id: string): Annotation;
  /** The author name in Settings, recorded as who changed a pack last. */
  author: () => string;
  /** The user's citation style (citationStyleOf), for new cards. */
  citationStyle: () => CitationStyle;
  /** The interface language, which names a duplicate. */
  uiLanguage: () => UiLanguage;
  now?: () => Date;
  newId?: () => string;
}

export interface NewPack {
  title: string;
  occasion?: string;
  date?: string | null;
}

/**
 * Briefing packs in the user database (issue #12). Every change is one
 * transaction that also records when and by whom the pack was changed last;
 * it answers with the pack as it is then. Deleted packs, sections and items
 * are kept for Undo until the packs are next opened.
 */
export class PackService {
  private readonly store: PackStore;
  private readonly now: () => Date;
  private readonly newId: () => string;

  constructor(
    private readonly db: Connection,
    private readonly options: PackServiceOptions,
  ) {
    this.store = new PackStore(db);
    this.now = options.now ?? (() => new Date());
    this.newId = options.newId ?? randomUUID;
    try {
      this.db.transaction(() => this.store.purgeDeleted()).immediate();
    } catch (error) {
      // A database that cannot be written keeps its marked rows: they stay hidden all the same.
      if (storageErrorCode(error) === null) throw error;
    }
  }

  list(): PackSummary[] {
    return this.store.summaries();
  }

  get(id: string): Pack {
    const row = this.requirePack(id);
    const sections = this.store.sections(id).filter((s) => s.deleted_at === null);
    const live = new Map<string, PackSection>(sections.map((s) => [s.id, { id: s.id, title: s.title, items: [] }]));
    const items = this.store.items(id).filter((i) => i.deleted_at === null && live.has(i.section_id));
    const cards = new Set(items.filter((i) => i.kind === 'quote').map((i) => i.id));
    for (const row of items) {
      const item = itemFromRow(row);
      // A deleted card drops out of the answers citing it, and comes back with Undo.
      live.get(row.section_id)?.items.push(item.kind === 'qa' ? { ...item, cites: item.cites.filter((c) => cards.has(c)) } : item);
    }
    return {
      id: row.id,
      title: row.title,
      occasion: row.occasion,
      date: row.date,
      sections: [...live.values()],
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      updatedBy: row.updated_by,
    };
  }

  /** A new pack with one untitled section. */
  create(input: NewPack): Pack {
    const id = this.newId();
    const at = this.now().toISOString();
    this.db
      .transaction(() => {
        this.store.insertPack({ id, title: input.title, occasion: input.occasion ?? '', date: input.date ?? null, created_at: at, updated_at: at, updated_by: this.options.author() });
        this.store.insertSection({ id: this.newId(), pack_id: id, position: 0, title: '' });
      })
      .immediate();
    return this.get(id);
  }

  edit(id: string, edit: PackEdit): Pack {
    this.write(id, () =>
      applyPackEdit(edit, {
        packId: id,
        store: this.store,
        corpus: this.options.corpus,
        now: () => this.now().toISOString(),
        newId: this.newId,
        check: (card) => this.checkCards([card])[0],
      }),
    );
    return this.get(id);
  }

  /** New ids for the pack, its sections and items; answers cite the copies of their cards. */
  duplicate(id: string): Pack {
    const original = this.get(id);
    const copyId = this.newId();
    const at = this.now().toISOString();
    const cardIds = new Map<string, string>();
    const sections = original.sections.map((s) => ({ id: this.newId(), title: s.title, items: s.items.map((item) => ({ ...item, id: this.newIdFor(item, cardIds) })) }));
    this.db
      .transaction(() => {
        this.store.insertPack({
          id: copyId,
          title: copyTitle(original.title, this.options.uiLanguage()),
          occasion: original.occasion,
          date: original.date,
          created_at: at,
          updated_at: at,
          updated_by: this.options.author(),
        });
        sections.forEach((section, position) => {
          this.store.insertSection({ id: section.id, pack_id: copyId, position, title: section.title });
          section.items.forEach((item, i) => {
            const copy: PackItem = item.kind === 'qa' ? { ...item, cites: item.cites.map((c) => cardIds.get(c) ?? c) } : item;
            this.store.insertItem(copyId, section.id, i, copy);
          });
        });
      })
      .immediate();
    return this.get(copyId);
  }

  /** Kept, hidden, until the packs are next opened: restore brings it back. */
  delete(id: string): void {
    this.db
      .transaction(() => {
        this.requirePack(id);
        this.store.markPackDeleted(id, this.now().toISOString());
      })
      .immediate();
  }

  restore(id: string): Pack {
    this.db
      .transaction(() => {
        if (!this.store.pack(id)) throw new DomainError('not-found', `No pack ${id}`);
        this.store.markPackDeleted(id, null);
      })
      .immediate();
    return this.get(id);
  }

  /** Quote cards made from the corpus as it is now, appended to a section (by default the last). */
  addQuotes(packId: string, sources: readonly QuoteSource[], options: { sectionId?: string; note?: string } = {}): Pack {
    this.requirePack(packId);
    const cards = this.quoteCards(sources, options.note);
    this.write(packId, () => {
      const sections = this.store.sections(packId).filter((s) => s.deleted_at === null);
      const section = options.sectionId === undefined ? sections[sections.length - 1] : sections.find((s) => s.id === options.sectionId);
      if (!section) throw new DomainError('not-found', `No section ${options.sectionId ?? ''} in pack ${packId}`);
      if (this.store.liveItemCount(packId) + cards.length > PACK_ITEMS_MAX) throw new DomainError('pack-full', `A pack holds at most ${PACK_ITEMS_MAX} items`);
      const items = this.store.sectionItems(section.id);
      const next = items.length === 0 ? 0 : items[items.length - 1].position + 1;
      cards.forEach((card, i) => this.store.insertItem(packId, section.id, next + i, card));
    });
    return this.get(packId);
  }

  /**
   * Quote cards for these sources in the user's citation style, stored
   * nowhere (exportQuotes exports search results without a pack); see makeQuoteCards.
   */
  quoteCards(sources: readonly QuoteSource[], note?: string): QuoteCard[] {
    return makeQuoteCards(sources, {
      corpus: this.options.corpus,
      annotation: this.options.annotation,
      style: this.options.citationStyle(),
      note,
      now: this.now,
      newId: this.newId,
    });
  }

  /** Every quote card of the pack checked against today's corpus. */
  check(packId: string): PackCheck {
    const cards = this.get(packId).sections.flatMap((s) => s.items.filter((i): i is QuoteCard => i.kind === 'quote'));
    const checks = this.checkCards(cards);
    const counts = Object.fromEntries(QUOTE_STATUSES.map((s) => [s, 0])) as Record<QuoteStatus, number>;
    for (const check of checks) counts[check.status]++;
    return { packId, checkedAt: this.now().toISOString(), corpusVersion: this.options.corpus.version, checks, counts };
  }

  private checkCards(cards: readonly QuoteCard[]) {
    return checkQuoteCards(cards, this.options.corpus);
  }

  /** One change in one transaction, recorded as the pack's latest. */
  private write(packId: string, change: () => void): void {
    this.db
      .transaction(() => {
        this.requirePack(packId);
        change();
        this.store.touchPack(packId, this.now().toISOString(), this.options.author());
      })
      .immediate();
  }

  private newIdFor(item: PackItem, cardIds: Map<string, string>): string {
    const id = this.newId();
    if (item.kind === 'quote') cardIds.set(item.id, id);
    return id;
  }

  private requirePack(id: string): PackRow {
    const row = this.store.pack(id);
    if (!row || row.deleted_at !== null) throw new DomainError('not-found', `No pack ${id}`);
    return row;
  }
}

/** "<title> (copy)", or "<title>（副本）" in a Chinese interface; the title shortened to fit. */
export function copyTitle(title: string, language: UiLanguage): string {
  const suffix = language === 'en' ? ' (copy)' : '（副本）';
  let base = title;
  // Shortened by whole characters, never half a surrogate pair.
  while (base.length + suffix.length > PACK_TITLE_MAX_LENGTH) base = [...base].slice(0, -1).join('');
  return base + suffix;
}
