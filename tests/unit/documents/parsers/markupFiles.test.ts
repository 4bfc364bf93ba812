import { describe, expect, it } from 'vitest';
import { parseImportFile } from '../../../../main/domain/documents/parsers';
import { inlineText } from '../../../../main/domain/documents/parsers/markdown';
import { asBilingual, asText, blockLines, fixture } from './fixtureFiles';


describe('Markdown', () => {
  it('reads headings of both kinds, paragraphs, items and quotes, without inline markup or embedded HTML', async () => {
    const parsed = asText(await parseImportFile(fixture('policy.md')));
    expect(parsed.title).toBe('Measures for Primary Health Care');
    expect(parsed.encoding).toBe('utf-8');
    expect(blockLines(parsed.blocks)).toEqual([
      'title: Measures for Primary Health Care',
      'heading2: Chapter 1 General Provisions',
      'paragraph: To further strengthen the primary health care system and improve the service capacity of primary medical institutions, we have formulated these measures.',
      'paragraph: Localities shall attach great importance to this work.',
      'paragraph: They shall strengthen organisational_leadership and act*.',
      'paragraph: County health administrations supervise the institutions.',
      'paragraph: Supervision is shared.',
      'heading2: Chapter 2',
      'paragraph: 第二章 附则',
    ]);
  });

  it('keeps link and code text, drops images and emphasis marks', () => {
    expect(inlineText('See [the **plan**](http://x.org) and `a*b*c`, ![chart](c.png) _now_ \\_here\\_')).toBe('See the plan and a*b*c,  now _here_');
    expect(inlineText('<a href="javascript:alert(1)" onclick="x()">text</a> &amp; more')).toBe('text & more');
  });
});

describe('HTML', () => {
  it('reads title, headings (h1 level 1, deeper level 2), paragraphs, items and cells, joining Chinese source lines without a space', async () => {
    const parsed = asText(await parseImportFile(fixture('policy-zh.html')));
    expect(parsed.language).toBe('zh');
    expect(parsed.title).toBe('基层医疗卫生机构管理办法');
    expect(blockLines(parsed.blocks)).toEqual([
      'title: 基层医疗卫生机构管理办法',
      'heading2: 第一章　总则',
      'paragraph: 为进一步加强基层医疗卫生服务体系建设，提高基层医疗卫生机构服务能力，我们制定了本办法。',
      'paragraph: 各地要高度重视—加强组织领导。',
      'paragraph: 结合实际认真贯彻落实。',
      // One <br> joins lines, two end the paragraph.
      'paragraph: 县级卫生健康行政部门负责监督管理工作。本办法自发布之日起施行。',
      'paragraph: 附件：名单',
      'heading2: 第二章　附则',
      'paragraph: 序号',
      'paragraph: 名称',
      'paragraph: 地址',
      'paragraph: 1',
      'paragraph: 社区卫生服务中心',
      'paragraph: 某市',
    ]);
  });

  it('reads a table of a Chinese and an English column as aligned units, row by row, and other text on its own side', async () => {
    const parsed = asBilingual(await parseImportFile(fixture('bilingual-table.html')));
    expect(parsed.title).toBe('Measures for Primary Health Care');
    expect(parsed.units.map((unit) => [unit.kind, unit.zh, unit.en])).toEqual([
      ['heading', null, 'Measures for Primary Health Care'],
      ['paragraph', '中文', 'English'],
      ['paragraph', '为进一步加强基层医疗卫生服务体系建设，我们制定了本办法。', 'To further strengthen the primary health care system, we have formulated these measures.'],
      ['paragraph', '各地要高度重视，加强组织领导。', 'All localities shall attach great importance to this work and strengthen leadership.'],
      ['paragraph', '县级卫生健康行政部门负责监督管理工作。', 'County health administrations are responsible for supervision.'],
      ['paragraph', null, 'Published by the National Health Commission.'],
    ]);
  });

  it('reads English in the left column too', async () => {
    const html = '<table><tr><td>Article 1</td><td>第一条</td></tr><tr><td>Scope of application</td><td>适用范围</td></tr></table>';
    const parsed = asBilingual(await parseImportFile({ name: 't.html', bytes: new TextEncoder().encode(html) }));
    expect(parsed.units.map((unit) => [unit.zh, unit.en])).toEqual([
      ['第一条', 'Article 1'],
      ['适用范围', 'Scope of application'],
    ]);
  });
});
