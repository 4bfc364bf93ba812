import { describe, expect, it } from 'vitest';
import { pdfBlocks, unifiedHan, type PdfPageText, type PdfTextItem } from '../../../../main/domain/documents/parsers/pdfLayout';

const HEIGHT = 842;
const line = (text: string, y: number, options: { x?: number; size?: number; width?: number } = {}): PdfTextItem => ({
  text,
  x: options.x ?? 72,
  y,
  size: options.size ?? 12,
  width: options.width ?? 450,
});
const page = (...items: PdfTextItem[]): PdfPageText => ({ height: HEIGHT, items });
const kinds = (pages: PdfPageText[]): string[] => pdfBlocks(pages).map((block) => `${block.kind}${block.level ?? ''}: ${block.text}`);

describe('PDF layout: lines into blocks', () => {
  it('runs a paragraph on across a page break when the page ends on a full line, and drops running headers and page numbers', () => {
    const pages = [
      page(
        line('Commission Gazette 2024', 800, { size: 9, width: 120 }),
        line('Article 1 The commission shall publish the list', 700),
        line('of institutions every year and update it when', 686),
        line('1', 40, { size: 9, width: 6 }),
      ),
      page(
        line('Commission Gazette 2024', 800, { size: 9, width: 120 }),
        line('an institution is added or closed.', 700, { width: 200 }),
        line('Article 2 Each province reports its figures.', 672, { width: 260 }),
        line('- 2 -', 40, { size: 9, width: 20 }),
      ),
    ];
    expect(kinds(pages)).toEqual([
      'paragraph: Article 1 The commission shall publish the list of institutions every year and update it when an institution is added or closed.',
      'paragraph: Article 2 Each province reports its figures.',
    ]);
  });

  it('takes larger lines as headings (half again as large: level 1), an indent as a new paragraph, and joins Chinese lines without a space', () => {
    const pages = [
      page(
        line('第一章', 760, { size: 22, width: 66 }),
        line('总　则', 734, { size: 22, width: 66 }),
        line('第一节　目标', 700, { size: 15, width: 90 }),
        line('为进一步加强基层医疗卫生服务体系建设，提高基层', 670, { x: 96 }),
        line('医疗卫生机构服务能力，制定本办法。', 655, { width: 300 }),
        line('各地要高度重视，加强组织领导。', 640, { x: 96, width: 300 }),
      ),
    ];
    expect(kinds(pages)).toEqual([
      'heading1: 第一章总　则',
      'heading2: 第一节　目标',
      'paragraph: 为进一步加强基层医疗卫生服务体系建设，提高基层医疗卫生机构服务能力，制定本办法。',
      'paragraph: 各地要高度重视，加强组织领导。',
    ]);
  });

  it('drops Chinese page numbers in the margin but keeps a figure in the body, joined to Chinese without a space', () => {
    const pages = [page(line('合计', 700, { width: 24 }), line('100', 685, { width: 18 }), line('第 1 页 共 2 页', 30, { size: 9, width: 60 }))];
    expect(kinds(pages)).toEqual(['paragraph: 合计100']);
  });

  it('reads radicals as the characters they stand for', () => {
    expect(unifiedHan('卫\u2f63健康\u2ed4诊')).toBe('卫生健康门诊');
  });
});
