import type { ReactNode } from 'react';
import type { TermMark, TermStatus } from '../../../contract/terminology';

/** Id of the hidden words that tell a status (TermStatusDescriptions), so a mark is told by more than its colour. */
export const termStatusDescriptionId = (status: TermStatus): string => `term-status-${status}`;

/**
 * One piece of a termbase term in a cell (a term an annotation or a search hit
 * cuts is in several pieces). The first piece is the term's one focus stop,
 * reached with ← / → among the row's parts; the last carries the flag of a
 * superseded or forbidden rendering (a glyph drawn by CSS, so the cell's text,
 * and every offset in it, stays the segment's).
 */
export function TermMarkSpan({ mark, first, last, children }: { mark: TermMark; first: boolean; last: boolean; children: ReactNode }) {
  return (
    <span
      className={`term-mark${first ? ' is-start' : ''}${last ? ' is-end' : ''}`}
      data-term-status={mark.status}
      data-term-concept={mark.conceptId}
      data-term-range={`${mark.start}-${mark.end}`}
      data-term-start={first ? 'true' : undefined}
      role={first ? 'term' : undefined}
      tabIndex={first ? -1 : undefined}
      aria-describedby={first ? termStatusDescriptionId(mark.status) : undefined}
    >
      {children}
    </span>
  );
}
