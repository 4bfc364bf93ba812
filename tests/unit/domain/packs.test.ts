import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Pack, PackEdit, QuoteCard } from '../../../contract/packs';
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

  it('are renamed, and an unknown pack is not found', async () => {
    const pack = await newPack();
    expect(await edit(pack, { op: 'rename', title: 'Renamed', date: null })).toMatchObject({ title: 'Renamed', occasion: 'Healthy China', date: null });
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
