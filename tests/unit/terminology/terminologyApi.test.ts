import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiName } from '../../../contract/api';
import type { ConceptInput, TermbaseImportResult } from '../../../contract/terminology';
import { createBackend, type Backend } from '../../../main/domain/backend';
import { dispatchApiCall } from '../../../main/domain/dispatch';
import { bundledCorpusFile, TERMINOLOGY_DIR } from '../../helpers/terminologyCorpus';
import { tempDir } from '../../helpers/tempDir';

// The terminology workbench through the API, as the renderer calls it: validated arguments, the user database,
// the starter termbase shipped beside the corpus, and a second profile for the TBX round trip.

const corpusFile = bundledCorpusFile(tempDir);
const open: Backend[] = [];
function profile(userDataDir = tempDir()): Backend {
  const backend = createBackend({
    userDataDir,
    corpusFile,
    systemLanguage: 'en',
    starterTermbaseFile: path.join(TERMINOLOGY_DIR, 'starter-termbase.json'),
  });
  open.push(backend);
  return backend;
}
afterEach(() => {
  for (const b of open.splice(0)) b.close();
});

async function call<T>(backend: Backend, name: ApiName, args: unknown): Promise<T> {
  const result = await dispatchApiCall(backend.handlers, name, args);
  if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

/** Not in the starter termbase; three times in the national plan. */
const daySurgery: ConceptInput = {
  domain: null,
  note: 'Made in a test.',
  terms: [
    { language: 'zh', text: '日间手术', status: 'preferred' },
    { language: 'en', text: 'day surgery', status: 'preferred' },
    { language: 'en', text: 'daytime operation', status: 'forbidden', note: 'Not the clinical term.' },
  ],
};

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('the terminology API', () => {
  it('serves the starter termbase, and keeps a new concept, its deletion and its restoration', async () => {
    const b = profile();
    const start = await call<{ concepts: { id: string }[]; domains: unknown[] }>(b, 'getTermbase', {});
    expect(start.concepts.length).toBeGreaterThanOrEqual(60);
    const saved = await call<{ id: string; origin: string }>(b, 'saveConcept', daySurgery);
    expect(saved.origin).toBe('user');
    expect((await call<{ concepts: { id: string }[] }>(b, 'getTermbase', {})).concepts.map((c) => c.id)).toContain(saved.id);
    await call(b, 'deleteConcept', { id: saved.id });
    expect((await call<{ concepts: { id: string }[] }>(b, 'getTermbase', {})).concepts.map((c) => c.id)).not.toContain(saved.id);
    await call(b, 'restoreConcept', { id: saved.id });
    expect((await call<{ concepts: { id: string }[] }>(b, 'getTermbase', {})).concepts.map((c) => c.id)).toContain(saved.id);
  });

  it('refuses a concept without terms, and an unknown id, with codes the UI translates', async () => {
    const b = profile();
    expect(await dispatchApiCall(b.handlers, 'saveConcept', { terms: [] })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await dispatchApiCall(b.handlers, 'deleteConcept', { id: 'c999' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('exports the termbase as TBX that a fresh profile imports unchanged: previewed first, then applied', async () => {
    const a = profile();
    await call(a, 'saveConcept', daySurgery);
    const exported = await call<{ fileName: string; content: string }>(a, 'exportTermbase', { format: 'tbx' });
    expect(exported.fileName).toMatch(/\.tbx$/);
    const b = profile();
    const before = await call(b, 'getTermbase', {});
    const preview = await call<TermbaseImportResult>(b, 'importTermbase', { fileName: exported.fileName, contentBase64: base64(exported.content), apply: false });
    expect(preview).toMatchObject({ report: { added: 1, replaced: 0, applied: false } });
    expect(await call(b, 'getTermbase', {})).toEqual(before);
    const applied = await call<TermbaseImportResult>(b, 'importTermbase', { fileName: exported.fileName, contentBase64: base64(exported.content), apply: true });
    expect(applied).toMatchObject({ report: { added: 1, applied: true } });
    expect(await call(b, 'getTermbase', {})).toEqual(await call(a, 'getTermbase', {}));
  });

  it('refuses a hostile file with its reason and imports nothing', async () => {
    const b = profile();
    const before = await call(b, 'getTermbase', {});
    const bomb = '<?xml version="1.0"?><!DOCTYPE tbx [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><tbx>&b;</tbx>';
    expect(await call(b, 'importTermbase', { fileName: 'bomb.tbx', contentBase64: base64(bomb), apply: true })).toMatchObject({ refused: { code: 'forbidden-markup' } });
    expect(await call(b, 'importTermbase', { fileName: 'cut.tbx', contentBase64: base64('<tbx><text>'), apply: true })).toMatchObject({ refused: { code: 'not-well-formed' } });
    expect(await call(b, 'getTermbase', {})).toEqual(before);
  });

  it('groups the renderings of 分级诊疗 and pages its lines, counting as many as the groups hold', async () => {
    const b = profile();
    const groups = await call<{ rendering: { label: string } | null; count: number }[]>(b, 'getConcordanceGroups', { query: '分级诊疗' });
    const page = await call<{ total: number; lines: { keyword: string }[] }>(b, 'getConcordance', { query: '分级诊疗', limit: 3 });
    expect(groups.reduce((n, g) => n + g.count, 0)).toBe(page.total);
    expect(groups.map((g) => g.rendering?.label)).toContain('hierarchical diagnosis and treatment');
    expect(page.total).toBe(4);
    expect(page.lines).toHaveLength(3);
    expect(page.lines.every((l) => l.keyword === '分级诊疗')).toBe(true);
    // Each line is named by its document's title in the export's language.
    const exported = await call<{ content: string }>(b, 'exportConcordance', { query: '分级诊疗', format: 'csv', language: 'zh-CN' });
    expect(exported.content.match(/国务院办公厅关于印发“十四五”国民健康规划的通知/g)).toHaveLength(3);
  });

  it('audits the corpus and keeps an "accepted as is" mark on a finding across a restart', async () => {
    const dir = tempDir();
    const a = profile(dir);
    const findings = await call<{ id: string; mark: unknown }[]>(a, 'runTermAudit', {});
    expect(findings.length).toBeGreaterThan(0);
    await call(a, 'markAuditFinding', { findingId: findings[0].id, note: 'As published.' });
    a.close();
    open.splice(open.indexOf(a), 1);
    const again = await call<{ id: string; mark: { note: string } | null }[]>(profile(dir), 'runTermAudit', {});
    expect(again.find((f) => f.id === findings[0].id)?.mark?.note).toBe('As published.');
  });

  it('marks a new concept’s terms in the reader once it is saved', async () => {
    const b = profile();
    const documentId = 'national-health-plan-14th-fyp-2022';
    const marked = (marks: { segments: Record<string, { zh: { conceptId: string }[] }> }, id: string) =>
      Object.values(marks.segments).some((s) => s.zh.some((m) => m.conceptId === id));
    const saved = await call<{ id: string }>(b, 'saveConcept', daySurgery);
    const marks = await call<{ segments: Record<string, { zh: { conceptId: string }[]; en: { conceptId: string }[] }> }>(b, 'getDocumentTermMarks', { documentId });
    const zhCount = Object.values(marks.segments).flatMap((s) => s.zh).filter((m) => m.conceptId === saved.id).length;
    const enCount = Object.values(marks.segments).flatMap((s) => s.en).filter((m) => m.conceptId === saved.id).length;
    expect([zhCount, enCount]).toEqual([3, 3]);
    expect(marked(await call(b, 'getDocumentTermMarks', { documentId }), saved.id)).toBe(true);
  });

  it('looks a Chinese selection up in CC-CEDICT, word by word', async () => {
    const b = profile();
    const lookup = await call<{ words: { text: string; entries: { pinyin: string }[] }[] }>(b, 'lookUpDictionary', { text: '分级诊疗' });
    expect(lookup.words.map((w) => w.text)).toEqual(['分级', '诊疗']);
    expect(lookup.words[1].entries[0].pinyin).toBe('zhen3 liao2');
  });
});
