import { expect, captureScreen, test } from './fixtures';
import { seriousViolations } from './axe';

// The place is kept (issue 15): the paragraph at the top of the text stays at the top across text size, view mode,
// swap, the side panel and window resizing; the outline marks the section being read, to the last one, and in a
// narrow window folds behind a button.
const BRIEFING = 'shanghai-health-plan-briefing-2021';
const PLAN = 'national-health-plan-14th-fyp-2022';

test('the paragraph at the top stays at the top through every view change', async ({ library, reader, page }) => {
  await page.setViewportSize({ width: 1024, height: 800 });
  await library.open();
  await page.evaluate((hash) => (window.location.hash = hash), `#/doc/${BRIEFING}/p0018`);
  await reader.waitForDocument(BRIEFING);
  await reader.alignRowWithTextTop(`${BRIEFING}:p0018`);
  const start = await reader.topRow();
  expect(start.id).toBe(`${BRIEFING}:p0018`);
  expect(Math.abs(start.offset)).toBeLessThanOrEqual(1);

  const stillAtTop = async (change: string) => {
    await page.waitForTimeout(250); // the preference round trip and a frame or two of layout
    const now = await reader.topRow();
    expect(now.id, `after ${change}`).toBe(start.id);
    expect(Math.abs(now.offset - start.offset), `after ${change}: ${now.offset} against ${start.offset}`).toBeLessThanOrEqual(4);
  };
  await reader.clickInPlace(reader.largerText);
  await stillAtTop('larger text');
  await reader.clickInPlace(reader.largerText);
  await stillAtTop('larger text again');
  await reader.clickInPlace(reader.smallerText);
  await stillAtTop('smaller text');
  // By keyboard: focusing a control of the sticky toolbar scrolled the page when the page had a scroll padding.
  await reader.smallerText.focus();
  await stillAtTop('focusing a toolbar button');
  await page.keyboard.press('Enter');
  await stillAtTop('smaller text by keyboard');
  await reader.clickInPlace(reader.viewMode('English'));
  await stillAtTop('English only');
  await reader.clickInPlace(reader.viewMode('Chinese'));
  await stillAtTop('Chinese only');
  await reader.clickInPlace(reader.viewMode('Both'));
  await stillAtTop('both languages');
  await reader.clickInPlace(reader.swapButton);
  await stillAtTop('swapping sides');
  await reader.clickInPlace(reader.annotationsToggle);
  await stillAtTop('opening the annotations panel');
  await reader.clickInPlace(reader.annotationsToggle);
  await stillAtTop('closing the annotations panel');
  for (const width of [800, 1360, 1024]) {
    await page.setViewportSize({ width, height: 800 });
    await stillAtTop(`resizing the window to ${width} px`);
  }
});

test('the outline marks the last section at the end of the document', async ({ library, reader, page }) => {
  await library.open();
  await library.openDocument(PLAN);
  await reader.waitForDocument(PLAN);
  const lastHeading = (await reader.outlineLinks.last().textContent())!;
  await expect(reader.outlineLinks.last()).not.toHaveAttribute('aria-current');
  // Scrolling to the end in steps, as a person does, so the lazily laid-out rows settle on the way.
  for (let i = 0; i < 400; i++) {
    const atEnd = await page.evaluate(() => {
      window.scrollBy(0, window.innerHeight / 2);
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 4;
    });
    if (atEnd) break;
    await page.waitForTimeout(20);
  }
  await expect(reader.currentSection).toHaveText(lastHeading);
});

test('in a narrow window the outline folds behind a button, opens over the text and gives the focus back', async ({ library, reader, page }) => {
  await page.setViewportSize({ width: 800, height: 800 });
  await library.open();
  await page.evaluate((hash) => (window.location.hash = hash), `#/doc/${PLAN}/p0071`);
  await reader.waitForDocument(PLAN);
  await expect(reader.outline).toBeHidden();
  await expect(reader.outlineToggle).toHaveAttribute('aria-expanded', 'false');
  await reader.outlineToggle.click();
  await expect(reader.outline).toBeVisible();
  await expect(reader.outlineToggle).toHaveAttribute('aria-expanded', 'true');
  // The outline opens on the section being read, which takes the focus.
  await expect(reader.currentSection).toBeFocused();
  await expect(reader.currentSection).toBeInViewport();
  await captureScreen(page, 'reader-outline-800-en');
  expect(await seriousViolations(page, 'nav.outline')).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(reader.outline).toBeHidden();
  await expect(reader.outlineToggle).toBeFocused();

  // Choosing a section goes there and folds the outline away again.
  await page.keyboard.press('Enter');
  const section = reader.outlineLinks.nth(5);
  const href = await section.getAttribute('href');
  await section.click();
  await expect(reader.outline).toBeHidden();
  const key = href!.split('/').at(-1)!;
  await expect(reader.row(`${PLAN}:${key}`)).toBeInViewport();

  // Wide again, the outline is beside the text and the button is gone.
  await page.setViewportSize({ width: 1360, height: 800 });
  await expect(reader.outline).toBeVisible();
  await expect(reader.outlineToggle).toBeHidden();
});
