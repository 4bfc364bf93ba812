import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../main/domain/backend';
import { dispatchApiCall } from '../../../main/domain/dispatch';
import { buildBundledCorpusInto } from '../../helpers/corpus';
import { tempDir } from '../../helpers/tempDir';

const PLAN = 'national-health-plan-14th-fyp-2022';

describe('getDocumentPart (a long document in parts, issue 14)', () => {
  const backend = () => createBackend({ userDataDir: tempDir(), corpusFile: buildBundledCorpusInto(tempDir()), systemLanguage: 'en' });

  it('gives, part after part, exactly the document getDocument gives: segments, sentences and links', async () => {
    const b = backend();
    const whole = await b.handlers.getDocument({ documentId: PLAN });
    const parts = [];
    for (let from = 0; from < whole.segments.length; from += 37) parts.push(await b.handlers.getDocumentPart({ documentId: PLAN, from, count: 37 }));
    expect(parts.every((part) => part.total === whole.segments.length)).toBe(true);
    expect(parts.flatMap((part) => part.segments)).toEqual(whole.segments);
    expect(parts.flatMap((part) => part.links).sort((a, b) => a.id - b.id)).toEqual(whole.links);
    const { segments: _segments, links: _links, ...summary } = whole;
    expect(parts[0].document).toEqual(summary);
    b.close();
  });

  it('carries every segment id of the document, in order, when asked, so the reader places rows not yet loaded', async () => {
    const b = backend();
    const whole = await b.handlers.getDocument({ documentId: PLAN });
    const part = await b.handlers.getDocumentPart({ documentId: PLAN, from: 40, count: 10, withIds: true });
    expect(part.ids).toEqual(whole.segments.map((s) => s.id));
    expect(part.segments).toEqual(whole.segments.slice(40, 50));
    expect((await b.handlers.getDocumentPart({ documentId: PLAN, from: 40, count: 10 })).ids).toBeUndefined();
    b.close();
  });

  it('answers an empty part past the end, and not-found for an unknown document', async () => {
    const b = backend();
    const past = await b.handlers.getDocumentPart({ documentId: PLAN, from: 10_000, count: 100 });
    expect(past.segments).toEqual([]);
    expect(past.links).toEqual([]);
    expect(await dispatchApiCall(b.handlers, 'getDocumentPart', { documentId: 'no-such-doc', from: 0, count: 10 })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await dispatchApiCall(b.handlers, 'getDocumentPart', { documentId: PLAN, from: 0, count: 100_000 })).toMatchObject({ ok: false });
    b.close();
  });
});
