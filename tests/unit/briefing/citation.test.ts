import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../main/domain/backend';
import { dispatchApiCall } from '../../../main/domain/dispatch';
import { buildBundledCorpusInto } from '../../helpers/corpus';
import { tempDir, tempDirForFile } from '../../helpers/tempDir';

const PLAN = 'national-health-plan-14th-fyp-2022';
const BRIEFING = 'shanghai-health-plan-briefing-2021';
const corpusDir = tempDirForFile();
let backend: Backend;

beforeAll(() => {
  backend = createBackend({ userDataDir: tempDir(), corpusFile: buildBundledCorpusInto(corpusDir()), systemLanguage: 'en' });
});
afterAll(() => backend.close());

const cite = (target: { segmentId: string; side: 'zh' | 'en'; start: number; end: number }, style?: 'zh-gbt' | 'en-chicago') =>
  backend.handlers.getCitation({ target, ...(style ? { style } : {}) });

// Paragraph 17 of the national plan: its English is the published text, its Chinese a reference translation.
const PLAN_QUOTE = { segmentId: `${PLAN}:p0017`, side: 'en' as const, start: 0, end: 39 };
const PLAN_LINK = `duizhao://doc/${PLAN}/p0017?side=en&start=0&end=39`;

describe('a citation of the national plan (国办发〔2022〕11号)', () => {
  it('carries the quote, its aligned sentence and every source field as stored', async () => {
    const { citation } = await cite(PLAN_QUOTE, 'zh-gbt');
    expect(citation).toEqual({
      target: PLAN_QUOTE,
      style: 'zh-gbt',
      quote: { language: 'en', text: 'Health first, build and share together.', origin: 'published', sentences: [`${PLAN}:p0017.s1`] },
      // The aligned sentence only, not the whole paragraph.
      counterpart: { language: 'zh', text: '健康优先，共建共享。', origin: 'reference-translation', sentences: [`${PLAN}:p0017.s1`] },
      unaligned: false,
      source: {
        documentId: PLAN,
        issuer: { zh: '国务院办公厅', en: 'General Office of the State Council' },
        title: { zh: '国务院办公厅关于印发“十四五”国民健康规划的通知', en: 'Notice of the General Office of the State Council on Issuing the 14th Five-Year National Health Plan' },
        documentNumber: { zh: '国办发〔2022〕11号', en: 'Guo Ban Fa [2022] No. 11' },
        issuedOn: '2022-04-27',
        paragraph: 17,
        heading: { zh: '（二）基本原则', en: '(2) Basic principles' },
        sourceUrl: null,
      },
      reviewNote: null,
      deepLink: PLAN_LINK,
    });
  });

  it('reads as GB/T 7714 in the Chinese style', async () => {
    const { reference, text } = await cite(PLAN_QUOTE, 'zh-gbt');
    expect(reference).toBe(`国务院办公厅. 国务院办公厅关于印发“十四五”国民健康规划的通知: 国办发〔2022〕11号[Z]. 2022-04-27. （二）基本原则, 第17段（正式发布文本）. ${PLAN_LINK}`);
    expect(text).toBe(
      ['Health first, build and share together.\n— 英文：正式发布文本', '健康优先，共建共享。\n— 中文：本版编制的参考译文，非官方文本', reference].join('\n\n'),
    );
  });

  it('reads as Chicago in the English style', async () => {
    const { reference, text } = await cite(PLAN_QUOTE, 'en-chicago');
    expect(reference).toBe(
      'General Office of the State Council. “Notice of the General Office of the State Council on Issuing the 14th Five-Year National Health Plan.” ' +
        `Guo Ban Fa [2022] No. 11. April 27, 2022, (2) Basic principles, para. 17 (published text). ${PLAN_LINK}`,
    );
    expect(text).toContain('健康优先，共建共享。\n— Chinese, reference translation prepared for this edition; not an official text');
  });

  it('puts the quote in a blockquote with its label in HTML, and links the place', async () => {
    const { html, markdown } = await cite(PLAN_QUOTE, 'en-chicago');
    expect(html).toContain('<blockquote lang="en"><p>Health first, build and share together.</p><p><small>English, published text</small></p></blockquote>');
    expect(html).toContain('<blockquote lang="zh-CN"><p>健康优先，共建共享。</p>');
    expect(html).toContain(`<a href="${PLAN_LINK.replace(/&/g, '&amp;')}">`);
    expect(html).toContain('<cite>Notice of the General Office of the State Council on Issuing the 14th Five-Year National Health Plan</cite>');
    expect(markdown).toContain('> Health first, build and share together.\n>\n> *English, published text*');
    expect(markdown).toContain('Guo Ban Fa \\[2022\\] No. 11');
    expect(markdown).toContain(`<${PLAN_LINK}>`);
  });

  it('follows the interface language when no style is asked for', async () => {
    expect((await cite(PLAN_QUOTE)).citation.style).toBe('en-chicago');
    await backend.handlers.setPreferences({ uiLanguage: 'zh-TW' });
    expect((await cite(PLAN_QUOTE)).citation.style).toBe('zh-gbt');
    await backend.handlers.setPreferences({ citationStyle: 'en-chicago' });
    expect((await cite(PLAN_QUOTE)).citation.style).toBe('en-chicago');
    await backend.handlers.setPreferences({ uiLanguage: null, citationStyle: null });
  });
});

// Paragraph 6 of the Shanghai briefing: Chinese prepared for this edition, with a review note; a source URL, no document number.
const BRIEFING_QUOTE = { segmentId: `${BRIEFING}:p0006`, side: 'zh' as const, start: 0, end: 30 };
const BRIEFING_URL = 'https://www.shio.gov.cn/TrueCMS/shxwbgs/voices/content/840c8036-2ae6-4aeb-a092-7ba31bf53bda.html';
const BRIEFING_LINK = `duizhao://doc/${BRIEFING}/p0006?side=zh&start=0&end=30`;

describe('a citation of a reference translation', () => {
  it('says so, carries the review note, and leaves out the number the source does not have', async () => {
    const { citation, reference, text, html } = await cite(BRIEFING_QUOTE, 'zh-gbt');
    expect(citation.quote).toEqual({ language: 'zh', text: '截至2020年，上海市主要健康指标与发达国家和地区水平相当。', origin: 'reference-translation', sentences: [`${BRIEFING}:p0006.s1`] });
    expect(citation.counterpart).toMatchObject({ language: 'en', origin: 'published', sentences: [`${BRIEFING}:p0006.s1`] });
    expect(citation.counterpart?.text).toMatch(/^By 2020, the major health indicators in Shanghai are similar/);
    expect(citation.source).toEqual({
      documentId: BRIEFING,
      issuer: { zh: '上海市人民政府新闻办公室', en: 'Information Office of Shanghai Municipality' },
      title: { zh: '上海市卫生健康发展“十四五”规划新闻发布会', en: "Press conference on Shanghai's 14th Five-Year Plan for health care" },
      documentNumber: { zh: null, en: null },
      issuedOn: '2021-07-15',
      paragraph: 6,
      heading: { zh: '一、规划编制的总体考虑', en: '1. General Consideration of the Plan Compilation' },
      sourceUrl: BRIEFING_URL,
    });
    expect(citation.reviewNote?.['zh-CN']).toBeTruthy();
    expect(citation.deepLink).toBe(BRIEFING_LINK);
    expect(reference).toBe(
      `上海市人民政府新闻办公室. 上海市卫生健康发展“十四五”规划新闻发布会[Z]. 2021-07-15. 一、规划编制的总体考虑, 第6段（本版编制的参考译文，非官方文本）. ${BRIEFING_URL}. ${BRIEFING_LINK}`,
    );
    expect(text).toContain(`引用前请核对：${citation.reviewNote?.['zh-CN']}`);
    expect(html).toContain(`<a href="${BRIEFING_URL}">`);
  });

  it('reads as Chicago in the English style, with the review note in English', async () => {
    const { citation, reference, text } = await cite(BRIEFING_QUOTE, 'en-chicago');
    expect(reference).toBe(
      'Information Office of Shanghai Municipality. “Press conference on Shanghai\'s 14th Five-Year Plan for health care.” July 15, 2021, ' +
        `1. General Consideration of the Plan Compilation, para. 6 (reference translation prepared for this edition; not an official text). ${BRIEFING_URL}. ${BRIEFING_LINK}`,
    );
    expect(text).toContain('截至2020年，上海市主要健康指标与发达国家和地区水平相当。\n— Chinese, reference translation prepared for this edition; not an official text');
    expect(text).toContain(`To check before quoting: ${citation.reviewNote?.en}`);
  });
});

describe('the range of a citation', () => {
  it('is checked against the stored text', async () => {
    const call = (target: object) => dispatchApiCall(backend.handlers, 'getCitation', { target });
    expect(await call({ ...PLAN_QUOTE, end: 10_000 })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await call({ ...PLAN_QUOTE, start: 5, end: 5 })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await call({ ...PLAN_QUOTE, segmentId: `${PLAN}:p9999` })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await call({ ...PLAN_QUOTE, segmentId: 'no-such-document:p0001' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('takes a whole paragraph as its range', async () => {
    const { citation } = await cite({ segmentId: `${PLAN}:p0004`, side: 'zh', start: 0, end: 36 }, 'zh-gbt');
    expect(citation.quote.text).toBe('《“十四五”国民健康规划》已经国务院同意，现印发给你们，请认真贯彻执行。');
    expect(citation.source.heading).toBeNull();
  });
});
