import { createContext, useContext, useEffect, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { COMMANDS, type CommandId } from './catalogue';
import { CommandPalette } from './CommandPalette';
import { CommandRegistry, type AvailableCommand, type CommandBindings } from './registry';
import { ShortcutsSheet } from './ShortcutsSheet';

interface CommandsContextValue {
  registry: CommandRegistry;
  /** Opens the palette or the shortcuts sheet; focus goes back to `returnTo` (else to what has it now) when it closes. */
  open(kind: 'palette' | 'sheet', returnTo?: HTMLElement | null): void;
}

const CommandsContext = createContext<CommandsContextValue | null>(null);

type OpenDialog =
  | { kind: 'palette'; commands: AvailableCommand[]; returnTo: HTMLElement | null }
  | { kind: 'sheet'; returnTo: HTMLElement | null };

let nextOwner = 1;

/**
 * Binds commands of the catalogue to what this component does, while it is
 * mounted. The bindings may change every render: the latest are used.
 */
export function useCommands(bindings: CommandBindings): void {
  const context = useContext(CommandsContext);
  const [owner] = useState(() => nextOwner++);
  useLayoutEffect(() => {
    if (!context) return;
    context.registry.set(owner, bindings);
    return () => context.registry.delete(owner);
  });
}

export function useCommandDialogs(): CommandsContextValue['open'] {
  const context = useContext(CommandsContext);
  if (!context) throw new Error('useCommandDialogs outside CommandsProvider');
  return context.open;
}

/**
 * Bindings for commands whose keys their owner handles (a focused sentence):
 * the palette runs one by pressing its key where the focus went back to, so
 * it does exactly what the key does.
 */
export function ownerKeyBindings(ids: readonly CommandId[], enabled?: () => boolean): CommandBindings {
  return Object.fromEntries(
    ids.map((id) => {
      const shortcut = COMMANDS.find((command) => command.id === id)?.shortcuts?.[0];
      const press = () => {
        if (!shortcut) return;
        const init = { key: shortcut.key, ctrlKey: shortcut.ctrl, shiftKey: shortcut.shift, altKey: shortcut.alt, bubbles: true, cancelable: true };
        (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', init));
      };
      return [id, { run: press, enabled }];
    }),
  );
}

/** The command registry of the app, its shortcut keys, the palette (Ctrl+Shift+P, F1) and the shortcuts sheet (?). */
export function CommandsProvider({ children }: { children: ReactNode }) {
  const [registry] = useState(() => new CommandRegistry());
  const [dialog, setDialog] = useState<OpenDialog | null>(null);

  const value = useMemo<CommandsContextValue>(
    () => ({
      registry,
      open: (kind, returnTo) => {
        const from = returnTo ?? (document.activeElement instanceof HTMLElement ? document.activeElement : null);
        // The palette lists what can run where the user was, as they were when it opened.
        setDialog(kind === 'palette' ? { kind, commands: registry.available().filter((c) => c.id !== 'general.palette'), returnTo: from } : { kind, returnTo: from });
      },
    }),
    [registry],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      if (registry.handleKey(event)) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [registry]);

  /** Closes the dialog, gives the focus back, then runs what was chosen there. */
  const close = (then?: () => void) => {
    const returnTo = dialog?.returnTo;
    flushSync(() => setDialog(null));
    if (returnTo?.isConnected) returnTo.focus({ preventScroll: true });
    then?.();
  };

  return (
    <CommandsContext value={value}>
      <GeneralCommands open={value.open} />
      {children}
      {dialog?.kind === 'palette' && <CommandPalette commands={dialog.commands} onRun={(command) => close(command.run)} onClose={() => close()} />}
      {dialog?.kind === 'sheet' && <ShortcutsSheet onClose={() => close()} />}
    </CommandsContext>
  );
}

function GeneralCommands({ open }: { open: CommandsContextValue['open'] }) {
  useCommands({
    'general.palette': { run: () => open('palette') },
    'general.shortcuts': { run: () => open('sheet') },
  });
  return null;
}
