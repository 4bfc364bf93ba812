import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CitationStyle } from '../../contract/briefing';
import { PACK_OCCASION_MAX_LENGTH, PACK_TITLE_MAX_LENGTH, type Pack, type PackItem, type PackSection } from '../../contract/packs';
import { UndoToast } from '../annotations/UndoToast';
import { useUndoWindow } from '../annotations/useUndoWindow';
import { CitationStatus } from '../briefing/CitationStatus';
import { useCommands } from '../commands/CommandsProvider';
import { ErrorMessage } from '../components/ErrorMessage';
import { routeHash } from '../route';
import { CheckSummary } from './CheckSummary';
import { EditableField } from './EditableField';
import { ExportPackDialog } from './ExportPackDialog';
import { cardNumbers, quoteCards } from './packOrder';
import { PackSectionView, type SectionContext } from './PackSectionView';
import { usePack } from './usePack';
import { usePackReorder } from './usePackReorder';
import './packs.css';

type Deleted = { kind: 'item'; id: string; name: string } | { kind: 'section'; id: string; name: string };

/** One briefing pack: its title, occasion and date edited in place, its sections and items, its check against today's corpus, and its export. */
export function PackView({ packId, citationStyle }: { packId: string; citationStyle: CitationStyle }) {
  const { t } = useTranslation();
  const { loaded, check, checkError, editError, dismissEditError, edit, runCheck } = usePack(packId);
  const pack = loaded.state === 'ready' ? loaded.pack : null;
  const [exporting, setExporting] = useState(false);
  const describe = useDescribe(pack);
  const reorder = usePackReorder(pack, edit, describe);
  const undo = useUndoWindow<Deleted>(async (deleted) => {
    await edit(deleted.kind === 'item' ? { op: 'restore-item', itemId: deleted.id } : { op: 'restore-section', sectionId: deleted.id });
  });
  useCommands({ 'packs.export': { run: () => setExporting(true), enabled: () => pack !== null } });

  const context: SectionContext | null = useMemo(() => {
    if (!pack) return null;
    const numbers = cardNumbers(pack);
    return {
      cards: quoteCards(pack).map((card) => ({ card, number: numbers.get(card.id)! })),
      checks: new Map((check?.checks ?? []).map((c) => [c.itemId, c])),
      reorder,
      describe,
      edit,
      deleteItem: (item: PackItem) => void edit({ op: 'delete-item', itemId: item.id }).then((ok) => ok && undo.offer({ kind: 'item', id: item.id, name: describe('item', item.id) })),
      deleteSection: (section: PackSection) =>
        void edit({ op: 'delete-section', sectionId: section.id }).then((ok) => ok && undo.offer({ kind: 'section', id: section.id, name: describe('section', section.id) })),
      jumpToCard: (cardId: string) => {
        const card = document.getElementById(`pack-item-${cardId}`);
        card?.scrollIntoView({ block: 'start' });
        card?.focus({ preventScroll: true });
      },
    };
  }, [pack, check, reorder, describe, edit, undo]);

  if (loaded.state === 'loading') return <p className="packs-loading">{t('packs.loading')}</p>;
  if (loaded.state === 'failed') return <ErrorMessage error={loaded.error} />;
  const current = loaded.pack;
  return (
    <article className="pack" aria-labelledby="pack-title-heading">
      <nav className="pack-breadcrumb">
        <a href={routeHash({ name: 'packs' })}>{t('packs.allPacks')}</a>
      </nav>
      <h1 id="pack-title-heading" className="visually-hidden">
        {current.title}
      </h1>
      <PackHeaderFields pack={current} edit={edit} onExport={() => setExporting(true)} />
      {editError && <ErrorMessage error={editError} onDismiss={dismissEditError} />}
      <CheckSummary check={check} error={checkError} onRetry={() => void runCheck()} />
      <p id="pack-reorder-help" className="visually-hidden">
        {t('packs.reorder.help')}
      </p>
      <p className="visually-hidden" role="status" aria-live="assertive" data-reorder-status="">
        {reorder.announcement}
      </p>
      {context && current.sections.map((section) => <PackSectionView key={section.id} section={section} context={context} />)}
      <button type="button" className="button pack-add-section" onClick={() => void edit({ op: 'add-section', title: t('packs.section.newTitle') })}>
        {t('packs.section.add')}
      </button>
      <CitationStatus />
      {undo.deleted && (
        <UndoToast message={t('packs.deletedPart', { name: undo.deleted.name })} onUndo={() => void undo.undo()} onDismiss={undo.dismiss} />
      )}
      {exporting && <ExportPackDialog pack={current} defaultStyle={citationStyle} onClose={() => setExporting(false)} />}
    </article>
  );
}

function PackHeaderFields({ pack, edit, onExport }: { pack: Pack; edit: ReturnType<typeof usePack>['edit']; onExport(): void }) {
  const { t } = useTranslation();
  return (
    <header className="pack-header">
      <EditableField className="pack-title" label={t('packs.field.title')} value={pack.title} required maxLength={PACK_TITLE_MAX_LENGTH} onSave={(title) => edit({ op: 'rename', title })} />
      <div className="pack-header-row">
        <EditableField className="pack-occasion" label={t('packs.field.occasion')} value={pack.occasion} maxLength={PACK_OCCASION_MAX_LENGTH} onSave={(occasion) => edit({ op: 'rename', occasion })} />
        <EditableField className="pack-date" label={t('packs.field.date')} type="date" value={pack.date ?? ''} onSave={(date) => edit({ op: 'rename', date: date || null })} />
        <button type="button" className="button button-primary pack-export" onClick={onExport}>
          {t('packs.export.open')}
        </button>
      </div>
    </header>
  );
}

/** How an item or a section is named when it is moved or deleted: "Card [3]", "Talking point: …", "Section: …". */
function useDescribe(pack: Pack | null) {
  const { t } = useTranslation();
  return useCallback(
    (kind: 'item' | 'section', id: string) => {
      if (!pack) return '';
      if (kind === 'section') {
        const section = pack.sections.find((s) => s.id === id);
        return t('packs.section.named', { title: section?.title || t('packs.section.untitled') });
      }
      const item = pack.sections.flatMap((s) => s.items).find((i) => i.id === id);
      if (!item) return '';
      if (item.kind === 'quote') return t('packs.card.label', { number: cardNumbers(pack).get(id) });
      const text = item.kind === 'point' ? item.text : item.question;
      const short = [...text].length > 30 ? `${[...text].slice(0, 30).join('')}…` : text;
      return t(item.kind === 'point' ? 'packs.point.named' : 'packs.qa.named', { text: short || t('packs.blank') });
    },
    [pack, t],
  );
}
