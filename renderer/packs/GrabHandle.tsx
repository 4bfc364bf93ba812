import { useTranslation } from 'react-i18next';

interface GrabHandleProps {
  id: string;
  kind: 'item' | 'section';
  name: string;
  lifted: boolean;
  onKeyDown(event: React.KeyboardEvent): void;
  onBlur(): void;
  onDragStart(event: React.DragEvent): void;
  onDragEnd(): void;
}

/** What an item or a section is moved by: dragged with the mouse, or lifted with Space and moved with the arrow keys. */
export function GrabHandle({ id, kind, name, lifted, onKeyDown, onBlur, onDragStart, onDragEnd }: GrabHandleProps) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="grab-handle"
      data-grab-handle={id}
      data-kind={kind}
      draggable
      aria-pressed={lifted}
      aria-label={t('packs.reorder.handle', { name })}
      aria-describedby="pack-reorder-help"
      onKeyDown={onKeyDown}
      onBlur={onBlur}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
    >
    </button>
  );
}
