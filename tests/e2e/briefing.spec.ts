import mammoth from 'mammoth';
import type { Page } from '@playwright/test';
import type { UiLanguage } from '../../contract/languages';
import type { QuoteCard } from '../../contract/packs';
import { buildChangedCorpus, removeChangedCorpus } from '../helpers/changedCorpus';
import { pdfPages, squeezed } from '../helpers/pdfText';
import { closeApp, expect, launchApp, restartApp, test, type AppUnderTest } from './fixtures';
import { AddToPackPage } from './pages/AddToPackPage';
import { CitationPage } from './pages/CitationPage';
import { LibraryPage } from './pages/LibraryPage';
import { PacksPage } from './pages/PacksPage';
import { SearchPage } from './pages/SearchPage';

/**
 * Issue 12's "done when", as an official does it, in both interface languages:
 * search 健康中国, put three hits into a new pack, add a talking point and a
 * question whose answer cites a card, copy a card as a citation (HTML on the
 * clipboard), export the pack as DOCX and as PDF (the browser host's print
 * path, saved as PDF), then reopen the pack after the corpus changed under one
 * of its quotes and find that quote flagged.
 */
test.describe.configure({ timeout: 180_000 });

const WORDS: Record<'en' | 'zh-CN', { pack: string; point: string; question: string; answer: string; newPack: string; changed: string }> = {
  en: {
    pack: 'Healthy China press briefing',
    point: 'Healthy China is the frame for every measure announced today.',
    question: 'Is Healthy China a slogan or a plan?',
    answer: 'A plan with figures and dates: see the quote.',
    newPack: 'New pack…',
    changed: '1 changed',
  },
  'zh-CN': {
    pack: '健康中国新闻发布会',
    point: '今天宣布的各项措施都在健康中国的框架之内。',
    question: '健康中国是口号还是规划？',
    answer: '是有指标、有时间表的规划，见所引原文。',
    newPack: '新建资料包…',
    changed: '1 条已改动',
  },
};

/** Print frames the export dialog makes, as the page saw them: the HTML the browser's print dialog prints. */
async function watchPrintFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { printed: string[] }).printed = seen;
    new MutationObserver((records) => {
      for (const node of records.flatMap((r) => [...r.addedNodes])) if (node instanceof HTMLIFrameElement) seen.push(node.srcdoc);
    }).observe(document.body, { childList: true });
  });
}

async function downloaded(page: Page, run: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), run()]);
  return { name: download.suggestedFilename(), bytes: Buffer.concat(await (await download.createReadStream()).toArray()) };
}

async function cardsOf(app: AppUnderTest, packId: string): Promise<QuoteCard[]> {
  const pack = await app.backend.handlers.getPack({ id: packId });
  return pack.sections.flatMap((s) => s.items).filter((item): item is QuoteCard => item.kind === 'quote');
}

for (const language of ['en', 'zh-CN'] as const satisfies readonly UiLanguage[]) {
  test(`an official's briefing, from search to podium and back after a corpus change (${language})`, async ({ page, context }) => {
    const words = WORDS[language];
    let app = await launchApp(language);
    let changedCorpus: string | null = null;
    try {
      await CitationPage.allowClipboard(context, app.host.origin);
      const library = new LibraryPage(page, app.host);
      const search = new SearchPage(page);
      const adding = new AddToPackPage(page);
      const packs = new PacksPage(page);
      await library.open();

      // Search 健康中国 and put three hits into a new pack.
      await search.type('健康中国');
      await expect(search.hits.first()).toBeVisible();
      const hitIds = await search.hits.evaluateAll((hits) => hits.slice(0, 3).map((h) => h.getAttribute('data-segment-id')!));
      expect(hitIds).toHaveLength(3);
      for (const id of hitIds) await adding.hitCheckbox(id).check();
      await adding.selectionAddButton.click();
      await expect(adding.newPackItem).toHaveText(words.newPack);
      await adding.intoNewPack(words.pack);
      await expect(adding.status).toContainText(words.pack);
      await adding.statusLink.click();
      await packs.waitForPack();
      await expect(packs.cards).toHaveCount(3);
      const packId = (await app.backend.handlers.listPacks({}))[0].id;
      const cards = await cardsOf(app, packId);
      expect(cards.map((c) => c.selectors.segmentId)).toEqual(hitIds);
      for (const card of cards) expect(card.citation.quote.text).toContain('健康中国');

      // A talking point, and a question whose answer cites the first card.
      await packs.addPointButton(0).click();
      const point = packs.items(0).nth(3);
      await packs.pointField(point).fill(words.point);
      await packs.pointField(point).blur();
      await packs.addQuestionButton(0).click();
      const qa = packs.items(0).nth(4);
      await packs.questionField(qa).fill(words.question);
      await packs.answerField(qa).fill(words.answer);
      await packs.answerField(qa).blur();
      await packs.citeChooser(qa).locator('summary').click();
      await packs.citeOption(qa, 1).check();
      await expect(packs.citeChips(qa)).toHaveText(['[1]']);
      await expect
        .poll(async () => (await app.backend.handlers.getPack({ id: packId })).sections[0].items.map((item) => item.kind))
        .toEqual(['quote', 'quote', 'quote', 'point', 'qa']);

      // Copy a card as a citation: HTML on the clipboard, for a word processor, with the quote and its source.
      const cite = new CitationPage(page);
      await cite.clearClipboard();
      await packs.copyCitationButton(packs.card(1)).click();
      await expect.poll(async () => (await cite.readClipboard()).html ?? '').toContain(cards[0].citation.quote.text);
      const clip = await cite.readClipboard();
      expect(clip.html).toContain(language === 'en' ? cards[0].citation.source.title.en ?? '' : cards[0].citation.source.title.zh ?? '');
      expect(clip.text).toMatch(language === 'en' ? /published text|reference translation/ : /已发布文本|参考译文/);

      // Export as DOCX: every quote, the talking point and the question are in the file, each quote with a footnote.
      await packs.exportButton.click();
      await packs.exportFormat('docx').check();
      const docx = await downloaded(page, () => packs.exportRun.click());
      expect(docx.name).toMatch(/\.docx$/);
      const html = (await mammoth.convertToHtml({ buffer: docx.bytes })).value;
      for (const card of cards) expect(html).toContain(card.citation.quote.text);
      expect(html).toContain(words.point);
      expect(html).toContain(words.question);
      expect(html.match(/<li id="footnote-/g)?.length ?? 0).toBeGreaterThanOrEqual(3);

      // Export as PDF: in the browser host, the print path; saved as PDF it holds every quote and the talking point.
      // The dialog stays open after a download, with what it saved, for the next format.
      await watchPrintFrames(page);
      await expect(packs.exportDialog).toBeVisible();
      await packs.exportFormat('pdf').check();
      await packs.exportRun.click();
      const printed = (await (await page.waitForFunction(() => (window as unknown as { printed: string[] }).printed[0])).jsonValue()) as string;
      const paper = await context.newPage();
      await paper.setContent(printed);
      const pdfText = squeezed((await pdfPages(await paper.pdf({ preferCSSPageSize: true, printBackground: true }))).join('\n'));
      await paper.close();
      for (const card of cards) expect(pdfText).toContain(squeezed(card.citation.quote.text));
      expect(pdfText).toContain(squeezed(words.point));

      // The corpus changes under the first quote (one character of it corrected): reopened, the pack flags it.
      const first = cards[0];
      const quoted = first.citation.quote.text;
      const at = Math.floor(quoted.length / 2);
      const corrected = quoted.slice(0, at) + (quoted[at] === '某' ? '另' : '某') + quoted.slice(at + 1);
      changedCorpus = buildChangedCorpus([{ kind: 'text', segmentId: first.selectors.segmentId, side: first.selectors.side, text: (old) => old.replace(quoted, corrected) }]);
      app = await restartApp(app, language, { corpusFile: changedCorpus });
      await new LibraryPage(page, app.host).open();
      await packs.openPack(packId);
      await expect(packs.badge(packs.card(1))).toHaveAttribute('data-status', 'changed');
      await expect(packs.badge(packs.card(2))).toHaveAttribute('data-status', 'exact');
      await expect(packs.checkSummary).toHaveText(words.changed);
      await expect(packs.compare(packs.card(1))).toContainText(corrected);
    } finally {
      await closeApp(app);
      if (changedCorpus) removeChangedCorpus(changedCorpus);
    }
  });
}
