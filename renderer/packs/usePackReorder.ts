import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Pack, PackEdit } from '../../contract/packs';
import { placeOf, stepItem, stepSection, type ItemPlace } from './packOrder';
import { usePackDrag } from './usePackDrag';

type Lifted = { kind: 'item'; id: string; from: ItemPlace } | { kind: 'section'; id: string; from: number };
export type Describe = (kind: 'item' | 'section', id: string) => string;
/** Saves one move of an item (to a place) or a section (to an index); answers whether it was taken. */
export type Move = (kind: 'item' | 'section', id: string, to: ItemPlace | number) => Promise<boolean>;

/**
 * Reordering a pack's items and sections, by keyboard and by mouse, both
 * through editPack's move-item and move-section. On a grab handle Space (or
 * Enter) lifts, ↑/↓ move — an item across sections too — Space drops and Esc
 * puts it back; every step is said in the live region. Each step is saved as
 * it is made, so what is on screen is always what is stored.
 */
export function usePackReorder(pack: Pack | null, edit: (change: PackEdit) => Promise<boolean>, describe: Describe) {
  const [announcement, setAnnouncement] = useState('');
  /** The handle to give the focus back to once a move has re-rendered the pack (a move across sections makes a new element). */
  const refocus = useRef<string | null>(null);
  useEffect(() => {
    if (!refocus.current) return;
    document.querySelector<HTMLElement>(`[data-grab-handle="${refocus.current}"]`)?.focus();
    refocus.current = null;
  });
  const move: Move = useCallback(
    (kind, id, to) => {
      refocus.current = id;
      return edit(kind === 'section' ? { op: 'move-section', sectionId: id, index: to as number } : { op: 'move-item', itemId: id, ...(to as ItemPlace) });
    },
    [edit],
  );
  const keyboard = useKeyboardReorder(pack, move, describe, setAnnouncement, refocus);
  const drag = usePackDrag(pack, move, describe, setAnnouncement);
  return { ...keyboard, announcement, drag };
}

function useKeyboardReorder(pack: Pack | null, move: Move, describe: Describe, announce: (text: string) => void, refocus: React.RefObject<string | null>) {
  const { t } = useTranslation();
  const [lifted, setLifted] = useState<Lifted | null>(null);
  const where = usePlaceWords();

  const onHandleKeyDown = async (event: React.KeyboardEvent, kind: 'item' | 'section', id: string) => {
    if (!pack) return;
    const mine = lifted?.id === id ? lifted : null;
    const name = describe(kind, id);
    if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault();
      if (mine) {
        setLifted(null);
        return announce(t('packs.reorder.dropped', { name, place: where(pack, kind, id) }));
      }
      const from = kind === 'item' ? placeOf(pack, id) : pack.sections.findIndex((s) => s.id === id);
      if (from === null || from === -1) return;
      setLifted({ kind, id, from } as Lifted);
      announce(t('packs.reorder.lifted', { name, place: where(pack, kind, id) }));
    } else if (mine && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      const direction = event.key === 'ArrowUp' ? -1 : 1;
      const to = kind === 'item' ? stepItem(pack, id, direction) : stepSection(pack, id, direction);
      if (to === null) return announce(t(direction < 0 ? 'packs.reorder.atTop' : 'packs.reorder.atBottom', { name }));
      await move(kind, id, to);
    } else if (mine && event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      setLifted(null);
      await move(kind, id, mine.from);
      announce(t('packs.reorder.cancelled', { name }));
    }
  };

  /** A move is announced once the pack is rendered again, so the place said is the place shown. */
  useEffect(() => {
    if (pack && lifted) announce(t('packs.reorder.moved', { name: describe(lifted.kind, lifted.id), place: where(pack, lifted.kind, lifted.id) }));
    // Only a new pack (a move saved) is news; lifting is announced where it happens.
  }, [pack]);

  /** Leaving a lifted handle drops the item where it is. */
  const onHandleBlur = (id: string) => {
    if (lifted?.id === id && refocus.current !== id) setLifted(null);
  };
  return { lifted, onHandleKeyDown, onHandleBlur };
}

/** "position 2 of 3 in Opening", "section 1 of 2". */
function usePlaceWords() {
  const { t } = useTranslation();
  return useCallback(
    (current: Pack, kind: 'item' | 'section', id: string) => {
      if (kind === 'section') {
        const index = current.sections.findIndex((s) => s.id === id);
        return t('packs.reorder.sectionPlace', { position: index + 1, count: current.sections.length });
      }
      const place = placeOf(current, id);
      const section = current.sections.find((s) => s.id === place?.sectionId);
      if (!place || !section) return '';
      return t('packs.reorder.itemPlace', { position: place.index + 1, count: section.items.length, section: section.title || t('packs.section.untitled') });
    },
    [t],
  );
}
