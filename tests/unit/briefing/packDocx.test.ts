import JSZip from 'jszip';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UiLanguage } from '../../../contract/languages';
import type { PackLayout } from '../../../contract/packs';
import { exportPackFile } from '../../../main/domain/briefing/packExport';
import type { CorpusRepository } from '../../../main/domain/corpus/corpusRepository';
import { briefingPack, checkOf, openBundledCorpus, type BriefingFixture } from '../../helpers/packFixtures';

let corpus: CorpusRepository;
let fixture: BriefingFixture;
beforeAll(() => {
  corpus = openBundledCorpus();
  fixture = briefingPack(corpus);
});
afterAll(() => corpus.close());

const context = { appVersion: '1.2.3', corpusVersion: 'corpus-v9', now: new Date('2026-12-01T08:00:00Z') };

async function docx(layout: PackLayout, language: UiLanguage = 'en', style: 'zh-gbt' | 'en-chicago' = 'zh-gbt') {
  const file = await exportPackFile({ pack: fixture.pack, check: checkOf(fixture.pack), options: { format: 'docx', layout, language, style }, context });
  const bytes = Buffer.from(file.contentBase64, 'base64');
  const { value: html } = await mammoth.convertToHtml({ buffer: bytes });
  const zip = await JSZip.loadAsync(bytes);
  return { file, html, text: decode(html.replace(/<[^>]+>/g, ' ')), documentXml: await zip.file('word/document.xml')!.async('string') };
}

const decode = (text: string) => text.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
const quotes = () => fixture.cards.map((c) => c.citation.quote.text);
const counterparts = () => fixture.cards.map((c) => c.citation.counterpart!.text);

describe('a briefing pack as DOCX, read back with mammoth', () => {
  it('holds every quote and its counterpart side by side in the bilingual layout, each citation as a footnote', async () => {
    const { file, html, text } = await docx('bilingual');
    expect(file.fileName).toBe('健康中国-press-briefing-2026-12-01-bilingual.docx');
    expect(file.cardCount).toBe(3);
    for (const quote of [...quotes(), ...counterparts()]) expect(text).toContain(quote);
    // Footnotes: mammoth lists them at the end, one per card, with the document number, title and paragraph.
    const notes = decode(html.slice(html.lastIndexOf('<ol>')));
    expect(notes).toContain('国办发〔2022〕11号');
    expect(notes).toContain('国务院办公厅关于印发“十四五”国民健康规划的通知');
    expect(notes).toContain('第17段');
    expect(notes).toContain('上海促进健康服务业高质量发展“50条”新闻发布会');
    expect(notes).toContain('第3段');
    expect(notes).toContain('上海市第一人民医院入选公立医院高质量发展试点单位');
    expect(notes).toContain('第2段');
    expect(html.match(/id="footnote-\d+"/g)).toHaveLength(3);
  });

  it('says of each side whether it is published or a reference translation, and carries the review notes', async () => {
    const { text } = await docx('bilingual');
    expect(text).toContain('English: published text');
    expect(text).toContain('Chinese: reference translation prepared for this edition, not an official text');
    expect(text).toContain('Rendered Weng Tiehui as 翁铁慧; please confirm.');
    expect(text).toContain('Five public public hospital');
    expect(text).toContain('Reference translation: prepared for this edition of Duizhao, not an official text');
  });

  it('has the talking points, the questions with their answers and the cards they cite by number', async () => {
    const { text } = await docx('en');
    expect(text).toContain('Prevention first: the plan puts health before treatment.');
    expect(text).toContain('Which hospitals are in the pilot?');
    expect(text).toContain('Five public hospitals of Shanghai, as the municipal list names them.');
    expect(text).toContain('Cites: [3], [1]');
    expect(text).toContain('Quarterly press conference of the Health Commission');
    expect(text).toContain('10 December 2026');
    expect(text).toContain('corpus-v9');
  });

  it('shows only the Chinese in the Chinese layout and only the English in the English one', async () => {
    const zh = await docx('zh');
    for (const chinese of [fixture.cards[0].citation.counterpart!.text, fixture.cards[1].citation.quote.text]) expect(zh.text).toContain(chinese);
    expect(zh.text).not.toContain(fixture.cards[0].citation.quote.text);
    const en = await docx('en');
    expect(en.text).toContain(fixture.cards[0].citation.quote.text);
    expect(en.text).toContain(fixture.cards[1].citation.counterpart!.text);
    expect(en.text).not.toContain(fixture.cards[1].citation.quote.text);
  });

  it('labels the document in the export language', async () => {
    const { text } = await docx('bilingual', 'zh-TW');
    expect(text).toContain('英文：已發布文本');
    expect(text).toContain('引用前請核對');
    expect(text).toContain('問：');
  });

  it('sets the Chinese in a CJK font with the East Asian language zh-CN, on A4, with Word headings and a repeated table header', async () => {
    const { documentXml } = await docx('bilingual');
    expect(documentXml).toMatch(/<w:rFonts[^>]*w:eastAsia="SimSun"/);
    expect(documentXml).toMatch(/<w:lang[^>]*w:eastAsia="zh-CN"/);
    expect(documentXml).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(documentXml).toMatch(/<w:pStyle w:val="Heading1"\/>/);
    expect(documentXml).toContain('<w:tblHeader');
    expect(documentXml).toContain('<w:tblLayout w:type="fixed"/>');
  });
});
