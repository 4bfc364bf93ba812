import { describe, expect, it } from 'vitest';
import type { ApiHandlers } from '../../../contract/api';
import { dispatchApiCall } from '../../../main/domain/dispatch';

/** Handlers that only count calls: what the contract's schemas refuse never reaches the domain. */
function countingHandlers(): { handlers: ApiHandlers; calls: string[] } {
  const calls: string[] = [];
  const handlers = new Proxy({} as ApiHandlers, {
    get: (_target, name) => () => {
      calls.push(String(name));
      return null;
    },
  });
  return { handlers, calls };
}

const PACK = '0f8fad5b-d9cb-469f-a165-70867728950e';
const SECTION = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

describe('the pack calls’ schemas', () => {
  const refused: [string, unknown][] = [
    ['createPack', { title: '' }],
    ['createPack', { title: '   ' }],
    ['createPack', { title: 'x'.repeat(201) }],
    ['createPack', { title: 'T', date: '3 December 2026' }],
    ['createPack', { title: 'T', extra: true }],
    ['getPack', { id: 'not-a-uuid' }],
    ['editPack', { id: PACK, edit: { op: 'explode' } }],
    ['editPack', { id: PACK, edit: { op: 'add-point', text: 'no section' } }],
    ['editPack', { id: PACK, edit: { op: 'add-point', sectionId: SECTION, text: 'x'.repeat(10_001) } }],
    ['editPack', { id: PACK, edit: { op: 'add-point', sectionId: SECTION, text: 'half a pair \ud800' } }],
    ['editPack', { id: PACK, edit: { op: 'move-item', itemId: PACK, sectionId: SECTION, index: -1 } }],
    ['editPack', { id: PACK, edit: { op: 'move-section', sectionId: SECTION, index: 1.5 } }],
    ['editPack', { id: PACK, edit: { op: 'add-question', sectionId: SECTION, question: 'Q', answer: 'A', cites: ['card-1'] } }],
    ['editPack', { id: PACK, edit: { op: 'rename', title: '' } }],
    ['editPack', { id: PACK, edit: { op: 'delete-item', itemId: PACK, sectionId: SECTION } }],
    ['addQuotes', { packId: PACK, sources: [] }],
    ['addQuotes', { packId: PACK, sources: [{ kind: 'range', target: { segmentId: 'doc:p0001', side: 'en', start: 5, end: 5 } }] }],
    ['addQuotes', { packId: PACK, sources: [{ kind: 'sentences', segmentId: 'doc:p0001', side: 'en', sentenceIds: [] }] }],
    ['addQuotes', { packId: PACK, sources: [{ kind: 'paragraph', segmentId: 'doc:p0001', side: 'fr' }] }],
    ['addQuotes', { packId: PACK, sources: [{ kind: 'annotation', annotationId: 'nope' }] }],
    ['addQuotes', { packId: PACK, sources: Array.from({ length: 501 }, () => ({ kind: 'paragraph', segmentId: 'doc:p0001', side: 'en' })) }],
  ];

  it.each(refused)('refuse %s with %j before the domain sees it', async (name, args) => {
    const { handlers, calls } = countingHandlers();
    expect(await dispatchApiCall(handlers, name, args)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(calls).toEqual([]);
  });

  it('let well-formed edits through', async () => {
    const { handlers, calls } = countingHandlers();
    expect(await dispatchApiCall(handlers, 'editPack', { id: PACK, edit: { op: 'add-point', sectionId: SECTION, text: 'A point', index: 0 } })).toMatchObject({ ok: true });
    expect(await dispatchApiCall(handlers, 'createPack', { title: '发布会', date: null })).toMatchObject({ ok: true });
    expect(calls).toEqual(['editPack', 'createPack']);
  });
});
