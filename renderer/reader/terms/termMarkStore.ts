import type { TextLanguage } from '../../../contract/languages';
import type { DocumentTermMarks, TermMark, Termbase } from '../../../contract/terminology';

/** How the store reaches the API; null when a call failed (the marks are then simply not shown). */
export interface TermLoader {
  marks(): Promise<DocumentTermMarks | null>;
  termbase(): Promise<Termbase | null>;
}

const STORAGE_KEY = 'duizhao.reader.termMarks';
const NO_MARKS: readonly TermMark[] = [];
/** Segments whose cells are re-drawn in one task when marks arrive or go. */
const CELLS_PER_TASK = 120;

/** Whether term marking was left on: a flag in localStorage, not a preference (that would need a migration). */
export function termMarkingLeftOn(): boolean {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'on';
  } catch {
    return false;
  }
}

function rememberTermMarking(on: boolean): void {
  try {
    if (on) window.localStorage.setItem(STORAGE_KEY, 'on');
    else window.localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage refused (a private window): the choice lasts as long as the reader does.
  }
}

/**
 * The reader's term marks, held outside React: a cell subscribes to its own
 * segment only, so marks arriving (or going) re-render the cells that carry
 * some, not the reader and its two thousand rows. The termbase is kept beside
 * them, for the entry a marked term opens.
 */
export class TermMarkStore {
  private marks: DocumentTermMarks | null = null;
  private base: Termbase | null = null;
  private shown: boolean;
  private marksAsked = false;
  private termbaseAsked = false;
  private readonly segmentListeners = new Map<string, Set<() => void>>();
  private readonly pending = new Set<string>();
  private flushing = false;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly loader: TermLoader,
    on = termMarkingLeftOn(),
  ) {
    this.shown = on;
  }

  /** Called once the rows are painted: marks left on are asked for then, so they never hold the rows back. */
  start(): void {
    if (this.shown && !this.marksAsked) this.loadMarks();
  }

  /** Asks again for what was asked before (the termbase may have changed while the user was away). */
  refresh(): void {
    if (this.marksAsked && this.shown) this.loadMarks();
    if (this.termbaseAsked) this.loadTermbase();
  }

  /** The termbase is fetched once, when first needed. */
  needTermbase(): void {
    if (!this.termbaseAsked) this.loadTermbase();
  }

  private loadMarks(): void {
    this.marksAsked = true;
    void this.loader.marks().then((marks) => marks && this.setMarks(marks));
  }

  private loadTermbase(): void {
    this.termbaseAsked = true;
    void this.loader.termbase().then((termbase) => termbase && this.setTermbase(termbase));
  }

  get on(): boolean {
    return this.shown;
  }

  get termbase(): Termbase | null {
    return this.base;
  }

  get documentMarks(): DocumentTermMarks | null {
    return this.marks;
  }

  setOn(on: boolean): void {
    if (on === this.shown) return;
    this.shown = on;
    rememberTermMarking(on);
    if (on && !this.marksAsked) this.loadMarks();
    this.notifySegments(Object.keys(this.marks?.segments ?? {}));
    this.notify();
  }

  /** New marks: the cells whose marks were, or now are, there are told. */
  setMarks(marks: DocumentTermMarks | null): void {
    const touched = new Set([...Object.keys(this.marks?.segments ?? {}), ...Object.keys(marks?.segments ?? {})]);
    this.marks = marks;
    if (this.shown) this.notifySegments(touched);
    this.notify();
  }

  setTermbase(termbase: Termbase): void {
    this.base = termbase;
    this.notify();
  }

  /** The marks of one side of a segment while marking is on; the same array until they change. */
  marksOf(segmentId: string, side: TextLanguage): readonly TermMark[] {
    if (!this.shown) return NO_MARKS;
    return this.marks?.segments[segmentId]?.[side] ?? NO_MARKS;
  }

  /** Marks of one side of a segment, whether or not they are shown. */
  storedMarksOf(segmentId: string, side: TextLanguage): readonly TermMark[] {
    return this.marks?.segments[segmentId]?.[side] ?? NO_MARKS;
  }

  subscribeSegment(segmentId: string, listener: () => void): () => void {
    let set = this.segmentListeners.get(segmentId);
    if (!set) this.segmentListeners.set(segmentId, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
  }

  /** Whole-store changes: on/off, marks or termbase arriving. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * The cells are told a slice at a time, each slice in its own task: two
   * thousand marked cells drawn at once would hold the page for several
   * frames, while the reader should answer the keys and the pointer.
   */
  private notifySegments(ids: Iterable<string>): void {
    for (const id of ids) this.pending.add(id);
    if (this.pending.size === 0 || this.flushing) return;
    this.flushing = true;
    const flush = () => {
      const slice = [...this.pending].slice(0, CELLS_PER_TASK);
      for (const id of slice) {
        this.pending.delete(id);
        for (const listener of this.segmentListeners.get(id) ?? []) listener();
      }
      if (this.pending.size > 0) setTimeout(flush, 0);
      else this.flushing = false;
    };
    setTimeout(flush, 0);
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
