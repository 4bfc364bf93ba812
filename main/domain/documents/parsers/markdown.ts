import type { ImportBlock } from '../importModel';
import { readHtml } from './htmlText';
import { joinLines } from './language';
import { textLines } from './plainText';

const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*))?$/;
/** An ATX heading's closing #s, on its text with trailing spaces already gone. */
const ATX_CLOSING = /(?:^|[ \t])#+$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])([ \t]*\1){2,}[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const LIST_ITEM = /^ {0,3}(?:[-+*]|\d{1,9}[.)])[ \t]+/;
const QUOTE = /^ {0,3}>[ \t]?/;
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*\S+/;
const TABLE_DELIMITER = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/**
 * The text of Markdown's inline markup: images dropped, links and code spans
 * kept as their text, emphasis marks and escapes removed. Embedded HTML is
 * read by the HTML reader, which keeps its text only.
 */
export function inlineText(markdown: string): string {
  // Code spans and escaped characters are set aside first, so no later rule reads them as markup.
  const kept: string[] = [];
  const keep = (text: string): string => `\ue000${kept.push(text) - 1}\ue001`;
  let text = markdown
    .replace(/(`+)([^`]|[^`][^\n]{0,500}?[^`])\1(?!`)/g, (_, _ticks, code: string) => keep(code.trim()))
    .replace(/\\([!-/:-@[-`{-~])/g, (_, char: string) => keep(char));
  // Every span is bounded (a link's text, a URL, an emphasis), so a hostile paragraph of unclosed marks costs linear time, not quadratic.
  text = text
    .replace(/!\[[^\]\n]{0,500}\]\([^)\n]{0,2000}\)|!\[[^\]\n]{0,500}\]\[[^\]\n]{0,500}\]/g, '')
    .replace(/\[([^\]\n]{0,500})\]\([^)\n]{0,2000}\)/g, '$1')
    .replace(/\[([^\]\n]{0,500})\]\[[^\]\n]{0,500}\]/g, '$1')
    .replace(/<((?:https?|mailto):[^>\s]{1,2000})>/g, '$1')
    .replace(/(\*\*|__)(?=\S)([^\n]{0,500}?\S)\1/g, '$2')
    .replace(/(^|[^\p{L}\p{N}*])([*_])(?=\S)([^\n]{0,500}?\S)\2(?![\p{L}\p{N}])/gu, '$1$3')
    .replace(/~~(?=\S)([^\n]{0,500}?\S)~~/g, '$1');
  if (/[<&]/.test(text)) text = htmlFragmentText(text);
  return text.replace(/\ue000(\d+)\ue001/g, (whole, index: string) => kept[Number(index)] ?? whole);
}

/** The words of a fragment holding HTML, without any of its markup. */
function htmlFragmentText(fragment: string): string {
  const { items } = readHtml(`<p>${fragment}</p>`);
  return items.map((item) => ('block' in item ? item.block.text : item.table.flat().join(' '))).join(' ');
}

/**
 * Raw HTML whose content is never text (scripts, styles, embedded objects) or
 * is hidden (comments), removed before lines are read, since its blank lines
 * would otherwise split it into paragraphs the HTML reader never sees whole.
 */
function withoutRawHtmlBlocks(markdown: string): string {
  return markdown
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(/<(script|style|noscript|template|iframe|object|embed|svg|math|textarea|select)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, '');
}

interface Pending {
  lines: string[];
}

/**
 * Blocks of a Markdown text (CommonMark's block structure, simply read):
 * ATX and setext headings (`#` is level 1, deeper ones level 2), paragraphs,
 * list items and block quotes as paragraphs, fenced code as text; thematic
 * breaks, link definitions and table delimiter rows dropped.
 */
export function markdownBlocks(markdown: string): ImportBlock[] {
  const blocks: ImportBlock[] = [];
  const pending: Pending = { lines: [] };
  const push = (kind: 'heading' | 'paragraph', level: 1 | 2 | null, raw: string): void => {
    const text = inlineText(raw).replace(/\s+/g, ' ').trim();
    if (text !== '') blocks.push({ kind, level, text });
  };
  const endParagraph = (): void => {
    if (pending.lines.length > 0) push('paragraph', null, joinLines(pending.lines));
    pending.lines = [];
  };
  let fence: string | null = null;
  for (const raw of textLines(withoutRawHtmlBlocks(markdown))) {
    if (fence !== null) {
      if (raw.trim().startsWith(fence)) {
        fence = null;
        endParagraph();
      } else pending.lines.push(raw);
      continue;
    }
    const fenceOpen = FENCE.exec(raw);
    const atx = ATX_HEADING.exec(raw);
    const setext = SETEXT_UNDERLINE.exec(raw);
    if (fenceOpen) {
      endParagraph();
      fence = fenceOpen[1];
    } else if (atx) {
      endParagraph();
      push('heading', atx[1].length === 1 ? 1 : 2, (atx[2] ?? '').trimEnd().replace(ATX_CLOSING, ''));
    } else if (setext && pending.lines.length > 0) {
      const text = joinLines(pending.lines);
      pending.lines = [];
      push('heading', setext[1].startsWith('=') ? 1 : 2, text);
    } else if (raw.trim() === '' || THEMATIC_BREAK.test(raw) || LINK_DEFINITION.test(raw) || TABLE_DELIMITER.test(raw)) {
      endParagraph();
    } else {
      const line = raw.replace(QUOTE, '');
      const tableRow = /^\s*\|/.test(line);
      if (LIST_ITEM.test(line) || tableRow) endParagraph();
      pending.lines.push(tableRow ? line.replace(/^\s*\||\|\s*$/g, '').replace(/\s*\|\s*/g, ' ') : line.replace(LIST_ITEM, ''));
      if (tableRow) endParagraph();
    }
  }
  endParagraph();
  return blocks;
}
