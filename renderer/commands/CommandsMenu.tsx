import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMANDS, commandLabel, type CommandId } from './catalogue';
import { useCommandDialogs } from './CommandsProvider';
import { shortcutKeys } from './shortcuts';

const ENTRIES: { kind: 'palette' | 'sheet'; command: CommandId }[] = [
  { kind: 'palette', command: 'general.palette' },
  { kind: 'sheet', command: 'general.shortcuts' },
];

/** The top bar's way to the palette and the shortcuts sheet, for those who do not know the keys. */
export function CommandsMenu() {
  const { t } = useTranslation();
  const open = useCommandDialogs();
  const menu = useRef<HTMLDetailsElement>(null);
  const [expanded, setExpanded] = useState(false);
  const summary = () => menu.current?.querySelector('summary') ?? null;

  // A click elsewhere closes the menu, as any menu does.
  useEffect(() => {
    if (!expanded) return;
    const onPointerDown = (event: PointerEvent) => {
      if (menu.current && !menu.current.contains(event.target as Node)) menu.current.open = false;
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [expanded]);

  return (
    <details
      ref={menu}
      className="commands-menu"
      onToggle={(event) => setExpanded(event.currentTarget.open)}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !menu.current?.open) return;
        event.preventDefault();
        menu.current.open = false;
        summary()?.focus();
      }}
    >
      <summary className="button button-quiet" title={t('commands.menu')}>
        <KeyboardIcon />
        <span className="visually-hidden">{t('commands.menu')}</span>
      </summary>
      <div className="commands-menu-panel" role="group" aria-label={t('commands.menu')}>
        {ENTRIES.map((entry) => {
          const command = COMMANDS.find((c) => c.id === entry.command)!;
          const shortcut = command.shortcuts?.[0];
          return (
            <button
              key={entry.kind}
              type="button"
              className="button button-quiet commands-menu-item"
              data-opens={entry.kind}
              onClick={() => {
                if (menu.current) menu.current.open = false;
                open(entry.kind, summary());
              }}
            >
              <span>{commandLabel(command, t)}</span>
              {shortcut && <kbd>{shortcutKeys(shortcut, t).join('+')}</kbd>}
            </button>
          );
        })}
      </div>
    </details>
  );
}

function KeyboardIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <rect x="1.5" y="4.5" width="17" height="11" rx="2" fill="none" stroke="currentColor" strokeWidth="1.4" />
      <path d="M5 8h1M8 8h1M11 8h1M14 8h1M5 11h1M14 11h1M8 11h4" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
    </svg>
  );
}
