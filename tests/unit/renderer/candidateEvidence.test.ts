import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentDetail } from '../../../contract/model';
import type { TermCandidate } from '../../../contract/terminology';
import { createBackend, type Backend } from '../../../main/domain/backend';
import { evidenceParagraphs, unitRanges } from '../../../renderer/terminology/candidateEvidenceText';
import { bundledCorpusFile } from '../../helpers/terminologyCorpus';
import { tempDirForFile } from '../../helpers/tempDir';

// The candidates tab shows a pair's evidence as the sentences the domain names, cut from their documents.

const scratch = tempDirForFile();
let backend: Backend;
beforeAll(() => {
  backend = createBackend({ userDataDir: scratch(), corpusFile: bundledCorpusFile(scratch), systemLanguage: 'en' });
});
afterAll(() => backend.close());

const PLAN = 'national-health-plan-14th-fyp-2022';
const loads: string[] = [];
const load = async (documentId: string) => {
  loads.push(documentId);
  return (await backend.handlers.getDocument({ documentId })) as DocumentDetail;
};

function candidate(zhSentenceIds: string[], enSentenceIds: string[]): TermCandidate {
  return { zh: '分级诊疗', en: 'hierarchical diagnosis and treatment', logDice: 13, together: 2, zhLinks: 2, enLinks: 2, evidence: { linkIds: [], zhSentenceIds, enSentenceIds } };
}

describe('candidate evidence', () => {
  it('cuts each sentence from its paragraph and pairs the two languages paragraph by paragraph, in the order given', async () => {
    loads.length = 0;
    const result = await evidenceParagraphs(
      candidate([`${PLAN}:p0025.s2`, `${PLAN}:p0011.s11`], [`${PLAN}:p0025.s2`, `${PLAN}:p0011.s12`]),
      load,
    );
    if (!('paragraphs' in result)) throw new Error('failed');
    // Two paragraphs of one document: it is fetched once.
    expect(loads).toEqual([PLAN]);
    expect(result.paragraphs.map((p) => p.segmentId)).toEqual([`${PLAN}:p0025`, `${PLAN}:p0011`]);
    const [first, second] = result.paragraphs;
    expect(first.key).toBe('p0025');
    expect(first.zh).toHaveLength(1);
    expect(first.zh[0]).toContain('分级诊疗');
    expect(first.en[0]).toContain('hierarchical diagnosis and treatment');
    // A sentence, not the whole paragraph.
    const paragraph = ((await load(PLAN)) as DocumentDetail).segments.find((s) => s.id === `${PLAN}:p0011`)!;
    expect(second.zh[0].length).toBeLessThan(paragraph.zh!.text.length);
    expect(second.en[0]).toMatch(/^the medical and health service system/);
  });

  it('passes a failed document on as the error, and skips sentence ids it cannot place', async () => {
    const failing = async () => ({ code: 'not-found', message: 'gone' }) as const;
    expect(await evidenceParagraphs(candidate([`${PLAN}:p0011.s1`], []), failing)).toEqual({ error: { code: 'not-found', message: 'gone' } });
    const odd = await evidenceParagraphs(candidate([`${PLAN}:p0011.s999`, 'not a sentence'], []), load);
    expect(odd).toEqual({ paragraphs: [] });
  });

  it('marks the English unit to the end of its word, in any case, and the Chinese unit as written', () => {
    expect(unitRanges('3. Key Tasks of Health Care', 'task', 'en')).toEqual([[7, 12]]);
    expect(unitRanges('推动各项任务落实，完成任务', '任务', 'zh')).toEqual([
      [4, 6],
      [11, 13],
    ]);
    expect(unitRanges('nothing here', 'task', 'en')).toEqual([]);
  });
});
