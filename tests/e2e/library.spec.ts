import { expect, test } from './fixtures';

test('the library lists every bundled document with its title, date, issuer, type and languages', async ({ library, app }) => {
  await library.open();
  await expect(library.heading).toHaveText('Library');
  const documents = await app.backend.handlers.listDocuments({});
  await expect(library.cards).toHaveCount(documents.length);

  const plan = library.card('national-health-plan-14th-fyp-2022');
  await expect(plan).toContainText('Notice of the General Office of the State Council on Issuing the 14th Five-Year National Health Plan');
  await expect(plan).toContainText('国务院办公厅关于印发“十四五”国民健康规划的通知');
  await expect(plan).toContainText('General Office of the State Council');
  await expect(plan).toContainText('April 27, 2022');
  await expect(plan).toContainText('Plan');
  await expect(plan).toContainText('Guo Ban Fa [2022] No. 11');
  // Provenance per language: the plan mixes its official Chinese stretch with reference translations.
  await expect(plan.locator('.coverage[data-language="zh"]')).toHaveText('Chinese: published text and reference translation');
  await expect(plan.locator('.coverage[data-language="en"]')).toHaveText('English: published text and reference translation');
  const briefing = library.card('shanghai-health-plan-briefing-2021');
  await expect(briefing.locator('.coverage[data-language="zh"]')).toHaveText('Chinese: reference translation');
  await expect(briefing.locator('.coverage[data-language="en"]')).toHaveText('English: published text');
  await expect(briefing).toContainText('Information Office of Shanghai Municipality');
  await expect(briefing).toContainText('July 15, 2021');
  await expect(briefing.locator('.document-summary')).toContainText('83.67');

  // The hospital news states no year: the library says so rather than inventing one.
  await expect(library.card('shgh-public-hospital-pilot')).toContainText('Date not stated');
});

test('opening a document from the library shows it side by side', async ({ library, reader, page }) => {
  await library.open();
  await library.openDocument('shanghai-health-plan-briefing-2021');
  await reader.waitForDocument('shanghai-health-plan-briefing-2021');
  await expect(page).toHaveURL(/#\/doc\/shanghai-health-plan-briefing-2021$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Press conference on Shanghai's 14th Five-Year Plan for health care");
  await expect(reader.columnHeaders).toHaveText(['Chinese', 'English']);
});
