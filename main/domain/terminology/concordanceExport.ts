import type { TFunction } from 'i18next';
import type { ExportFile } from '../../../contract/annotations';
import type { UiLanguage } from '../../../contract/languages';
import type { ConcordanceLine, RenderingGroup } from '../../../contract/terminology';
import type { TextRange } from '../../../contract/search';
import { csvFile, escapeMarkdown } from '../exportFormats';
import { localText } from '../localText';

export type TermExportFormat = 'markdown' | 'csv';

/** What a terminology export is written for: the reader's language, the time, and the documents' titles. */
export interface TermExportContext {
  language: UiLanguage;
  generated: Date;
  documentTitle(documentId: string): string;
}

export const exportDay = (generated: Date) => generated.toISOString().slice(0, 10);
export const exportTime = (generated: Date) => generated.toISOString().slice(0, 16).replace('T', ' ');

/** A concordance, its renderings counted and every line, as Markdown to read or CSV for a spreadsheet. */
export function exportConcordance(format: TermExportFormat, query: string, lines: readonly ConcordanceLine[], groups: readonly RenderingGroup[], context: TermExportContext): ExportFile {
  const base = `duizhao-concordance-${exportDay(context.generated)}`;
  return format === 'csv'
    ? { fileName: `${base}.csv`, mimeType: 'text/csv', content: concordanceCsv(lines, context), count: lines.length }
    : { fileName: `${base}.md`, mimeType: 'text/markdown', content: concordanceMarkdown(query, lines, groups, context), count: lines.length };
}

function renderingLabel(group: Pick<RenderingGroup, 'rendering'>, t: TFunction): string {
  return group.rendering ? group.rendering.label : t('terminologyExport.unrendered');
}

function concordanceMarkdown(query: string, lines: readonly ConcordanceLine[], groups: readonly RenderingGroup[], context: TermExportContext): string {
  const t = localText(context.language);
  const out = [
    `# ${escapeMarkdown(t('terminologyExport.concordanceTitle', { query }))}`,
    '',
    t('terminologyExport.concordanceSummary', { count: lines.length, date: exportTime(context.generated) }),
    '',
    `## ${t('terminologyExport.renderings')}`,
    '',
    ...groups.map((g) => `- ${escapeMarkdown(t('terminologyExport.renderingCount', { rendering: renderingLabel(g, t), count: g.count }))}`),
    '',
    `## ${t('terminologyExport.occurrences')}`,
  ];
  for (const line of lines) {
    const where = [escapeMarkdown(context.documentTitle(line.documentId)), `\`${line.segmentId}\``, line.date].filter(Boolean).join(' · ');
    const side = t('terminologyExport.keywordSide', { language: t(`textLanguage.${line.side}`), origin: t(`export.origin.${line.origin}`) });
    out.push('', `### ${where}`, '', `*${escapeMarkdown(side)}*`, '', `${escapeMarkdown(line.left)}**${escapeMarkdown(line.keyword)}**${escapeMarkdown(line.right)}`, '');
    const other = t(`textLanguage.${line.side === 'zh' ? 'en' : 'zh'}`);
    if (!line.counterpart) {
      out.push(`*${escapeMarkdown(t('terminologyExport.unaligned', { language: other }))}*`);
      continue;
    }
    out.push(escapeMarkdown(t('terminologyExport.counterpart', { language: other, origin: t(`export.origin.${line.counterpart.origin}`) })), '');
    out.push(`> ${marked(line.counterpart.text, line.counterpart.highlights)}`, '');
    const source = line.rendering ? ` (${t(`terminologyExport.source.${line.rendering.source}`)})` : '';
    out.push(`<sub>${escapeMarkdown(`${t('terminologyExport.csv.rendering')}: ${renderingLabel(line, t)}${source}`)}</sub>`);
  }
  return `${out.join('\n')}\n`;
}

/** The text escaped for Markdown, the highlights in bold; line breaks kept inside the block quote. */
function marked(text: string, highlights: readonly TextRange[]): string {
  let out = '';
  let at = 0;
  for (const [start, end] of [...highlights].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue;
    out += `${escapeMarkdown(text.slice(at, start))}**${escapeMarkdown(text.slice(start, end))}**`;
    at = end;
  }
  return (out + escapeMarkdown(text.slice(at))).replace(/\r?\n/g, '\n> ');
}

function concordanceCsv(lines: readonly ConcordanceLine[], context: TermExportContext): string {
  const t = localText(context.language);
  const columns = ['document', 'segment', 'date', 'language', 'origin', 'left', 'keyword', 'right', 'counterpart', 'counterpartSentences', 'counterpartOrigin', 'rendering', 'renderingSource'];
  const rows = lines.map((line) => [
    context.documentTitle(line.documentId),
    line.segmentId,
    line.date ?? '',
    t(`textLanguage.${line.side}`),
    t(`export.origin.${line.origin}`),
    line.left,
    line.keyword,
    line.right,
    line.counterpart?.text ?? '',
    line.counterpart?.sentenceIds.join('; ') ?? '',
    line.counterpart ? t(`export.origin.${line.counterpart.origin}`) : '',
    renderingLabel(line, t),
    line.rendering ? t(`terminologyExport.source.${line.rendering.source}`) : '',
  ]);
  return csvFile([columns.map((c) => t(`terminologyExport.csv.${c}`)), ...rows]);
}
