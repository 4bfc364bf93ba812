import zlib from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseImportFile } from '../../../../main/domain/documents/parsers';
import { asBilingual, asText, blockLines, fixture } from './fixtureFiles';

afterEach(() => vi.restoreAllMocks());

const EN = [
  'To further strengthen the primary health care system and improve the service capacity of primary medical institutions, we have formulated these measures.',
  'All localities shall attach great importance to this work, strengthen organisational leadership and implement it in light of local conditions.',
  'County health administrations are responsible for supervising the primary medical institutions in their administrative areas.',
];
const ZH = [
  '为进一步加强基层医疗卫生服务体系建设，提高基层医疗卫生机构服务能力，我们制定了本办法。',
  '各地要高度重视，加强组织领导，结合实际认真贯彻落实，确保各项措施落到实处。',
  '县级卫生健康行政部门负责本行政区域内基层医疗卫生机构的监督管理工作。',
];

describe('Word documents', () => {
  it('reads the title style, Word headings and paragraphs, each part unpacked within its checked size', async () => {
    const inflate = vi.spyOn(zlib, 'inflateRawSync');
    const progress = vi.fn();
    const parsed = asText(await parseImportFile(fixture('policy-en.docx'), { onProgress: progress }));
    expect(inflate).toHaveBeenCalled();
    expect(parsed.title).toBe('Measures for Primary Health Care');
    expect(parsed.language).toBe('en');
    expect(blockLines(parsed.blocks)).toEqual([
      'title: Measures for Primary Health Care',
      'heading1: Chapter 1 General Provisions',
      `paragraph: ${EN[0]}`,
      `paragraph: ${EN[1]}`,
      'heading2: Supervision',
      `paragraph: ${EN[2]}`,
    ]);
    expect(progress).toHaveBeenLastCalledWith(3, 3);
  });

  it('reads a two-column Chinese and English table as aligned units', async () => {
    const parsed = asBilingual(await parseImportFile(fixture('bilingual-table.docx')));
    expect(parsed.units.slice(1).map((unit) => [unit.zh, unit.en])).toEqual(ZH.map((zh, i) => [zh, EN[i]]));
  });
});

describe('PDF', () => {
  it('rebuilds paragraphs across lines, undoes hyphenation, drops running headers and page numbers, and takes the large first line as the title', async () => {
    const progress = vi.fn();
    const parsed = asText(await parseImportFile(fixture('policy-en.pdf'), { onProgress: progress }));
    expect(parsed.pages).toBe(2);
    expect(progress.mock.calls).toEqual([
      [1, 2],
      [2, 2],
    ]);
    expect(parsed.title).toBe('Measures for Primary Health Care');
    expect(blockLines(parsed.blocks)).toEqual(['title: Measures for Primary Health Care', ...[1, 2, 3, 4].flatMap(() => EN.map((text) => `paragraph: ${text}`))]);
  });

  it('joins Chinese lines without a space and reads radicals the font mapped as the characters they are', async () => {
    const parsed = asText(await parseImportFile(fixture('policy-zh.pdf')));
    expect(parsed.language).toBe('zh');
    expect(blockLines(parsed.blocks)).toEqual(['title: 基层医疗卫生机构管理办法', ...[1, 2, 3, 4].flatMap(() => ZH.map((text) => `paragraph: ${text}`))]);
  });

  it('stops when the import is cancelled', async () => {
    const controller = new AbortController();
    const parsing = parseImportFile(fixture('policy-en.pdf'), { signal: controller.signal, onProgress: () => controller.abort() });
    await expect(parsing).rejects.toMatchObject({ name: 'AbortError' });
    await expect(parseImportFile(fixture('en-wrapped.txt'), { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('TMX', () => {
  it('reads each unit’s Chinese and English, its props (a variant’s keyed by its language) and notes, and the header', async () => {
    const parsed = asBilingual(await parseImportFile(fixture('bilingual.tmx')));
    expect(parsed.segmentation).toBe('sentence');
    expect(parsed.title).toBe('基层医疗卫生机构管理办法');
    expect(parsed.props).toEqual({
      'x-title@zh-CN': '基层医疗卫生机构管理办法',
      'x-title@en': 'Measures for Primary Health Care',
      'x-issuer': 'National Health Commission',
    });
    expect(parsed.units).toEqual([
      { kind: 'heading', zh: '第一章 总则', en: 'Chapter 1 General Provisions', props: { 'x-segment-kind': 'heading' }, notes: [] },
      {
        kind: 'paragraph',
        zh: '为进一步加强基层医疗卫生服务体系建设，我们制定了本办法。',
        en: 'To further strengthen the primary health care system, we have formulated these measures.',
        props: { 'x-confidence': '0.93', 'x-provenance@zh-CN': 'published', 'x-provenance@en': 'reference-translation' },
        notes: ['Checked against the gazette.'],
      },
      // A unit in one of the two languages is kept; one in neither is not.
      { kind: 'paragraph', zh: '本辦法自發布之日起施行。', en: null, props: {}, notes: [] },
    ]);
  });
});
