import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UiLanguage } from '../../../contract/languages';
import type { PackCheck, PackExportFormat, PackLayout } from '../../../contract/packs';
import { exportPackFile, type PrintPdf } from '../../../main/domain/briefing/packExport';
import type { CorpusRepository } from '../../../main/domain/corpus/corpusRepository';
import { DomainError } from '../../../main/domain/errors';
import { briefingPack, checkOf, openBundledCorpus, type BriefingFixture } from '../../helpers/packFixtures';

let corpus: CorpusRepository;
let fixture: BriefingFixture;
beforeAll(() => {
  corpus = openBundledCorpus();
  fixture = briefingPack(corpus, { note: 'Hostile: <img src=x onerror=alert(1)> and <script>alert(2)</script>' });
});
afterAll(() => corpus.close());

const context = { appVersion: '1.2.3', corpusVersion: 'corpus-v9', now: new Date('2026-12-01T08:00:00Z') };

interface Options {
  format?: PackExportFormat;
  layout?: PackLayout;
  language?: UiLanguage;
  check?: PackCheck;
  confirmChanged?: boolean;
  printPdf?: PrintPdf;
}
async function exported({ format = 'markdown', layout = 'bilingual', language = 'en', check, confirmChanged, printPdf }: Options = {}) {
  const file = await exportPackFile({
    pack: fixture.pack,
    check: check ?? checkOf(fixture.pack),
    options: { format, layout, language, style: 'en-chicago', ...(confirmChanged ? { confirmChanged } : {}) },
    context,
    printPdf,
  });
  return { file, text: Buffer.from(file.contentBase64, 'base64').toString('utf8') };
}

describe('a briefing pack as Markdown', () => {
  it('holds the pack, every quote with both sides and their provenance, and each citation as a footnote', async () => {
    const { file, text } = await exported();
    expect(file).toMatchObject({ fileName: '健康中国-press-briefing-2026-12-01-bilingual.md', mimeType: 'text/markdown', cardCount: 3, flaggedCount: 0 });
    expect(text).toContain('# 健康中国 press briefing');
    expect(text).toContain('**Corpus version:** corpus-v9');
    expect(text).toContain('| 中文 | English |');
    expect(text).toContain('| 健康优先，共建共享。<br>*Chinese: reference translation prepared for this edition, not an official text* | Health first, build and share together.<br>*English: published text* |');
    expect(text).toContain('**To check before quoting:** Rendered Weng Tiehui as 翁铁慧; please confirm.');
    expect(text).toMatch(/^\[\^1\]: General Office of the State Council\. “Notice of the General Office of the State Council on Issuing the 14th Five-Year National Health Plan\.” Guo Ban Fa \\\[2022\\\] No\. 11\. April 27, 2022, \(2\) Basic principles, para\. 17/m);
    expect(text).toMatch(/^\[\^3\]: .*para\. 2/m);
    expect(text).toContain('**Talking point:** Prevention first');
    expect(text).toContain('*Cites: \\[3\\], \\[1\\]*');
  });

  it('shows one language in the zh and en layouts, as blockquotes with their provenance', async () => {
    const zh = (await exported({ layout: 'zh' })).text;
    expect(zh).toContain('> 健康优先，共建共享。\n>\n> *Chinese: reference translation prepared for this edition, not an official text*');
    expect(zh).not.toContain('Health first, build and share together.');
    const en = (await exported({ layout: 'en' })).text;
    expect(en).toContain('> Health first, build and share together.\n>\n> *English: published text*');
    expect(en).not.toContain('健康优先');
  });

  it('is written in the export language', async () => {
    const { text } = await exported({ language: 'zh-CN', layout: 'zh' });
    expect(text).toContain('**场合：** Quarterly press conference');
    expect(text).toContain('2026年12月10日');
    expect(text).toContain('*中文：本版所附参考译文，非官方文本*');
    expect(text).toContain('**引用前请核对：** Weng Tiehui 译作“翁铁慧”，请核实。');
  });
});

describe('quotes that changed since they were quoted', () => {
  const changedCheck = () =>
    checkOf(fixture.pack, {
      [fixture.cards[0].id]: { status: 'changed', today: 'Health first, built and shared by all.' },
      [fixture.cards[2].id]: { status: 'gone' },
    });

  it('refuse the export until the user confirms', async () => {
    const refusal = exported({ check: changedCheck() });
    await expect(refusal).rejects.toBeInstanceOf(DomainError);
    await expect(refusal).rejects.toMatchObject({ code: 'pack-quotes-changed' });
    await expect(exported({ format: 'docx', check: changedCheck() })).rejects.toMatchObject({ code: 'pack-quotes-changed' });
  });

  it('are marked in the file once confirmed, today’s text beside the quoted one, and counted', async () => {
    const { file, text } = await exported({ check: changedCheck(), confirmChanged: true });
    expect(file.flaggedCount).toBe(2);
    expect(text).toContain('### \\[1\\][^1] — Changed since quoted');
    expect(text).toContain('| As quoted (English) | Today (paragraph 17) |\n| --- | --- |\n| Health first, build and share together. | Health first, built and shared by all. |');
    expect(text).toContain('### \\[3\\][^3] — No longer in the corpus');
    expect(text).not.toContain('### \\[2\\][^2] —');
  });

  it('an exact quote whose counterpart reads differently today says so, without a mark', async () => {
    const check = checkOf(fixture.pack, { [fixture.cards[0].id]: { status: 'exact', counterpartNow: '健康优先，人人共享。' } });
    const { file, text } = await exported({ check });
    expect(file.flaggedCount).toBe(0);
    expect(text).toContain('*The Chinese counterpart reads differently today: 健康优先，人人共享。*');
  });

  it('moved cards are cited at today’s paragraph, without a mark', async () => {
    const { file, text } = await exported({ check: checkOf(fixture.pack, { [fixture.cards[0].id]: { status: 'moved', paragraph: 21 } }) });
    expect(file.flaggedCount).toBe(0);
    expect(text).toMatch(/^\[\^1\]: .*para\. 21/m);
    expect(text).not.toMatch(/^\[\^1\]: .*para\. 17/m);
  });
});

describe('the print HTML', () => {
  it('is one page with no script, a CSP that allows only inline styles, and every text escaped', async () => {
    const { file, text } = await exported({ format: 'html' });
    expect(file.mimeType).toBe('text/html');
    expect(text).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
    expect(text).not.toMatch(/<script/i);
    expect(text).not.toContain('<img');
    expect(text).toContain('Hostile: &lt;img src=x onerror=alert(1)&gt; and &lt;script&gt;alert(2)&lt;/script&gt;');
    expect(text).toContain('@page { size: A4;');
    expect(text).toContain('counter(page)');
    expect(text).toContain('break-inside: avoid');
    expect(text).toContain('Noto Serif CJK SC');
  });

  it('ends each section with its cards’ numbered notes', async () => {
    const { text } = await exported({ format: 'html' });
    const sections = text.split('<section>').slice(1);
    expect(sections).toHaveLength(2);
    expect(sections[0]).toMatch(/<ol><li value="1" id="note-1">General Office of the State Council\..*<\/li><li value="2" id="note-2">/);
    expect(sections[1]).toMatch(/<li value="3" id="note-3">.*para\. 2/);
  });
});

describe('PDF', () => {
  it('is refused where there is no printer to PDF', async () => {
    await expect(exported({ format: 'pdf' })).rejects.toMatchObject({ code: 'pdf-unavailable' });
  });

  it('prints the print HTML where there is one', async () => {
    const printed: string[] = [];
    const { file } = await exported({
      format: 'pdf',
      printPdf: async (html) => {
        printed.push(html);
        return new TextEncoder().encode('%PDF-1.7');
      },
    });
    expect(file).toMatchObject({ fileName: '健康中国-press-briefing-2026-12-01-bilingual.pdf', mimeType: 'application/pdf', contentBase64: Buffer.from('%PDF-1.7').toString('base64') });
    expect(printed[0]).toContain('Health first, build and share together.');
  });
});
