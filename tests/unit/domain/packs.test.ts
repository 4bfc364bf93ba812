import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ADD_QUOTES_MAX, PACK_ITEMS_MAX, PACK_SECTIONS_MAX, type Pack, type PackEdit, type QuoteCard } from '../../../contract/packs';
import { createBackend, type Backend } from '../../../main/domain/backend';
import { dispatchApiCall } from '../../../main/domain/dispatch';
import { buildBundledCorpusInto } from '../../helpers/corpus';
import { tempDir, tempDirForFile } from '../../helpers/tempDir';

const PLAN = 'national-health-plan-14th-fyp-2022';
const corpusDir = tempDirForFile();
let corpusFile: string;
let backend: Backend;

beforeAll(() => {
  corpusFile = buildBundledCorpusInto(corpusDir());
});
beforeEach(() => {
  backend = createBackend({ userDataDir: tempDir(), corpusFile, systemLanguage: 'en' });
});
afterEach(() => backend.close());

/** A call as the renderer makes it: through the contract's schemas, answering the value or throwing the error code. */
async function call<T>(name: string, args: unknown): Promise<T> {
  const result = await dispatchApiCall(backend.handlers, name, args);
  if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
  return result.value as T;
}
const codeOf = (promise: Promise<unknown>) => promise.then(() => 'ok', (error: { code?: string }) => error.code);

const edit = (pack: Pack, change: PackEdit) => call<Pack>('editPack', { id: pack.id, edit: change });
const itemsOf = (pack: Pack, section = 0) => pack.sections[section].items;
const textsOf = (pack: Pack, section = 0) => itemsOf(pack, section).map((i) => (i.kind === 'point' ? i.text : i.kind === 'qa' ? i.question : i.citation.quote.text));
const newPack = (title = 'Press briefing') => call<Pack>('createPack', { title, occasion: 'Healthy China', date: '2026-12-03' });

async function withPoints(...texts: string[]): Promise<Pack> {
  let pack = await newPack();
  for (const text of texts) pack = await edit(pack, { op: 'add-point', sectionId: pack.sections[0].id, text });
  return pack;
}

describe('packs', () => {
  it('are created with one untitled section, listed most recently changed first, and say who changed them', async () => {
    await call('setPreferences', { authorName: 'Li Wei' });
    const first = await newPack('First');
    const second = await newPack('Second');
    expect(first).toMatchObject({ title: 'First', occasion: 'Healthy China', date: '2026-12-03', updatedBy: 'Li Wei', sections: [{ title: '', items: [] }] });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await edit(first, { op: 'add-point', sectionId: first.sections[0].id, text: 'Point' });
    const list = await call<{ id: string; pointCount: number }[]>('listPacks', {});
    expect(list.map((p) => p.id)).toEqual([first.id, second.id]);
    expect(list[0]).toMatchObject({ title: 'First', sectionCount: 1, cardCount: 0, pointCount: 1, questionCount: 0 });
  });

  it('are renamed, recording who changed them, and an unknown pack is not found', async () => {
    const pack = await newPack();
    await call('setPreferences', { authorName: 'Wang Fang' });
    const renamed = await edit(pack, { op: 'rename', title: 'Renamed', date: null });
    expect(renamed).toMatchObject({ title: 'Renamed', occasion: 'Healthy China', date: null, updatedBy: 'Wang Fang', createdAt: pack.createdAt });
    expect(renamed.updatedAt >= pack.updatedAt).toBe(true);
    expect(await codeOf(call('getPack', { id: '00000000-0000-4000-8000-000000000000' }))).toBe('not-found');
  });

  it('are deleted and restored, and a deleted pack is gone after a restart', async () => {
    const pack = await withPoints('Kept');
    await call('deletePack', { id: pack.id });
    expect(await call('listPacks', {})).toEqual([]);
    expect(await codeOf(call('getPack', { id: pack.id }))).toBe('not-found');
    expect(textsOf(await call<Pack>('restorePack', { id: pack.id }))).toEqual(['Kept']);
  });
});

describe('editing a pack', () => {
  it('adds, edits, moves and deletes talking points, with Undo putting them back where they were', async () => {
    let pack = await withPoints('One', 'Two', 'Three');
    const [one, two, three] = itemsOf(pack).map((i) => i.id);
    pack = await edit(pack, { op: 'add-point', sectionId: pack.sections[0].id, text: 'Zero', index: 0 });
    expect(textsOf(pack)).toEqual(['Zero', 'One', 'Two', 'Three']);
    pack = await edit(pack, { op: 'edit-point', itemId: two, text: 'Two, edited' });
    pack = await edit(pack, { op: 'move-item', itemId: three, sectionId: pack.sections[0].id, index: 1 });
    expect(textsOf(pack)).toEqual(['Zero', 'Three', 'One', 'Two, edited']);
    pack = await edit(pack, { op: 'delete-item', itemId: one });
    expect(textsOf(pack)).toEqual(['Zero', 'Three', 'Two, edited']);
    pack = await edit(pack, { op: 'move-item', itemId: three, sectionId: pack.sections[0].id, index: 99 });
    expect(textsOf(pack)).toEqual(['Zero', 'Two, edited', 'Three']);
    pack = await edit(pack, { op: 'restore-item', itemId: one });
    expect(textsOf(pack)).toEqual(['Zero', 'One', 'Two, edited', 'Three']);
  });

  it('adds, renames, moves, deletes and restores sections, and moves items across them', async () => {
    let pack = await withPoints('A', 'B');
    const first = pack.sections[0].id;
    pack = await edit(pack, { op: 'add-section', title: 'Questions' });
    pack = await edit(pack, { op: 'add-section', title: 'Opening', index: 0 });
    expect(pack.sections.map((s) => s.title)).toEqual(['Opening', '', 'Questions']);
    const questions = pack.sections[2].id;
    pack = await edit(pack, { op: 'rename-section', sectionId: first, title: 'Figures' });
    pack = await edit(pack, { op: 'move-item', itemId: itemsOf(pack, 1)[0].id, sectionId: questions, index: 0 });
    expect(pack.sections.map((s) => [s.title, s.items.length])).toEqual([['Opening', 0], ['Figures', 1], ['Questions', 1]]);
    pack = await edit(pack, { op: 'move-section', sectionId: questions, index: 0 });
    expect(pack.sections.map((s) => s.title)).toEqual(['Questions', 'Opening', 'Figures']);
    const opening = pack.sections[1].id;
    pack = await edit(pack, { op: 'delete-section', sectionId: opening });
    expect(pack.sections.map((s) => s.title)).toEqual(['Questions', 'Figures']);
    pack = await edit(pack, { op: 'restore-section', sectionId: opening });
    expect(pack.sections.map((s) => s.title)).toEqual(['Questions', 'Opening', 'Figures']);
  });

  it('refuses ids of another pack or of nothing, and an edit of the wrong kind of item', async () => {
    const pack = await withPoints('A');
    const other = await withPoints('B');
    const point = itemsOf(pack)[0].id;
    expect(await codeOf(edit(other, { op: 'edit-point', itemId: point, text: 'x' }))).toBe('not-found');
    expect(await codeOf(edit(pack, { op: 'add-point', sectionId: other.sections[0].id, text: 'x' }))).toBe('not-found');
    expect(await codeOf(edit(pack, { op: 'edit-card-note', itemId: point, note: 'x' }))).toBe('invalid-argument');
    expect(textsOf(await call<Pack>('getPack', { id: other.id }))).toEqual(['B']);
  });
});

describe('quote cards', () => {
  it('are made from a range, a paragraph and sentences, with the citation and digests', async () => {
    const pack = await newPack();
    const segmentId = `${PLAN}:p0017`;
    const added = await call<Pack>('addQuotes', {
      packId: pack.id,
      sources: [
        { kind: 'range', target: { segmentId, side: 'en', start: 0, end: 39 } },
        { kind: 'paragraph', segmentId, side: 'zh' },
        { kind: 'sentences', segmentId, side: 'en', sentenceIds: [`${segmentId}.s1`] },
      ],
      note: 'For the opening',
    });
    const cards = itemsOf(added) as QuoteCard[];
    expect(cards.map((c) => [c.origin, c.citation.quote.text.slice(0, 39), c.note])).toEqual([
      ['reader', 'Health first, build and share together.', 'For the opening'],
      ['reader', expect.stringContaining('健康优先'), 'For the opening'],
      ['search', 'Health first, build and share together.', 'For the opening'],
    ]);
    expect(cards[0].digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(cards[0].selectors).toMatchObject({ segmentId, side: 'en', quote: { exact: 'Health first, build and share together.' }, position: { start: 0, end: 39 } });
    expect(cards[0].citation.counterpart).toMatchObject({ text: '健康优先，共建共享。', origin: 'reference-translation' });
    expect(cards[0].citation.quote.origin).toBe('published');
  });

  it('are checked as exact against an unchanged corpus', async () => {
    const pack = await newPack();
    await call('addQuotes', { packId: pack.id, sources: [{ kind: 'paragraph', segmentId: `${PLAN}:p0017`, side: 'en' }] });
    const check = await call<{ counts: Record<string, number> }>('checkPack', { id: pack.id });
    expect(check.counts).toEqual({ exact: 1, moved: 0, changed: 0, gone: 0 });
  });
});

describe('questions and answers', () => {
  async function packWithCards(): Promise<{ pack: Pack; cards: string[] }> {
    const pack = await newPack();
    const added = await call<Pack>('addQuotes', {
      packId: pack.id,
      sources: [17, 18].map((n) => ({ kind: 'paragraph', segmentId: `${PLAN}:p00${n}`, side: 'en' })),
    });
    return { pack: added, cards: itemsOf(added).map((i) => i.id) };
  }

  it('cite cards of their own pack only', async () => {
    const { pack, cards } = await packWithCards();
    const other = await packWithCards();
    const point = (await edit(pack, { op: 'add-point', sectionId: pack.sections[0].id, text: 'P' })).sections[0].items[2].id;
    const ask = (cites: string[]) => edit(pack, { op: 'add-question', sectionId: pack.sections[0].id, question: 'Q?', answer: 'A.', cites });
    expect(await codeOf(ask([other.cards[0]]))).toBe('invalid-argument');
    expect(await codeOf(ask([point]))).toBe('invalid-argument');
    expect(await codeOf(ask(['00000000-0000-4000-8000-000000000000']))).toBe('invalid-argument');
    const asked = await ask([cards[1], cards[0]]);
    expect(itemsOf(asked).at(-1)).toMatchObject({ kind: 'qa', question: 'Q?', answer: 'A.', cites: [cards[1], cards[0]] });
  });

  it('lose a deleted card from their cites, and get it back with Undo', async () => {
    const { pack, cards } = await packWithCards();
    let now = await edit(pack, { op: 'add-question', sectionId: pack.sections[0].id, question: 'Q?', answer: 'A.', cites: cards });
    const qa = itemsOf(now)[2].id;
    now = await edit(now, { op: 'delete-item', itemId: cards[0] });
    expect(itemsOf(now).find((i) => i.id === qa)).toMatchObject({ cites: [cards[1]] });
    expect(await codeOf(edit(now, { op: 'edit-question', itemId: qa, question: 'Q?', answer: 'A.', cites: [cards[0]] }))).toBe('invalid-argument');
    now = await edit(now, { op: 'restore-item', itemId: cards[0] });
    expect(itemsOf(now).find((i) => i.id === qa)).toMatchObject({ cites: cards });
    now = await edit(now, { op: 'edit-question', itemId: qa, question: 'Why?', answer: 'Because.', cites: [cards[1]] });
    expect(itemsOf(now).find((i) => i.id === qa)).toMatchObject({ question: 'Why?', answer: 'Because.', cites: [cards[1]] });
  });

  it('are copied with the pack, citing the copies of their cards', async () => {
    const { pack, cards } = await packWithCards();
    await edit(pack, { op: 'add-question', sectionId: pack.sections[0].id, question: 'Q?', answer: 'A.', cites: [cards[1]] });
    await edit(pack, { op: 'add-section', title: 'Closing' });
    const copy = await call<Pack>('duplicatePack', { id: pack.id });
    expect(copy.title).toBe('Press briefing (copy)');
    expect(copy.id).not.toBe(pack.id);
    expect(copy.sections.map((s) => s.title)).toEqual(['', 'Closing']);
    const copied = itemsOf(copy);
    expect(copied.map((i) => i.kind)).toEqual(['quote', 'quote', 'qa']);
    expect(copied.some((i) => cards.includes(i.id))).toBe(false);
    expect(copied[2]).toMatchObject({ cites: [copied[1].id] });
    // The copy is its own: deleting a card of the original leaves it whole.
    await edit(pack, { op: 'delete-item', itemId: cards[1] });
    expect(itemsOf(await call<Pack>('getPack', { id: copy.id }))[2]).toMatchObject({ cites: [copied[1].id] });
  });

  it('are named as a copy in the interface language', async () => {
    await call('setPreferences', { uiLanguage: 'zh-CN' });
    const pack = await newPack('健康中国发布会');
    expect((await call<Pack>('duplicatePack', { id: pack.id })).title).toBe('健康中国发布会（副本）');
  });
});

describe('adding quotes', () => {
  const SHGH = 'shgh-public-hospital-pilot';

  it('carries each side’s provenance and the paragraph’s review note in the card’s citation', async () => {
    const pack = await newPack();
    const added = await call<Pack>('addQuotes', { packId: pack.id, sources: [{ kind: 'paragraph', segmentId: `${SHGH}:p0002`, side: 'zh' }] });
    const card = itemsOf(added)[0] as QuoteCard;
    expect(card.citation.quote.origin).toBe('reference-translation');
    expect(card.citation.counterpart?.origin).toBe('published');
    expect(card.citation.reviewNote?.en).toMatch(/Zhongshan Hospital twice/);
    expect(card.citation.reviewNote?.['zh-CN']).toMatch(/中山医院出现两次/);
    expect(card.citation.style).toBe('en-chicago');
  });

  it('takes an annotation’s text as placed today, with its note', async () => {
    const pack = await newPack();
    const annotation = await call<{ id: string }>('createAnnotation', {
      segmentId: `${PLAN}:p0017`,
      side: 'en',
      start: 0,
      end: 12,
      exact: 'Health first',
      colour: 'yellow',
      note: 'Opening line',
      tags: [],
    });
    const added = await call<Pack>('addQuotes', { packId: pack.id, sources: [{ kind: 'annotation', annotationId: annotation.id }] });
    expect(itemsOf(added)[0]).toMatchObject({ origin: 'annotation', note: 'Opening line', citation: { quote: { text: 'Health first' } } });
  });

  it('writes nothing when one source of the call cannot be quoted', async () => {
    const pack = await newPack();
    const good = { kind: 'paragraph', segmentId: `${PLAN}:p0017`, side: 'en' };
    const bad = [
      { kind: 'range', target: { segmentId: `${PLAN}:p0017`, side: 'en', start: 0, end: 100_000 } },
      { kind: 'sentences', segmentId: `${PLAN}:p0017`, side: 'en', sentenceIds: [`${PLAN}:p0017.s99`] },
      { kind: 'sentences', segmentId: `${PLAN}:p0017`, side: 'en', sentenceIds: [`${PLAN}:p0018.s1`] },
      { kind: 'paragraph', segmentId: `${PLAN}:p9999`, side: 'en' },
      { kind: 'annotation', annotationId: '00000000-0000-4000-8000-000000000000' },
    ];
    for (const source of bad) {
      expect(await codeOf(call('addQuotes', { packId: pack.id, sources: [good, source] })), JSON.stringify(source)).toMatch(/invalid-argument|not-found/);
    }
    expect(itemsOf(await call<Pack>('getPack', { id: pack.id }))).toEqual([]);
    expect(await codeOf(call('addQuotes', { packId: pack.id, sectionId: '00000000-0000-4000-8000-000000000000', sources: [good] }))).toBe('not-found');
  });

  it('refuses more items than a pack holds', async () => {
    const pack = await newPack();
    const paragraphs = (await call<{ segments: { id: string; en: unknown }[] }>('getDocument', { documentId: PLAN })).segments.filter((s) => s.en);
    const sources = Array.from({ length: ADD_QUOTES_MAX }, (_, i) => ({ kind: 'paragraph', segmentId: paragraphs[i % paragraphs.length].id, side: 'en' }));
    for (let i = 0; i < PACK_ITEMS_MAX / ADD_QUOTES_MAX; i++) await call('addQuotes', { packId: pack.id, sources });
    expect(await codeOf(call('addQuotes', { packId: pack.id, sources: sources.slice(0, 1) }))).toBe('pack-full');
    expect(await codeOf(edit(pack, { op: 'add-point', sectionId: pack.sections[0].id, text: 'One more' }))).toBe('pack-full');
    const full = await call<Pack>('getPack', { id: pack.id });
    await edit(full, { op: 'delete-item', itemId: itemsOf(full)[0].id });
    expect(itemsOf(await edit(full, { op: 'add-point', sectionId: pack.sections[0].id, text: 'One more' }))).toHaveLength(PACK_ITEMS_MAX);
    expect(await codeOf(edit(full, { op: 'restore-item', itemId: itemsOf(full)[0].id }))).toBe('pack-full');
  }, 60_000);

  it('refuses more sections than a pack holds', async () => {
    const pack = await newPack();
    for (let i = 1; i < PACK_SECTIONS_MAX; i++) await edit(pack, { op: 'add-section', title: `Section ${i}` });
    expect(await codeOf(edit(pack, { op: 'add-section', title: 'Too many' }))).toBe('pack-full');
    const last = (await call<Pack>('getPack', { id: pack.id })).sections.at(-1)!.id;
    await edit(pack, { op: 'delete-section', sectionId: last });
    await edit(pack, { op: 'add-section', title: 'In its place' });
    expect(await codeOf(edit(pack, { op: 'restore-section', sectionId: last }))).toBe('pack-full');
  });
});
