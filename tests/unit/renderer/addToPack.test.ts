import { describe, expect, it } from 'vitest';
import type { DuizhaoApi } from '../../../contract/api';
import { ADD_QUOTES_MAX, type QuoteSource } from '../../../contract/packs';
import type { SearchHit } from '../../../contract/search';
import { addSourcesToNewPack, addSourcesToPack } from '../../../renderer/packs/AddToPackActions';
import { addToPackStore } from '../../../renderer/packs/AddToPackStore';
import { quoteSourceOf } from '../../../renderer/search/searchHitSource';

const PACK_ID = '0b6f0d47-3f2e-4c59-9a53-5d1a3b8a7c11';
const sources = (n: number): QuoteSource[] => Array.from({ length: n }, (_, i) => ({ kind: 'paragraph', segmentId: `doc:p${String(i + 1).padStart(4, '0')}`, side: 'zh' }));

/** A fake backend that records the addQuotes calls and refuses the one numbered `refuseAt`. */
function fakeApi(refuseAt = -1) {
  const calls: QuoteSource[][] = [];
  const api = {
    createPack: async ({ title }: { title: string }) => ({ ok: true, value: { id: PACK_ID, title } }),
    addQuotes: async ({ sources: batch }: { sources: QuoteSource[] }) => {
      calls.push(batch);
      return calls.length - 1 === refuseAt ? { ok: false, error: { code: 'pack-full', message: 'full' } } : { ok: true, value: { id: PACK_ID, title: 'Spring briefing' } };
    },
  } as unknown as DuizhaoApi;
  return { api, calls };
}

describe('adding to a pack', () => {
  it('sends many sources in calls the contract accepts, all of them, in order, and says how many went into which pack', async () => {
    const { api, calls } = fakeApi();
    await addSourcesToPack(api, PACK_ID, sources(1_200));
    expect(calls.map((c) => c.length)).toEqual([ADD_QUOTES_MAX, ADD_QUOTES_MAX, 200]);
    expect(calls.flat()).toEqual(sources(1_200));
    expect(addToPackStore.snapshot().status).toEqual({ kind: 'added', packId: PACK_ID, title: 'Spring briefing', count: 1_200 });
  });

  it('stops at a refusal and says how many were added before it', async () => {
    const { api, calls } = fakeApi(1);
    await addSourcesToPack(api, PACK_ID, sources(1_200));
    expect(calls).toHaveLength(2);
    expect(addToPackStore.snapshot().status).toEqual({ kind: 'failed', code: 'pack-full', added: ADD_QUOTES_MAX });
  });

  it('"New pack…" creates the pack with its title, then adds to it', async () => {
    const { api, calls } = fakeApi();
    await addSourcesToNewPack(api, 'Spring briefing', sources(2));
    expect(calls).toEqual([sources(2)]);
    expect(addToPackStore.snapshot().status).toMatchObject({ kind: 'added', packId: PACK_ID, count: 2 });
  });
});

describe('what a search hit quotes', () => {
  const hit = (patch: Partial<SearchHit>): SearchHit => ({
    segmentId: 'doc:p0007',
    documentId: 'doc',
    position: 6,
    kind: 'paragraph',
    matched: ['en', 'zh'],
    zh: null,
    en: null,
    origin: { zh: 'reference-translation', en: 'published' },
    reviewNote: null,
    ...patch,
  });

  it('the matched sentences of its first matched side, or that side’s paragraph where the hit names no sentences', () => {
    expect(quoteSourceOf(hit({ sentences: { en: ['doc:p0007.s2'], zh: ['doc:p0007.s1'] } }))).toEqual({ kind: 'sentences', segmentId: 'doc:p0007', side: 'en', sentenceIds: ['doc:p0007.s2'] });
    expect(quoteSourceOf(hit({ matched: ['zh'] }))).toEqual({ kind: 'paragraph', segmentId: 'doc:p0007', side: 'zh' });
    expect(quoteSourceOf(hit({ matched: ['zh'], sentences: { zh: [], en: [] } }))).toEqual({ kind: 'paragraph', segmentId: 'doc:p0007', side: 'zh' });
  });
});
