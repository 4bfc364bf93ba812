import type { ExportFile } from '../../../contract/annotations';
import type { UiLanguage } from '../../../contract/languages';
import type { DocumentDetail, DocumentSummary } from '../../../contract/model';
import type {
  AuditFinding,
  Concept,
  ConceptInput,
  ConcordancePage,
  ConcordanceRequest,
  DocumentTermMarks,
  FindingMark,
  RenderingGroup,
  TermbaseFileFormat,
  TermbaseImportResult,
  TermCandidate,
  Termbase,
} from '../../../contract/terminology';
import { loadCedictLexicon } from '../alignment/cedictLexicon';
import type { SentenceLinkStore } from '../corpus/sentenceLinks';
import type { Connection } from '../database/connection';
import { DomainError } from '../errors';
import { readAlignedSentencePairs } from './alignedSentencePairs';
import type { AuditScope } from './auditCorpus';
import { exportAudit } from './auditExport';
import { ChineseDictionary } from './chineseDictionary';
import { ChineseSegmenter } from './chineseSegmenter';
import { Concordance } from './concordance';
import { exportConcordance, type TermExportContext, type TermExportFormat } from './concordanceExport';
import { ConsistencyAudit } from './consistencyAudit';
import { documentTermMarks } from './documentTermMarks';
import { KnownTermPairs } from './knownTermPairs';
import { readStarterTermbase, type StarterTermbase } from './starterTermbase';
import { createTbxReader } from './tbxReader';
import { writeTbx } from './tbxWriter';
import { createTermbaseCsvReader, writeTermbaseCsv } from './termbaseCsv';
import { TERMBASE_MAX_BYTES, type TermbaseFileReader } from './termbaseFile';
import { TermbaseService } from './termbaseService';
import { mineTermCandidates } from './termCandidates';

export interface TerminologyOptions {
  corpus: { db: Connection; sentences: SentenceLinkStore; documents(): DocumentSummary[] };
  /** The starter termbase shipped with the app (resources/terminology/starter-termbase.json), read on first use. */
  starterFile: string;
  author(): string;
  appVersion: string;
  now?: () => Date;
}


/** The candidates shown at most: the list is read from the top, and its evidence goes with each. */
const CANDIDATES_MAX = 200;

/**
 * The terminology workbench behind the API (issue "Terminology workbench"):
 * the termbase, its files, the concordance, the consistency audit, term
 * candidates, the reader's term marks and the offline dictionary. What
 * depends on the termbase (the concordance's renderings, the audit's
 * matchers, the candidates that leave known pairs out) is made again after
 * the termbase changes, never served stale.
 */
export class TerminologyService {
  private starterCache: StarterTermbase | null = null;
  private termbaseCache: TermbaseService | null = null;
  /** Made from the termbase as it was at `version`. */
  private derived: { version: number; concepts: Concept[]; concordance?: Concordance; audit?: ConsistencyAudit; candidates?: TermCandidate[] } | null = null;
  private version = 0;
  private readonly dictionary = new ChineseDictionary();

  constructor(
    private userDb: Connection,
    private readonly options: TerminologyOptions,
  ) {}

  /** After a backup was restored: the same starter termbase, the user's entries read from the new database. */
  useDatabase(db: Connection): void {
    this.userDb = db;
    this.termbaseCache = null;
    this.changed();
  }

  termbase(): Termbase {
    return { concepts: this.concepts(), domains: this.store.domains() };
  }

  saveConcept(input: ConceptInput): Concept {
    const saved = this.store.save(input, this.options.author());
    this.changed();
    return saved;
  }

  deleteConcept(id: string): void {
    this.store.delete(id, this.options.author());
    this.changed();
  }

  restoreConcept(id: string): Concept {
    const restored = this.store.restore(id);
    this.changed();
    return restored;
  }

  exportTermbase(format: TermbaseFileFormat): ExportFile {
    const termbase = this.termbase();
    const day = (this.options.now?.() ?? new Date()).toISOString().slice(0, 10);
    const count = termbase.concepts.length;
    return format === 'tbx'
      ? {
          fileName: `duizhao-termbase-${day}.tbx`,
          mimeType: 'application/x-tbx+xml',
          content: writeTbx(termbase, { title: 'Duizhao termbase', appVersion: this.options.appVersion }),
          count,
        }
      : { fileName: `duizhao-termbase-${day}.csv`, mimeType: 'text/csv', content: writeTermbaseCsv(termbase), count };
  }

  /** Reads a TBX or CSV file whole (all or nothing); `apply` writes what the preview reported, in one transaction. */
  importTermbase(file: { fileName: string; contentBase64: string; apply: boolean }): TermbaseImportResult {
    const format = formatOf(file.fileName);
    if (!format) throw new DomainError('invalid-argument', `${file.fileName} is neither a .tbx nor a .csv file`);
    // Base64 holds 3 bytes in 4 characters: a file over the limit is refused before it is decoded.
    if ((file.contentBase64.length * 3) / 4 > TERMBASE_MAX_BYTES + 3) {
      return { refused: { code: 'too-large', params: { limit: TERMBASE_MAX_BYTES }, message: 'The file is over the termbase size limit' } };
    }
    const context = { importedAt: this.now().toISOString(), importedBy: this.options.author() || 'Duizhao' };
    const reader: TermbaseFileReader = format === 'tbx' ? createTbxReader(context) : createTermbaseCsvReader(context);
    const bytes = Buffer.from(file.contentBase64, 'base64');
    const read = reader.read(bytes, file.fileName);
    if (!read.ok) return { refused: read.error };
    const outcome = this.store.importConcepts(read.value, file.apply);
    if (file.apply) this.changed();
    return { report: { ...outcome, format, fileName: file.fileName, ignored: read.value.ignored } };
  }

  concordance(request: ConcordanceRequest): ConcordancePage {
    return this.concordanceEngine().page(request);
  }

  concordanceGroups(request: ConcordanceRequest): RenderingGroup[] {
    return this.concordanceEngine().groups(request);
  }

  exportConcordance(request: ConcordanceRequest, format: TermExportFormat, language: UiLanguage): ExportFile {
    const engine = this.concordanceEngine();
    return exportConcordance(format, request.query, engine.allLines(request), engine.groups(request), this.exportContext(language));
  }

  audit(scope: AuditScope): AuditFinding[] {
    const derived = this.current();
    derived.audit ??= new ConsistencyAudit(this.options.corpus.db, derived.concepts);
    return derived.audit.run(scope, this.store.marks());
  }

  exportAudit(scope: AuditScope, format: TermExportFormat, language: UiLanguage): ExportFile {
    return exportAudit(format, this.audit(scope), this.concepts(), this.exportContext(language));
  }

  /** Marks a finding "accepted as is" with a note, or (note null) takes the mark away. */
  markFinding(findingId: string, note: string | null): FindingMark | null {
    this.store.setMark(findingId, note, this.options.author());
    return this.store.marks().find((m) => m.findingId === findingId) ?? null;
  }

  /** Candidate pairs the termbase does not hold yet, best first (mined once per termbase version). */
  candidates(limit: number): TermCandidate[] {
    const derived = this.current();
    if (!derived.candidates) {
      // The user's own Chinese terms are the segmenter's user dictionary; the starter's long compounds are not, since
      // as single words they pair only with fragments of their English (bench:terms: precision@50 22 % without, 12 % with).
      const userTerms = derived.concepts.filter((c) => c.origin === 'user').flatMap((c) => c.terms.filter((t) => t.language === 'zh').map((t) => t.text));
      const segmenter = new ChineseSegmenter(loadCedictLexicon(), userTerms);
      derived.candidates = mineTermCandidates(readAlignedSentencePairs(this.options.corpus.db), segmenter, {
        exclude: new KnownTermPairs(derived.concepts),
      }).slice(0, CANDIDATES_MAX);
    }
    return derived.candidates.slice(0, limit);
  }

  termMarks(document: DocumentDetail): DocumentTermMarks {
    return documentTermMarks(document, this.concepts());
  }

  lookUp(text: string) {
    return this.dictionary.lookup(text);
  }

  private get store(): TermbaseService {
    this.starterCache ??= readStarterTermbase(this.options.starterFile);
    return (this.termbaseCache ??= new TermbaseService(this.userDb, this.starterCache, () => this.now()));
  }

  private concepts(): Concept[] {
    return this.current().concepts;
  }

  private current() {
    if (this.derived?.version !== this.version) this.derived = { version: this.version, concepts: this.store.list() };
    return this.derived;
  }

  private concordanceEngine(): Concordance {
    const derived = this.current();
    return (derived.concordance ??= new Concordance(this.options.corpus.db, this.options.corpus.sentences, derived.concepts));
  }

  private changed(): void {
    this.version++;
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  private exportContext(language: UiLanguage): TermExportContext {
    // Read once per export, not once per line: a concordance export writes a title on each of thousands of lines.
    const titles = new Map(this.options.corpus.documents().map((d) => [d.id, (language === 'en' ? (d.title.en ?? d.title.zh) : (d.title.zh ?? d.title.en)) ?? d.id]));
    return { language, generated: this.now(), documentTitle: (id) => titles.get(id) ?? id };
  }
}

function formatOf(fileName: string): TermbaseFileFormat | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.tbx') || lower.endsWith('.xml')) return 'tbx';
  if (lower.endsWith('.csv')) return 'csv';
  return null;
}
