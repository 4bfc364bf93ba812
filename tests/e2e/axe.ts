import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * The serious and critical axe violations of the page as it stands, or of the parts the selectors name, one line each:
 * the rule, then the first three elements it found. Minor and moderate findings are not failures here.
 * Legacy mode runs axe in the page itself: the default opens a blank page for every scan to gather the results of
 * cross-origin frames, which the app has none of, and that took half of each scan's time (the 135-row reader: 14 s
 * against 8 s on the 2-core CI machine). Only violations are gathered in full: axe otherwise serialises every node
 * that passed each rule, which on that reader took three quarters of a scan (6 to 9 s against 2.3 s); the other
 * result types keep one example node each, as axe's resultTypes option does.
 */
export async function seriousViolations(page: Page, ...selectors: string[]): Promise<string[]> {
  let builder = new AxeBuilder({ page }).setLegacyMode().options({ resultTypes: ['violations'] });
  for (const selector of selectors) builder = builder.include(selector);
  return (await builder.analyze()).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}
