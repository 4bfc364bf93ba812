import fs from 'node:fs';
import path from 'node:path';
import { expect, type AppUnderTest } from './fixtures';

const PAIR = path.join(__dirname, '..', 'fixtures', 'release-pair');

/**
 * A draft translation of the release pair with two slips a translator makes: a sentence left out of paragraph 5,
 * and a sentence of paragraph 6 cut in two. The aligner is unsure of paragraph 5's second link.
 */
export const draftEnglish = (text: string): string =>
  text
    .replace(' Each team shall follow up every contracted patient at least once a quarter.', '')
    .replace('from the primary level, and shall transfer', 'from the primary level. They shall also transfer');

/**
 * Imports the release pair (tests/fixtures/release-pair) through the backend, as the import dialog does, and
 * answers the new document's id. `english` may change the English file's text first.
 */
export async function importReleasePair(app: AppUnderTest, english: (text: string) => string = (text) => text): Promise<string> {
  const zh = fs.readFileSync(path.join(PAIR, 'release.zh.txt'));
  const en = english(fs.readFileSync(path.join(PAIR, 'release.en.txt'), 'utf8'));
  const { jobId } = await app.backend.handlers.startImport({
    shape: 'pair',
    files: [
      { name: 'release.zh.txt', data: zh.toString('base64') },
      { name: 'release.en.txt', data: Buffer.from(en).toString('base64') },
    ],
  });
  await expect.poll(async () => (await app.backend.handlers.getImportJob({ jobId })).state).toBe('ready');
  const metadata = {
    title: { zh: '关于加强县域医共体慢性病管理的通知', en: 'Notice on Chronic Disease Management in County Medical Communities' },
    issuer: { zh: '某省卫生健康委', en: null },
    documentNumber: { zh: null, en: null },
    issuedOn: '2026-10-12',
    publishedOn: null,
    type: 'notice' as const,
    sourceUrl: null,
    origin: { zh: 'published' as const, en: 'user-draft' as const },
  };
  return (await app.backend.handlers.commitImport({ jobId, metadata })).documentId;
}
