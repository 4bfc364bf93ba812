import { describe, expect, it, vi } from 'vitest';
import { createBackend } from '../../../main/domain/backend';
import { dispatchApiCall } from '../../../main/domain/dispatch';
import { buildBundledCorpusInto } from '../../helpers/corpus';
import { tempDir } from '../../helpers/tempDir';

const PLAN = 'national-health-plan-14th-fyp-2022';

function backend(userDataDir = tempDir()) {
  return createBackend({ userDataDir, corpusFile: buildBundledCorpusInto(tempDir()), systemLanguage: 'zh-CN' });
}

describe('backend', () => {
  it('reports the system language, the corpus and no notices on a clean start', async () => {
    const b = backend();
    const state = await b.handlers.getStartupState({});
    expect(state).toMatchObject({ systemLanguage: 'zh-CN', notices: [], corpus: { documentCount: 5 } });
    expect(state.corpus.version).toMatch(/^[0-9a-f]{16}$/);
    b.close();
  });

  it('remembers the reading position per document, across restarts', async () => {
    const dir = tempDir();
    const first = backend(dir);
    await first.handlers.saveReadingPosition({ documentId: PLAN, segmentId: `${PLAN}:p0042` });
    first.close();
    const second = backend(dir);
    expect(await second.handlers.getReadingPosition({ documentId: PLAN })).toBe(`${PLAN}:p0042`);
    expect(await second.handlers.getReadingPosition({ documentId: 'shgh-public-hospital-pilot' })).toBeNull();
    second.close();
  });

  it('refuses a reading position that is not a segment of that document', async () => {
    const b = backend();
    const wrongDocument = await dispatchApiCall(b.handlers, 'saveReadingPosition', {
      documentId: 'shgh-public-hospital-pilot',
      segmentId: `${PLAN}:p0042`,
    });
    expect(wrongDocument).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const noSuchSegment = await dispatchApiCall(b.handlers, 'saveReadingPosition', { documentId: PLAN, segmentId: `${PLAN}:p9999` });
    expect(noSuchSegment).toMatchObject({ ok: false, error: { code: 'not-found' } });
    b.close();
  });

  it('answers not-found for an unknown document', async () => {
    const b = backend();
    expect(await dispatchApiCall(b.handlers, 'getDocument', { documentId: 'no-such-doc' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await dispatchApiCall(b.handlers, 'findInDocument', { documentId: 'no-such-doc', query: '卫生' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    b.close();
  });

  it('tells listeners about stored preferences', async () => {
    const b = backend();
    const listener = vi.fn();
    b.onPreferencesChanged(listener);
    await b.handlers.setPreferences({ uiLanguage: 'en' });
    expect(listener).toHaveBeenCalledWith(expect.objectContaining({ uiLanguage: 'en' }));
    b.close();
  });
});
