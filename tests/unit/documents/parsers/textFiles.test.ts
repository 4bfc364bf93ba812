import { describe, expect, it } from 'vitest';
import { parseImportFile } from '../../../../main/domain/documents/parsers';
import { textLanguage } from '../../../../main/domain/documents/parsers/language';
import { paragraphsOfLines, textLines } from '../../../../main/domain/documents/parsers/plainText';
import { asText, expectRefused, fixture } from './fixtureFiles';

const ZH_1 = '为进一步加强基层医疗卫生服务体系建设，提高基层医疗卫生机构服务能力，我们制定了本办法。';
const EN_1 = 'To further strengthen the primary health care system and improve the service capacity of primary medical institutions, we have formulated these measures.';
const texts = (parsed: Awaited<ReturnType<typeof parseImportFile>>): string[] => asText(parsed).blocks.map((block) => block.text);

describe('text files: the encoding is found, or the one the user chose is used', () => {
  it.each([
    ['zh-gb18030.txt', 'gb18030', ZH_1],
    ['zh-big5.txt', 'big5', '為進一步加強基層醫療衛生服務體系建設，提高基層醫療衛生機構服務能力，我們制定了本辦法。'],
    ['en-utf16le-bom.txt', 'utf-16le', EN_1],
    ['en-utf16le-no-bom.txt', 'utf-16le', EN_1],
    ['zh-lines.txt', 'utf-8', '基层医疗卫生机构管理办法'],
  ])('%s reads as %s', async (name, encoding, first) => {
    const parsed = asText(await parseImportFile(fixture(name)));
    expect(parsed.encoding).toBe(encoding);
    expect(parsed.blocks[0].text).toBe(first);
  });

  it('reads UTF-16 big-endian with its byte order mark, and UTF-8 with one', async () => {
    const body = Buffer.from('Health care\n', 'utf16le').swap16();
    const be = asText(await parseImportFile({ name: 'be.txt', bytes: Buffer.concat([Buffer.from([0xfe, 0xff]), body]) }));
    expect([be.encoding, be.blocks[0].text]).toEqual(['utf-16be', 'Health care']);
    const utf8 = asText(await parseImportFile({ name: 'bom.txt', bytes: Buffer.from('\ufeff医保', 'utf8') }));
    expect([utf8.encoding, utf8.blocks[0].text]).toEqual(['utf-8', '医保']);
  });

  it('uses the encoding the user chose over the one it would find', async () => {
    const asBig5 = asText(await parseImportFile(fixture('zh-gb18030.txt', 'big5')));
    expect(asBig5.encoding).toBe('big5');
    expect(asBig5.blocks[0].text).not.toBe(ZH_1);
    await expectRefused(parseImportFile(fixture('zh-gb18030.txt', 'no-such-encoding')), 'file-encoding-unknown');
  });

  it('offers the encodings the file could be read in, the one it was read in first, for the user to change', async () => {
    const candidates = async (name: string, chosen?: string) => asText(await parseImportFile(fixture(name, chosen))).encodingCandidates;
    // GB18030's common rows overlap Big5's: each reads as common characters of the other, so each is offered.
    expect(await candidates('zh-gb18030.txt')).toEqual(['gb18030', 'big5']);
    expect(await candidates('zh-big5.txt')).toEqual(['big5', 'gb18030']);
    expect(await candidates('en-utf16le-bom.txt')).toEqual(['utf-16le', 'utf-16be']);
    // UTF-8 Chinese is offered as nothing else: read as GB18030 or Big5, it is not Chinese anyone writes.
    expect(await candidates('zh-lines.txt')).toEqual(['utf-8']);
    // After the user's own choice none are narrowed: the preview offers every encoding again.
    expect(await candidates('zh-gb18030.txt', 'big5')).toBeUndefined();
    const ascii = asText(await parseImportFile({ name: 'plain.txt', bytes: Buffer.from('Health care\n') }));
    expect(ascii.encodingCandidates).toEqual(['utf-8']);
  });

  it('keeps full-width punctuation and digits, drops trailing spaces, reads CRLF, and composes to NFC', async () => {
    const parsed = asText(await parseImportFile(fixture('zh-lines.txt')));
    expect(parsed.language).toBe('zh');
    expect(parsed.blocks.map((block) => block.text)).toEqual([
      '基层医疗卫生机构管理办法',
      ZH_1,
      '各地要高度重视，加强组织领导，结合实际认真贯彻落实，确保各项措施落到实处。',
      '县级卫生健康行政部门负责本行政区域内基层医疗卫生机构的监督管理工作（见附件１）。',
    ]);
    const decomposed = asText(await parseImportFile({ name: 'nfd.txt', bytes: Buffer.from('Cafe\u0301 policy', 'utf8') }));
    expect(decomposed.blocks[0].text).toBe('Caf\u00e9 policy');
  });
});

describe('text files: paragraphs', () => {
  it('joins the lines of hard-wrapped English and splits on blank lines', async () => {
    const parsed = asText(await parseImportFile(fixture('en-wrapped.txt')));
    expect(parsed.language).toBe('en');
    expect(texts(parsed)).toEqual([
      'Measures for Primary Health Care',
      EN_1,
      'All localities shall attach great importance to this work, strengthen organisational leadership and implement it in light of local conditions.',
    ]);
  });

  it('takes each line as a paragraph where lines are not wrapped, as Chinese texts are written', () => {
    expect(paragraphsOfLines(textLines('第一条　总则。\n第二条　适用范围。\n第三条　职责分工。'))).toEqual(['第一条　总则。', '第二条　适用范围。', '第三条　职责分工。']);
  });

  it('ends a wrapped paragraph at a short line, and starts one at an indent or an item', () => {
    const wrapped = [
      'The commission shall publish the list of institutions every year and',
      'update it whenever an institution is added, merged or closed down.',
      'Short line.',
      'Each province shall report the number of its institutions and staff',
      '  Indented, this starts a paragraph of its own, as an item would be',
      '1. Items start paragraphs too, even when the line before them runs',
      'on to the wrap column as this one does, and they end at a blank.',
    ];
    expect(paragraphsOfLines(wrapped)).toEqual([
      'The commission shall publish the list of institutions every year and update it whenever an institution is added, merged or closed down. Short line.',
      'Each province shall report the number of its institutions and staff',
      'Indented, this starts a paragraph of its own, as an item would be',
      '1. Items start paragraphs too, even when the line before them runs on to the wrap column as this one does, and they end at a blank.',
    ]);
  });

  it('joins wrapped Chinese lines without a space', () => {
    const lines = ['为进一步加强基层医疗卫生服务体系建设，提高基层医疗卫生机构', '服务能力，我们制定了本办法，各地要高度重视，加强组织领导', '结合实际认真贯彻落实，确保各项措施落到实处，县级卫生健康', '行政部门负责监督管理'];
    expect(paragraphsOfLines(lines)).toEqual([lines.join('')]);
  });
});

describe('the language of a text', () => {
  it('is Chinese when Han characters are a fifth of the letters or more, else English', () => {
    expect(textLanguage('国家医保局发布DRG/DIP支付方式改革三年行动计划')).toBe('zh');
    expect(textLanguage('The plan was issued by the National Healthcare Security Administration (国家医保局).')).toBe('en');
    expect(textLanguage('2021')).toBe('en');
  });
});
