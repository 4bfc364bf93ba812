import { z } from 'zod';
import { API_NAMES, type ApiName } from './apiNames';
import {
  AUTHOR_MAX_LENGTH,
  ANNOTATION_PAGE_MAX,
  EXPORT_FORMATS,
  HIGHLIGHT_COLOURS,
  IMPORT_MAX_FILES,
  IMPORT_MODES,
  NOTE_MAX_LENGTH,
  QUOTE_MAX_LENGTH,
  TAG_MAX_LENGTH,
  TAGS_MAX_COUNT,
  type Annotation,
  type AnnotationFileExport,
  type AnnotationList,
  type AnnotationRange,
  type ExportFile,
  type ImportReport,
} from './annotations';
import { ALIGNMENT_EXPORT_FORMATS, ALIGNMENT_LEVELS, type AlignmentExportFile } from './alignment';
import { alignmentEditCallArgs, type AlignmentEditOutcome, type AlignmentHistoryView } from './alignmentEdits';
import { importJobId, startImportRequest, type ImportJobStatus } from './imports';
import { CITATION_STYLES, type RenderedCitation } from './briefing';
import {
  ADD_QUOTES_MAX,
  PACK_EXPORT_FORMATS,
  PACK_ID_PATTERN,
  PACK_LAYOUTS,
  PACK_OCCASION_MAX_LENGTH,
  PACK_TEXT_MAX_LENGTH,
  PACK_TITLE_MAX_LENGTH,
  SECTION_TITLE_MAX_LENGTH,
  type Pack,
  type PackCheck,
  type PackExportFile,
  type PackSummary,
} from './packs';
import { BACKUP_NAME_PATTERN, type BackupDownload, type BackupFileSummary, type BackupInfo, type BackupSettings, type RestoreReport } from './backups';
import { TEXT_LANGUAGES, UI_LANGUAGES } from './languages';
import type { Result } from './result';
import {
  CHINESE_SCRIPTS,
  FONT_SIZE_RANGE,
  DOCUMENT_TYPES,
  TEXT_ORIGINS,
  THEMES,
  VIEW_MODES,
  type DocumentDetail,
  type DocumentPart,
  type DocumentSummary,
  type Preferences,
  type StartupState,
} from './model';
import { DOCUMENT_ID_PATTERN, parseSegmentId } from './segmentId';
import { documentCallArgs, documentMetadataSchema } from './documents';
import { SEARCH_LANGUAGES, SEARCH_OFFSET_MAX, type DocumentMatches, type SearchResults } from './search';
import { hasLoneSurrogate, WELL_FORMED_MESSAGE } from './wellFormedText';
import {
  CONCEPT_ID_PATTERN,
  CONCORDANCE_SORTS,
  conceptInputSchema,
  TERMBASE_FILE_FORMATS,
  type AuditFinding,
  type Concept,
  type ConcordancePage,
  type DictionaryLookup,
  type DocumentTermMarks,
  type FindingMark,
  type RenderingGroup,
  type TermbaseImportResult,
  type TermCandidate,
  type Termbase,
} from './terminology';

/**
 * The API contract: every call the renderer can make, its argument schema and
 * its result type. Main registers exactly these as IPC handlers, preload exposes
 * exactly these as named functions, and the browser host serves exactly these
 * over loopback HTTP. Adding a call means adding it here.
 */
const noArgs = z.object({}).strict();
const documentId = z.string().regex(DOCUMENT_ID_PATTERN);
const segmentId = z.string().max(120).refine((id) => parseSegmentId(id) !== null, 'a segment id');
/** Words a person wrote, which are stored and shared: never with lone surrogates (wellFormedText.ts). */
const wellFormed = (text: string) => !hasLoneSurrogate(text);

const preferencesPatch = z
  .object({
    uiLanguage: z.enum(UI_LANGUAGES).nullable(),
    viewMode: z.enum(VIEW_MODES),
    swapSides: z.boolean(),
    fontSize: z.number().int().min(FONT_SIZE_RANGE.min).max(FONT_SIZE_RANGE.max),
    authorName: z.string().trim().max(AUTHOR_MAX_LENGTH).refine(wellFormed, WELL_FORMED_MESSAGE),
    theme: z.enum(THEMES),
    chineseScript: z.enum(CHINESE_SCRIPTS).nullable(),
    citationStyle: z.enum(CITATION_STYLES).nullable(),
  })
  .partial()
  .strict();

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** Any text is a query; the search service makes sense of it, and cuts it at 500 characters. */
const queryText = z.string().max(20_000);

const searchRequest = z
  .object({
    query: queryText,
    prefix: z.boolean().optional(),
    exact: z.boolean().optional(),
    language: z.enum(SEARCH_LANGUAGES).optional(),
    documentIds: z.array(documentId).max(1000).optional(),
    types: z.array(z.enum(DOCUMENT_TYPES)).max(10).optional(),
    dateFrom: isoDate.optional(),
    dateTo: isoDate.optional(),
    annotatedOnly: z.boolean().optional(),
    origin: z.enum(TEXT_ORIGINS).optional(),
    /** Every match can be paged to (issue #12: search results beyond 100); a page holds at most 100. */
    offset: z.number().int().min(0).max(SEARCH_OFFSET_MAX).optional(),
    limit: z.number().int().min(1).max(100).optional(),
  })
  .strict();

const annotationId = z.uuid();
const colour = z.enum(HIGHLIGHT_COLOURS);
const note = z.string().max(NOTE_MAX_LENGTH).refine(wellFormed, WELL_FORMED_MESSAGE);
const tags = z.array(z.string().trim().min(1).max(TAG_MAX_LENGTH).refine(wellFormed, WELL_FORMED_MESSAGE)).max(TAGS_MAX_COUNT);
/** A stretch of one side of a segment, with the text the user saw there. */
const textSelection = {
  segmentId,
  side: z.enum(TEXT_LANGUAGES),
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  exact: z.string().min(1).max(QUOTE_MAX_LENGTH),
};
const withOrderedRange = <T extends { start: number; end: number }>(schema: z.ZodType<T>) =>
  schema.refine((s) => s.end > s.start && s.end - s.start <= QUOTE_MAX_LENGTH, 'a range that ends after it starts');

/** A stretch of one side of a segment to cite; checked against the stored text by the domain. */
const quoteTarget = withOrderedRange(z.object({ segmentId, side: z.enum(TEXT_LANGUAGES), start: z.number().int().min(0), end: z.number().int().min(1) }).strict());

const annotationFilter = z
  .object({
    documentId: documentId.optional(),
    colours: z.array(colour).max(HIGHLIGHT_COLOURS.length).optional(),
    tag: z.string().max(TAG_MAX_LENGTH).optional(),
    text: z.string().max(500).optional(),
    status: z.enum(['all', 'orphaned', 'conflict']).optional(),
    sort: z.enum(['position', 'created', 'updated']).optional(),
  })
  .strict();

const annotationExportRequest = z.object({ format: z.enum(EXPORT_FORMATS), language: z.enum(UI_LANGUAGES), filter: annotationFilter.optional() }).strict();

/** A backup file's bytes, base64 (checked, with the size, by the domain). */
const backupFile = z.object({ contentBase64: z.string() }).strict();

const conceptId = z.string().regex(CONCEPT_ID_PATTERN);
/** A concordance's query and filters: what it finds, before it is sorted and paged. */
const concordanceScope = {
  query: z.string().trim().min(1).max(500),
  documentIds: z.array(documentId).max(1000).optional(),
  dateFrom: isoDate.optional(),
  dateTo: isoDate.optional(),
  origin: z.enum(TEXT_ORIGINS).optional(),
};
const concordanceRequest = z
  .object({
    ...concordanceScope,
    sort: z.enum(CONCORDANCE_SORTS).optional(),
    offset: z.number().int().min(0).max(1_000_000).optional(),
    limit: z.number().int().min(1).max(200).optional(),
  })
  .strict();
const auditScope = z.object({ documentIds: z.array(documentId).max(1000).optional(), origin: z.enum(TEXT_ORIGINS).optional() }).strict();
const termExportFormat = z.enum(['markdown', 'csv']);

/* Briefing packs (contract/packs.ts). */
const packId = z.string().regex(PACK_ID_PATTERN);
const packText = (max: number) => z.string().max(max).refine(wellFormed, WELL_FORMED_MESSAGE);
const packTitle = packText(PACK_TITLE_MAX_LENGTH).refine((title) => title.trim().length > 0, 'a title');
const sectionTitle = packText(SECTION_TITLE_MAX_LENGTH);
const itemText = packText(PACK_TEXT_MAX_LENGTH);
const itemIndex = z.number().int().min(0).max(100_000);
const cites = z.array(packId).max(100);
const packEdit = z.discriminatedUnion('op', [
  z
    .object({ op: z.literal('rename'), title: packTitle.optional(), occasion: packText(PACK_OCCASION_MAX_LENGTH).optional(), date: isoDate.nullable().optional() })
    .strict(),
  z.object({ op: z.literal('add-section'), title: sectionTitle, index: itemIndex.optional() }).strict(),
  z.object({ op: z.literal('rename-section'), sectionId: packId, title: sectionTitle }).strict(),
  z.object({ op: z.literal('delete-section'), sectionId: packId }).strict(),
  z.object({ op: z.literal('restore-section'), sectionId: packId }).strict(),
  z.object({ op: z.literal('move-section'), sectionId: packId, index: itemIndex }).strict(),
  z.object({ op: z.literal('add-point'), sectionId: packId, text: itemText, index: itemIndex.optional() }).strict(),
  z.object({ op: z.literal('add-question'), sectionId: packId, question: itemText, answer: itemText, cites, index: itemIndex.optional() }).strict(),
  z.object({ op: z.literal('edit-point'), itemId: packId, text: itemText }).strict(),
  z.object({ op: z.literal('edit-question'), itemId: packId, question: itemText, answer: itemText, cites }).strict(),
  z.object({ op: z.literal('edit-card-note'), itemId: packId, note: itemText }).strict(),
  z.object({ op: z.literal('delete-item'), itemId: packId }).strict(),
  z.object({ op: z.literal('restore-item'), itemId: packId }).strict(),
  z.object({ op: z.literal('move-item'), itemId: packId, sectionId: packId, index: itemIndex }).strict(),
  z.object({ op: z.literal('refresh-card'), itemId: packId }).strict(),
]);
const sentenceIdSchema = z.string().max(140).regex(/\.s\d+$/);
const quoteSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('range'), target: quoteTarget }).strict(),
  z.object({ kind: z.literal('sentences'), segmentId, side: z.enum(TEXT_LANGUAGES), sentenceIds: z.array(sentenceIdSchema).min(1).max(200) }).strict(),
  z.object({ kind: z.literal('paragraph'), segmentId, side: z.enum(TEXT_LANGUAGES) }).strict(),
  z.object({ kind: z.literal('annotation'), annotationId }).strict(),
]);
const packExportOptions = {
  format: z.enum(PACK_EXPORT_FORMATS),
  layout: z.enum(PACK_LAYOUTS),
  style: z.enum(CITATION_STYLES).optional(),
  language: z.enum(UI_LANGUAGES),
};

/** A call's result type rides along as a phantom so the runtime object stays schema-only. */
interface CallSpec<Args extends z.ZodType, Value> {
  args: Args;
  _value?: Value;
}
const call = <Value>() => <Args extends z.ZodType>(args: Args): CallSpec<Args, Value> => ({ args });

export const apiContract = {
  getStartupState: call<StartupState>()(noArgs),
  listDocuments: call<DocumentSummary[]>()(noArgs),
  getDocument: call<DocumentDetail>()(z.object({ documentId }).strict()),
  getDocumentPart: call<DocumentPart>()(
    z.object({ documentId, from: z.number().int().min(0), count: z.number().int().min(1).max(2000), withIds: z.boolean().optional() }).strict(),
  ),
  getPreferences: call<Preferences>()(noArgs),
  setPreferences: call<Preferences>()(preferencesPatch),
  getReadingPosition: call<string | null>()(z.object({ documentId }).strict()),
  saveReadingPosition: call<null>()(z.object({ documentId, segmentId }).strict()),
  search: call<SearchResults>()(searchRequest),
  findInDocument: call<DocumentMatches>()(z.object({ documentId, query: queryText }).strict()),
  listAnnotations: call<AnnotationList>()(
    annotationFilter.extend({ offset: z.number().int().min(0).max(1_000_000).optional(), limit: z.number().int().min(1).max(ANNOTATION_PAGE_MAX).optional() }).strict(),
  ),
  /** The live annotations of the segments at positions [from, from + count) of one document, placed: the reader's highlights near the viewport. */
  listAnnotationsInRange: call<AnnotationRange>()(
    z.object({ documentId, from: z.number().int().min(0), count: z.number().int().min(1).max(2000) }).strict(),
  ),
  createAnnotation: call<Annotation>()(
    withOrderedRange(z.object({ ...textSelection, colour, note: note.optional(), tags: tags.optional() }).strict()),
  ),
  updateAnnotation: call<Annotation>()(
    z.object({ id: annotationId, colour: colour.optional(), note: note.optional(), tags: tags.optional() }).strict(),
  ),
  deleteAnnotation: call<null>()(z.object({ id: annotationId }).strict()),
  restoreAnnotation: call<Annotation>()(z.object({ id: annotationId }).strict()),
  reattachAnnotation: call<Annotation>()(withOrderedRange(z.object({ id: annotationId, ...textSelection }).strict())),
  resolveAnnotationConflict: call<Annotation>()(z.object({ id: annotationId, keep: z.enum(['mine', 'theirs']) }).strict()),
  exportAnnotations: call<ExportFile>()(annotationExportRequest),
  /** The same export written to a file chunk by chunk, never held whole: see AnnotationFileExport. */
  exportAnnotationsToFile: call<AnnotationFileExport>()(annotationExportRequest),
  /**
   * Colleagues' files, merged in file order: `preview` reports record by record what
   * `apply` would do and writes nothing; `apply` writes every record that is not
   * rejected, in one transaction. One call for both, so the browser host's larger
   * body limit for import files covers the preview too. Sizes are checked by the
   * domain, which answers import-too-large in words the user reads.
   */
  importAnnotations: call<ImportReport>()(
    z
      .object({
        files: z.array(z.object({ name: z.string().max(1000), content: z.string() }).strict()).min(1).max(IMPORT_MAX_FILES),
        mode: z.enum(IMPORT_MODES),
      })
      .strict(),
  ),
  /**
   * A document's alignment as TMX 1.4b, two-column CSV or a bilingual DOCX table, one unit or row per sentence link
   * or per paragraph; labels in `language`. `markLowConfidence` shades, in the DOCX, the rows whose link is under
   * LOW_CONFIDENCE.
   */
  exportAlignment: call<AlignmentExportFile>()(
    z
      .object({
        documentId,
        format: z.enum(ALIGNMENT_EXPORT_FORMATS),
        level: z.enum(ALIGNMENT_LEVELS),
        language: z.enum(UI_LANGUAGES),
        markLowConfidence: z.boolean().optional(),
      })
      .strict(),
  ),
  /*
   * The alignment editor (contract/alignmentEdits.ts): one edit of an imported document's alignment, its undo and
   * redo, each one transaction, kept across restarts. Bundled documents refuse (alignment-bundled-document).
   */
  editAlignment: call<AlignmentEditOutcome>()(alignmentEditCallArgs.editAlignment),
  undoAlignmentEdit: call<AlignmentEditOutcome>()(alignmentEditCallArgs.undoAlignmentEdit),
  redoAlignmentEdit: call<AlignmentEditOutcome>()(alignmentEditCallArgs.redoAlignmentEdit),
  getAlignmentHistory: call<AlignmentHistoryView>()(alignmentEditCallArgs.getAlignmentHistory),
  listBackups: call<BackupInfo[]>()(noArgs),
  backupNow: call<BackupInfo>()(noArgs),
  /** Replaces the user's data with a backup, after a backup of the data as it is. */
  restoreBackup: call<null>()(z.object({ name: z.string().regex(BACKUP_NAME_PATTERN) }).strict()),
  /**
   * Backups that leave the machine. No call takes a path: the renderer saves
   * the bytes as a download and uploads a file the user picked, in Electron
   * (with its save and open dialogs) as in a browser. Only the Electron menu
   * names paths, and it calls the backend in main directly, not over IPC.
   * The file's size is checked by the domain, which answers backup-too-large.
   */
  backUpToFile: call<BackupDownload>()(noArgs),
  /** What a backup file holds, checked as a restore would check it; nothing is changed. */
  inspectBackupFile: call<BackupFileSummary>()(backupFile),
  /** Replaces the user's data with a backup file, after checking it and backing up the data as it is. */
  restoreFromFile: call<RestoreReport>()(backupFile),
  getBackupSettings: call<BackupSettings>()(noArgs),
  /** Sets (an absolute path to an existing, writable folder) or clears the second backup folder. */
  setSecondBackupFolder: call<BackupSettings>()(z.object({ folder: z.string().trim().min(1).max(4096).nullable() }).strict()),
  /* Terminology workbench: the termbase, its files, the concordance, the audit, candidates, term marks, dictionary. */
  getTermbase: call<Termbase>()(noArgs),
  /** Creates a concept (no id) or replaces one; who and when are recorded. */
  saveConcept: call<Concept>()(conceptInputSchema.strict()),
  deleteConcept: call<null>()(z.object({ id: conceptId }).strict()),
  /** Undoes a deletion: the concept as it was. */
  restoreConcept: call<Concept>()(z.object({ id: conceptId }).strict()),
  exportTermbase: call<ExportFile>()(z.object({ format: z.enum(TERMBASE_FILE_FORMATS) }).strict()),
  /**
   * A TBX or CSV file's bytes: with `apply` false, what importing it would do (nothing written); with `apply` true,
   * done in one transaction. A refused file answers with its reason, and nothing is imported.
   */
  importTermbase: call<TermbaseImportResult>()(
    z.object({ fileName: z.string().min(1).max(1000), contentBase64: z.string(), apply: z.boolean() }).strict(),
  ),
  getConcordance: call<ConcordancePage>()(concordanceRequest),
  /** Every occurrence of the query (filters applied) counted by its rendering. */
  getConcordanceGroups: call<RenderingGroup[]>()(z.object(concordanceScope).strict()),
  exportConcordance: call<ExportFile>()(
    z.object({ ...concordanceScope, sort: z.enum(CONCORDANCE_SORTS).optional(), format: termExportFormat, language: z.enum(UI_LANGUAGES) }).strict(),
  ),
  runTermAudit: call<AuditFinding[]>()(auditScope),
  exportTermAudit: call<ExportFile>()(z.object({ scope: auditScope, format: termExportFormat, language: z.enum(UI_LANGUAGES) }).strict()),
  /** "Accepted as is" with a note; a null note takes the mark away. */
  markAuditFinding: call<FindingMark | null>()(
    z.object({ findingId: z.string().regex(/^[0-9a-f]{16}$/), note: z.string().max(2000).refine(wellFormed, WELL_FORMED_MESSAGE).nullable() }).strict(),
  ),
  getTermCandidates: call<TermCandidate[]>()(z.object({ limit: z.number().int().min(1).max(200).optional() }).strict()),
  getDocumentTermMarks: call<DocumentTermMarks>()(z.object({ documentId }).strict()),
  /** CC-CEDICT's entries for a Chinese selection and the words within it. */
  lookUpDictionary: call<DictionaryLookup>()(z.object({ text: z.string().min(1).max(200) }).strict()),
  /** A quote with its aligned counterpart and its source, in a citation style (by default the user's), as text, HTML and Markdown. */
  getCitation: call<RenderedCitation>()(z.object({ target: quoteTarget, style: z.enum(CITATION_STYLES).optional() }).strict()),
  listPacks: call<PackSummary[]>()(noArgs),
  /** A new pack with one untitled section. */
  createPack: call<Pack>()(
    z.object({ title: packTitle, occasion: packText(PACK_OCCASION_MAX_LENGTH).optional(), date: isoDate.nullable().optional() }).strict(),
  ),
  getPack: call<Pack>()(z.object({ id: packId }).strict()),
  /** One change to a pack, in one transaction; answers with the pack as it is now. */
  editPack: call<Pack>()(z.object({ id: packId, edit: packEdit }).strict()),
  /** A copy with new ids, titled as a copy; its cards keep their selectors, digests and citations. */
  duplicatePack: call<Pack>()(z.object({ id: packId }).strict()),
  /** Kept for Undo until the next start. */
  deletePack: call<null>()(z.object({ id: packId }).strict()),
  restorePack: call<Pack>()(z.object({ id: packId }).strict()),
  /**
   * Quote cards made from the corpus as it is now, appended to a section (by default the last), in one transaction:
   * any source that does not resolve refuses the whole call and adds nothing.
   */
  addQuotes: call<Pack>()(
    z.object({ packId, sectionId: packId.optional(), sources: z.array(quoteSource).min(1).max(ADD_QUOTES_MAX), note: itemText.optional() }).strict(),
  ),
  /** Every quote card checked against today's corpus: exact, moved, changed or gone. */
  checkPack: call<PackCheck>()(z.object({ id: packId }).strict()),
  exportPack: call<PackExportFile>()(z.object({ id: packId, ...packExportOptions, confirmChanged: z.boolean().optional() }).strict()),
  /** Quotes exported with their citations without a pack (search results chosen by the user). */
  exportQuotes: call<PackExportFile>()(
    z.object({ sources: z.array(quoteSource).min(1).max(ADD_QUOTES_MAX), title: packTitle.optional(), ...packExportOptions }).strict(),
  ),
  /* The user's imported documents (contract/documents.ts); bundled ones are refused as forbidden. */
  updateDocumentInfo: call<DocumentSummary>()(documentCallArgs.updateDocumentInfo),
  /** Hidden until restoreDocument (Undo) or the next start; its annotations kept as orphans, or deleted with it. */
  deleteDocument: call<null>()(documentCallArgs.deleteDocument),
  restoreDocument: call<DocumentSummary>()(documentCallArgs.restoreDocument),
  /*
   * Importing a user's documents (contract/imports.ts): a job parses and aligns the files off the UI thread;
   * the renderer polls it for progress and a preview, then commits it (stored in one transaction) or cancels it.
   */
  /** The import dialog opened: the import worker starts and reads its lexicon while the user picks files. */
  prepareImport: call<null>()(noArgs),
  startImport: call<{ jobId: string }>()(startImportRequest),
  getImportJob: call<ImportJobStatus>()(z.object({ jobId: importJobId }).strict()),
  cancelImport: call<null>()(z.object({ jobId: importJobId }).strict()),
  commitImport: call<{ documentId: string }>()(
    z
      .object({ jobId: importJobId, metadata: documentMetadataSchema.optional(), replaceDocumentId: documentId.optional() })
      .strict()
      .refine((r) => r.metadata !== undefined || r.replaceDocumentId !== undefined, { message: 'metadata for a new document', path: ['metadata'] }),
  ),
} satisfies Record<ApiName, CallSpec<z.ZodType, unknown>>;

export { API_NAMES, ipcChannel, type ApiName } from './apiNames';

export type ApiArgs<N extends ApiName> = z.input<(typeof apiContract)[N]['args']>;
export type ApiParsedArgs<N extends ApiName> = z.output<(typeof apiContract)[N]['args']>;
export type ApiValue<N extends ApiName> = (typeof apiContract)[N] extends CallSpec<z.ZodType, infer Value> ? Value : never;

/** What the renderer holds: window.duizhao in Electron, an HTTP client in a browser. */
export type DuizhaoApi = { [N in ApiName]: (args: ApiArgs<N>) => Promise<Result<ApiValue<N>>> };

/** What the domain implements, with arguments already validated. */
export type ApiHandlers = { [N in ApiName]: (args: ApiParsedArgs<N>) => ApiValue<N> | Promise<ApiValue<N>> };

export function isApiName(name: unknown): name is ApiName {
  return typeof name === 'string' && (API_NAMES as readonly string[]).includes(name);
}
