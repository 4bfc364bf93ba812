/**
 * The names of the API contract's calls. Kept apart from the schemas in
 * api.ts so that preload and the renderer, which only need the names, do
 * not bundle zod; api.ts is checked by the compiler to define exactly these.
 */
export const API_NAMES = [
  'getStartupState',
  'listDocuments',
  'getDocument',
  'getPreferences',
  'setPreferences',
  'getReadingPosition',
  'saveReadingPosition',
  'search',
  'findInDocument',
  'listAnnotations',
  'createAnnotation',
  'updateAnnotation',
  'deleteAnnotation',
  'restoreAnnotation',
  'reattachAnnotation',
  'resolveAnnotationConflict',
  'exportAnnotations',
  'importAnnotations',
  'exportTmx',
  'listBackups',
  'backupNow',
  'restoreBackup',
  'backUpToFile',
  'inspectBackupFile',
  'restoreFromFile',
  'getBackupSettings',
  'setSecondBackupFolder',
  'getTermbase',
  'saveConcept',
  'deleteConcept',
  'restoreConcept',
  'exportTermbase',
  'importTermbase',
  'getConcordance',
  'getConcordanceGroups',
  'exportConcordance',
  'runTermAudit',
  'exportTermAudit',
  'markAuditFinding',
  'getTermCandidates',
  'getDocumentTermMarks',
  'lookUpDictionary',
  'getCitation',
] as const;

export type ApiName = (typeof API_NAMES)[number];

/** IPC channel of a call; the browser host uses `/api/<name>`. */
export const ipcChannel = (name: ApiName): string => `duizhao:${name}`;
