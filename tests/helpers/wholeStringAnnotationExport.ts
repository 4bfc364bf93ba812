/**
 * The annotation exports as they were built before issue #14, the whole file as
 * one string, kept unchanged as the oracle the streamed exports must match byte
 * for byte (annotationExportStream.test.ts). Not used by the app.
 */
import type { ExportFile, ExportFormat } from '../../contract/annotations';
import { textLanguageOfUi, type TextLanguage, type UiLanguage } from '../../contract/languages';
import type { DocumentSummary, Segment, TextOrigin } from '../../contract/model';
import type { TFunction } from 'i18next';
import { csvFile, escapeMarkdown } from '../../main/domain/exportFormats';
import { localText } from '../../main/domain/localText';
import { annotationSides, sentenceNumbers, type AnnotationSides, type SentenceCounterparts } from '../../main/domain/annotations/annotationCounterpart';
import type { AnnotationRecord, PlacedRecord } from '../../main/domain/annotations/annotationRecord';
import { toW3cCollection } from '../../main/domain/annotations/w3cAnnotations';

interface ExportContext {
  documents: readonly DocumentSummary[];
  segmentOf(segmentId: string): (Segment & { documentId: string }) | null;
  /** The sentence links, so a counterpart is the aligned sentences; without them, the whole other paragraph. */
  sentences?: SentenceCounterparts;
  language: UiLanguage;
  generated: Date;
  generator: string;
  /** Deleted annotations: the W3C JSON carries them as tombstones, so deletions reach colleagues. */
  deletions?: readonly AnnotationRecord[];
}

/** Writes annotations for people (Markdown, CSV, in the interface language) or for Duizhao and other tools (W3C JSON). */
export function wholeStringAnnotationExport(format: ExportFormat, items: readonly PlacedRecord[], context: ExportContext): ExportFile {
  const day = context.generated.toISOString().slice(0, 10);
  const base = `duizhao-annotations-${day}`;
  switch (format) {
    case 'markdown':
      return { fileName: `${base}.md`, mimeType: 'text/markdown', content: toMarkdown(items, context), count: items.length };
    case 'csv':
      return { fileName: `${base}.csv`, mimeType: 'text/csv', content: toCsv(items, context), count: items.length };
    case 'w3c-json':
      return {
        fileName: `${base}.jsonld`,
        mimeType: 'application/ld+json',
        content: `${JSON.stringify(toW3cCollection(items.map((i) => i.record), context, sidesOf(items, context), context.deletions), null, 2)}\n`,
        count: items.length,
      };
  }
}

interface Described extends AnnotationSides {
  item: PlacedRecord;
  title: string;
  otherTitle: string;
  paragraph: number | null;
  quote: string;
  counterpartLanguage: TextLanguage;
}

/** Each annotation's sides (provenance, sentences, counterpart), by annotation id. */
function sidesOf(items: readonly PlacedRecord[], context: ExportContext): Map<string, AnnotationSides> {
  return new Map(items.map(({ annotation }) => [annotation.id, annotationSides(annotation, context.segmentOf(annotation.target.segmentId), context.sentences)]));
}

function describe(items: readonly PlacedRecord[], context: ExportContext): Described[] {
  const documents = new Map(context.documents.map((d) => [d.id, d]));
  const primary = textLanguageOfUi(context.language);
  const secondary: TextLanguage = primary === 'zh' ? 'en' : 'zh';
  return items.map((item) => {
    const { annotation } = item;
    const document = documents.get(annotation.documentId);
    const segment = context.segmentOf(annotation.target.segmentId);
    const counterpartLanguage: TextLanguage = annotation.target.side === 'zh' ? 'en' : 'zh';
    return {
      ...annotationSides(annotation, segment, context.sentences),
      item,
      title: document?.title[primary] ?? document?.title[secondary] ?? annotation.documentId,
      otherTitle: document?.title[secondary] ?? '',
      paragraph: segment ? segment.position + 1 : null,
      quote: annotation.placement.status === 'anchored' ? annotation.placement.text : annotation.target.quote.exact,
      counterpartLanguage,
    };
  });
}

/** Markdown that reads as a briefing file: per document, each quote with its counterpart, note and tags. */
function toMarkdown(items: readonly PlacedRecord[], context: ExportContext): string {
  const t = localText(context.language);
  const lines: string[] = [
    `# ${t('export.title')}`,
    '',
    t('export.summary', { count: items.length, date: context.generated.toISOString().slice(0, 16).replace('T', ' ') }),
    '',
    // The reader may show Chinese in Traditional; exports always carry the stored text, and say so.
    t('export.chineseScript'),
  ];
  let currentDocument: string | null = null;
  for (const d of describe(items, context)) {
    const { annotation } = d.item;
    if (annotation.documentId !== currentDocument) {
      currentDocument = annotation.documentId;
      lines.push('', `## ${escapeMarkdown(d.title)}`);
      if (d.otherTitle && d.otherTitle !== d.title) lines.push('', `*${escapeMarkdown(d.otherTitle)}*`);
    }
    const paragraph = d.paragraph === null ? t('export.unknownParagraph') : t('export.paragraph', { number: d.paragraph });
    lines.push('', `### ${paragraph} · ${t(`textLanguage.${annotation.target.side}`)} · ${t(`annotations.colour.${annotation.colour}`)}`, '');
    lines.push(...blockquote(d.quote));
    if (annotation.placement.status === 'orphaned') lines.push('', `*${t('export.orphaned')}*`);
    lines.push(...sidesMarkdown(d, t));
    if (d.reviewNote) lines.push('', `**${escapeMarkdown(t('export.reviewFlag'))}** ${escapeMarkdown(d.reviewNote[context.language])}`);
    if (annotation.note) lines.push('', `**${t('export.note')}**`, '', ...annotation.note.split(/\r?\n/).map((line) => escapeMarkdown(line)));
    if (annotation.tags.length) lines.push('', `**${t('export.tags')}** ${annotation.tags.map((tag) => `\`${tag.replace(/`/g, "'")}\``).join(' ')}`);
    const source = [
      t('export.source', { title: d.title, paragraph }),
      `\`${annotation.target.segmentId}\``,
      annotation.author || null,
      annotation.updatedAt.slice(0, 10),
    ].filter(Boolean);
    lines.push('', `<sub>${source.map((part) => escapeMarkdown(String(part))).join(' · ')}</sub>`);
  }
  return `${lines.join('\n')}\n`;
}

/** Where the quote stands and what it is (published or reference translation), then its counterpart, likewise. */
function sidesMarkdown(d: Described, t: TFunction): string[] {
  const { side } = d.item.annotation.target;
  const lines: string[] = [];
  if (d.quoteOrigin) {
    const origin = t(`export.origin.${d.quoteOrigin}`);
    const where = d.quoteSentences.length
      ? t('export.quoteSentences', { language: t(`textLanguage.${side}`), sentences: sentenceNumbers(d.quoteSentences), count: d.quoteSentences.length, origin })
      : t('export.quoteParagraph', { language: t(`textLanguage.${side}`), origin });
    lines.push('', `*${escapeMarkdown(where)}*`);
  }
  const language = t(`textLanguage.${d.counterpartLanguage}`);
  if (d.unaligned) lines.push('', `*${escapeMarkdown(t('export.unaligned', { language }))}*`);
  if (d.counterpart) {
    const origin = t(`export.origin.${d.counterpart.origin}`);
    const label = d.counterpart.sentences
      ? t('export.counterpartSentences', { language, sentences: sentenceNumbers(d.counterpart.sentences), count: d.counterpart.sentences.length, origin })
      : t('export.counterpart', { language, origin });
    lines.push('', escapeMarkdown(label), '', ...blockquote(d.counterpart.text));
  }
  return lines;
}

function blockquote(text: string): string[] {
  return text.split(/\r?\n/).map((line) => `> ${escapeMarkdown(line)}`);
}

function toCsv(items: readonly PlacedRecord[], context: ExportContext): string {
  const t = localText(context.language);
  const header = [
    'document', 'paragraph', 'segment', 'language', 'quote', 'quoteOrigin', 'counterpart', 'counterpartSentences', 'counterpartOrigin',
    'reviewNote', 'note', 'tags', 'colour', 'author', 'created', 'updated', 'status', 'chineseScript',
  ].map(
    (column) => t(`export.csv.${column}`),
  );
  const rows = describe(items, context).map((d) => {
    const { annotation } = d.item;
    return [
      d.title,
      d.paragraph === null ? '' : String(d.paragraph),
      annotation.target.segmentId,
      t(`textLanguage.${annotation.target.side}`),
      d.quote,
      originText(d.quoteOrigin, t),
      d.counterpart?.text ?? '',
      d.counterpart?.sentences?.join('; ') ?? '',
      originText(d.counterpart?.origin ?? null, t),
      d.reviewNote?.[context.language] ?? '',
      annotation.note,
      annotation.tags.join('; '),
      t(`annotations.colour.${annotation.colour}`),
      annotation.author,
      annotation.createdAt,
      annotation.updatedAt,
      t(annotation.placement.status === 'orphaned' ? 'export.csv.orphaned' : 'export.csv.anchored'),
      t('export.csv.simplifiedAsPublished'),
    ];
  });
  return csvFile([header, ...rows]);
}

function originText(origin: TextOrigin | null, t: TFunction): string {
  return origin ? t(`export.origin.${origin}`) : '';
}
