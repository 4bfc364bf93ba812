import type { Pack } from '../../contract/packs';
import { expect, test, type AppUnderTest } from './fixtures';
import { PacksPage } from './pages/PacksPage';

// The export dialog (issue 12): a pack leaves as a file the way other exports do, and in the browser host PDF takes
// the print path — the pack's print page in a hidden frame that runs no script, with the browser's print dialog.
test.describe.configure({ timeout: 90_000 });
const PLAN = 'national-health-plan-14th-fyp-2022';

async function packWithCards(app: AppUnderTest): Promise<Pack> {
  const pack = await app.backend.handlers.createPack({ title: 'Healthy China briefing' });
  return app.backend.handlers.addQuotes({ packId: pack.id, sources: [{ kind: 'sentences', segmentId: `${PLAN}:p0012`, side: 'zh', sentenceIds: [`${PLAN}:p0012.s2`] }] });
}

test('a pack is exported as Markdown and DOCX downloads, and as PDF through the print path', async ({ library, app, page }) => {
  const packs = new PacksPage(page);
  const pack = await packWithCards(app);
  const quote = pack.sections[0].items[0].kind === 'quote' ? pack.sections[0].items[0].citation.quote.text : '';
  await library.open();
  await packs.openPack(pack.id);
  await packs.exportButton.click();
  await expect(packs.exportRun).toBeEnabled();

  await packs.exportFormat('markdown').check();
  const [markdown] = await Promise.all([page.waitForEvent('download'), packs.exportRun.click()]);
  expect(markdown.suggestedFilename()).toMatch(/\.md$/);
  const text = await (await markdown.createReadStream()).toArray();
  expect(Buffer.concat(text).toString('utf8')).toContain(quote);

  await packs.exportFormat('docx').check();
  const [docx] = await Promise.all([page.waitForEvent('download'), packs.exportRun.click()]);
  expect(docx.suggestedFilename()).toMatch(/\.docx$/);

  // The print path: a frame made with the pack's print page, sandboxed without scripts, its print styles applied.
  await page.evaluate(() => {
    const seen: { sandbox: string; text: string; styled: boolean }[] = [];
    (window as unknown as { printFrames: typeof seen }).printFrames = seen;
    new MutationObserver((records) => {
      for (const node of records.flatMap((r) => [...r.addedNodes])) {
        if (!(node instanceof HTMLIFrameElement)) continue;
        node.addEventListener('load', () => {
          const body = node.contentDocument?.body;
          // The print page sets 11 pt type on its root: applied only if its <style> is let through.
          const styled = body ? Math.abs(parseFloat(getComputedStyle(node.contentDocument!.documentElement).fontSize) - (11 * 96) / 72) < 0.1 : false;
          seen.push({ sandbox: node.getAttribute('sandbox') ?? '', text: body?.textContent ?? '', styled });
        });
      }
    }).observe(document.body, { childList: true });
  });
  await packs.exportFormat('pdf').check();
  await packs.exportRun.click();
  await expect(packs.exportDialog.locator('.export-notice')).toContainText('Save as PDF');
  const frames = await page.waitForFunction(() => (window as unknown as { printFrames: unknown[] }).printFrames[0]);
  const frame = (await frames.jsonValue()) as { sandbox: string; text: string; styled: boolean };
  expect(frame.sandbox.split(' ')).not.toContain('allow-scripts');
  expect(frame.text).toContain(quote);
  expect(frame.styled).toBe(true);
});
