import type { CSSProperties } from 'react';

/** Fixed-position style that puts a box of `size` beside `rect`, kept inside the window. */
export function popoverPosition(
  rect: { top: number; bottom: number; left: number; right: number },
  size: { width: number; height: number },
  prefer: 'above' | 'below',
): CSSProperties {
  const margin = 8;
  // Nothing goes under the sticky top bar and reader toolbar.
  const covered = document.querySelector('.reader-chrome')?.getBoundingClientRect().bottom ?? document.querySelector('.top-bar')?.getBoundingClientRect().bottom ?? 0;
  const fitsAbove = rect.top - size.height - margin > covered;
  const fitsBelow = rect.bottom + size.height + margin < window.innerHeight;
  const above = prefer === 'above' ? fitsAbove || !fitsBelow : !fitsBelow && fitsAbove;
  const top = above ? rect.top - size.height - margin : Math.min(rect.bottom + margin, window.innerHeight - size.height - margin);
  const centre = (rect.left + rect.right) / 2;
  const left = Math.min(Math.max(margin, centre - size.width / 2), window.innerWidth - size.width - margin);
  return { position: 'fixed', top: Math.max(covered + margin, top), left, maxWidth: size.width };
}
