import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Pack, PackCheck, QuoteCard, QuoteCheck, QuoteSource } from '../../../contract/packs';
import { createBackend, type Backend } from '../../../main/domain/backend';
import { dispatchApiCall } from '../../../main/domain/dispatch';
import { buildChangedCorpus, removeChangedCorpus } from '../../helpers/changedCorpus';
import { buildBundledCorpusInto } from '../../helpers/corpus';
import { tempDir, tempDirForFile } from '../../helpers/tempDir';

const PLAN = 'national-health-plan-14th-fyp-2022';
const p = (n: number) => `${PLAN}:p${String(n).padStart(4, '0')}`;
const corpusDir = tempDirForFile();
let bundled: string;
let changed: string;

/** One corpus with every kind of change, each on its own paragraph of the national plan. */
beforeAll(() => {
  bundled = buildBundledCorpusInto(corpusDir());
  changed = buildChangedCorpus([
    // The Chinese counterpart of p0017's first English sentence gains words.
    { kind: 'text', segmentId: p(17), side: 'zh', text: (old) => old.replace('健康优先，共建共享。', '健康优先，共建共享，人人参与。') },
    // Words before p0018's first sentence: the quote is still there, further on.
    { kind: 'text', segmentId: p(18), side: 'en', text: (old) => `First of all: ${old}` },
    // p0019's first sentence reworded a little.
    { kind: 'text', segmentId: p(19), side: 'en', text: (old) => old.replace('Improve quality and promote balance.', 'Improve quality and promote a balance.') },
    // p0020 rewritten whole.
    { kind: 'text', segmentId: p(20), side: 'en', text: 'This paragraph now says something else entirely, about nothing the card quoted.' },
    // p0029 reworded: with the paragraph inserted below, it is found reworded in p0030.
    { kind: 'text', segmentId: p(29), side: 'en', text: (old) => old.replace('Looking forward to 2035', 'Looking ahead to 2035') },
    // A paragraph inserted before p0025: p0025 and every later paragraph move down one.
    { kind: 'insert-before', segmentId: p(25), zh: '——新插入的段落。', en: '——A newly inserted paragraph.' },
  ]);
});
afterAll(() => removeChangedCorpus(changed));

const firstSentence = (segmentId: string, side: 'zh' | 'en'): QuoteSource => ({ kind: 'sentences', segmentId, side, sentenceIds: [`${segmentId}.s1`] });

/** Cards quoted from the bundled corpus, then the app started again on `corpusFile` with the same user data. */
async function packCheckedAgainst(corpusFile: string, sources: QuoteSource[]): Promise<{ backend: Backend; pack: Pack; check: PackCheck; elapsed: number; byQuote: (i: number) => QuoteCheck }> {
  const userDataDir = tempDir();
  const before = createBackend({ userDataDir, corpusFile: bundled, systemLanguage: 'en' });
  const created = await before.handlers.createPack({ title: 'Checks' });
  const pack = await before.handlers.addQuotes({ packId: created.id, sources });
  before.close();
  const backend = createBackend({ userDataDir, corpusFile, systemLanguage: 'en' });
  const started = performance.now();
  const check = await backend.handlers.checkPack({ id: pack.id });
  const elapsed = performance.now() - started;
  const cards = pack.sections[0].items as QuoteCard[];
  return { backend, pack, check, elapsed, byQuote: (i) => check.checks.find((c) => c.itemId === cards[i].id)! };
}

describe('checking a pack against the corpus as it is today', () => {
  let backend: Backend;
  let pack: Pack;
  let check: PackCheck;
  let byQuote: (i: number) => QuoteCheck;

  beforeAll(async () => {
    ({ backend, pack, check, byQuote } = await packCheckedAgainst(changed, [
      { kind: 'range', target: { segmentId: p(17), side: 'en', start: 0, end: 39 } },
      firstSentence(p(18), 'en'),
      firstSentence(p(19), 'en'),
      firstSentence(p(20), 'en'),
      firstSentence(p(26), 'zh'),
      { kind: 'paragraph', segmentId: p(27), side: 'en' },
      firstSentence(p(22), 'en'),
      firstSentence(p(29), 'en'),
    ]));
  });
  afterAll(() => backend.close());

  it('counts each status, against the corpus version it checked', async () => {
    expect(check.counts).toEqual({ exact: 2, moved: 3, changed: 2, gone: 1 });
    expect(check.corpusVersion).toBe((await backend.handlers.getStartupState({})).corpus.version);
    expect(check.packId).toBe(pack.id);
  });

  it('finds an unchanged quote exact, and says when its counterpart changed', () => {
    expect(byQuote(0)).toEqual({
      itemId: expect.any(String),
      status: 'exact',
      now: { segmentId: p(17), paragraph: 17, side: 'en', start: 0, end: 39, text: 'Health first, build and share together.' },
      counterpartChanged: true,
      counterpartNow: '健康优先，共建共享，人人参与。',
    });
    expect(byQuote(6)).toMatchObject({ status: 'exact', counterpartChanged: false, counterpartNow: null });
  });

  it('finds a quote moved within its paragraph', () => {
    const quote = 'Focus on prevention and strengthen the grassroots.';
    expect(byQuote(1)).toMatchObject({ status: 'moved', now: { segmentId: p(18), start: 14, end: 14 + quote.length, text: quote }, counterpartChanged: false });
  });

  it('finds quotes moved to another paragraph when one was inserted before them', () => {
    expect(byQuote(4)).toMatchObject({ status: 'moved', now: { segmentId: p(27), paragraph: 27, side: 'zh', start: 0, text: '——医疗卫生相关支撑能力和健康产业发展水平不断提升。' } });
    expect(byQuote(5)).toMatchObject({ status: 'moved', now: { segmentId: p(28), paragraph: 28, side: 'en', start: 0 } });
    expect(byQuote(5).now?.text).toMatch(/^——The national health policy system was further improved\./);
  });

  it('shows a reworded quote as changed, with today’s words', () => {
    expect(byQuote(2)).toMatchObject({ status: 'changed', now: { segmentId: p(19), text: 'Improve quality and promote a balance.' } });
    // Reworded, and moved down by the inserted paragraph.
    expect(byQuote(7)).toMatchObject({ status: 'changed', now: { segmentId: p(30), paragraph: 30, start: 0 } });
    expect(byQuote(7).now?.text).toMatch(/^Looking ahead to 2035, /);
  });

  it('says a quote whose words are no longer anywhere is gone', () => {
    expect(byQuote(3)).toEqual({ itemId: expect.any(String), status: 'gone', now: null, counterpartChanged: false, counterpartNow: null });
  });

  it('refreshes a moved or changed card at today’s place, keeping its id and note, and refuses a gone one', async () => {
    const cards = pack.sections[0].items as QuoteCard[];
    const refreshed = await backend.handlers.editPack({ id: pack.id, edit: { op: 'refresh-card', itemId: cards[2].id } });
    const card = refreshed.sections[0].items[2] as QuoteCard;
    expect(card).toMatchObject({ id: cards[2].id, origin: 'search', note: cards[2].note, citation: { quote: { text: 'Improve quality and promote a balance.' } } });
    expect(card.digest).not.toBe(cards[2].digest);
    const again = await backend.handlers.checkPack({ id: pack.id });
    expect(again.checks.find((c) => c.itemId === card.id)?.status).toBe('exact');
    await expect(Promise.resolve().then(() => backend.handlers.editPack({ id: pack.id, edit: { op: 'refresh-card', itemId: cards[3].id } }))).rejects.toMatchObject({
      code: 'text-changed',
    });
  });
});

describe('checking a pack of 100 cards', () => {
  it('takes well under 200 ms, the first time after a start', async () => {
    const sources = Array.from({ length: 100 }, (_, i) => firstSentence(p(17 + (i % 10)), i % 2 ? 'zh' : 'en'));
    const { backend, check, elapsed } = await packCheckedAgainst(changed, sources);
    backend.close();
    expect(check.checks).toHaveLength(100);
    expect(elapsed).toBeLessThan(200);
  });
});

describe('an annotation whose text is gone', () => {
  it('is refused as a quote, clearly, and nothing is added', async () => {
    const userDataDir = tempDir();
    const before = createBackend({ userDataDir, corpusFile: bundled, systemLanguage: 'en' });
    const text = (await before.handlers.getDocument({ documentId: PLAN })).segments.find((s) => s.id === p(20))!.en!.text;
    const annotation = await before.handlers.createAnnotation({ segmentId: p(20), side: 'en', start: 0, end: 40, exact: text.slice(0, 40), colour: 'green', note: '', tags: [] });
    const pack = await before.handlers.createPack({ title: 'Orphans' });
    before.close();
    const backend = createBackend({ userDataDir, corpusFile: changed, systemLanguage: 'en' });
    try {
      const result = await dispatchApiCall(backend.handlers, 'addQuotes', {
        packId: pack.id,
        sources: [{ kind: 'paragraph', segmentId: p(17), side: 'en' }, { kind: 'annotation', annotationId: annotation.id }],
      });
      expect(result).toMatchObject({ ok: false, error: { code: 'text-changed', message: expect.stringMatching(/no longer found/) } });
      expect((await backend.handlers.getPack({ id: pack.id })).sections[0].items).toEqual([]);
    } finally {
      backend.close();
    }
  });
});
