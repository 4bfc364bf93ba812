import type { ExportFile, ExportFormat } from '../../../contract/annotations';
import { textLanguageOfUi, type TextLanguage, type UiLanguage } from '../../../contract/languages';
import type { DocumentSummary, Segment, TextOrigin } from '../../../contract/model';
import type { TFunction } from 'i18next';
import type { ChunkedFile } from '../exportDownloads';
import { csvLine, escapeMarkdown } from '../exportFormats';
import { localText } from '../localText';
import { annotationSides, sentenceNumbers, type AnnotationSides, type SentenceCounterparts } from './annotationCounterpart';
import type { AnnotationRecord, PlacedRecord } from './annotationRecord';
import type { ListedRecords } from './annotationListing';
import { w3cCollectionChunks } from './w3cAnnotations';

export interface ExportContext {
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

/** An export written a page at a time: its chunks, read in turn, are the file; the whole of it is never held. */
export type StreamedExport = ChunkedFile;

/**
 * Writes annotations for people (Markdown, CSV, in the interface language) or
 * for Duizhao and other tools (W3C JSON), one page of `listed` at a time
 * (issue #14: 10,000 annotations as one string took 1.6 s and doubled the
 * host's memory). The chunks joined are the file, byte for byte.
 */
export function streamAnnotationExport(format: ExportFormat, listed: ListedRecords, context: ExportContext): StreamedExport {
  const base = `duizhao-annotations-${context.generated.toISOString().slice(0, 10)}`;
  switch (format) {
    case 'markdown':
      return { fileName: `${base}.md`, mimeType: 'text/markdown', count: listed.count, chunks: markdownChunks(listed, context) };
    case 'csv':
      return { fileName: `${base}.csv`, mimeType: 'text/csv', count: listed.count, chunks: csvChunks(listed, context) };
    case 'w3c-json': {
      const pages = mapPages(listed.pages, (items) => ({ records: items.map((i) => i.record), sides: sidesOf(items, context) }));
      return { fileName: `${base}.jsonld`, mimeType: 'application/ld+json', count: listed.count, chunks: w3cCollectionChunks(listed.count, pages, context, context.deletions) };
    }
  }
}

/** The same export as one string, for files small enough to hold (tests, a colleague's round trip). */
export function exportAnnotations(format: ExportFormat, items: readonly PlacedRecord[], context: ExportContext): ExportFile {
  const { chunks, ...file } = streamAnnotationExport(format, { count: items.length, pages: [[...items]] }, context);
  return { ...file, content: [...chunks].join('') };
}

function* mapPages<T, U>(pages: Iterable<T>, map: (page: T) => U): Generator<U> {
  for (const page of pages) yield map(page);
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
function* markdownChunks(listed: ListedRecords, context: ExportContext): Generator<string> {
  const t = localText(context.language);
  yield [
    `# ${t('export.title')}`,
    '',
    t('export.summary', { count: listed.count, date: context.generated.toISOString().slice(0, 16).replace('T', ' ') }),
    '',
    // The reader may show Chinese in Traditional; exports always carry the stored text, and say so.
    t('export.chineseScript'),
  ].join('\n');
  let currentDocument: string | null = null;
  for (const page of listed.pages) {
    const lines: string[] = [];
    for (const d of describe(page, context)) {
      if (d.item.annotation.documentId !== currentDocument) {
        currentDocument = d.item.annotation.documentId;
        lines.push('', `## ${escapeMarkdown(d.title)}`);
        if (d.otherTitle && d.otherTitle !== d.title) lines.push('', `*${escapeMarkdown(d.otherTitle)}*`);
      }
      lines.push(...annotationMarkdown(d, context, t));
    }
    if (lines.length) yield `\n${lines.join('\n')}`;
  }
  yield '\n';
}

function annotationMarkdown(d: Described, context: ExportContext, t: TFunction): string[] {
  const { annotation } = d.item;
  const paragraph = d.paragraph === null ? t('export.unknownParagraph') : t('export.paragraph', { number: d.paragraph });
  const lines = ['', `### ${paragraph} · ${t(`textLanguage.${annotation.target.side}`)} · ${t(`annotations.colour.${annotation.colour}`)}`, ''];
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
  return lines;
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

function* csvChunks(listed: ListedRecords, context: ExportContext): Generator<string> {
  const t = localText(context.language);
  const header = [
    'document', 'paragraph', 'segment', 'language', 'quote', 'quoteOrigin', 'counterpart', 'counterpartSentences', 'counterpartOrigin',
    'reviewNote', 'note', 'tags', 'colour', 'author', 'created', 'updated', 'status', 'chineseScript',
  ].map(
    (column) => t(`export.csv.${column}`),
  );
  yield `\uFEFF${csvLine(header)}`;
  for (const page of listed.pages) yield describe(page, context).map((d) => csvLine(csvRow(d, context, t))).join('');
}

function csvRow(d: Described, context: ExportContext, t: TFunction): string[] {
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
}

function originText(origin: TextOrigin | null, t: TFunction): string {
  return origin ? t(`export.origin.${origin}`) : '';
}
