import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Pack } from '../../contract/packs';
import { dropPlace } from './packOrder';
import type { Describe, Move } from './usePackReorder';

/** Reordering with the mouse: a grab handle dragged onto an item (taking its place), a section's end, or another section. */
export function usePackDrag(pack: Pack | null, move: Move, describe: Describe, announce: (text: string) => void) {
  const { t } = useTranslation();
  const dragged = useRef<{ kind: 'item' | 'section'; id: string } | null>(null);
  return {
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
      if (to && (await move('item', source.id, to))) announce(t('packs.reorder.droppedMouse', { name: describe('item', source.id) }));
    },
    async dropOnSection(event: React.DragEvent, sectionId: string) {
      const source = dragged.current;
      if (!pack || source?.kind !== 'section' || source.id === sectionId) return;
      event.preventDefault();
      dragged.current = null;
      const index = pack.sections.findIndex((s) => s.id === sectionId);
      if (await move('section', source.id, index)) announce(t('packs.reorder.droppedMouse', { name: describe('section', source.id) }));
    },
    end() {
      dragged.current = null;
    },
  };
}
