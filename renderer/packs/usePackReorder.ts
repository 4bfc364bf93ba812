import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Pack, PackEdit } from '../../contract/packs';
import { dropPlace, placeOf, stepItem, stepSection, type ItemPlace } from './packOrder';

type Lifted = { kind: 'item'; id: string; from: ItemPlace } | { kind: 'section'; id: string; from: number };

/**
 * Reordering a pack's items and sections, by keyboard and by mouse, both
 * through editPack's move-item and move-section. On a grab handle Space (or
 * Enter) lifts, ↑/↓ move — an item across sections too — Space drops and Esc
 * puts it back; every step is said in the live region. Each step is saved as
 * it is made, so what is on screen is always what is stored.
 */
export function usePackReorder(pack: Pack | null, edit: (change: PackEdit) => Promise<boolean>, describe: (kind: 'item' | 'section', id: string) => string) {
  const { t } = useTranslation();
  const [lifted, setLifted] = useState<Lifted | null>(null);
  const [announcement, setAnnouncement] = useState('');
  /** The handle to give the focus back to once a move has re-rendered the pack (a move across sections makes a new element). */
  const refocus = useRef<string | null>(null);
  useEffect(() => {
    if (!refocus.current) return;
    document.querySelector<HTMLElement>(`[data-grab-handle="${refocus.current}"]`)?.focus();
    refocus.current = null;
  });

  const where = useCallback(
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

  const move = async (kind: 'item' | 'section', id: string, to: ItemPlace | number): Promise<boolean> => {
    refocus.current = id;
    const change: PackEdit =
      kind === 'section' ? { op: 'move-section', sectionId: id, index: to as number } : { op: 'move-item', itemId: id, ...(to as ItemPlace) };
    return edit(change);
  };

  const onHandleKeyDown = async (event: React.KeyboardEvent, kind: 'item' | 'section', id: string) => {
    if (!pack) return;
    const mine = lifted?.id === id ? lifted : null;
    const name = describe(kind, id);
    if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault();
      if (!mine) {
        const from = kind === 'item' ? placeOf(pack, id) : pack.sections.findIndex((s) => s.id === id);
        if (from === null || from === -1) return;
        setLifted({ kind, id, from } as Lifted);
        setAnnouncement(t('packs.reorder.lifted', { name, place: where(pack, kind, id) }));
      } else {
        setLifted(null);
        setAnnouncement(t('packs.reorder.dropped', { name, place: where(pack, kind, id) }));
      }
    } else if (mine && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      const direction = event.key === 'ArrowUp' ? -1 : 1;
      const to = kind === 'item' ? stepItem(pack, id, direction) : stepSection(pack, id, direction);
      if (to === null) return setAnnouncement(t(direction < 0 ? 'packs.reorder.atTop' : 'packs.reorder.atBottom', { name }));
      await move(kind, id, to);
    } else if (mine && event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      setLifted(null);
      await move(kind, id, mine.from);
      setAnnouncement(t('packs.reorder.cancelled', { name }));
    }
  };

  /** A moved pack is announced once it is rendered, so the place said is the place shown. */
  useEffect(() => {
    if (!pack || !lifted) return;
    setAnnouncement(t('packs.reorder.moved', { name: describe(lifted.kind, lifted.id), place: where(pack, lifted.kind, lifted.id) }));
    // Only a new pack (a move saved) is news; lifting is announced where it happens.
  }, [pack]);

  /** Leaving a lifted handle drops the item where it is. */
  const onHandleBlur = (id: string) => {
    if (lifted?.id === id && refocus.current !== id) setLifted(null);
  };

  const dragged = useRef<{ kind: 'item' | 'section'; id: string } | null>(null);
  const drag = {
    start(event: React.DragEvent, kind: 'item' | 'section', id: string) {
      dragged.current = { kind, id };
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData('text/plain', id);
      const box = (event.currentTarget as HTMLElement).closest(kind === 'item' ? '.pack-item' : '.pack-section');
      if (box) event.dataTransfer.setDragImage(box, 16, 16);
    },
    over(event: React.DragEvent, kind: 'item' | 'section') {
      if (dragged.current?.kind !== kind) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
    },
    async dropOnItem(event: React.DragEvent, sectionId: string, targetId: string | null) {
      const source = dragged.current;
      if (!pack || source?.kind !== 'item') return;
      event.preventDefault();
      event.stopPropagation();
      dragged.current = null;
      const to = dropPlace(pack, source.id, sectionId, targetId);
      if (to && (await move('item', source.id, to))) setAnnouncement(t('packs.reorder.droppedMouse', { name: describe('item', source.id) }));
    },
    async dropOnSection(event: React.DragEvent, sectionId: string) {
      const source = dragged.current;
      if (!pack || source?.kind !== 'section' || source.id === sectionId) return;
      event.preventDefault();
      dragged.current = null;
      const index = pack.sections.findIndex((s) => s.id === sectionId);
      if (await move('section', source.id, index)) setAnnouncement(t('packs.reorder.droppedMouse', { name: describe('section', source.id) }));
    },
    end() {
      dragged.current = null;
    },
  };

  return { lifted, announcement, onHandleKeyDown, onHandleBlur, drag };
}
