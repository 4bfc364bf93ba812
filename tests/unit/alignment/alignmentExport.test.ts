import JSZip from 'jszip';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALIGNMENT_LEVELS, LOW_CONFIDENCE, type AlignmentExportFormat, type AlignmentLevel } from '../../../contract/alignment';
import type { UiLanguage } from '../../../contract/languages';
import type { DocumentDetail, Segment, TextOrigin } from '../../../contract/model';
import { exportAlignment } from '../../../main/domain/alignment/alignmentExport';
import { TMX_LANGUAGE } from '../../../main/domain/alignment/documentTmx';
import { readTmx } from '../../../main/domain/alignment/tmxReader';
import { unguardCsvCell } from '../../../main/domain/exportFormats';
import { parseCsv } from '../../../main/domain/terminology/csvTable';
import { openBundledCorpus } from '../../helpers/packFixtures';

const context = { appVersion: '9.8.7', generated: new Date('2026-03-01T08:09:10Z') };
let documents: DocumentDetail[] = [];

beforeAll(() => {
  const corpus = openBundledCorpus();
  documents = corpus.listDocuments().map((d) => corpus.getDocument(d.id)!);
  corpus.close();
});

const byId = (id: string) => documents.find((d) => d.id === id)!;

async function exported(document: DocumentDetail, format: AlignmentExportFormat, level: AlignmentLevel, language: UiLanguage = 'en', markLowConfidence = false) {
  const file = await exportAlignment(document, { format, level, language, markLowConfidence }, context);
  return { file, bytes: Buffer.from(file.contentBase64, 'base64') };
}

/** The CSV as a spreadsheet program would read it: BOM gone, records split, each cell's formula guard undone. */
async function csvTable(document: DocumentDetail, level: AlignmentLevel, language: UiLanguage = 'en') {
  const { file, bytes } = await exported(document, 'csv', level, language);
  const text = bytes.toString('utf8');
  const [header, ...rows] = parseCsv(text.slice(1)).map((row) => row.map(unguardCsvCell));
  return { file, text, header, rows };
}

/** Each TMX unit's two texts, '' for a side it lacks: what the CSV and the DOCX must hold, row for row. */
async function tmxPairs(document: DocumentDetail, level: AlignmentLevel): Promise<[string, string][]> {
  const { bytes } = await exported(document, 'tmx', level);
  return readTmx(bytes.toString('utf8')).units.map((unit) => {
    const text = (lang: string) => unit.variants.find((v) => v.lang === lang)?.text ?? '';
    return [text(TMX_LANGUAGE.zh), text(TMX_LANGUAGE.en)];
  });
}

describe('CSV export of an alignment', () => {
  it('holds every sentence link (or paragraph) of every bundled document as a row, its two texts exactly as the TMX has them', async () => {
    for (const document of documents) {
      for (const level of ALIGNMENT_LEVELS) {
        const { file, rows } = await csvTable(document, level);
        const pairs = await tmxPairs(document, level);
        expect(file).toMatchObject({ fileName: `${document.id}-${level}s.csv`, mimeType: 'text/csv', count: pairs.length });
        expect(rows.map((row) => row.slice(0, 2))).toEqual(pairs);
      }
      // At paragraph level, the cells are the stored texts of the segments, whole.
      const { rows } = await csvTable(document, 'paragraph');
      expect(rows.map((row) => row.slice(0, 2))).toEqual(document.segments.filter((s) => s.zh || s.en).map((s) => [s.zh?.text ?? '', s.en?.text ?? '']));
    }
    expect(documents.length).toBeGreaterThanOrEqual(5);
  });

  it('starts with a BOM, ends each record with CRLF, and names each column with its provenance in the interface language', async () => {
    const document = byId('shgh-public-hospital-pilot');
    const { text, header } = await csvTable(document, 'sentence');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const origin = (side: 'zh' | 'en') => document.segments.find((s) => s[side])![side]!.origin;
    expect(new Set(document.segments.flatMap((s) => (s.zh ? [s.zh.origin] : []))).size).toBe(1);
    expect(header).toEqual([`Chinese (${label(origin('zh'))})`, `English (${label(origin('en'))})`]);
    expect((await csvTable(document, 'sentence', 'zh-CN')).header[0]).toBe(`中文（${origin('zh') === 'published' ? '已发布文本' : '本版所附参考译文，非官方文本'}）`);
  });

  it('adds a provenance column for a side whose rows differ, so every row says whether it is published', async () => {
    const plan = byId('national-health-plan-14th-fyp-2022');
    const { header, rows } = await csvTable(plan, 'paragraph');
    const withText = plan.segments.filter((s) => s.zh || s.en);
    const mixedSides = (['zh', 'en'] as const).filter((side) => new Set(withText.flatMap((s) => (s[side] ? [s[side]!.origin] : []))).size > 1);
    expect(mixedSides.length).toBeGreaterThan(0);
    expect(header).toHaveLength(2 + mixedSides.length);
    mixedSides.forEach((side, i) => {
      expect(header[side === 'zh' ? 0 : 1]).toContain('as each row says');
      expect(header[2 + i]).toBe(`${side === 'zh' ? 'Chinese' : 'English'} provenance`);
      expect(rows.map((row) => row[2 + i])).toEqual(withText.map((s) => (s[side] ? label(s[side]!.origin) : '')));
    });
  });

  it('round-trips quotes, commas, line breaks, spaces and formula-leading texts exactly, and no cell starts a formula', async () => {
    const texts = [
      'He said "yes", then left.',
      'line one\nline two\r\nline three',
      '=HYPERLINK("http://evil.example","click")',
      '+86 10 1234',
      '-5% change',
      '@SUM(A1)',
      "'=already guarded",
      '\tindented',
      '  leading and trailing  ',
      '中文，含逗号,和"引号"',
    ];
    const document = syntheticDocument(texts.map((text, i) => [text, texts[texts.length - 1 - i]]));
    const { text, rows } = await csvTable(document, 'paragraph');
    expect(rows).toEqual(texts.map((t, i) => [t, texts[texts.length - 1 - i]]));
    // What a spreadsheet sees: no cell of the file, quoted or not, begins with a formula character.
    const rawCells = parseCsv(text.slice(1)).flat();
    expect(rawCells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(text).toContain(`''=already guarded`);
  });
});

describe('DOCX export of an alignment, read back with mammoth and as XML', () => {
  async function docx(document: DocumentDetail, level: AlignmentLevel, markLowConfidence = false, language: UiLanguage = 'en') {
    const { file, bytes } = await exported(document, 'docx', level, language, markLowConfidence);
    const { value: text } = await mammoth.extractRawText({ buffer: bytes });
    const zip = await JSZip.loadAsync(bytes);
    return { file, text, xml: await zip.file('word/document.xml')!.async('string') };
  }
  const flat = (text: string) => text.replace(/\s+/g, ' ');

  it('holds every link’s two texts, in reading order, one table row each after the header row', async () => {
    for (const id of ['shgh-public-hospital-pilot', 'national-health-plan-14th-fyp-2022']) {
      const document = byId(id);
      for (const level of ALIGNMENT_LEVELS) {
        const { file, text, xml } = await docx(document, level);
        const pairs = await tmxPairs(document, level);
        expect(file).toMatchObject({ fileName: `${id}-${level}s.docx`, count: pairs.length });
        expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
        const body = flat(text);
        let at = body.indexOf('English');
        for (const [zh, en] of pairs) {
          for (const side of [zh, en].filter(Boolean)) {
            const found = body.indexOf(flat(side), at);
            expect(found, `${id} ${level}: ${side.slice(0, 40)}`).toBeGreaterThanOrEqual(at);
            at = found + flat(side).length;
          }
        }
        expect(xml.match(/<w:tr>|<w:tr /g)).toHaveLength(pairs.length + 1);
      }
    }
  });

  it('repeats the header row on every page, sets Chinese in SimSun and English in Times New Roman, and keeps rows whole', async () => {
    const document = byId('shgh-public-hospital-pilot');
    const { xml } = await docx(document, 'sentence');
    const rows = xml.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g)!;
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows.slice(1).every((row) => !row.includes('<w:tblHeader') && row.includes('<w:cantSplit/>'))).toBe(true);
    const firstLink = document.links[0];
    const [zhCell, enCell] = rows[1].match(/<w:tc>[\s\S]*?<\/w:tc>/g)!;
    expect(firstLink.zh.length && firstLink.en.length).toBeTruthy();
    const fonts = (cell: string) => cell.match(/<w:rFonts [^>]*\/>/)![0];
    expect(fonts(zhCell)).toMatch(/w:ascii="SimSun"/);
    expect(fonts(zhCell)).toMatch(/w:eastAsia="SimSun"/);
    expect(fonts(enCell)).toMatch(/w:ascii="Times New Roman"/);
    expect(fonts(enCell)).toMatch(/w:hAnsi="Times New Roman"/);
    expect(zhCell).not.toContain('Times New Roman');
  });

  it('gives the title, issuer, dates, source and each column’s provenance above the table, in the interface language', async () => {
    const document = byId('shgh-public-hospital-pilot');
    const { text } = await docx(document, 'paragraph');
    const head = text.slice(0, text.indexOf(document.segments.find((s) => s.kind !== 'title')?.zh?.text ?? '\u0000'));
    for (const value of [document.title.zh, document.title.en, document.issuer.zh, document.sourceUrl, 'Generated: 2026-03-01 08:09 UTC by Duizhao 9.8.7']) expect(head).toContain(value);
    if (document.issuedOn) expect(head).toContain(`Issued: ${new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(document.issuedOn))}`);
    const zhOrigin = document.segments.find((s) => s.zh)!.zh!.origin;
    expect(head).toContain(`Chinese (${label(zhOrigin)})`);
    expect(head).toContain('Chinese text: Simplified characters, as published.');
    const zh = (await docx(document, 'paragraph', false, 'zh-CN')).text;
    expect(zh).toContain('发文机关：');
    expect(zh).toContain('中文（');
  });

  it('shades the links to check only when asked, with a legend and each one’s confidence', async () => {
    // The bundled document with the most links under the threshold.
    const [document, low] = documents
      .map((d) => [d, d.links.filter((l) => l.confidence < LOW_CONFIDENCE)] as const)
      .sort((a, b) => b[1].length - a[1].length)[0];
    expect(low.length).toBeGreaterThan(0);
    const marked = await docx(document, 'sentence', true);
    expect((marked.xml.match(/w:fill="FFF2CC"/g) ?? []).length).toBe(low.length * 2);
    expect(marked.text).toContain('Shaded rows: links to check.');
    expect(marked.text).toContain(`Link to check (confidence ${Math.round(low[0].confidence * 100)} %)`);
    const plain = await docx(document, 'sentence', false);
    expect(plain.xml).not.toContain('FFF2CC');
    expect(plain.text).not.toContain('Link to check');
  });
});

const label = (origin: TextOrigin) => (origin === 'published' ? 'published text' : 'reference translation prepared for this edition, not an official text');

/** A document of paragraphs given as [Chinese, English] texts, without sentences: enough for paragraph-level files. */
function syntheticDocument(pairs: [string, string][]): DocumentDetail {
  const segments: Segment[] = pairs.map(([zh, en], i) => ({
    id: `p${i + 1}`,
    position: i,
    kind: 'paragraph',
    level: null,
    zh: { text: zh, origin: 'published' },
    en: { text: en, origin: 'reference-translation' },
    reviewNote: null,
    sentences: { zh: [], en: [] },
  }));
  const both = { zh: null, en: null };
  return {
    id: 'synthetic',
    title: { zh: '测试', en: 'Test' },
    type: 'news',
    issuer: both,
    issuedOn: null,
    publishedOn: null,
    documentNumber: both,
    sourceUrl: null,
    summary: both,
    keywords: { zh: [], en: [] },
    strippedChrome: [],
    coverage: { zh: { present: 1, published: 1, draft: 0, total: 1 }, en: { present: 1, published: 0, draft: 0, total: 1 } },
    library: 'bundled',
    imported: null,
    segments,
    links: [],
  };
}
