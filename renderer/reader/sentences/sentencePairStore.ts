type Listener = () => void;

/** How a sentence shows: its pair under the pointer or focus, pinned, or neither; and whether it is the cursor. */
export type PairState = 'active' | 'pinned' | null;

/**
 * The sentence pair the user is looking at, kept outside React so that moving
 * the pointer re-renders only the sentences of the link it leaves and of the
 * link it enters, never the rows (issue "Sentence by sentence": the national
 * plan has ~1,000 sentences). Sentences subscribe by link id and by their own
 * key; everything else (the status line, the panel) subscribes to all changes.
 *
 * The cursor is the sentence the sentence keys start from, the one sentence
 * focusable without first being chosen (the rows hold the tab stops): the last one focused or clicked, else the document's first.
 */
export class SentencePairStore {
  private pointer: number | null = null;
  private focus: number | null = null;
  private pinnedLink: number | null = null;
  private cursorKey: string | null = null;
  private defaultCursor: string | null = null;
  private message = '';
  private readonly byLink = new Map<number, Set<Listener>>();
  private readonly byKey = new Map<string, Set<Listener>>();
  private readonly everyChange = new Set<Listener>();

  get pinned(): number | null {
    return this.pinnedLink;
  }

  get cursor(): string | null {
    return this.cursorKey ?? this.defaultCursor;
  }

  /** What a screen reader is told, in the status line. */
  get announcement(): string {
    return this.message;
  }

  /** A snapshot for one sentence, compared by value: only a change in it re-renders the sentence. */
  sentenceState(link: number, key: string): string {
    const pair = this.pairState(link);
    return `${pair ?? ''}${this.cursor === key ? '|cursor' : ''}`;
  }

  pairState(link: number): PairState {
    if (this.pinnedLink === link) return 'pinned';
    return this.pointer === link || this.focus === link ? 'active' : null;
  }

  subscribeSentence(link: number, key: string, listener: Listener): () => void {
    const forLink = this.byLink.get(link) ?? new Set<Listener>();
    const forKey = this.byKey.get(key) ?? new Set<Listener>();
    this.byLink.set(link, forLink.add(listener));
    this.byKey.set(key, forKey.add(listener));
    return () => {
      forLink.delete(listener);
      forKey.delete(listener);
    };
  }

  subscribe = (listener: Listener): (() => void) => {
    this.everyChange.add(listener);
    return () => this.everyChange.delete(listener);
  };

  setPointer(link: number | null): void {
    if (link === this.pointer) return;
    const before = this.pointer;
    this.pointer = link;
    this.notify([before, link], []);
  }

  setFocus(link: number | null): void {
    if (link === this.focus) return;
    const before = this.focus;
    this.focus = link;
    this.notify([before, link], []);
  }

  pin(link: number | null): void {
    if (link === this.pinnedLink) return;
    const before = this.pinnedLink;
    this.pinnedLink = link;
    this.notify([before, link], []);
  }

  setCursor(key: string | null): void {
    const before = this.cursor;
    this.cursorKey = key;
    if (before !== this.cursor) this.notify([], [before, this.cursor]);
  }

  /** The cursor when the user has not chosen one: the first sentence of the first column. */
  setDefaultCursor(key: string | null): void {
    const before = this.cursor;
    this.defaultCursor = key;
    if (before !== this.cursor) this.notify([], [before, this.cursor]);
  }

  announce(message: string): void {
    // The same words twice would not be read again: a trailing no-break space makes them new.
    this.message = message === this.message ? `${message}\u00a0` : message;
    this.notify([], []);
  }

  private notify(links: (number | null)[], keys: (string | null)[]): void {
    const listeners = new Set<Listener>(this.everyChange);
    for (const link of links) if (link !== null) this.byLink.get(link)?.forEach((l) => listeners.add(l));
    for (const key of keys) if (key !== null) this.byKey.get(key)?.forEach((l) => listeners.add(l));
    listeners.forEach((listener) => listener());
  }
}
