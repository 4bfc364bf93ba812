import type { QuoteCard } from '../../contract/packs';
import { expect, test, type AppUnderTest } from './fixtures';
import { AddToPackPage } from './pages/AddToPackPage';
import { AnnotationsPage } from './pages/AnnotationsPage';
import { SearchPage } from './pages/SearchPage';

// "Add to pack" (issue 12): a selection, a focused sentence, a search hit and an annotation go into a new pack or an
// existing one, as quote cards with the right text, side and provenance.
const PLAN = 'national-health-plan-14th-fyp-2022';
const P17 = `${PLAN}:p0017`;
const P18 = `${PLAN}:p0018`;

/** The quote cards of a pack, as the domain stores them. */
async function cardsOf(app: AppUnderTest, packId: string): Promise<QuoteCard[]> {
  const pack = await app.backend.handlers.getPack({ id: packId });
  return pack.sections.flatMap((section) => section.items).filter((item): item is QuoteCard => item.kind === 'quote');
}

async function onlyPack(app: AppUnderTest): Promise<string> {
  const packs = await app.backend.handlers.listPacks({});
  expect(packs).toHaveLength(1);
  return packs[0].id;
}

test.describe('add to pack, English interface', () => {
  test('a selection into a new pack, then another into the same pack, offered first', async ({ library, reader, page, app }) => {
    const packs = new AddToPackPage(page);
    await app.backend.handlers.createPack({ title: 'Older pack' });
    await library.open();
    await page.evaluate((hash) => (window.location.hash = hash), `#/doc/${PLAN}/p0017`);
    await reader.waitForDocument(PLAN);
    await new AnnotationsPage(page).select(reader.cellText(P17, 'en'), 'build and share together');
    await packs.toolbarButton.click();
    await expect(packs.packItem('Older pack')).toBeVisible();
    await packs.intoNewPack('Health briefing');
    await expect(packs.status).toContainText('Added to “Health briefing”.');
    const created = (await app.backend.handlers.listPacks({})).find((p) => p.title === 'Health briefing')!;
    await expect(packs.statusLink).toHaveAttribute('href', `#/packs/${created.id}`);
    const [first] = await cardsOf(app, created.id);
    expect(first.origin).toBe('reader');
    expect(first.citation.quote).toMatchObject({ language: 'en', text: 'build and share together', origin: 'published' });

    // The Chinese side, a reference translation: the pack used last is on top, focused, and Enter adds to it.
    await new AnnotationsPage(page).select(reader.cellText(P17, 'zh'), '健康优先，共建共享');
    await packs.toolbarButton.focus();
    await page.keyboard.press('Enter');
    await expect(packs.menuItems.first()).toContainText('Health briefing');
    await expect(packs.menuItems.first()).toContainText('last used');
    await expect(packs.menuItems.first()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(packs.status).toContainText('Added to “Health briefing”.');
    const cards = await cardsOf(app, created.id);
    expect(cards.map((c) => c.citation.quote.text)).toEqual(['build and share together', '健康优先，共建共享']);
    expect(cards[1].citation.quote).toMatchObject({ language: 'zh', origin: 'reference-translation' });
  });

  test('P on the focused sentence: the menu opens there, arrows move, Esc gives the focus back, Enter adds', async ({ library, reader, page, app }) => {
    const packs = new AddToPackPage(page);
    const pack = await app.backend.handlers.createPack({ title: 'Press conference' });
    await library.open();
    await page.evaluate((hash) => (window.location.hash = hash), `#/doc/${PLAN}/p0018`);
    await reader.waitForDocument(PLAN);
    await reader.tabStop(P18).focus();
    await page.keyboard.press('Alt+ArrowDown');
    const sentence = reader.sentence('zh', `${P18}.s1`);
    await expect(sentence).toBeFocused();
    await page.keyboard.press('p');
    await expect(packs.menu).toBeVisible();
    await expect(packs.packItem('Press conference')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(packs.newPackItem).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(packs.packItem('Press conference')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(packs.menu).toHaveCount(0);
    await expect(sentence).toBeFocused();
    // Tab closes it too, and the focus goes back where it was rather than to the end of the page.
    await page.keyboard.press('p');
    await expect(packs.packItem('Press conference')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(packs.menu).toHaveCount(0);
    await expect(sentence).toBeFocused();

    await page.keyboard.press('p');
    await expect(packs.packItem('Press conference')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(packs.status).toContainText('Added to “Press conference”.');
    const [card] = await cardsOf(app, pack.id);
    expect(card.citation.quote).toMatchObject({ language: 'zh', text: '预防为主，强化基层。', origin: 'reference-translation', sentences: [`${P18}.s1`] });
    expect(card.citation.counterpart).toMatchObject({ language: 'en', text: 'Focus on prevention and strengthen the grassroots.', origin: 'published' });
  });

  test('a search hit into a new pack, then an annotation into it from the Annotations screen and the reader panel', async ({ library, page, app }) => {
    const packs = new AddToPackPage(page);
    const search = new SearchPage(page);
    await library.open();
    await search.type('myopia');
    const hit = search.hits.first();
    const segmentId = (await hit.getAttribute('data-segment-id'))!;
    const expected = await app.backend.handlers.search({ query: 'myopia', limit: 1 });
    await packs.hitButton(segmentId).click();
    await packs.intoNewPack('Children’s health');
    await expect(packs.status).toContainText('Added to “Children’s health”.');
    const packId = await onlyPack(app);
    const [fromSearch] = await cardsOf(app, packId);
    expect(fromSearch.origin).toBe('search');
    expect(fromSearch.selectors.segmentId).toBe(segmentId);
    expect(fromSearch.citation.quote.language).toBe('en');
    expect(fromSearch.citation.quote.sentences).toEqual(expected.hits[0].sentences!.en);
    expect(fromSearch.citation.quote.text).toMatch(/myopia/i);

    const doc = await app.backend.handlers.getDocument({ documentId: PLAN });
    const zh = doc.segments.find((s) => s.id === P17)!.zh!.text;
    const annotation = await app.backend.handlers.createAnnotation({ segmentId: P17, side: 'zh', start: 0, end: 4, exact: zh.slice(0, 4), colour: 'yellow', note: 'Open with this.', tags: [] });
    const notes = new AnnotationsPage(page);
    await notes.navLink.click();
    await packs.annotationButton(annotation.id).click();
    await packs.packItem('Children’s health').click();
    await expect(packs.status).toContainText('Added to “Children’s health”.');
    const fromAnnotation = (await cardsOf(app, packId))[1];
    expect(fromAnnotation).toMatchObject({ origin: 'annotation', note: 'Open with this.' });
    expect(fromAnnotation.citation.quote).toMatchObject({ language: 'zh', text: zh.slice(0, 4), origin: 'reference-translation' });

    // The reader's annotation panel offers the same.
    await page.evaluate((hash) => (window.location.hash = hash), `#/doc/${PLAN}/p0017`);
    await page.locator('.annotations-toggle').click();
    await packs.annotationButton(annotation.id).click();
    await packs.packItem('Children’s health').click();
    await expect.poll(async () => (await cardsOf(app, packId)).length).toBe(3);
  });
});

test.describe('add to pack, Chinese interface', () => {
  test.use({ systemLanguage: 'zh-CN' });

  test('a selection into a new pack and a search hit into it, told in Chinese', async ({ library, reader, page, app }) => {
    const packs = new AddToPackPage(page);
    await library.open();
    await page.evaluate((hash) => (window.location.hash = hash), `#/doc/${PLAN}/p0017`);
    await reader.waitForDocument(PLAN);
    await new AnnotationsPage(page).select(reader.cellText(P17, 'en'), 'Health first');
    await expect(packs.toolbarButton).toHaveText('添加到资料包');
    await packs.toolbarButton.click();
    await packs.intoNewPack('健康中国发布会');
    await expect(packs.status).toContainText('已添加到“健康中国发布会”。');
    await expect(packs.statusLink).toHaveText('打开资料包');
    const packId = await onlyPack(app);

    const search = new SearchPage(page);
    await search.type('健康中国');
    const segmentId = (await search.hits.first().getAttribute('data-segment-id'))!;
    await packs.hitButton(segmentId).click();
    await expect(packs.menuItems.first()).toContainText('上次使用');
    await packs.packItem('健康中国发布会').click();
    await expect(packs.status).toContainText('已添加到“健康中国发布会”。');
    const cards = await cardsOf(app, packId);
    expect(cards.map((c) => c.citation.quote.language)).toEqual(['en', 'zh']);
    expect(cards[0].citation.quote).toMatchObject({ text: 'Health first', origin: 'published' });
    expect(cards[1].citation.quote.text).toContain('健康中国');
    expect(cards[1].selectors.segmentId).toBe(segmentId);
  });
});
