import type { ImportBlock } from '../importModel';
import { isCjk, joinLines } from './language';

/** A run of text as pdf.js places it: baseline at y (up from the page's bottom), x from its left. */
export interface PdfTextItem {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

export interface PdfPageText {
  height: number;
  items: PdfTextItem[];
}

interface Line {
  page: number;
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
  /** Where it sits on its page, 0 (top) to 1 (bottom). */
  depth: number;
}

/** Items on one baseline (within a third of their size) make a line, read left to right. */
function pageLines(page: PdfPageText, index: number): Line[] {
  const items = page.items.filter((item) => item.text.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfTextItem[][] = [];
  for (const item of items) {
    const group = groups.at(-1);
    if (group && Math.abs(group[0].y - item.y) <= Math.max(group[0].size, item.size) * 0.35) group.push(item);
    else groups.push([item]);
  }
  return groups.map((group) => {
    const sorted = group.sort((a, b) => a.x - b.x);
    let text = '';
    let end = sorted[0].x;
    for (const item of sorted) {
      const gap = item.x - end;
      if (text !== '' && gap > item.size * 0.2 && !/\s$/.test(text) && !(isCjk(text.at(-1)) && isCjk(item.text[0]))) text += ' ';
      text += item.text;
      end = Math.max(end, item.x + item.width);
    }
    const y = Math.max(...sorted.map((item) => item.y));
    return {
      page: index,
      text: unifiedHan(text.replace(/[ \t\r\n\f\v\u00a0]+/g, ' ').trim()),
      x: sorted[0].x,
      right: end,
      y,
      size: Math.max(...sorted.map((item) => item.size)),
      depth: page.height > 0 ? 1 - y / page.height : 0.5,
    };
  });
}

/**
 * Radicals for their characters. A PDF's fonts often map a glyph shared by a
 * radical and a character (生, 门) to the radical's code point (⽣ U+2F63,
 * ⻔ U+2ED4), so the text looks right but cannot be searched. Kangxi radicals
 * have compatibility decompositions (NFKC); the simplified supplements that
 * stand alone as characters are mapped here.
 */
const RADICAL_SUPPLEMENT: Record<string, string> = {
  '\u2e84': '乙', '\u2e86': '冂', '\u2e8c': '小', '\u2e95': '彐', '\u2e9d': '月', '\u2ea0': '民', '\u2ea3': '灬', '\u2ea7': '牛',
  '\u2eab': '罒', '\u2eb9': '耂', '\u2ebc': '月', '\u2ec5': '见', '\u2ec6': '角', '\u2ec8': '讠', '\u2ec9': '贝', '\u2ecb': '车',
  '\u2ecf': '阝', '\u2ed0': '钅', '\u2ed3': '长', '\u2ed4': '门', '\u2ed6': '阝', '\u2ed7': '雨', '\u2ed8': '青', '\u2eda': '页',
  '\u2edb': '风', '\u2edc': '飞', '\u2edd': '食', '\u2ee0': '饣', '\u2ee2': '马', '\u2ee3': '骨', '\u2ee4': '鬼', '\u2ee5': '鱼',
  '\u2ee6': '鸟', '\u2ee8': '麦', '\u2ee9': '黄', '\u2eeb': '齐', '\u2eed': '齿', '\u2eef': '龙', '\u2ef3': '龟',
};

export function unifiedHan(text: string): string {
  return text
    .replace(/[\u2f00-\u2fdf]/g, (radical) => radical.normalize('NFKC'))
    .replace(/[\u2e80-\u2eff]/g, (radical) => RADICAL_SUPPLEMENT[radical] ?? radical)
    .normalize('NFC');
}

const PAGE_NUMBER = /^[-–—\s]*(?:\d{1,4}|[ivxlcdm]{1,6}|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+|page\s+\d+(?:\s+of\s+\d+)?)[-–—\s]*$/i;
/** Running headers and footers sit in the page's top or bottom eighth. */
const MARGIN_ZONE = 0.125;

/**
 * Running headers and footers (the same words, figures aside, in the top or
 * bottom margin of at least half the pages) and bare page numbers there.
 */
function dropPageFurniture(lines: Line[], pageCount: number): Line[] {
  const inMargin = (line: Line): boolean => line.depth < MARGIN_ZONE || line.depth > 1 - MARGIN_ZONE;
  const key = (line: Line): string => line.text.replace(/\d+/g, '#');
  const pagesWith = new Map<string, Set<number>>();
  for (const line of lines.filter(inMargin)) {
    const pages = pagesWith.get(key(line)) ?? new Set<number>();
    pages.add(line.page);
    pagesWith.set(key(line), pages);
  }
  const repeated = (line: Line): boolean => pageCount >= 2 && (pagesWith.get(key(line))?.size ?? 0) >= Math.max(2, pageCount / 2);
  return lines.filter((line) => !(inMargin(line) && (PAGE_NUMBER.test(line.text) || repeated(line))));
}

/** The value most characters are set in. */
function commonest(lines: readonly Line[], value: (line: Line) => number): number {
  const weights = new Map<number, number>();
  for (const line of lines) {
    const v = Math.round(value(line) * 2) / 2;
    weights.set(v, (weights.get(v) ?? 0) + line.text.length);
  }
  return [...weights.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
}

/** The line spacing: a low quantile of the gaps between lines, since gaps between paragraphs (wider) may be as many as those within. */
const lineSpacing = (gaps: number[]): number => {
  const sorted = [...gaps].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.floor(sorted.length / 5)];
};

interface Measures {
  body: number;
  left: number;
  right: number;
  leading: number;
}

function measure(lines: readonly Line[]): Measures {
  const body = commonest(lines, (line) => line.size);
  const bodyLines = lines.filter((line) => Math.abs(line.size - body) < body * 0.1);
  const gaps: number[] = [];
  for (let i = 1; i < bodyLines.length; i += 1) {
    if (bodyLines[i].page === bodyLines[i - 1].page) gaps.push(bodyLines[i - 1].y - bodyLines[i].y);
  }
  return {
    body,
    left: commonest(bodyLines, (line) => line.x),
    right: Math.max(...bodyLines.map((line) => line.right)),
    leading: lineSpacing(gaps.filter((gap) => gap > body * 0.8)) || body * 1.2,
  };
}

/** Whether `line` starts a new paragraph after `previous` (both set in the body size). */
function startsParagraph(previous: Line, line: Line, m: Measures): boolean {
  const indented = line.x > m.left + m.body * 0.9;
  if (line.page !== previous.page) return indented || previous.right < m.right - m.body * 2;
  const gap = previous.y - line.y;
  if (gap > m.leading * 1.4 || gap < 0) return true;
  if (indented) return true;
  // A line that stops well short of the column's edge after a sentence's end closed its paragraph.
  return previous.right < m.right - m.body * 3 && /[.!?:;。！？：；”"）)]$/.test(previous.text);
}

/**
 * A PDF's text as blocks: lines rebuilt from the placed text items, page
 * furniture dropped, lines larger than the body text as headings (half again
 * as large: level 1), and the body's lines gathered into paragraphs by the
 * vertical gaps and indents between them; a paragraph runs on across a page
 * break when the page's last line is full.
 */
export function pdfBlocks(pages: readonly PdfPageText[]): ImportBlock[] {
  const lines = dropPageFurniture(pages.flatMap(pageLines), pages.length);
  if (lines.length === 0) return [];
  const m = measure(lines);
  const blocks: ImportBlock[] = [];
  let current: Line[] = [];
  let heading: 1 | 2 | null = null;
  const end = (): void => {
    const text = joinLines(current.map((line) => line.text), true);
    if (text !== '') blocks.push(heading ? { kind: 'heading', level: heading, text } : { kind: 'paragraph', level: null, text });
    current = [];
  };
  for (const line of lines) {
    const level: 1 | 2 | null = line.size >= m.body * 1.5 ? 1 : line.size >= m.body * 1.15 ? 2 : null;
    const previous = current.at(-1);
    const continues =
      previous !== undefined &&
      level === heading &&
      (level !== null ? previous.page === line.page && previous.y - line.y < line.size * 2 : !startsParagraph(previous, line, m));
    if (!continues) end();
    heading = level;
    current.push(line);
  }
  end();
  return blocks;
}
