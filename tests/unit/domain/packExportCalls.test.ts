import JSZip from 'jszip';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Pack, PackExportFile, PackSummary } from '../../../contract/packs';
import { createBackend, type Backend } from '../../../main/domain/backend';
import { dispatchApiCall } from '../../../main/domain/dispatch';
import { buildBundledCorpusInto } from '../../helpers/corpus';
import { tempDir, tempDirForFile } from '../../helpers/tempDir';

const PLAN = 'national-health-plan-14th-fyp-2022';
const corpusDir = tempDirForFile();
let corpusFile: string;
let backend: Backend;
let printed: string[];

beforeAll(() => {
  corpusFile = buildBundledCorpusInto(corpusDir());
});
afterEach(() => backend.close());

function start(withPrinter = false) {
  printed = [];
  backend = createBackend({
    userDataDir: tempDir(),
    corpusFile,
    systemLanguage: 'en',
    appVersion: '9.9.9',
    ...(withPrinter ? { printPdf: async (html: string) => (printed.push(html), new TextEncoder().encode('%PDF-fake')) } : {}),
  });
}

async function call<T>(name: string, args: unknown): Promise<T> {
  const result = await dispatchApiCall(backend.handlers, name, args);
  if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
  return result.value as T;
}
const codeOf = (promise: Promise<unknown>) => promise.then(() => 'ok', (error: { code?: string }) => error.code);
const text = (file: PackExportFile) => Buffer.from(file.contentBase64, 'base64').toString('utf8');

/** A pack with the plan's ¶17 (English) and a talking point, as the UI builds it. */
async function briefing(): Promise<Pack> {
  const pack = await call<Pack>('createPack', { title: 'Healthy China briefing', occasion: 'Press conference', date: '2026-12-03' });
  await call('addQuotes', { packId: pack.id, sources: [{ kind: 'paragraph', segmentId: `${PLAN}:p0017`, side: 'en' }] });
  return call<Pack>('editPack', { id: pack.id, edit: { op: 'add-point', sectionId: pack.sections[0].id, text: 'Health comes first.' } });
}

describe('exportPack', () => {
  beforeEach(() => start());

  it('exports the stored pack, checked against the corpus, in the style the user chose in Settings', async () => {
    const pack = await briefing();
    await call('setPreferences', { citationStyle: 'zh-gbt' });
    const file = await call<PackExportFile>('exportPack', { id: pack.id, format: 'markdown', layout: 'bilingual', language: 'en' });
    expect(file).toMatchObject({ fileName: expect.stringMatching(/^Healthy-China-briefing-\d{4}-\d{2}-\d{2}-bilingual\.md$/), cardCount: 1, flaggedCount: 0 });
    const markdown = text(file);
    expect(markdown).toContain('Health first, build and share together.');
    expect(markdown).toContain('健康优先，共建共享。');
    expect(markdown).toContain('**Talking point:** Health comes first.');
    expect(markdown).toMatch(/\[\^1\]: 国务院办公厅\. .*国办发〔2022〕11号.*第17段/);
    expect(markdown).toContain('Duizhao 9.9.9');
  });

  it('takes the style asked for over the user’s', async () => {
    const pack = await briefing();
    await call('setPreferences', { citationStyle: 'zh-gbt' });
    const markdown = text(await call<PackExportFile>('exportPack', { id: pack.id, format: 'markdown', layout: 'en', language: 'en', style: 'en-chicago' }));
    expect(markdown).toMatch(/\[\^1\]: General Office of the State Council\. .*Guo Ban Fa \\\[2022\\\] No\. 11.*para\. 17/);
  });

  it('writes a DOCX and refuses a PDF where there is no printer, as in the browser host', async () => {
    const pack = await briefing();
    const docx = await call<PackExportFile>('exportPack', { id: pack.id, format: 'docx', layout: 'zh', language: 'zh-CN' });
    const zip = await JSZip.loadAsync(Buffer.from(docx.contentBase64, 'base64'));
    expect(await zip.file('word/document.xml')!.async('string')).toContain('健康优先，共建共享。');
    expect(await codeOf(call('exportPack', { id: pack.id, format: 'pdf', layout: 'zh', language: 'en' }))).toBe('pdf-unavailable');
    expect(await codeOf(call('exportPack', { id: '00000000-0000-4000-8000-000000000000', format: 'markdown', layout: 'zh', language: 'en' }))).toBe('not-found');
  });
});

describe('exportPack to PDF where there is a printer (Electron)', () => {
  beforeEach(() => start(true));

  it('hands the print HTML to the printer', async () => {
    const pack = await briefing();
    const file = await call<PackExportFile>('exportPack', { id: pack.id, format: 'pdf', layout: 'bilingual', language: 'en' });
    expect(file.mimeType).toBe('application/pdf');
    expect(printed).toHaveLength(1);
    expect(printed[0]).toContain('Health first, build and share together.');
  });
});

describe('exportQuotes', () => {
  beforeEach(() => start());

  it('exports chosen quotes with their citations as one untitled section, storing no pack', async () => {
    const file = await call<PackExportFile>('exportQuotes', {
      sources: [
        { kind: 'paragraph', segmentId: `${PLAN}:p0017`, side: 'en' },
        { kind: 'range', target: { segmentId: `${PLAN}:p0017`, side: 'zh', start: 0, end: 4 } },
      ],
      format: 'markdown',
      layout: 'zh',
      language: 'zh-CN',
    });
    expect(file.cardCount).toBe(2);
    const markdown = text(file);
    expect(markdown.startsWith('# 引文\n')).toBe(true);
    expect(markdown).not.toContain('\n## ');
    expect(markdown).toContain('> 健康优先');
    expect(markdown).toMatch(/\[\^2\]: 国务院办公厅\. .*第17段/);
    expect(await call<PackSummary[]>('listPacks', {})).toEqual([]);
  });

  it('takes the title given', async () => {
    const file = await call<PackExportFile>('exportQuotes', {
      sources: [{ kind: 'paragraph', segmentId: `${PLAN}:p0017`, side: 'en' }],
      title: 'Search: 健康中国',
      format: 'html',
      layout: 'en',
      language: 'en',
    });
    expect(text(file)).toContain('<h1>Search: 健康中国</h1>');
  });
});
