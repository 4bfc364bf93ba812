import { flushSync } from 'react-dom';

/** The rows in the DOM: [start, end) of the document's segments. */
export interface RowRange {
  start: number;
  end: number;
}

/** How far beyond the window rows are kept rendered, and how close the edge may come before more are rendered. */
const OVERSCAN_PX = 900;
const MARGIN_PX = 300;
/** Rows rendered around a row brought into view by a link, a jump or a key: enough to fill a tall window below it. */
const REVEAL_BEFORE = 8;
const REVEAL_AFTER = 40;
/**
 * A document of up to this many rows is rendered whole: its rows cost less than a frame or two to render, and the
 * browser's own find and scrolling then reach all of it. Every bundled document is under it; imported ones may not be.
 */
export const RENDER_WHOLE_UP_TO = 300;

/**
 * Which of a document's rows are rendered (issue 14): only those near the viewport, between two spacers whose heights
 * stand for the rows left out. Each row's height is its measured one when it has been rendered at this layout, else an
 * estimate from its text length and the font size. It lives outside React so that scrolling re-renders only the rows
 * that come and go, never the reader.
 */
export class RowWindow {
  readonly ids: readonly string[];
  private readonly indexById: Map<string, number>;
  private readonly measured: Float64Array;
  private readonly offsets: Float64Array;
  private estimate: (index: number) => number = () => 120;
  private layoutKey = '';
  /** What the estimates were made from (the document's segments as far as they have arrived). */
  private estimatedFrom: unknown = null;
  private dirty = true;
  private range: RowRange;
  private listeners = new Set<() => void>();
  /** Every row, for print, and the range to go back to after. */
  private all = false;
  private beforeAll: RowRange | null = null;

  constructor(ids: readonly string[]) {
    this.ids = ids;
    this.indexById = new Map(ids.map((id, index) => [id, index]));
    this.measured = new Float64Array(ids.length).fill(Number.NaN);
    this.offsets = new Float64Array(ids.length + 1);
    this.all = ids.length <= RENDER_WHOLE_UP_TO;
    this.range = { start: 0, end: this.all ? ids.length : Math.min(ids.length, REVEAL_AFTER) };
  }

  /** Whether rows are left out at all (see RENDER_WHOLE_UP_TO). */
  get virtual(): boolean {
    return this.ids.length > RENDER_WHOLE_UP_TO;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getRange = (): RowRange => this.range;

  indexOf(segmentId: string): number {
    return this.indexById.get(segmentId) ?? -1;
  }

  /**
   * A new layout (width, font size, columns): heights measured at the old one no longer hold. The same layout with a
   * new estimate (the text of rows whose part has arrived) keeps them.
   */
  setLayout(key: string, estimate: (index: number) => number, estimatedFrom: unknown): void {
    if (key === this.layoutKey && estimatedFrom === this.estimatedFrom) return;
    if (key !== this.layoutKey) this.measured.fill(Number.NaN);
    this.estimatedFrom = estimatedFrom;
    this.layoutKey = key;
    this.estimate = estimate;
    this.dirty = true;
    // The spacers stand for other heights now: render again, the same rows.
    this.set(this.range, true);
  }

  /** Records a rendered row's height; true when it differs from what was assumed. */
  measure(index: number, height: number): boolean {
    const previous = this.measured[index];
    if (Math.abs(previous - height) < 0.5) return false;
    this.measured[index] = height;
    this.dirty = true;
    return true;
  }

  /** Where row `index` starts, below the top of the first row; `offsetOf(ids.length)` is the height of them all. */
  offsetOf(index: number): number {
    if (this.dirty) this.computeOffsets();
    return this.offsets[Math.max(0, Math.min(index, this.ids.length))];
  }

  private computeOffsets(): void {
    let sum = 0;
    for (let i = 0; i < this.ids.length; i++) {
      this.offsets[i] = sum;
      const height = this.measured[i];
      sum += Number.isNaN(height) ? this.estimate(i) : height;
    }
    this.offsets[this.ids.length] = sum;
    this.dirty = false;
  }

  /** The first row whose bottom is below `y` (rows' coordinates). */
  private rowAt(y: number): number {
    let low = 0;
    let high = this.ids.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.offsetOf(middle + 1) <= y) low = middle + 1;
      else high = middle;
    }
    return Math.max(0, low);
  }

  /**
   * The window shows rows' coordinates [top, bottom): renders more when an edge of what is rendered comes within a
   * margin of it, with room to spare on both sides, so that a scroll renders a batch of rows now and then, not every frame.
   */
  follow(top: number, bottom: number): void {
    if (this.all || this.ids.length === 0) return;
    const { start, end } = this.range;
    const covered = this.offsetOf(start) <= Math.max(0, top - MARGIN_PX) && (end >= this.ids.length || this.offsetOf(end) >= bottom + MARGIN_PX);
    if (covered && end > start) return;
    this.set({ start: this.rowAt(top - OVERSCAN_PX), end: Math.min(this.ids.length, this.rowAt(bottom + OVERSCAN_PX) + 1) });
  }

  /** Renders the rows around `index` now, so that the caller finds it in the DOM on return. */
  reveal(index: number): void {
    if (this.all || (index >= this.range.start && index < this.range.end)) return;
    const start = Math.max(0, index - REVEAL_BEFORE);
    flushSync(() => this.set({ start, end: Math.min(this.ids.length, index + REVEAL_AFTER) }));
  }

  /** Every row, for print; `false` goes back to the rows near the viewport. */
  renderAll(on: boolean): void {
    if (on === this.all || this.ids.length <= RENDER_WHOLE_UP_TO) return;
    this.all = on;
    if (on) this.beforeAll = this.range;
    const range = on ? { start: 0, end: this.ids.length } : (this.beforeAll ?? this.range);
    flushSync(() => this.set(range, true));
  }

  private set(range: RowRange, force = false): void {
    if (!force && range.start === this.range.start && range.end === this.range.end) return;
    this.range = { ...range };
    for (const listener of this.listeners) listener();
  }
}

/** The reader's window, while a reader is open: the hooks that look rows up by id bring them in through it. */
let active: RowWindow | null = null;

export function setActiveRowWindow(window: RowWindow | null): void {
  active = window;
}

function rowElement(segmentId: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`.segment-rows [data-segment-id="${CSS.escape(segmentId)}"]`);
}

/** The row of `segmentId`, rendered first if it was not: deep links, find, jumps and sentence keys reach any row. */
export function revealRow(segmentId: string): HTMLElement | null {
  const found = rowElement(segmentId);
  if (found || !active) return found;
  const index = active.indexOf(segmentId);
  if (index < 0) return null;
  active.reveal(index);
  return rowElement(segmentId);
}

/**
 * Brings the row of `segmentId` in and hands it to `use` once it is in the DOM: at once when it can be rendered there
 * and then, else after the render that brings it (React will not render synchronously from inside an effect).
 */
export function withRow(segmentId: string, use: (row: HTMLElement) => void): () => void {
  let frame = 0;
  let tries = 0;
  const attempt = () => {
    const row = revealRow(segmentId);
    if (row) return use(row);
    if (++tries < 10) frame = requestAnimationFrame(attempt);
  };
  attempt();
  return () => cancelAnimationFrame(frame);
}

/** The row before or after `row`, rendered first if it was not (↑ / ↓ and the caret walk on past the rendered rows). */
export function siblingRow(row: Element, step: 1 | -1): HTMLElement | null {
  const segmentId = row instanceof HTMLElement ? row.dataset.segmentId : undefined;
  if (!segmentId) return null;
  const index = active?.indexOf(segmentId) ?? -1;
  if (!active || index < 0) {
    const sibling = step === 1 ? row.nextElementSibling : row.previousElementSibling;
    return sibling instanceof HTMLElement && sibling.matches('[data-segment-id]') ? sibling : null;
  }
  const next = active.ids[index + step];
  return next === undefined ? null : revealRow(next);
}
