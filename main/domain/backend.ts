import type { ApiHandlers } from '../../contract/api';
import type { UiLanguage } from '../../contract/languages';
import type { Preferences } from '../../contract/model';
import { parseSegmentId } from '../../contract/segmentId';
import { CorpusRepository } from './corpus/corpusRepository';
import { BACKUP_FILE_MAX_BYTES, type BackupFileSummary, type RestoreReport } from '../../contract/backups';
import { BackupError, outsideFileName, UserDatabaseBackups, type OutsideFile } from './database/backups';
import { SecondFolderError } from './database/secondBackupFolder';
import { latestVersion } from './database/migrate';
import { userDatabaseMigrations } from './database/migrations';
import { checkpointWhenIdle } from './database/idleCheckpoint';
import { storageErrorCode } from './database/sqliteErrors';
import { openUserDatabase, USER_DATABASE_FILE, type UserDatabase } from './database/userDatabase';
import path from 'node:path';
import { AnnotationService } from './annotations/annotationService';
import { annotationExportHandlers, type SaveExportFile } from './annotations/annotationExportCalls';
import { PendingDownloads } from './exportDownloads';
import { exportAlignment } from './alignment/alignmentExport';
import { buildCitation } from './briefing/citation';
import { renderCitation } from './briefing/citationRendering';
import type { PrintPdf } from './briefing/packExport';
import { packExportHandlers } from './briefing/packExportCalls';
import { PackService } from './briefing/packService';
import { citationStyleOf } from '../../contract/briefing';
import type { Connection } from './database/connection';
import { DomainError } from './errors';
import { PreferenceStore } from './preferences/preferenceStore';
import { ReadingPositions } from './preferences/readingPositions';
import { SearchService } from './search/searchService';
import { TerminologyService } from './terminology/terminologyService';
import { Library } from './documents/library';
import { LibraryService } from './documents/libraryService';
import { AlignmentEditService } from './documents/alignmentEditService';
import { defaultImportRunner, importHandlers, type ImportStore } from './documents/importCalls';
import type { ImportRunner } from './documents/importPipelineRunner';
import { ImportJobs } from './documents/importJobs';

export interface BackendOptions {
  /** Folder of the user's own data (Electron's userData, or a folder chosen for the browser host). */
  userDataDir: string;
  /** The bundled corpus database built by build-corpus. */
  corpusFile: string;
  systemLanguage: UiLanguage;
  nativeBinding?: string;
  /** Named in exported files. */
  appVersion?: string;
  /** The starter termbase shipped with the app; by default resources/terminology/ beside the corpus file. */
  starterTermbaseFile?: string;
  /** Prints a pack's print HTML to PDF (Electron's printToPDF); without it `pdf` exports are refused with pdf-unavailable. */
  printPdf?: PrintPdf;
  /** Saves an export where the user chooses (Electron's save dialog); without it exports are handed out as downloads. */
  saveExportFile?: SaveExportFile;
  /** Where imports are parsed and aligned: by default the import worker bundled beside the app (importCalls.ts). */
  importRunner?: ImportRunner;
  /** Where a committed import is stored: the user library. */
  importStore?: ImportStore;
}

export interface Backend {
  handlers: ApiHandlers;
  /** The user database as it is now (restoring a backup opens a new one). */
  readonly userDatabase: UserDatabase;
  /** A daily backup when the last one is a day old; the Electron shell and the browser host call it hourly. */
  backupIfDue(): Promise<void>;
  /**
   * Backups to and from files named by path, for the Electron menu's save and
   * open dialogs. Main calls these directly: no path ever crosses IPC (the
   * renderer's calls carry the file's bytes instead). Failures are DomainErrors.
   */
  readonly backupFiles: {
    backUpTo(file: string): Promise<BackupFileSummary>;
    inspect(file: string): Promise<BackupFileSummary>;
    restoreFrom(file: string): Promise<RestoreReport>;
  };
  /**
   * The user's library (issue 10): the import job's commit stores its plan
   * with `storeImport`, or a new version with `reimport` (LibraryService).
   */
  readonly documents: Pick<LibraryService, 'storeImport' | 'reimport'>;
  /** Exports waiting for the browser host to serve them at the address exportAnnotationsToFile answered. */
  readonly downloads: PendingDownloads;
  /** Called after preferences were stored, e.g. so Electron can rebuild its menu in the new language. */
  onPreferencesChanged(listener: (prefs: Preferences) => void): () => void;
  close(): void;
}

/**
 * The whole domain behind the API contract, in plain Node: both the Electron
 * main process and the loopback browser host serve exactly this.
 */
export function createBackend(options: BackendOptions): Backend {
  const corpus = CorpusRepository.open(options.corpusFile, options.nativeBinding);
  let userDatabase = openUserDatabase(options.userDataDir, { nativeBinding: options.nativeBinding });
  const backups = new UserDatabaseBackups(options.userDataDir, { nativeBinding: options.nativeBinding });
  const requirePersistent = () => {
    if (!userDatabase.persistent) throw new DomainError('user-data-unavailable', 'The user database is in memory: there is nothing to back up or restore');
  };
  const stopCheckpoints = checkpointWhenIdle(() => ({
    db: userDatabase.db,
    file: userDatabase.writable ? path.join(options.userDataDir, USER_DATABASE_FILE) : null,
  }));
  const listeners = new Set<(prefs: Preferences) => void>();
  const downloads = new PendingDownloads();
  /** Everything that reads or writes the user database; made again when a backup is restored. */
  const servicesOn = (db: Connection) => {
    // The bundled documents and the user's imported ones, read alike (issue 10).
    const library = new Library(corpus, db);
    const preferences = new PreferenceStore(db);
    const annotations = new AnnotationService(db, library, { author: () => preferences.get().authorName });
    const uiLanguage = () => preferences.get().uiLanguage ?? options.systemLanguage;
    return {
      library,
      libraryService: new LibraryService(db, { library, annotations: () => annotations }),
      alignmentEdits: new AlignmentEditService(db, { library, annotations: () => annotations, author: () => preferences.get().authorName }),
      preferences,
      readingPositions: new ReadingPositions(db),
      annotations,
      search: new SearchService(library.searchSources()),
      packs: new PackService(db, {
        corpus: library,
        annotation: (id) => annotations.get(id),
        author: () => preferences.get().authorName,
        citationStyle: () => citationStyleOf(preferences.get().citationStyle, uiLanguage()),
        uiLanguage,
      }),
    };
  };
  let { library, libraryService, alignmentEdits, preferences, readingPositions, annotations, search, packs } = servicesOn(userDatabase.db);
  const terminology = new TerminologyService(userDatabase.db, {
    corpus: {
      db: corpus.connection,
      sentences: corpus.sentences,
      documents: () => corpus.listDocuments(),
    },
    starterFile: options.starterTermbaseFile ?? starterTermbaseBeside(options.corpusFile),
    author: () => preferences.get().authorName,
    appVersion: options.appVersion ?? 'unknown',
  });

  const requireDocument = (documentId: string) => {
    const document = library.getDocument(documentId);
    if (!document) throw new DomainError('not-found', `No document ${documentId}`);
    return document;
  };

  const libraryStore: ImportStore = {
    storeImport: (plan, metadata) => libraryService.storeImport(plan, metadata).id,
    reimport: (documentId, plan) => {
      libraryService.reimport(documentId, plan);
    },
  };
  const imports = new ImportJobs(options.importRunner ?? defaultImportRunner(), () => options.importStore ?? libraryStore);

  const handlers: ApiHandlers = {
    ...importHandlers(imports),
    getStartupState: () => ({
      systemLanguage: options.systemLanguage,
      notices: userDatabase.notices,
      corpus: { version: corpus.version, documentCount: library.listDocuments().length },
    }),
    listDocuments: () => library.listDocuments(),
    getDocument: ({ documentId }) => requireDocument(documentId),
    getDocumentPart: ({ documentId, from, count, withIds }) => {
      const part = library.getDocumentPart(documentId, from, count, withIds);
      if (!part) throw new DomainError('not-found', `No document ${documentId}`);
      return part;
    },
    getPreferences: () => preferences.get(),
    setPreferences: (patch) => {
      const stored = preferences.update(patch);
      for (const listener of listeners) listener(stored);
      return stored;
    },
    getReadingPosition: ({ documentId }) => {
      const segmentId = readingPositions.get(documentId);
      return segmentId !== null && library.hasSegment(segmentId) ? segmentId : null;
    },
    saveReadingPosition: ({ documentId, segmentId }) => {
      if (parseSegmentId(segmentId)?.documentId !== documentId || !library.hasSegment(segmentId)) {
        throw new DomainError('not-found', `No segment ${segmentId} in ${documentId}`);
      }
      readingPositions.save(documentId, segmentId);
      return null;
    },
    search: ({ annotatedOnly, ...request }) => search.search(request, annotatedOnly ? annotations.annotatedSegmentIds() : null),
    findInDocument: ({ documentId, query }) => {
      if (!library.hasDocument(documentId)) throw new DomainError('not-found', `No document ${documentId}`);
      return search.findInDocument(documentId, query);
    },
    listAnnotations: (filter) => annotations.list(filter),
    listAnnotationsInRange: ({ documentId, from, count }) => {
      if (!library.hasDocument(documentId)) throw new DomainError('not-found', `No document ${documentId}`);
      return annotations.inSegments(documentId, library.segmentIds(documentId, from, count));
    },
    createAnnotation: (input) => annotations.create(input),
    updateAnnotation: (change) => annotations.update(change),
    deleteAnnotation: ({ id }) => {
      annotations.delete(id);
      return null;
    },
    restoreAnnotation: ({ id }) => annotations.restore(id),
    reattachAnnotation: ({ id, ...target }) => annotations.reattach(id, target),
    resolveAnnotationConflict: ({ id, keep }) => annotations.resolveConflict(id, keep),
    ...annotationExportHandlers({
      annotations: () => annotations,
      library: () => library,
      appVersion: options.appVersion,
      downloads,
      saveExportFile: options.saveExportFile,
    }),
    importAnnotations: ({ files, mode }) => annotations.import(files, mode),
    exportAlignment: ({ documentId, ...request }) =>
      exportAlignment(requireDocument(documentId), request, { appVersion: options.appVersion ?? 'unknown', generated: new Date() }),
    getTermbase: () => terminology.termbase(),
    saveConcept: (input) => terminology.saveConcept(input),
    deleteConcept: ({ id }) => {
      terminology.deleteConcept(id);
      return null;
    },
    restoreConcept: ({ id }) => terminology.restoreConcept(id),
    exportTermbase: ({ format }) => terminology.exportTermbase(format),
    importTermbase: (file) => terminology.importTermbase(file),
    getConcordance: (request) => terminology.concordance(request),
    getConcordanceGroups: (request) => terminology.concordanceGroups(request),
    exportConcordance: ({ format, language, ...request }) => terminology.exportConcordance(request, format, language),
    runTermAudit: (scope) => terminology.audit(scope),
    exportTermAudit: ({ scope, format, language }) => terminology.exportAudit(scope, format, language),
    markAuditFinding: ({ findingId, note }) => terminology.markFinding(findingId, note),
    getTermCandidates: ({ limit }) => terminology.candidates(limit ?? 50),
    getDocumentTermMarks: ({ documentId }) => terminology.termMarks(requireDocument(documentId)),
    lookUpDictionary: ({ text }) => terminology.lookUp(text),
    getCitation: ({ target, style }) => {
      const prefs = preferences.get();
      const chosen = style ?? citationStyleOf(prefs.citationStyle, prefs.uiLanguage ?? options.systemLanguage);
      return renderCitation(buildCitation(target, chosen, library));
    },
    listPacks: () => packs.list(),
    createPack: (input) => packs.create(input),
    getPack: ({ id }) => packs.get(id),
    editPack: ({ id, edit }) => packs.edit(id, edit),
    duplicatePack: ({ id }) => packs.duplicate(id),
    deletePack: ({ id }) => {
      packs.delete(id);
      return null;
    },
    restorePack: ({ id }) => packs.restore(id),
    addQuotes: ({ packId, sectionId, sources, note }) => packs.addQuotes(packId, sources, { sectionId, note }),
    checkPack: ({ id }) => packs.check(id),
    ...packExportHandlers({
      packs: () => packs,
      corpus: () => library,
      preferredStyle: () => preferences.get().citationStyle,
      appVersion: options.appVersion ?? 'unknown',
      printPdf: options.printPdf,
    }),
    updateDocumentInfo: ({ documentId, metadata }) => libraryService.updateDocumentInfo(documentId, metadata),
    deleteDocument: ({ documentId, annotations: choice }) => {
      libraryService.deleteDocument(documentId, choice);
      return null;
    },
    restoreDocument: ({ documentId }) => libraryService.restoreDocument(documentId),
    editAlignment: ({ documentId, edit, revision }) => alignmentEdits.edit(documentId, edit, revision),
    undoAlignmentEdit: ({ documentId, revision }) => alignmentEdits.undo(documentId, revision),
    redoAlignmentEdit: ({ documentId, revision }) => alignmentEdits.redo(documentId, revision),
    getAlignmentHistory: ({ documentId }) => alignmentEdits.history(documentId),
    listBackups: () => backups.list(),
    backupNow: async () => {
      requirePersistent();
      return backups.backup(userDatabase.db, 'manual').catch(throwAsDomainError);
    },
    restoreBackup: async ({ name }) => {
      requirePersistent();
      try {
        backups.verify(name, latestVersion(userDatabaseMigrations));
        await backups.backup(userDatabase.db, 'before-restore');
      } catch (error) {
        throwAsDomainError(error);
      }
      replaceDatabase(() => backups.installBackup(name, databaseFile));
      return null;
    },
    backUpToFile: async () => {
      requirePersistent();
      const { bytes, summary } = await backups.backupToBytes(userDatabase.db).catch(throwAsDomainError);
      return { fileName: outsideFileName(new Date()), mimeType: 'application/vnd.sqlite3', contentBase64: bytes.toString('base64'), summary };
    },
    inspectBackupFile: ({ contentBase64 }) => inspectFile({ bytes: decodeBackupFile(contentBase64) }),
    restoreFromFile: ({ contentBase64 }) => restoreFrom({ bytes: decodeBackupFile(contentBase64) }),
    getBackupSettings: () => backups.settings(),
    setSecondBackupFolder: ({ folder }) => {
      try {
        return backups.secondFolder.setFolder(folder);
      } catch (error) {
        throwAsDomainError(error);
      }
    },
  };

  const databaseFile = path.join(options.userDataDir, USER_DATABASE_FILE);
  /**
   * Swaps the database file with `install`. The connection is closed only
   * around the swap, with no await in between; whatever happens, the database
   * is opened again and every service made anew on it.
   */
  function replaceDatabase(install: () => void): void {
    userDatabase.db.close();
    try {
      install();
    } catch (error) {
      throwAsDomainError(error);
    } finally {
      userDatabase = openUserDatabase(options.userDataDir, { nativeBinding: options.nativeBinding });
      ({ library, libraryService, alignmentEdits, preferences, readingPositions, annotations, search, packs } = servicesOn(userDatabase.db));
      terminology.useDatabase(userDatabase.db);
      for (const listener of listeners) listener(preferences.get());
    }
  }
  async function inspectFile(source: OutsideFile): Promise<BackupFileSummary> {
    return backups.withOutsideFile(source, (file) => backups.checkFile(file)).catch(throwAsDomainError);
  }
  /** Checks the file, backs up the data it replaces, then installs it: refused at any step, the data stays as it was. */
  async function restoreFrom(source: OutsideFile): Promise<RestoreReport> {
    requirePersistent();
    return backups
      .withOutsideFile(source, async (file) => {
        const restored = backups.checkFile(file);
        const safetyBackup = await backups.backup(userDatabase.db, 'before-restore');
        replaceDatabase(() => backups.installFile(file, databaseFile));
        return { restored, safetyBackup };
      })
      .catch(throwAsDomainError);
  }

  return {
    handlers,
    get userDatabase() {
      return userDatabase;
    },
    async backupIfDue() {
      // A database that cannot be written does not change: its backups would all be the same.
      if (userDatabase.writable) await backups.backupIfDue(userDatabase.db);
    },
    downloads,
    documents: {
      storeImport: (plan, metadata) => libraryService.storeImport(plan, metadata),
      reimport: (documentId, plan) => libraryService.reimport(documentId, plan),
    },
    backupFiles: {
      backUpTo: async (file) => {
        requirePersistent();
        return backups.backupToFile(userDatabase.db, file).catch(throwAsDomainError);
      },
      inspect: (file) => inspectFile({ path: file }),
      restoreFrom: (file) => restoreFrom({ path: file }),
    },
    onPreferencesChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      stopCheckpoints();
      void imports.close();
      corpus.close();
      userDatabase.db.close();
    },
  };
}

/** Where the app keeps the starter termbase: resources/terminology/ beside the corpus, packaged or not. */
export const starterTermbaseBeside = (corpusFile: string) => path.join(path.dirname(corpusFile), 'terminology', 'starter-termbase.json');

/**
 * Opens the backend as the app starts: the user database is copied before a
 * migration changes it, and a daily backup is made when one is due.
 */
export async function openBackend(options: BackendOptions): Promise<Backend> {
  const backups = new UserDatabaseBackups(options.userDataDir, { nativeBinding: options.nativeBinding });
  try {
    await backups.backupBeforeMigration(path.join(options.userDataDir, USER_DATABASE_FILE), latestVersion(userDatabaseMigrations));
  } catch (error) {
    // Without that copy the migration must not run: a failed backup stops the start, the data untouched.
    throw new Error(`The user database could not be backed up before its upgrade: ${(error as Error).message}`);
  }
  const backend = createBackend(options);
  const dailyBackup = () => backend.backupIfDue().catch((error: unknown) => console.error('The daily backup failed', error));
  await dailyBackup();
  // The app may stay open for days: look every hour whether a day has passed since the last backup.
  const timer = setInterval(() => void dailyBackup(), 60 * 60 * 1000);
  timer.unref();
  const close = backend.close;
  backend.close = () => {
    clearInterval(timer);
    close();
  };
  return backend;
}

const BACKUP_ERROR_CODES = {
  'not-found': 'not-found',
  damaged: 'backup-damaged',
  foreign: 'backup-foreign',
  'too-new': 'backup-too-new',
  'too-large': 'backup-too-large',
  'in-use': 'backup-failed',
} as const;

/**
 * The bytes of a backup file sent as base64. Its size is told before it is
 * decoded, in words the user reads; text that is not base64 is no file.
 */
function decodeBackupFile(contentBase64: string): Buffer {
  if (Math.floor((contentBase64.length * 3) / 4) > BACKUP_FILE_MAX_BYTES + 2) {
    throw new DomainError('backup-too-large', `The file is larger than ${BACKUP_FILE_MAX_BYTES} bytes`);
  }
  if (contentBase64.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(contentBase64)) {
    throw new DomainError('invalid-argument', 'contentBase64 is not base64');
  }
  return Buffer.from(contentBase64, 'base64');
}

/** Tells a failed backup step as the code the renderer translates. */
function throwAsDomainError(error: unknown): never {
  if (error instanceof BackupError) throw new DomainError(BACKUP_ERROR_CODES[error.code], error.message, error.details);
  if (error instanceof SecondFolderError) throw new DomainError('backup-folder-unusable', error.message, { reason: error.reason });
  if (error instanceof DomainError) throw error;
  // A full disk is told as such, not as a failed backup the user could retry at once.
  throw new DomainError(storageErrorCode(error) ?? 'backup-failed', (error as Error).message);
}
