import fs from 'node:fs';
import type { Segment } from '../../contract/model';
import { burstAnnotation } from '../helpers/annotationBurst';
import { expect, test } from './fixtures';
import { AnnotationsPage } from './pages/AnnotationsPage';

// Issue #14: the Annotations screen reads its list a page at a time from the host.
const COUNT = 250;

test('the Annotations screen lists the first 100 of 250, shows more a page at a time from the keyboard, and exports what the filter shows', async ({ library, app, page }) => {
  const segments: Segment[] = [];
  for (const d of await app.backend.handlers.listDocuments({})) segments.push(...(await app.backend.handlers.getDocument({ documentId: d.id })).segments);
  for (let i = 0; i < COUNT; i++) await app.backend.handlers.createAnnotation(burstAnnotation(segments, i));
  const order = (await app.backend.handlers.listAnnotations({ sort: 'position' })).annotations.map((a) => a.id);

  const annotate = new AnnotationsPage(page);
  await library.open();
  await annotate.navLink.click();
  await expect(annotate.items).toHaveCount(100);
  await expect(annotate.listCount).toHaveText('100 of 250 annotations shown');
  await expect(annotate.showMore).toHaveText('Show 100 more');

  await annotate.showMore.focus();
  await page.keyboard.press('Enter');
  await expect(annotate.items).toHaveCount(200);
  // The keyboard goes on from the first annotation the page added, in the order the host sorted them.
  await expect(annotate.itemQuote(order[100])).toBeFocused();
  await expect(annotate.listCount).toHaveText('200 of 250 annotations shown');
  await expect(annotate.showMore).toHaveText('Show 50 more');
  await annotate.showMore.click();
  await expect(annotate.items).toHaveCount(COUNT);
  await expect(annotate.showMore).toHaveCount(0);
  await expect(annotate.listCount).toHaveText('250 annotations');
  expect(await annotate.items.evaluateAll((items) => items.map((item) => item.getAttribute('data-annotation-item')))).toEqual(order);

  // A filter starts again from its first page; the count is the host's total for it.
  await annotate.colourFilter('blue').click();
  await expect(annotate.listCount).toHaveText('50 annotations');
  await expect(annotate.items).toHaveCount(50);

  const [download] = await Promise.all([page.waitForEvent('download'), annotate.exportButton('csv').click()]);
  expect(download.suggestedFilename()).toMatch(/^duizhao-annotations-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = fs.readFileSync((await download.path())!, 'utf8');
  const whole = await app.backend.handlers.exportAnnotations({ format: 'csv', language: 'en', filter: { colours: ['blue'], sort: 'position', status: 'all' } });
  expect(csv).toBe(whole.content);
  expect(csv.split('\r\n')).toHaveLength(50 + 2);
});
