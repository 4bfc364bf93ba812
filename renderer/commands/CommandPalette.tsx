import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { commandLabel } from './catalogue';
import { filterCommands } from './filterCommands';
import { ModalDialog } from './ModalDialog';
import type { AvailableCommand } from './registry';
import { shortcutKeys } from './shortcuts';

interface CommandPaletteProps {
  commands: AvailableCommand[];
  onRun(command: AvailableCommand): void;
  onClose(): void;
}

/**
 * Every command that can run here, filtered as the user types (words of the
 * label, in the interface language or in English, or of the id); ↑ ↓ move,
 * Enter runs, Esc closes.
 */
export function CommandPalette({ commands, onRun, onClose }: CommandPaletteProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const list = useRef<HTMLUListElement>(null);
  const items = useMemo(() => {
    const english = i18n.getFixedT('en');
    return commands.map((command) => ({
      ...command,
      label: commandLabel(command, t),
      englishLabel: commandLabel(command, english),
    }));
  }, [commands, t, i18n]);
  const shown = useMemo(() => filterCommands(items, query), [items, query]);
  const current = shown[Math.min(active, shown.length - 1)];

  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  const move = (by: number) => setActive((at) => (shown.length === 0 ? 0 : (Math.min(at, shown.length - 1) + by + shown.length) % shown.length));
  const optionId = (index: number) => `${id}-option-${index}`;

  return (
    <ModalDialog className="command-palette" labelledBy={`${id}-title`} onClose={onClose}>
      <div className="modal-box">
        <h2 id={`${id}-title`} className="visually-hidden">
          {t('commands.paletteTitle')}
        </h2>
        <input
          className="command-palette-input"
          type="text"
          role="combobox"
          aria-label={t('commands.paletteInput')}
          aria-expanded="true"
          aria-controls={`${id}-list`}
          aria-autocomplete="list"
          aria-activedescendant={current ? optionId(shown.indexOf(current)) : undefined}
          placeholder={t('commands.palettePlaceholder')}
          autoComplete="off"
          spellCheck={false}
          autoFocus
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
              event.preventDefault();
              move(event.key === 'ArrowDown' ? 1 : -1);
            } else if (event.key === 'Enter' && current) {
              event.preventDefault();
              onRun(current);
            } else if (event.key === 'Tab') {
              event.preventDefault(); // the list is reached with the arrows; Tab has nowhere else to go here
            }
          }}
        />
        <ul ref={list} id={`${id}-list`} className="command-list" role="listbox" aria-label={t('commands.paletteTitle')}>
          {shown.map((command, index) => (
            <CommandOption key={command.id} id={optionId(index)} command={command} selected={command === current} onPoint={() => setActive(index)} onRun={onRun} />
          ))}
        </ul>
        {shown.length === 0 && (
          <p className="command-none muted" role="status">
            {t('commands.none', { query })}
          </p>
        )}
      </div>
    </ModalDialog>
  );
}

function CommandOption(props: { id: string; command: AvailableCommand & { label: string }; selected: boolean; onPoint(): void; onRun(command: AvailableCommand): void }) {
  const { t } = useTranslation();
  const { command } = props;
  return (
    <li
      id={props.id}
      role="option"
      aria-selected={props.selected}
      className="command-option"
      data-command={command.id}
      onMouseDown={(event) => event.preventDefault()}
      onMouseMove={props.onPoint}
      onClick={() => props.onRun(command)}
    >
      <span className="command-label">{command.label}</span>
      <span className="command-section">{t(`commands.section.${command.section}`)}</span>
      {command.shortcuts?.map((shortcut) => {
        const keys = shortcutKeys(shortcut, t).join('+');
        return <kbd key={keys}>{keys}</kbd>;
      })}
    </li>
  );
}
