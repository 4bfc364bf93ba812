import { useEffect, useId, useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { PackSummary, QuoteSource } from '../../contract/packs';
import { useApi } from '../api/ApiContext';
import { addSourcesToPack } from './AddToPackActions';
import { addToPackStore } from './AddToPackStore';
import './AddToPack.css';

/** What to add, asked for when a pack is chosen (search's "select all" gathers its sources only then). */
export type SourcesOf = () => QuoteSource[] | Promise<QuoteSource[]>;

const MENU_HEIGHT_GUESS = 280;
const MENU_WIDTH = 280;
const LOOKS = { toolbar: ' button-quiet', small: ' button-small', plain: '' } as const;

/**
 * "Add to pack": a menu button listing the packs, the one used last on top
 * and focused, the others most recently changed first, then "New pack…".
 * Enter, Space or ↓ open it; ↑ ↓ Home End move; Esc closes it and the focus
 * goes back to the button. Mouse-down keeps the reader's selection.
 */
export function AddToPackMenu(props: {
  sources: SourcesOf;
  className?: string;
  /** Small and bordered (a hit, an annotation); quiet in a toolbar of quiet buttons; plain beside other buttons. */
  look?: 'toolbar' | 'small' | 'plain';
  disabled?: boolean;
}) {
  const { sources, className = '', look = 'toolbar', disabled = false } = props;
  const { t } = useTranslation();
  const [open, setOpen] = useState<CSSProperties | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuId = useId();
  const openMenu = () => buttonRef.current && setOpen(menuPlace(buttonRef.current.getBoundingClientRect()));
  return (
    <span className={`add-to-pack ${className}`}>
      <button
        ref={buttonRef}
        type="button"
        className={`button add-to-pack-button${LOOKS[look]}`}
        aria-haspopup="menu"
        aria-expanded={open !== null}
        aria-controls={open ? menuId : undefined}
        disabled={disabled}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => (open ? setOpen(null) : openMenu())}
        onKeyDown={(event) => {
          if (event.key !== 'ArrowDown' || open) return;
          event.preventDefault();
          event.stopPropagation();
          openMenu();
        }}
      >
        {t('addToPack.button')}
      </button>
      {open &&
        // In the page's top layer of stacking (not inside a toolbar's), so no card or popover beside it covers it.
        createPortal(
          <AddToPackMenuList
            id={menuId}
            className="add-to-pack-menu"
            style={open}
            sources={sources}
            returnTo={buttonRef.current}
            onClose={(focusButton) => {
              setOpen(null);
              if (focusButton) buttonRef.current?.focus();
            }}
          />,
          document.body,
        )}
    </span>
  );
}

/** Under the button, its right edges aligned, or above it when the window has no room below; always inside the window. */
function menuPlace(box: DOMRect): CSSProperties {
  const width = Math.min(MENU_WIDTH, window.innerWidth - 16);
  const left = Math.max(8, Math.min(box.right - width, window.innerWidth - width - 8));
  const above = box.bottom + MENU_HEIGHT_GUESS > window.innerHeight && box.top > MENU_HEIGHT_GUESS;
  return above ? { position: 'fixed', left, width, bottom: window.innerHeight - box.top + 4 } : { position: 'fixed', left, width, top: box.bottom + 4 };
}

/** The menu itself, under a button or floating where a key opened it. */
export function AddToPackMenuList(props: {
  id?: string;
  className: string;
  style?: CSSProperties;
  sources: SourcesOf;
  returnTo: Element | null;
  onClose(focusReturn: boolean): void;
}) {
  const { id, className, style, sources, returnTo, onClose } = props;
  const { t } = useTranslation();
  const api = useApi();
  const ref = useRef<HTMLDivElement>(null);
  const packs = usePackChoices();
  const gather = async () => {
    try {
      return await sources();
    } catch {
      return null;
    }
  };
  const choose = async (pack: PackSummary) => {
    onClose(true);
    const list = await gather();
    if (list === null) return addToPackStore.tell({ kind: 'failed', code: 'internal', added: 0 });
    if (list.length > 0) await addSourcesToPack(api, pack.id, list);
  };
  const askNewPack = () => {
    onClose(false);
    addToPackStore.askNewPack({ sources: async () => (await gather()) ?? [], returnTo });
  };

  // Opened: the first item (the pack used last, or "New pack…") has the focus once the packs are listed, and the menu
  // itself until then, so that Esc and Tab pressed while it loads still close it and give the focus back.
  useLayoutEffect(() => {
    const first = packs === null ? null : ref.current?.querySelector<HTMLElement>('[role="menuitem"]');
    (first ?? ref.current)?.focus();
  }, [packs]);
  useCloseOnOutsideClick(ref, returnTo, () => onClose(false));

  return (
    <div
      ref={ref}
      id={id}
      role="menu"
      aria-label={t('addToPack.menuLabel')}
      aria-busy={packs === null}
      tabIndex={-1}
      className={className}
      style={style}
      onKeyDown={(event) => {
        // Keys stay in the menu: the selection toolbar's own keys (Esc, ← →, 1–5) do not act behind it.
        event.stopPropagation();
        // Esc and Tab close it; the focus goes back to what opened it (the menu sits at the end of the page, not beside it).
        if (event.key === 'Escape' || event.key === 'Tab') {
          event.preventDefault();
          onClose(true);
          return;
        }
        moveInMenu(event);
      }}
    >
      {packs === null ? (
        <p className="add-to-pack-loading">{t('app.loading')}</p>
      ) : (
        <>
          {packs.map((pack, index) => (
            <button key={pack.id} type="button" role="menuitem" tabIndex={-1} className="add-to-pack-item" data-pack-id={pack.id} onMouseDown={(e) => e.preventDefault()} onClick={() => void choose(pack)}>
              <span className="add-to-pack-title">{pack.title}</span>
              {index === 0 && packs.lastUsed && <span className="add-to-pack-last">{t('addToPack.lastUsed')}</span>}
            </button>
          ))}
          {packs.length > 0 && <div role="separator" className="add-to-pack-separator" />}
          <button type="button" role="menuitem" tabIndex={-1} className="add-to-pack-item add-to-pack-new" onMouseDown={(e) => e.preventDefault()} onClick={askNewPack}>
            {t('addToPack.newPack')}
          </button>
        </>
      )}
    </div>
  );
}

type PackChoices = PackSummary[] & { lastUsed: boolean };

/** The packs, most recently changed first, the one used last moved to the top; null while they are listed. */
function usePackChoices(): PackChoices | null {
  const api = useApi();
  const [packs, setPacks] = useState<PackChoices | null>(null);
  useEffect(() => {
    let live = true;
    void api.listPacks({}).then((result) => {
      if (!live) return;
      const list = result.ok ? [...result.value].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)) : [];
      const last = list.findIndex((p) => p.id === addToPackStore.lastPackId());
      if (last > 0) list.unshift(...list.splice(last, 1));
      setPacks(Object.assign(list, { lastUsed: last >= 0 }));
      if (!result.ok) addToPackStore.tell({ kind: 'failed', code: result.error.code, added: 0 });
    });
    return () => {
      live = false;
    };
  }, [api]);
  return packs;
}

function moveInMenu(event: React.KeyboardEvent<HTMLElement>): void {
  const items = [...event.currentTarget.querySelectorAll<HTMLElement>('[role="menuitem"]')];
  const at = items.indexOf(document.activeElement as HTMLElement);
  const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: items.length - 1 }[event.key];
  if (to === undefined || items.length === 0) return;
  event.preventDefault();
  items[(to + items.length) % items.length].focus();
}

/** A click elsewhere closes the menu (a click on its own button toggles it there), and so does scrolling: it is placed where the button was. */
function useCloseOnOutsideClick(ref: React.RefObject<HTMLElement | null>, anchor: Element | null, close: () => void): void {
  const latest = useRef(close);
  useEffect(() => {
    latest.current = close;
  });
  useEffect(() => {
    const outside = (target: EventTarget | null) => !(target instanceof Node && (ref.current?.contains(target) || anchor?.contains(target)));
    const onDown = (event: MouseEvent) => {
      if (outside(event.target)) latest.current();
    };
    const onScroll = (event: Event) => {
      if (outside(event.target)) latest.current();
    };
    document.addEventListener('mousedown', onDown);
    window.addEventListener('scroll', onScroll, true);
    return () => {
      document.removeEventListener('mousedown', onDown);
      window.removeEventListener('scroll', onScroll, true);
    };
  }, [ref, anchor]);
}
