import { LOW_CONFIDENCE, type SentenceLink } from '../../contract/alignment';
import type { DocumentDetail } from '../../contract/model';
import { parseSentenceId } from '../../contract/sentenceId';
import { expect, test } from './fixtures';
import { AnnotationsPage } from './pages/AnnotationsPage';
import { seriousViolations } from './axe';

const PLAN = 'national-health-plan-14th-fyp-2022';

/** The text of a sentence, as getDocument gives it. */
function sentenceText(doc: DocumentDetail, side: 'zh' | 'en', sentenceId: string): string {
  const { segmentId, n } = parseSentenceId(sentenceId)!;
  const segment = doc.segments.find((s) => s.id === segmentId)!;
  const sentence = segment.sentences[side].find((s) => s.n === n)!;
  return segment[side]!.text.slice(sentence.start, sentence.end);
}

/** A paragraph's link with one Chinese sentence and two English ones, not the first of its paragraph: the pair a hover must show whole. */
const isLow = (link: SentenceLink) => link.confidence < LOW_CONFIDENCE && !link.corrected;

/** The first bundled document, in library order, with links the aligner is unsure of (read from the corpus, never assumed). */
async function documentWithLowLinks(app: import('./fixtures').AppUnderTest): Promise<{ doc: DocumentDetail; low: SentenceLink[] }> {
  for (const { id } of await app.backend.handlers.listDocuments({})) {
    const doc = await app.backend.handlers.getDocument({ documentId: id });
    const low = doc.links.filter(isLow);
    if (low.length > 0) return { doc, low };
  }
  throw new Error('No bundled document has a link under LOW_CONFIDENCE to check');
}

function oneToTwoLink(doc: DocumentDetail): SentenceLink {
  const paragraphs = new Set(doc.segments.filter((s) => s.kind === 'paragraph').map((s) => s.id));
  return doc.links.find((l) => l.zh.length === 1 && l.en.length === 2 && !l.zh[0].endsWith('.s1') && paragraphs.has(parseSentenceId(l.zh[0])!.segmentId))!;
}

async function openPlanAt(page: import('@playwright/test').Page, reader: import('./pages/ReaderPage').ReaderPage, key: string) {
  await page.evaluate((hash) => (window.location.hash = hash), `#/doc/${PLAN}/${key}`);
  await reader.waitForDocument(PLAN);
}

for (const language of ['en', 'zh-CN'] as const) {
  test(`hovering a Chinese sentence marks it and its English counterpart (${language})`, async ({ library, reader, app, page }) => {
    const doc = await app.backend.handlers.getDocument({ documentId: PLAN });
    const link = oneToTwoLink(doc);
    const zhId = link.zh[0];
    await library.open();
    await library.chooseLanguage(language);
    await openPlanAt(page, reader, parseSentenceId(zhId)!.segmentId.split(':')[1]);
    await expect(reader.columnHeaders).toHaveText(language === 'en' ? ['Chinese', 'English'] : ['中文', '英文']);

    const zh = reader.sentence('zh', zhId);
    await expect(zh).toHaveText(sentenceText(doc, 'zh', zhId));
    await zh.hover();
    await expect(zh).toHaveAttribute('data-pair', 'active');
    for (const enId of link.en) {
      const en = reader.sentence('en', enId);
      await expect(en).toHaveText(sentenceText(doc, 'en', enId));
      await expect(en).toHaveAttribute('data-pair', 'active');
    }
    // Only the pair: one Chinese sentence and its two English ones.
    await expect(reader.pairedSentences).toHaveCount(3);
    // The pair's mark is a band of its own colour, without the solid underline of an annotation.
    const style = await zh.evaluate((el) => ({ background: getComputedStyle(el).backgroundColor, underline: getComputedStyle(el).borderBottomStyle }));
    expect(style.background).not.toBe('rgba(0, 0, 0, 0)');
    expect(style.underline).toBe('none');

    // Hovering an English sentence of the pair lights the same pair; leaving the text clears it.
    await reader.sentence('en', link.en[1]).hover();
    await expect(zh).toHaveAttribute('data-pair', 'active');
    await page.locator('#document-title').hover();
    await expect(reader.pairedSentences).toHaveCount(0);
  });
}

test('hovering changes only the sentences of the pairs it leaves and enters, not the rows', async ({ library, reader, app, page }) => {
  const doc = await app.backend.handlers.getDocument({ documentId: PLAN });
  const link = oneToTwoLink(doc);
  await library.open();
  await openPlanAt(page, reader, parseSentenceId(link.zh[0])!.segmentId.split(':')[1]);
  await reader.sentence('zh', link.zh[0]).hover();
  await expect(reader.pairedSentences).toHaveCount(3);
  await page.evaluate(() => {
    const changed: string[] = [];
    const touched = new Set<Node>();
    Object.assign(window, { changed, touched });
    new MutationObserver((records) => {
      for (const r of records) {
        touched.add(r.target);
        changed.push(r.type === 'attributes' && (r.target as Element).matches('.sentence') ? `sentence ${r.attributeName}` : `${r.type} ${(r.target as Element).className ?? ''}`);
      }
    }).observe(document.querySelector('.segment-rows')!, { attributes: true, childList: true, subtree: true, characterData: true });
  });
  await reader.sentence('en', link.en[1]).hover();
  const next = reader.sentence('zh', doc.links.find((l) => l.id === link.id + 1)!.zh[0] ?? link.zh[0]);
  await next.hover();
  await expect(next).toHaveAttribute('data-pair', 'active');
  const { changed, touched, sentences } = await page.evaluate(() => {
    const w = window as unknown as { changed: string[]; touched: Set<Node> };
    return { changed: w.changed, touched: w.touched.size, sentences: document.querySelectorAll('.sentence').length };
  });
  // Only the data-pair attribute of a few sentences (those the pointer crossed), of the ~1,000.
  expect(new Set(changed)).toEqual(new Set(['sentence data-pair']));
  expect(touched).toBeLessThan(sentences / 20);
});

test('the keys move sentence by sentence and across to the counterpart, announcing each', async ({ library, reader, app, page }) => {
  const doc = await app.backend.handlers.getDocument({ documentId: PLAN });
  const link = oneToTwoLink(doc);
  const { segmentId, n } = parseSentenceId(link.zh[0])!;
  const segment = doc.segments.find((s) => s.id === segmentId)!;
  const paragraph = segment.position + 1;
  await library.open();
  await openPlanAt(page, reader, segmentId.split(':')[1]);

  // The sentences add no tab stop (the rows hold them); one of them, the cursor, is where the keys start.
  await expect(reader.sentenceCursor).toHaveCount(1);
  await expect(reader.sentenceCursor).toHaveAttribute('tabindex', '-1');
  // Whether each Alt+arrow was kept from the browser (Alt+← and Alt+→ are Back and Forward there).
  await page.evaluate(() => {
    const kept: boolean[] = [];
    Object.assign(window, { kept });
    window.addEventListener('keydown', (e) => e.altKey && e.key.startsWith('Arrow') && kept.push(e.defaultPrevented));
  });

  // From the paragraph's own link, Alt+↓ enters its first Chinese sentence.
  await reader.row(segmentId).locator('.segment-number').focus();
  await page.keyboard.press('Alt+ArrowDown');
  const first = reader.sentence('zh', `${segmentId}.s1`);
  await expect(first).toBeFocused();
  await expect(first).toHaveAttribute('tabindex', '-1');
  expect(await first.evaluate((el) => el.matches(':focus-visible') && getComputedStyle(el).outlineStyle)).toBe('solid');
  await expect(reader.sentenceCursor).toHaveCount(1);
  await expect(reader.sentenceStatus).toContainText(`Chinese sentence 1 of ${segment.sentences.zh.length} in paragraph ${paragraph}`);

  // Down to the sentence of the 1–2 link.
  for (let i = 1; i < n; i++) await page.keyboard.press('Alt+ArrowDown');
  const zh = reader.sentence('zh', link.zh[0]);
  await expect(zh).toBeFocused();
  await expect(zh).toHaveAttribute('data-pair', 'active');
  const enNumbers = link.en.map((id) => parseSentenceId(id)!.n);
  await expect(reader.sentenceStatus).toContainText(`Chinese sentence ${n} of ${segment.sentences.zh.length} in paragraph ${paragraph}, linked to English sentences ${enNumbers[0]}–${enNumbers[1]}; link confidence`);

  // Across to the English counterpart (English is the right column), and back.
  await page.keyboard.press('Alt+ArrowRight');
  const en = reader.sentence('en', link.en[0]);
  await expect(en).toBeFocused();
  await expect(en).toHaveText(sentenceText(doc, 'en', link.en[0]));
  await expect(reader.sentenceStatus).toContainText(`English sentence ${enNumbers[0]} of ${segment.sentences.en.length} in paragraph ${paragraph}, linked to Chinese sentence ${n}`);
  await page.keyboard.press('Alt+ArrowRight'); // nothing further right
  await expect(en).toBeFocused();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(reader.sentence('en', link.en[1])).toBeFocused();
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(zh).toBeFocused();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(reader.sentence('zh', `${segmentId}.s${n - 1}`)).toBeFocused();
  const kept = await page.evaluate(() => (window as unknown as { kept: boolean[] }).kept);
  expect(kept.length).toBeGreaterThan(5);
  expect(kept.every(Boolean)).toBe(true);

  // Past the paragraph's last sentence, Alt+↓ goes on to the next paragraph.
  const last = segment.sentences.zh.length;
  for (let i = n - 1; i < last; i++) await page.keyboard.press('Alt+ArrowDown');
  await expect(reader.sentence('zh', `${segmentId}.s${last}`)).toBeFocused();
  await page.keyboard.press('Alt+ArrowDown');
  const nextSegment = doc.segments[segment.position + 1];
  await expect(reader.sentence('zh', `${nextSegment.id}.s1`)).toBeFocused();

  // Enter pins the focused pair, Esc unpins it.
  await page.keyboard.press('Enter');
  await expect(reader.sentence('zh', `${nextSegment.id}.s1`)).toHaveAttribute('data-pair', 'pinned');
  await page.keyboard.press('Escape');
  await expect(page.locator('.sentence[data-pair="pinned"]')).toHaveCount(0);
});

test('a click pins the pair until Esc or another click, and selecting text still annotates it', async ({ library, reader, app, page }) => {
  const doc = await app.backend.handlers.getDocument({ documentId: PLAN });
  const link = oneToTwoLink(doc);
  const zh = reader.sentence('zh', link.zh[0]);
  const pinned = page.locator('.sentence[data-pair="pinned"]');
  await library.open();
  await openPlanAt(page, reader, parseSentenceId(link.zh[0])!.segmentId.split(':')[1]);

  await zh.click();
  await expect(zh).toHaveAttribute('data-pair', 'pinned');
  for (const enId of link.en) await expect(reader.sentence('en', enId)).toHaveAttribute('data-pair', 'pinned');
  // It stays when the pointer leaves, and the ring is stronger than a hover's.
  await page.locator('#document-title').hover();
  await expect(pinned).toHaveCount(3);
  await page.keyboard.press('Escape');
  await expect(pinned).toHaveCount(0);

  await zh.click();
  await expect(pinned).toHaveCount(3);
  // A click on another sentence pins that pair instead; a click on the pinned one unpins it.
  const other = reader.sentence('zh', `${parseSentenceId(link.zh[0])!.segmentId}.s1`);
  await other.click();
  await expect(other).toHaveAttribute('data-pair', 'pinned');
  await expect(zh).not.toHaveAttribute('data-pair', 'pinned');
  await other.click();
  await expect(pinned).toHaveCount(0);

  // Selecting inside a sentence still offers the annotation toolbar, and the highlight lands inside the sentence.
  const annotating = new AnnotationsPage(page);
  const text = sentenceText(doc, 'zh', link.zh[0]);
  const quote = text.slice(2, 8);
  await annotating.select(zh.locator('xpath=ancestor::*[contains(@class,"cell-text")]'), quote);
  await page.keyboard.press('2');
  const highlight = zh.locator('.annotation[data-annotation-start]');
  await expect(highlight).toHaveText(quote);
  await expect(zh).toHaveText(text);
});

test('the check-links list shows the low-confidence links and jumps to one, pinned', async ({ library, reader, app }) => {
  const { doc, low } = await documentWithLowLinks(app);
  const link = low[0];
  const paragraph = doc.segments.find((s) => s.id === parseSentenceId(link.zh[0])!.segmentId)!.position + 1;
  const percent = Math.floor(link.confidence * 100);
  await library.open();
  await library.openDocument(doc.id);
  await reader.waitForDocument(doc.id);

  // The low link is shaded in the text, its confidence in the tooltip.
  const zh = reader.sentence('zh', link.zh[0]);
  await expect(zh).toHaveAttribute('data-low', 'true');
  await expect(zh).toHaveAttribute('title', `Sentence link confidence ${percent} %: check this link`);

  await expect(reader.linksToCheckToggle).toHaveText(`Check these links (${low.length})`);
  await reader.linksToCheckToggle.click();
  await expect(reader.linksToCheckToggle).toHaveAttribute('aria-expanded', 'true');
  const items = reader.linksToCheckPanel.locator('.link-check-item');
  await expect(items).toHaveCount(low.length);
  await expect(items.first().locator('.item-document')).toHaveText(`Paragraph ${paragraph} · confidence ${percent} %`);
  const zhText = link.zh.map((id) => sentenceText(doc, 'zh', id)).join('');
  const enText = link.en.map((id) => sentenceText(doc, 'en', id)).join(' ');
  await expect(items.first().locator('.link-check-text[lang="zh-CN"]')).toHaveText(zhText);
  await expect(items.first().locator('.link-check-text[lang="en"]')).toHaveText(enText);

  await items.first().locator('.link-check-show').click();
  await expect(zh).toBeFocused();
  await expect(zh).toBeInViewport();
  for (const id of link.zh) await expect(reader.sentence('zh', id)).toHaveAttribute('data-pair', 'pinned');
  for (const id of link.en) await expect(reader.sentence('en', id)).toHaveAttribute('data-pair', 'pinned');
  await expect(items.first()).toHaveAttribute('aria-current', 'true');
  await expect(reader.sentenceStatus).toContainText(`link confidence ${percent} %, check this link`);
});

test('the check-links list says plainly when there is nothing to check, in Chinese too', async ({ library, reader, app }) => {
  const briefing = 'shgh-public-hospital-pilot';
  const doc = await app.backend.handlers.getDocument({ documentId: briefing });
  expect(doc.links.filter(isLow)).toEqual([]);
  await library.open();
  await library.openDocument(briefing);
  await reader.waitForDocument(briefing);
  await expect(reader.linksToCheckToggle).toHaveText('Check these links (0)');
  await reader.linksToCheckToggle.click();
  await expect(reader.linksToCheckPanel).toContainText('No links to check');
  await expect(reader.linksToCheckPanel.locator('.link-check-item')).toHaveCount(0);

  await library.chooseLanguage('zh-CN');
  await expect(reader.linksToCheckToggle).toHaveText('核对这些对齐（0）');
  await expect(reader.linksToCheckPanel.locator('h2')).toHaveText('待核对的句子对齐');
  await expect(reader.linksToCheckPanel).toContainText('没有需要核对的对齐');
  await reader.linksToCheckPanel.getByRole('button', { name: '关闭待核对的对齐列表' }).click();
  await expect(reader.linksToCheckPanel).toHaveCount(0);
});

test('in Chinese, the focused sentence and its counterpart are announced in Chinese', async ({ library, reader, app }) => {
  const { doc, low } = await documentWithLowLinks(app);
  const link = low[0];
  const { segmentId, n } = parseSentenceId(link.zh[0])!;
  const segment = doc.segments.find((s) => s.id === segmentId)!;
  await library.open();
  await library.chooseLanguage('zh-CN');
  await library.openDocument(doc.id);
  await reader.waitForDocument(doc.id);
  await reader.linksToCheckToggle.click();
  await reader.linksToCheckPanel.locator('.link-check-show').first().click();
  const percent = Math.floor(link.confidence * 100);
  await expect(reader.sentenceStatus).toHaveText(
    `第 ${segment.position + 1} 段中文第 ${n} 句（共 ${segment.sentences.zh.length} 句），与英文第 ${link.en.map((id) => parseSentenceId(id)!.n).join('–')} 句对齐；对齐置信度 ${percent}%，请核对。`,
  );
  await expect(reader.sentence('zh', link.zh[0])).toHaveAttribute('title', `句子对齐置信度 ${percent}%：请核对`);
});

test('the check-links panel, the shaded link and a pinned, focused pair have no serious accessibility violations', async ({ library, reader, page, app }) => {
  const { doc, low } = await documentWithLowLinks(app);
  await library.open();
  await library.chooseLanguage('zh-CN');
  await library.openDocument(doc.id);
  await reader.waitForDocument(doc.id);
  await reader.linksToCheckToggle.click();
  await reader.linksToCheckPanel.locator('.link-check-show').first().click();
  await expect(page.locator('.sentence[data-pair="pinned"]:focus')).toHaveCount(1);
  const segmentId = parseSentenceId(low[0].zh[0])!.segmentId;
  expect(await seriousViolations(page, '.reader-chrome', '.reader-links-to-check', `[data-segment-id="${segmentId}"]`)).toEqual([]);
});
