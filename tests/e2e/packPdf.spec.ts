import { exportPackFile } from '../../main/domain/briefing/packExport';
import type { CorpusRepository } from '../../main/domain/corpus/corpusRepository';
import { briefingPack, checkOf, openBundledCorpus } from '../helpers/packFixtures';
import { pdfPages, squeezed } from '../helpers/pdfText';
import { expect, test } from './fixtures';

/**
 * The browser host's PDF path (issue #12): its renderer prints the pack's `html`
 * export. Here Chromium prints that page to PDF as its print dialog would, and
 * the PDF's text, read back with pdfjs-dist, holds every quote and citation.
 */
let corpus: CorpusRepository;
test.beforeAll(() => {
  corpus = openBundledCorpus();
});
test.afterAll(() => corpus.close());

test('a pack printed from its HTML export to PDF holds every quote, both languages, and every citation, with page numbers', async ({ page }) => {
  const { pack, cards } = briefingPack(corpus);
  const file = await exportPackFile({
    pack,
    check: checkOf(pack),
    options: { format: 'html', layout: 'bilingual', language: 'zh-CN', style: 'zh-gbt' },
    context: { appVersion: 'e2e', corpusVersion: corpus.version, now: new Date('2026-12-01T08:00:00Z') },
  });
  await page.setContent(Buffer.from(file.contentBase64, 'base64').toString('utf8'));
  const pages = await pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const text = squeezed(pages.join('\n'));

  for (const card of cards) {
    expect(text).toContain(squeezed(card.citation.quote.text));
    expect(text).toContain(squeezed(card.citation.counterpart!.text));
  }
  for (const expected of ['国办发〔2022〕11号', '国务院办公厅关于印发“十四五”国民健康规划的通知', '第17段', '上海促进健康服务业高质量发展“50条”新闻发布会', '第3段', '第2段']) {
    expect(text).toContain(squeezed(expected));
  }
  expect(text).toContain(squeezed('英文：已发布文本'));
  expect(text).toContain(squeezed('引用前请核对：'));
  // Page numbers from the page's @page margin boxes: "1 / N" on the first page, "N / N" on the last.
  expect(pages.length).toBeGreaterThan(1);
  expect(squeezed(pages[0])).toContain(`1/${pages.length}`);
  expect(squeezed(pages.at(-1)!)).toContain(`${pages.length}/${pages.length}`);
});
