import type { ApiHandlers } from '../../contract/api';
import type { UiLanguage } from '../../contract/languages';
import type { Preferences } from '../../contract/model';
import { parseSegmentId } from '../../contract/segmentId';
import { CorpusRepository } from './corpus/corpusRepository';
import { openUserDatabase, type UserDatabase } from './database/userDatabase';
import { DomainError } from './errors';
import { PreferenceStore } from './preferences/preferenceStore';
import { ReadingPositions } from './preferences/readingPositions';
import { SearchService } from './search/searchService';

export interface BackendOptions {
  /** Folder of the user's own data (Electron's userData, or a folder chosen for the browser host). */
  userDataDir: string;
  /** The bundled corpus database built by build-corpus. */
  corpusFile: string;
  systemLanguage: UiLanguage;
  nativeBinding?: string;
}

export interface Backend {
  handlers: ApiHandlers;
  userDatabase: UserDatabase;
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
  const userDatabase = openUserDatabase(options.userDataDir, { nativeBinding: options.nativeBinding });
  const preferences = new PreferenceStore(userDatabase.db);
  const readingPositions = new ReadingPositions(userDatabase.db);
  const listeners = new Set<(prefs: Preferences) => void>();
  const search = new SearchService([corpus.connection, userDatabase.db]);

  const requireDocument = (documentId: string) => {
    const document = corpus.getDocument(documentId);
    if (!document) throw new DomainError('not-found', `No document ${documentId}`);
    return document;
  };

  const handlers: ApiHandlers = {
    getStartupState: () => ({
      systemLanguage: options.systemLanguage,
      notices: userDatabase.notices,
      corpus: { version: corpus.version, documentCount: corpus.listDocuments().length },
    }),
    listDocuments: () => corpus.listDocuments(),
    getDocument: ({ documentId }) => requireDocument(documentId),
    getPreferences: () => preferences.get(),
    setPreferences: (patch) => {
      const stored = preferences.update(patch);
      for (const listener of listeners) listener(stored);
      return stored;
    },
    getReadingPosition: ({ documentId }) => {
      const segmentId = readingPositions.get(documentId);
      return segmentId !== null && corpus.hasSegment(segmentId) ? segmentId : null;
    },
    saveReadingPosition: ({ documentId, segmentId }) => {
      if (parseSegmentId(segmentId)?.documentId !== documentId || !corpus.hasSegment(segmentId)) {
        throw new DomainError('not-found', `No segment ${segmentId} in ${documentId}`);
      }
      readingPositions.save(documentId, segmentId);
      return null;
    },
    search: (request) => search.search(request),
    findInDocument: ({ documentId, query }) => {
      if (!corpus.hasDocument(documentId)) throw new DomainError('not-found', `No document ${documentId}`);
      return search.findInDocument(documentId, query);
    },
  };

  return {
    handlers,
    userDatabase,
    onPreferencesChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      corpus.close();
      userDatabase.db.close();
    },
  };
}
