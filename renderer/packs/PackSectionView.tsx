import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SECTION_TITLE_MAX_LENGTH, type PackEdit, type PackItem, type PackSection, type QuoteCard, type QuoteCheck } from '../../contract/packs';
import { GrabHandle } from './GrabHandle';
import { EditableField } from './EditableField';
import { QuestionView } from './QuestionView';
import { QuoteCardHeading, QuoteCardView } from './QuoteCardView';
import { TalkingPointView } from './TalkingPointView';
import type { usePackReorder } from './usePackReorder';

export interface SectionContext {
  cards: { card: QuoteCard; number: number }[];
  checks: Map<string, QuoteCheck>;
  reorder: ReturnType<typeof usePackReorder>;
  describe(kind: 'item' | 'section', id: string): string;
  edit(change: PackEdit): Promise<boolean>;
  deleteItem(item: PackItem): void;
  deleteSection(section: PackSection): void;
  jumpToCard(cardId: string): void;
}

/** One section of a pack: its title, edited in place, its items in order, and what can be added to it. */
export function PackSectionView({ section, context }: { section: PackSection; context: SectionContext }) {
  const { t } = useTranslation();
  const { reorder, describe, edit } = context;
  const name = describe('section', section.id);
  const addAndFocus = useFocusNewItem(section, edit);
  return (
    <section
      className="pack-section"
      data-section-id={section.id}
      data-lifted={reorder.lifted?.id === section.id || undefined}
      aria-label={name}
      onDragOver={(event) => reorder.drag.over(event, 'section')}
      onDrop={(event) => void reorder.drag.dropOnSection(event, section.id)}
    >
      <header className="pack-section-header">
        <GrabHandle
          id={section.id}
          kind="section"
          name={name}
          lifted={reorder.lifted?.id === section.id}
          onKeyDown={(event) => void reorder.onHandleKeyDown(event, 'section', section.id)}
          onBlur={() => reorder.onHandleBlur(section.id)}
          onDragStart={(event) => reorder.drag.start(event, 'section', section.id)}
          onDragEnd={reorder.drag.end}
        />
        <EditableField
          className="pack-section-title"
          label={t('packs.section.title')}
          hideLabel
          placeholder={t('packs.section.untitled')}
          value={section.title}
          maxLength={SECTION_TITLE_MAX_LENGTH}
          onSave={(title) => edit({ op: 'rename-section', sectionId: section.id, title })}
        />
        <button type="button" className="button button-quiet" onClick={() => context.deleteSection(section)} aria-label={t('packs.section.deleteNamed', { name })}>
          {t('packs.delete')}
        </button>
      </header>
      {section.items.length === 0 && <p className="pack-section-empty">{t('packs.section.empty')}</p>}
      <ol className="pack-items">
        {section.items.map((item) => (
          <PackItemView key={item.id} item={item} sectionId={section.id} context={context} />
        ))}
      </ol>
      <div
        className="pack-section-end"
        onDragOver={(event) => reorder.drag.over(event, 'item')}
        onDrop={(event) => void reorder.drag.dropOnItem(event, section.id, null)}
      >
        <button type="button" className="button button-quiet" onClick={() => void addAndFocus({ op: 'add-point', sectionId: section.id, text: '' })}>
          {t('packs.point.add')}
        </button>
        <button type="button" className="button button-quiet" onClick={() => void addAndFocus({ op: 'add-question', sectionId: section.id, question: '', answer: '', cites: [] })}>
          {t('packs.qa.add')}
        </button>
      </div>
    </section>
  );
}

/** Adds a point or a question at the section's end and puts the focus in its first field, to be written at once. */
function useFocusNewItem(section: PackSection, edit: SectionContext['edit']) {
  const waiting = useRef(false);
  const count = section.items.length;
  useEffect(() => {
    if (!waiting.current) return;
    waiting.current = false;
    document.querySelector<HTMLElement>(`[data-section-id="${section.id}"] .pack-item:last-child textarea`)?.focus();
  }, [count, section.id]);
  return async (change: PackEdit) => {
    waiting.current = true;
    if (!(await edit(change))) waiting.current = false;
  };
}

function PackItemView({ item, sectionId, context }: { item: PackItem; sectionId: string; context: SectionContext }) {
  const { t } = useTranslation();
  const { reorder, edit } = context;
  const name = context.describe('item', item.id);
  const number = context.cards.find(({ card }) => card.id === item.id)?.number ?? 0;
  return (
    <li
      className="pack-item"
      id={`pack-item-${item.id}`}
      data-item-id={item.id}
      data-kind={item.kind}
      data-lifted={reorder.lifted?.id === item.id || undefined}
      tabIndex={-1}
      onDragOver={(event) => reorder.drag.over(event, 'item')}
      onDrop={(event) => void reorder.drag.dropOnItem(event, sectionId, item.id)}
    >
      <div className="pack-item-tools">
        <GrabHandle
          id={item.id}
          kind="item"
          name={name}
          lifted={reorder.lifted?.id === item.id}
          onKeyDown={(event) => void reorder.onHandleKeyDown(event, 'item', item.id)}
          onBlur={() => reorder.onHandleBlur(item.id)}
          onDragStart={(event) => reorder.drag.start(event, 'item', item.id)}
          onDragEnd={reorder.drag.end}
        />
        {item.kind === 'quote' ? (
          <QuoteCardHeading card={item} number={number} check={context.checks.get(item.id) ?? null} />
        ) : (
          <span className="pack-item-kind">{t(`packs.kind.${item.kind}`)}</span>
        )}
        <button type="button" className="button button-quiet pack-item-delete" onClick={() => context.deleteItem(item)} aria-label={t('packs.deleteNamed', { title: name })}>
          {t('packs.delete')}
        </button>
      </div>
      {item.kind === 'quote' && (
        <QuoteCardView
          card={item}
          check={context.checks.get(item.id) ?? null}
          onNoteSave={(note) => edit({ op: 'edit-card-note', itemId: item.id, note })}
          onRefresh={() => void edit({ op: 'refresh-card', itemId: item.id })}
          onRemove={() => context.deleteItem(item)}
        />
      )}
      {item.kind === 'point' && <TalkingPointView point={item} onSave={(text) => edit({ op: 'edit-point', itemId: item.id, text })} />}
      {item.kind === 'qa' && (
        <QuestionView qa={item} cards={context.cards} onJumpToCard={context.jumpToCard} onSave={(change) => edit({ op: 'edit-question', itemId: item.id, ...change })} />
      )}
    </li>
  );
}
