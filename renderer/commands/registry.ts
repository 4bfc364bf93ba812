import { COMMANDS, type CommandId, type CommandSpec } from './catalogue';
import { isTextField, matchesShortcut } from './shortcuts';

/** How a mounted screen carries a command out. */
export interface CommandBinding {
  run(): void;
  /** Whether the command can run now (a selection to highlight, a next hit to go to); always, if absent. */
  enabled?: () => boolean;
}

export type CommandBindings = Partial<Record<CommandId, CommandBinding>>;

/** A command the user can run now: its description and what runs it. */
export type AvailableCommand = CommandSpec & { id: CommandId; run(): void };

/**
 * The bindings of the screens mounted now, by owner (one per useCommands
 * call). When two owners bind one command, the one mounted last wins.
 */
export class CommandRegistry {
  private readonly owners = new Map<number, CommandBindings>();

  set(owner: number, bindings: CommandBindings): void {
    this.owners.set(owner, bindings);
  }

  delete(owner: number): void {
    this.owners.delete(owner);
  }

  binding(id: CommandId): CommandBinding | undefined {
    let found: CommandBinding | undefined;
    let latest = -1;
    for (const [owner, bindings] of this.owners) {
      const binding = bindings[id];
      if (binding && owner > latest) [found, latest] = [binding, owner];
    }
    return found;
  }

  /** The commands that can run now, in the catalogue's order. */
  available(): AvailableCommand[] {
    return COMMANDS.flatMap((command) => {
      const binding = this.binding(command.id);
      return binding && (binding.enabled?.() ?? true) ? [{ ...command, run: binding.run }] : [];
    });
  }

  /**
   * Runs the command whose shortcut this is, if one is bound; answers whether
   * the key was taken. A bound command that cannot run now still takes its key,
   * so F3 with no hit does not fall through to the browser's own F3.
   */
  handleKey(event: KeyboardEvent): boolean {
    const inField = isTextField(event.target);
    for (const command of COMMANDS) {
      if (command.ownerHandlesKeys || !command.shortcuts?.some((s) => (!inField || s.inFields) && matchesShortcut(event, s))) continue;
      const binding = this.binding(command.id);
      if (!binding) continue;
      if (binding.enabled?.() ?? true) binding.run();
      return true;
    }
    return false;
  }
}
