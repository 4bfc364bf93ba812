import { createHash } from 'node:crypto';
import type { TextLanguage } from '../../../contract/languages';
import { IMPORT_DOUBTFUL_CONFIDENCE, type ImportPhase, type ImportPreview, type ImportShape } from '../../../contract/imports';
import type { Lexicon } from '../alignment/lexicon';
import { alignParagraph } from '../alignment/segmentAligner';
import { writtenLanguage } from '../alignment/textAligner';
import { DomainError } from '../errors';
import { planBilingual } from './importPipelineBilingual';
import type { ImportBlock, ImportPlan, ParsedBilingual, ParsedFile, ParsedText, PlannedSegment } from './importModel';
import { parseImportFile } from './parsers';
import { groupAlignedBlocks } from './segmentGrouping';

/** A file to import, decoded: the request's bytes, and the side the user says it is. */
export interface ImportRequestFile {
  name: string;
  bytes: Uint8Array;
  side?: TextLanguage;
  encoding?: string;
}

export interface ImportRequest {
  shape: ImportShape;
  files: ImportRequestFile[];
}

export type ImportProgress = (phase: ImportPhase, done: number, total: number) => void;

export interface ImportRunOptions {
  lexicon: Lexicon;
  onProgress?: ImportProgress;
  signal?: AbortSignal;
}

export interface ImportOutcome {
  plan: ImportPlan;
  preview: ImportPreview;
}

/** Files → parse → plan: the whole of an import but its storage, run in the import worker (or in-process in tests). */
export async function runImport(request: ImportRequest, options: ImportRunOptions): Promise<ImportOutcome> {
  const { onProgress = () => {}, signal } = options;
  onProgress('reading', 0, request.files.length);
  const parsed: ParsedFile[] = [];
  for (const file of request.files) {
    signal?.throwIfAborted();
    onProgress('parsing', 0, 0);
    parsed.push(await parseImportFile({ name: file.name, bytes: file.bytes, encoding: file.encoding }, { signal, onProgress: (done, total) => onProgress('parsing', done, total) }));
  }
  signal?.throwIfAborted();
  const plan = makeImportPlan(request, parsed, options.lexicon, (done, total) => onProgress('aligning', done, total));
  onProgress('ready', 1, 1);
  return { plan, preview: previewOf(plan, parsed) };
}

/** The plan of parsed files, in the shape the request asks for; pure, but for the lexicon's reading. */
export function makeImportPlan(request: ImportRequest, parsed: readonly ParsedFile[], lexicon: Lexicon, onAligning: (done: number, total: number) => void = () => {}): ImportPlan {
  const records = request.files.map((file, k) => fileRecord(file, parsed[k]));
  if (request.shape === 'bilingual') {
    const file = onlyOne(parsed, 'bilingual');
    onAligning(0, file.units.length);
    const segments = planBilingual(file, lexicon);
    onAligning(file.units.length, file.units.length);
    return { shape: 'bilingual', files: records, suggestedTitle: titleByLanguage(file.title), props: file.props, segments };
  }
  if (request.shape === 'single') {
    const file = onlyOne(parsed, 'text');
    onAligning(0, file.blocks.length);
    const segments = file.blocks.map((block) => singleSegment(block, file.language, lexicon));
    onAligning(file.blocks.length, file.blocks.length);
    const suggestedTitle = { zh: null, en: null, [file.language]: titleOf(file) };
    return { shape: 'single', files: records, suggestedTitle, props: {}, segments };
  }
  const sides = pairSides(request, parsed);
  const segments = groupAlignedBlocks(sides.zh.blocks, sides.en.blocks, lexicon, onAligning);
  return { shape: 'pair', files: records, suggestedTitle: { zh: titleOf(sides.zh), en: titleOf(sides.en) }, props: {}, segments };
}

/**
 * Which file is which side. Each file's detected language decides, and the
 * request's sides, when given, must agree with it: two files in one language
 * are no pair, whatever they are called.
 */
function pairSides(request: ImportRequest, parsed: readonly ParsedFile[]): Record<TextLanguage, ParsedText> {
  const [a, b] = parsed;
  if (parsed.length !== 2 || a.shape !== 'text' || b.shape !== 'text') {
    throw new DomainError('document-file-refused', 'A pair is two single-language files', { reason: 'file-format-unsupported' });
  }
  const [sideA, sideB] = request.files.map((f) => f.side);
  if (a.language === b.language || (sideA !== undefined && sideA === sideB)) {
    const language = sideA !== undefined && sideA === sideB ? sideA : a.language;
    throw new DomainError('document-file-refused', `${request.files[0].name} and ${request.files[1].name} are both in ${language === 'zh' ? 'Chinese' : 'English'}`, {
      reason: 'pair-same-language',
    });
  }
  const first = sideA ?? (sideB ? otherSide(sideB) : a.language);
  return first === 'zh' ? { zh: a, en: b } : { zh: b, en: a };
}

const otherSide = (side: TextLanguage): TextLanguage => (side === 'zh' ? 'en' : 'zh');

function onlyOne<S extends ParsedFile['shape']>(parsed: readonly ParsedFile[], shape: S): Extract<ParsedFile, { shape: S }> {
  const [file] = parsed;
  if (parsed.length !== 1 || file.shape !== shape) {
    const wanted = shape === 'text' ? 'a single-language file' : 'a bilingual file (TMX, or a two-column table)';
    throw new DomainError('document-file-refused', `This import needs ${wanted}`, { reason: 'file-format-unsupported' });
  }
  return file as Extract<ParsedFile, { shape: S }>;
}

/** A block of a single-language document: its sentences, each linked to nothing on the other side. */
function singleSegment(block: ImportBlock, language: TextLanguage, lexicon: Lexicon): PlannedSegment {
  const alignment = language === 'zh' ? alignParagraph(block.text, null, lexicon) : alignParagraph(null, block.text, lexicon);
  return {
    kind: block.kind,
    level: block.level,
    zh: language === 'zh' ? block.text : null,
    en: language === 'en' ? block.text : null,
    sentences: { zh: alignment.sentences.zh.map(({ start, end }) => ({ start, end })), en: alignment.sentences.en.map(({ start, end }) => ({ start, end })) },
    links: alignment.links,
  };
}

function titleOf(file: ParsedText): string | null {
  return file.title ?? file.blocks.find((b) => b.kind === 'title')?.text ?? null;
}

function titleByLanguage(title: string | null): Record<TextLanguage, string | null> {
  if (!title) return { zh: null, en: null };
  return writtenLanguage(title, 'en') === 'zh' ? { zh: title, en: null } : { zh: null, en: title };
}

function fileRecord(file: ImportRequestFile, parsed: ParsedFile): ImportPlan['files'][number] {
  return {
    name: file.name,
    format: parsed.format,
    language: parsed.shape === 'text' ? parsed.language : 'both',
    encoding: parsed.shape === 'text' ? parsed.encoding : null,
    bytes: file.bytes.length,
    sha256: createHash('sha256').update(file.bytes).digest('hex'),
    pages: parsed.shape === 'text' ? parsed.pages : null,
  };
}

const SAMPLE_SEGMENTS = 3;

export function previewOf(plan: ImportPlan, parsed: readonly ParsedFile[]): ImportPreview {
  const links = plan.segments.flatMap((s) => s.links);
  return {
    files: plan.files.map((file, k) => ({
      name: file.name,
      format: file.format,
      language: file.language,
      encoding: file.encoding,
      ...(parsed[k].shape === 'text' && (parsed[k] as ParsedText).encodingCandidates ? { encodingCandidates: (parsed[k] as ParsedText).encodingCandidates } : {}),
      paragraphs: parsed[k].shape === 'text' ? (parsed[k] as ParsedText).blocks.length : (parsed[k] as ParsedBilingual).units.length,
      pages: file.pages,
    })),
    segments: plan.segments.length,
    links: links.length,
    doubtful: links.filter((l) => l.confidence < IMPORT_DOUBTFUL_CONFIDENCE).length,
    suggestedTitle: plan.suggestedTitle,
    sample: plan.segments.slice(0, SAMPLE_SEGMENTS).map(({ kind, zh, en }) => ({ kind, zh, en })),
  };
}
