import type { Page } from '@playwright/test';

/**
 * What a person would see as broken at this window size (issue 15): the page scrolling sideways, an element cut by the
 * window's left or right edge, text cut by its own box, or a label wrapping one character per line.
 * Returns one readable line per problem; an empty list means the screen holds together.
 */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    const describe = (element: Element) => {
      const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30);
      const className = typeof element.className === 'string' && element.className ? `.${element.className.split(' ')[0]}` : '';
      return `${element.tagName.toLowerCase()}${className} "${text}"`;
    };
    if (document.documentElement.scrollWidth > width + 1) problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
    /** Inside a box that scrolls sideways on purpose (a wide table), being past the window's edge is not being cut. */
    const inSidewaysScroller = (element: Element) => {
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        const overflowX = getComputedStyle(parent).overflowX;
        if ((overflowX === 'auto' || overflowX === 'scroll') && parent.scrollWidth > parent.clientWidth) return true;
      }
      return false;
    };
    const visible = (element: Element, rect: DOMRect) => {
      if (rect.width === 0 || rect.height === 0) return false;
      // Inside a closed <details> or a row not rendered yet (content-visibility), a box has a place but no pixels.
      if (!element.checkVisibility({ contentVisibilityAuto: true, opacityProperty: true, visibilityProperty: true })) return false;
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden' || style.opacity === '0') return false;
      // Visually hidden text for screen readers (a 1 px clipped box) is not on the screen.
      return !(rect.width <= 1 && rect.height <= 1) && style.clip !== 'rect(0px, 0px, 0px, 0px)' && !element.closest('.visually-hidden, .skip-link:not(:focus)');
    };
    const controls = document.querySelectorAll('a, a *, button, button *, input, select, textarea, label, h1, h2, h3, th, td, .cell-text, p, li, summary, [role="tab"], [role="button"]');
    for (const element of controls) {
      // A concordance line's contexts are cut at the column's edge on purpose, as every concordancer cuts them; the
      // whole paragraph is one click away. Such an element says so with data-context-clip.
      if (element.closest('[data-context-clip]')) continue;
      const rect = element.getBoundingClientRect();
      if (!visible(element, rect)) continue;
      if ((rect.left < -1 || rect.right > width + 1) && !inSidewaysScroller(element)) {
        problems.push(`${describe(element)} is cut by the window (${Math.round(rect.left)}..${Math.round(rect.right)} of ${width})`);
        continue;
      }
      const style = getComputedStyle(element);
      const clips = style.overflowX === 'hidden' || style.overflowX === 'clip' || style.textOverflow === 'ellipsis';
      if (clips && element.scrollWidth > element.clientWidth + 1 && element.tagName !== 'INPUT' && element.tagName !== 'TEXTAREA') {
        problems.push(`${describe(element)} cuts its own text (${element.scrollWidth} > ${element.clientWidth})`);
      }
      // One character per line: a box narrower than two characters of its font but several lines tall.
      const fontSize = parseFloat(style.fontSize);
      const text = (element.textContent ?? '').trim();
      const lineHeight = parseFloat(style.lineHeight) || fontSize * 1.2;
      if (text.length >= 2 && element.children.length === 0 && rect.width < fontSize * 2.2 && rect.height > lineHeight * 1.8) {
        problems.push(`${describe(element)} wraps one character per line (${Math.round(rect.width)} px wide)`);
      }
    }
    return [...new Set(problems)];
  });
}
