import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../main/domain/backend';
import { dispatchApiCall } from '../../../main/domain/dispatch';
import { buildBundledCorpusInto } from '../../helpers/corpus';
import { tempDir } from '../../helpers/tempDir';

const HOSTILE = [
  '',
  '   \t\n ',
  '，。！？、；：“”《》（）',
  '!!!???...',
  'x'.repeat(10_000),
  '卫'.repeat(10_000),
  '"unbalanced quote',
  '“全角引号',
  'NEAR(health care, 5)',
  'health*',
  '^health',
  'AND AND OR NOT',
  'OR',
  '-',
  '- -health',
  '-health',
  'col:health',
  '{en_stems zh_chars}: x',
  '.*+?^${}()|[]\\',
  '\ud800 lone surrogate \udfff',
  '😀 emoji',
  'مرحبا بالعالم',
  'שלום health',
  '\u0000\u0001\u001f',
  "'; DROP TABLE search_fts; --",
  '"" "" ""',
  '𠀀𠀁 (extension B)',
];

describe('search never fails on bad input', () => {
  const backend = createBackend({ userDataDir: tempDir(), corpusFile: buildBundledCorpusInto(tempDir()), systemLanguage: 'en' });

  it.each(HOSTILE.map((q) => [JSON.stringify(q.slice(0, 40)), q]))('%s gives a result or a notice', async (_label, query) => {
    for (const prefix of [false, true]) {
      const result = await dispatchApiCall(backend.handlers, 'search', { query, prefix });
      expect(result.ok, JSON.stringify(result)).toBe(true);
      if (!result.ok) continue;
      const value = result.value as { total: number; notice: string | null; hits: unknown[] };
      expect(value.total).toBeGreaterThanOrEqual(0);
      expect(value.hits.length).toBeLessThanOrEqual(value.total);
    }
    const find = await dispatchApiCall(backend.handlers, 'findInDocument', { documentId: 'shgh-public-hospital-pilot', query });
    expect(find.ok).toBe(true);
  });

  it('explains the queries that cannot search', async () => {
    const notice = async (query: string, language?: string) =>
      ((await dispatchApiCall(backend.handlers, 'search', { query, ...(language ? { language } : {}) })) as { value: { notice: string | null } }).value.notice;
    expect(await notice('')).toBe('empty-query');
    expect(await notice('，。！')).toBe('empty-query');
    expect(await notice('-health')).toBe('only-exclusions');
    expect(await notice('卫生', 'en')).toBe('no-match-in-language');
    expect(await notice('health')).toBeNull();
  });

  it('refuses what the contract does not allow, and still works afterwards', async () => {
    for (const args of [{ query: 42 }, { query: 'x', limit: 10_000 }, { query: 'x', language: 'fr' }, { query: 'x'.repeat(20_001) }, { query: 'x', dateFrom: 'yesterday' }]) {
      expect(await dispatchApiCall(backend.handlers, 'search', args)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    }
    const after = await dispatchApiCall(backend.handlers, 'search', { query: '医养结合' });
    expect(after).toMatchObject({ ok: true, value: { total: 2 } });
  });
});
