import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../main/domain/backend';
import { dispatchApiCall } from '../../../main/domain/dispatch';
import { buildBundledCorpusInto } from '../../helpers/corpus';
import { tempDir } from '../../helpers/tempDir';

const PLAN = 'national-health-plan-14th-fyp-2022';

describe('listAnnotationsInRange (the reader\'s highlights near the viewport, issue 14)', () => {
  it('answers the annotations of the segments in the range only, in reading order, and counts the whole document', async () => {
    const b = createBackend({ userDataDir: tempDir(), corpusFile: buildBundledCorpusInto(tempDir()), systemLanguage: 'en' });
    const h = b.handlers;
    const doc = await h.getDocument({ documentId: PLAN });
    const annotated = doc.segments.filter((s) => s.zh && s.en).filter((_, i) => i % 3 === 0);
    for (const segment of annotated) {
      // Made out of reading order: English before Chinese, the later quote first.
      await h.createAnnotation({ segmentId: segment.id, side: 'en', start: 0, end: 4, exact: segment.en!.text.slice(0, 4), colour: 'yellow', tags: ['budget'] });
      await h.createAnnotation({ segmentId: segment.id, side: 'zh', start: 2, end: 4, exact: segment.zh!.text.slice(2, 4), colour: 'blue' });
      await h.createAnnotation({ segmentId: segment.id, side: 'zh', start: 0, end: 1, exact: segment.zh!.text.slice(0, 1), colour: 'green' });
    }
    const gone = await h.createAnnotation({ segmentId: annotated[5].id, side: 'en', start: 0, end: 2, exact: annotated[5].en!.text.slice(0, 2), colour: 'pink' });
    await h.deleteAnnotation({ id: gone.id });

    const whole = (await h.listAnnotations({ documentId: PLAN })).annotations;
    const from = annotated[4].position;
    const count = annotated[8].position - from;
    const range = await h.listAnnotationsInRange({ documentId: PLAN, from, count });
    const inRange = new Set(doc.segments.slice(from, from + count).map((s) => s.id));
    expect(range.annotations.map((a) => a.id)).toEqual(whole.filter((a) => inRange.has(a.target.segmentId)).map((a) => a.id));
    expect(range.annotations).toHaveLength(4 * 3);
    expect(range.annotations.slice(0, 3).map((a) => a.colour)).toEqual(['green', 'blue', 'yellow']);
    expect(range.annotations.every((a) => a.placement.status === 'anchored')).toBe(true);
    expect(range.documentTotal).toBe(annotated.length * 3);
    expect(range.tags).toEqual([{ tag: 'budget', count: annotated.length }]);

    expect((await h.listAnnotationsInRange({ documentId: PLAN, from: doc.segments.length, count: 50 })).annotations).toEqual([]);
    expect(await dispatchApiCall(h, 'listAnnotationsInRange', { documentId: 'no-such-doc', from: 0, count: 10 })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await dispatchApiCall(h, 'listAnnotationsInRange', { documentId: PLAN, from: 0, count: 5000 })).toMatchObject({ ok: false });
    b.close();
  });
});
