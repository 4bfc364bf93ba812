import { Parser } from 'htmlparser2';
import type { ImportBlock } from '../importModel';
import { isCjk, joinLines } from './language';
import { refusal } from './refusal';

/** What the text of an HTML page comes to: blocks in reading order, tables kept as rows of cells. */
export type HtmlItem = { block: ImportBlock } | { table: string[][] };

export interface HtmlContent {
  /** The `<title>`, or null. */
  title: string | null;
  items: HtmlItem[];
}

/**
 * Elements whose content is never text to read: code, styles, embedded
 * documents and objects, vector graphics and formulas, form controls. Their
 * content is dropped whole, so a script cannot come out as words.
 */
const DROPPED = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math',
  'canvas', 'audio', 'video', 'map', 'form', 'input', 'button', 'select', 'option', 'optgroup', 'textarea', 'datalist', 'output',
]);

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'header', 'hr', 'html', 'legend', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'ul', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th',
]);

/**
 * HTML elements that end SVG or MathML content left open, as a browser's
 * parser does (HTML's "breakout" rule), so text after an unclosed `<svg>` is
 * still read.
 */
const BREAKOUT = new Set([
  'b', 'big', 'blockquote', 'body', 'br', 'center', 'code', 'dd', 'div', 'dl', 'dt', 'em', 'embed', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'head', 'hr', 'i', 'img', 'li', 'listing', 'menu', 'meta', 'nobr', 'ol', 'p', 'pre', 'ruby', 's', 'small', 'span', 'strong',
  'strike', 'sub', 'sup', 'table', 'tt', 'u', 'ul', 'var',
]);

/** Marks a `<br>` in the text being gathered; no HTML text can hold it (it is dropped from text nodes). */
const BREAK = '\u2028';

interface TableState {
  rows: string[][];
  row: string[] | null;
  cell: string[] | null;
}

/**
 * Reads an HTML page as plain text. Only text nodes are ever kept: no tag, no
 * attribute (event handlers, `javascript:` URLs, styles) can reach the output,
 * and entities are decoded into the characters they stand for.
 */
export function readHtml(html: string): HtmlContent {
  if (nestingDepth(html) > MAX_NESTING) throw refusal('html-too-deep', `HTML nested over ${MAX_NESTING} elements deep`, { limit: MAX_NESTING });
  const reader = new HtmlTextReader();
  const parser = new Parser(
    { onopentag: (name) => reader.open(name), ontext: (text) => reader.text(text), onclosetag: (name) => reader.close(name) },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.end(html);
  return reader.finish();
}

/** Gathers the text of the parser's events into blocks and tables. */
class HtmlTextReader {
  private readonly items: HtmlItem[] = [];
  private readonly tables: TableState[] = [];
  /** Dropped elements open around the current position, outermost first. */
  private readonly dropped: string[] = [];
  private inHead = false;
  private title: string[] | null = null;
  private titleText: string | null = null;
  private heading: 1 | 2 | null = null;
  private parts: string[] = [];

  open(name: string): void {
    const dropped = this.dropped;
    if ((dropped[0] === 'svg' || dropped[0] === 'math') && BREAKOUT.has(name)) dropped.length = 0;
    if (dropped.length > 0 || DROPPED.has(name)) {
      if (DROPPED.has(name)) dropped.push(name);
      return;
    }
    if (name === 'head') this.inHead = true;
    else if (name === 'body') this.inHead = false;
    else if (name === 'title') this.title = [];
    else if (name === 'br') this.parts.push(BREAK);
    if (!BLOCKS.has(name)) return;
    this.flush();
    const table = this.tables.at(-1);
    if (/^h[1-6]$/.test(name)) this.heading = name === 'h1' ? 1 : 2;
    else if (name === 'table') this.tables.push({ rows: [], row: null, cell: null });
    else if (name === 'tr' && table) table.row = [];
    else if ((name === 'td' || name === 'th') && table) table.cell = [];
  }

  text(text: string): void {
    if (this.dropped.length > 0) return;
    const clean = text.replaceAll(BREAK, ' ');
    if (this.title) this.title.push(clean);
    else if (!this.inHead) this.parts.push(clean);
  }

  close(name: string): void {
    if (DROPPED.has(name)) {
      const open = this.dropped.lastIndexOf(name);
      if (open >= 0) this.dropped.length = open;
      return;
    }
    if (this.dropped.length > 0) return;
    if (name === 'title' && this.title) {
      this.titleText = collapse(this.title.join('')) || null;
      this.title = null;
    } else if (name === 'head') this.inHead = false;
    if (!BLOCKS.has(name)) return;
    this.flush();
    if (/^h[1-6]$/.test(name)) this.heading = null;
    else closeTableElement(name, this.tables, this.items);
  }

  finish(): HtmlContent {
    this.flush();
    while (this.tables.length > 0) closeTableElement('table', this.tables, this.items);
    return { title: this.titleText, items: this.items };
  }

  private flush(): void {
    const paragraphs = paragraphsOf(this.parts.join(''));
    this.parts = [];
    const cell = this.tables.at(-1)?.cell;
    const heading = this.heading;
    for (const text of paragraphs) {
      if (cell) cell.push(text);
      else this.items.push({ block: heading ? { kind: 'heading', level: heading, text } : { kind: 'paragraph', level: null, text } });
    }
  }
}

function closeTableElement(name: string, tables: TableState[], items: HtmlItem[]): void {
  const table = tables.at(-1);
  if (!table) return;
  if ((name === 'td' || name === 'th') && table.cell) {
    (table.row ??= []).push(table.cell.join('\n'));
    table.cell = null;
  } else if (name === 'tr' && table.row) {
    table.rows.push(table.row);
    table.row = null;
  } else if (name === 'table') {
    if (table.cell) closeTableElement('td', tables, items);
    if (table.row) closeTableElement('tr', tables, items);
    tables.pop();
    const outer = tables.at(-1)?.cell;
    // A table inside a cell is read as that cell's text, cell by cell.
    if (outer) outer.push(...table.rows.flat().filter((cell) => cell !== ''));
    else items.push({ table: table.rows });
  }
}

/** Paragraphs of a block's gathered text: two `<br>` in a row end a paragraph, one joins lines. */
function paragraphsOf(text: string): string[] {
  return text
    .split(new RegExp(`${BREAK}\\s*${BREAK}`))
    .map((paragraph) => joinLines(paragraph.split(BREAK).map(collapse)))
    .filter((paragraph) => paragraph !== '');
}

/** HTML's white space collapsed as a browser shows it; a line break between Chinese characters shows as nothing. */
function collapse(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t\n\r\f]+/g, (run, offset: number, whole: string) =>
      run.includes('\n') && isCjk(whole[offset - 1]) && isCjk(whole[offset + run.length]) ? '' : ' ',
    )
    .trim();
}

/**
 * Pages people write nest a few dozen elements deep. htmlparser2 keeps its
 * open elements in an array it prepends to, so a file of 200,000 unclosed
 * <div>s takes minutes to parse (and cannot be interrupted): such a file is
 * refused before it is parsed.
 */
export const MAX_NESTING = 2000;

/** Elements that never hold others, or whose end tag may be left out (HTML's optional end tags): they never deepen the count. */
const NOT_NESTING = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup', 'rb', 'rt', 'rp', 'rtc',
  'html', 'head', 'body',
]);

/**
 * An upper bound of how deep the page's elements nest, from its tags alone
 * (one linear scan; text that merely looks like a tag may count too, which
 * can only refuse a page no person wrote).
 */
export function nestingDepth(html: string): number {
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g;
  let depth = 0;
  let deepest = 0;
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    const name = match[2].toLowerCase();
    if (NOT_NESTING.has(name) || match[3] === '/') continue;
    if (match[1] === '/') depth = Math.max(0, depth - 1);
    else if (++depth > deepest) deepest = depth;
  }
  return deepest;
}
