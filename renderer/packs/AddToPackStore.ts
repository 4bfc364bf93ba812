import type { QuoteSource } from '../../contract/packs';
import type { ErrorCode } from '../../contract/result';

/** What the last "Add to pack" did, for the one status line that tells it (the control that asked may be gone by then). */
export type AddToPackStatus =
  | { kind: 'working'; count: number }
  | { kind: 'added'; packId: string; title: string; count: number }
  | { kind: 'failed'; code: ErrorCode; added: number };

/** Sources waiting for a new pack's title (the "New pack…" dialog), and where the focus goes back to after it. */
export interface NewPackRequest {
  sources: () => Promise<QuoteSource[]>;
  returnTo: Element | null;
}

/** A menu opened from a key rather than a button (P on the focused sentence), placed at `rect`. */
export interface FloatingMenuRequest {
  sources: () => Promise<QuoteSource[]>;
  rect: { top: number; bottom: number; left: number; right: number };
  returnTo: Element | null;
}

interface State {
  status: AddToPackStatus | null;
  newPack: NewPackRequest | null;
  floating: FloatingMenuRequest | null;
}

const LAST_PACK_KEY = 'duizhao.addToPack.lastPackId';

/**
 * Shared by every "Add to pack" control: the pack used last (kept across
 * restarts, so it is offered first), the status of the last addition, and the
 * dialog and menu shown by AddToPackHost, which outlive a selection toolbar.
 */
class AddToPackStore {
  private state: State = { status: null, newPack: null, floating: null };
  private readonly listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly snapshot = (): State => this.state;

  lastPackId(): string | null {
    try {
      return window.localStorage.getItem(LAST_PACK_KEY);
    } catch {
      return null;
    }
  }

  rememberPack(packId: string): void {
    try {
      window.localStorage.setItem(LAST_PACK_KEY, packId);
    } catch {
      // Storage refused (private mode): the pack is simply not offered first next time.
    }
  }

  tell(status: AddToPackStatus | null): void {
    clearTimeout(this.timer);
    this.set({ status });
    // A success stays long enough to follow its link; a failure stays until the next addition or Close.
    if (status?.kind === 'added') this.timer = setTimeout(() => this.set({ status: null }), 15_000);
  }

  askNewPack(request: NewPackRequest | null): void {
    this.set({ newPack: request, floating: null });
  }

  openFloating(request: FloatingMenuRequest | null): void {
    this.set({ floating: request });
  }

  private set(patch: Partial<State>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }
}

export const addToPackStore = new AddToPackStore();
