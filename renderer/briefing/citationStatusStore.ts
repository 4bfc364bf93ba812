/**
 * What the last copy did ("Citation copied."), for the one live region that
 * tells it (CitationStatus): the selection toolbar that copied may be gone by then.
 */
class CitationStatusStore {
  private text = '';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly message = () => this.text;

  tell(message: string): void {
    // The same words twice in a row are still announced: clear, then say them.
    this.show('');
    queueMicrotask(() => this.show(message));
    // Shown a few seconds, then the toast goes; the words were announced by then.
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.show(''), 4000);
  }

  private show(message: string): void {
    this.text = message;
    for (const listener of this.listeners) listener();
  }
}

export const citationStatus = new CitationStatusStore();
