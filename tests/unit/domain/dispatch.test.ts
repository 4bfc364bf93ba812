import { describe, expect, it, vi } from 'vitest';
import type { ApiHandlers } from '../../../contract/api';
import { DEFAULT_PREFERENCES } from '../../../contract/model';
import { dispatchApiCall } from '../../../main/domain/dispatch';
import { DomainError } from '../../../main/domain/errors';

function handlers(overrides: Partial<ApiHandlers> = {}): ApiHandlers {
  const unused = () => {
    throw new Error('not used in this test');
  };
  return {
    getStartupState: unused,
    listDocuments: () => [],
    getDocument: unused,
    getPreferences: () => DEFAULT_PREFERENCES,
    setPreferences: (patch) => ({ ...DEFAULT_PREFERENCES, ...patch }),
    getReadingPosition: unused,
    getDocumentPart: unused,
    saveReadingPosition: unused,
    search: unused,
    findInDocument: unused,
    listAnnotations: unused,
    listAnnotationsInRange: unused,
    createAnnotation: unused,
    updateAnnotation: unused,
    deleteAnnotation: unused,
    restoreAnnotation: unused,
    reattachAnnotation: unused,
    resolveAnnotationConflict: unused,
    exportAnnotations: unused,
    exportAnnotationsToFile: unused,
    importAnnotations: unused,
    exportAlignment: unused,
    editAlignment: unused,
    undoAlignmentEdit: unused,
    redoAlignmentEdit: unused,
    getAlignmentHistory: unused,
    updateDocumentInfo: unused,
    deleteDocument: unused,
    restoreDocument: unused,
    listBackups: unused,
    backupNow: unused,
    restoreBackup: unused,
    backUpToFile: unused,
    inspectBackupFile: unused,
    restoreFromFile: unused,
    getBackupSettings: unused,
    setSecondBackupFolder: unused,
    getTermbase: unused,
    saveConcept: unused,
    deleteConcept: unused,
    restoreConcept: unused,
    exportTermbase: unused,
    importTermbase: unused,
    getConcordance: unused,
    getConcordanceGroups: unused,
    exportConcordance: unused,
    runTermAudit: unused,
    exportTermAudit: unused,
    markAuditFinding: unused,
    getTermCandidates: unused,
    getDocumentTermMarks: unused,
    lookUpDictionary: unused,
    getCitation: unused,
    listPacks: unused,
    createPack: unused,
    getPack: unused,
    editPack: unused,
    duplicatePack: unused,
    deletePack: unused,
    restorePack: unused,
    addQuotes: unused,
    checkPack: unused,
    exportPack: unused,
    exportQuotes: unused,
    prepareImport: unused,
    startImport: unused,
    getImportJob: unused,
    cancelImport: unused,
    commitImport: unused,
    ...overrides,
  };
}

describe('dispatchApiCall', () => {
  it('answers a valid call with its value', async () => {
    expect(await dispatchApiCall(handlers(), 'setPreferences', { fontSize: 20 })).toEqual({
      ok: true,
      value: { ...DEFAULT_PREFERENCES, fontSize: 20 },
    });
  });

  it('takes each theme a user can choose', async () => {
    for (const theme of ['system', 'light', 'dark']) {
      expect(await dispatchApiCall(handlers(), 'setPreferences', { theme })).toMatchObject({ ok: true, value: { theme } });
    }
  });

  it('refuses names outside the contract, including inherited ones', async () => {
    for (const name of ['deleteEverything', '__proto__', 'constructor', 'toString', 42, null]) {
      const result = await dispatchApiCall(handlers(), name, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown-call' } });
    }
  });

  it('refuses arguments that do not fit the schema, before the handler runs', async () => {
    const setPreferences = vi.fn();
    const h = handlers({ setPreferences });
    for (const args of [{ fontSize: 1000 }, { fontSize: '20' }, { viewMode: 'sideways' }, { theme: 'sepia' }, { theme: null }, { unknown: true }, 'text', [1]]) {
      expect(await dispatchApiCall(h, 'setPreferences', args)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    }
    expect(await dispatchApiCall(h, 'getDocument', { documentId: '../../etc/passwd' })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(setPreferences).not.toHaveBeenCalled();
  });

  it('passes a domain error on with its code, and hides an unexpected one behind "internal"', async () => {
    const notFound = handlers({
      getDocument: () => {
        throw new DomainError('not-found', 'No document x');
      },
    });
    expect(await dispatchApiCall(notFound, 'getDocument', { documentId: 'x-doc' })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'No document x' },
    });

    const log = vi.fn();
    const crashing = handlers({
      listDocuments: () => {
        throw new TypeError('secret internals at /home/user/x');
      },
    });
    const result = await dispatchApiCall(crashing, 'listDocuments', {}, log);
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'listDocuments failed unexpectedly' } });
    expect(log).toHaveBeenCalledOnce();
  });
});
