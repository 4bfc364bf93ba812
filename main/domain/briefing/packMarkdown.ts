import { escapeMarkdown } from '../exportFormats';
import type { ExportCard, ExportItem, ExportSide, PackExportModel } from './packExportModel';

/** The pack as Markdown: cards as blockquotes (or a 中文 | English table), citations as footnotes `[^n]`. */
export function packMarkdown(model: PackExportModel): string {
  const lines: string[] = [`# ${inline(model.title)}`, ''];
  for (const fact of model.facts) lines.push(`**${inline(fact.label)}** ${inline(fact.value)}  `);
  lines.push('', ...model.legend.map((line) => `> *${inline(line)}*`).flatMap((line, i) => (i ? ['>', line] : [line])));
  const footnotes: string[] = [];
  for (const section of model.sections) {
    if (section.title !== null) lines.push('', `## ${inline(section.title)}`);
    for (const item of section.items) {
      lines.push('', ...itemMarkdown(item, model));
      if (item.kind === 'quote') footnotes.push(`[^${item.number}]: ${inline(item.reference)}`);
    }
  }
  if (footnotes.length) lines.push('', ...footnotes);
  return `${lines.join('\n')}\n`;
}

function itemMarkdown(item: ExportItem, model: PackExportModel): string[] {
  const { labels } = model;
  switch (item.kind) {
    case 'point':
      return [`**${inline(labels.talkingPoint)}** ${inline(item.text)}`];
    case 'qa':
      return [
        `**${inline(labels.question)}** ${inline(item.question)}`,
        '',
        `**${inline(labels.answer)}** ${inline(item.answer)}`,
        ...(item.cites.length ? ['', `*${inline(labels.cites)} ${item.cites.map((n) => inline(labels.card(n))).join(', ')}*`] : []),
      ];
    case 'quote':
      return cardMarkdown(item, model);
  }
}

function cardMarkdown(card: ExportCard, model: PackExportModel): string[] {
  const { labels } = model;
  const lines = [`### ${inline(labels.card(card.number))}[^${card.number}]${card.mark ? ` — ${inline(card.mark)}` : ''}`, ''];
  if (card.bilingual) {
    lines.push(`| ${inline(labels.columnZh)} | ${inline(labels.columnEn)} |`, '| --- | --- |', `| ${cell(card.bilingual.zh)} | ${cell(card.bilingual.en)} |`);
  } else {
    for (const side of card.sides) lines.push(...blockquote(side.text), '>', `> *${inline(side.label)}*`);
  }
  if (card.comparison) {
    const { quotedLabel, quoted, todayLabel, today } = card.comparison;
    lines.push('', `| ${inline(quotedLabel)} | ${inline(todayLabel)} |`, '| --- | --- |', `| ${inline(quoted)} | ${inline(today)} |`);
  }
  if (card.counterpartNotice) lines.push('', `*${inline(card.counterpartNotice)}*`);
  if (card.reviewNote) lines.push('', `**${inline(labels.reviewNote)}** ${inline(card.reviewNote)}`);
  if (card.note) lines.push('', `**${inline(labels.note)}** ${inline(card.note)}`);
  return lines;
}

function cell(side: ExportSide | null): string {
  return side ? `${inline(side.text)}<br>*${inline(side.label)}*` : '—';
}

function blockquote(text: string): string[] {
  return text.split(/\r?\n/).map((line) => `> ${escapeMarkdown(line)}`);
}

/** One line of escaped text: line breaks become `<br>`, so a table cell or a heading stays whole. */
function inline(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => escapeMarkdown(line))
    .join('<br>');
}
