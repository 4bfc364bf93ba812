/**
 * Every API call answers with a Result rather than throwing across the transport,
 * so the renderer can show a translated message for `code` and never sees an
 * unhandled rejection.
 */
export const ERROR_CODES = [
  'invalid-argument',
  'unknown-call',
  'forbidden',
  'not-found',
  'user-data-unavailable',
  /** The user's database is open read-only (see the startup notice): the write was refused. */
  'user-data-read-only',
  /** The disk (or the database's size limit) is full: the write was rolled back. */
  'storage-full',
  /** The disk reported an input/output error: the write was rolled back. */
  'storage-io-error',
  /** SQLite found the database damaged while writing: the write was rolled back. */
  'storage-corrupt',
  'internal',
  'text-changed',
  'import-not-json',
  'import-wrong-shape',
  'import-too-large',
  'import-unknown-documents',
  'backup-failed',
  'backup-damaged',
  'backup-too-new',
  'backup-foreign',
  'backup-too-large',
  'backup-folder-unusable',
  /** A termbase file over the size limit, refused before it is read. */
  'termbase-too-large',
  /** A pack export met quotes that changed or are gone since they were quoted, and the user has not confirmed them. */
  'pack-quotes-changed',
  /** A pack would pass PACK_ITEMS_MAX items or PACK_SECTIONS_MAX sections. */
  'pack-full',
  /** No printer to PDF here (the browser host): the renderer takes the print path. */
  'pdf-unavailable',
  /** A file offered for import was refused, and nothing was stored; details.reason says why (issue "Bring your own documents"). */
  'document-file-refused',
  /** An alignment edit that does not fit the document (or an undo of a document changed since); details.reason says why. */
  'alignment-edit-refused',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * Why, more precisely than the code says: the UI tells it in its own words
 * (errors.reason.<reason>, with `values` as parameters), never with `message`.
 */
export const ERROR_REASONS = [
  /** JSON that is no W3C annotation collection, page, list or annotation. */
  'not-annotations',
  /** A W3C collection that refers to its pages by address instead of holding them. */
  'paged-collection',
  /** A backup written by a newer Duizhao: values.found and values.supported are the data versions. */
  'newer-data-version',
  'folder-not-absolute',
  'folder-not-a-folder',
  'folder-unreachable',
  'folder-is-backups-folder',
  'folder-not-writable',
  /** Why an import refused a file (with code document-file-refused). */
  'file-empty',
  'file-binary',
  'file-encoding-unknown',
  /** values.limitMb: the size limit in MB. */
  'file-too-large',
  /** values.limitMb: the import worker's memory, which reading the file would exceed. */
  'file-too-complex',
  'file-format-unsupported',
  'docx-corrupt',
  'docx-too-expanded',
  'pdf-corrupt',
  'pdf-encrypted',
  'pdf-no-text',
  'tmx-malformed',
  'tmx-entities',
  'html-no-text',
  /** values.limit: how many elements deep a page may nest. */
  'html-too-deep',
  'pair-same-language',
  /** Why an alignment edit was refused (with code alignment-edit-refused). */
  'alignment-out-of-range',
  'alignment-not-at-link-edge',
  'alignment-no-neighbour-link',
  'alignment-split-not-inside',
  'alignment-across-paragraphs',
  'alignment-segment-kinds-differ',
  'alignment-changes-nothing',
  'alignment-history-stale',
  'alignment-nothing-to-undo',
  'alignment-nothing-to-redo',
  /** The document is one of the bundled corpus's, which no edit changes. */
  'alignment-bundled-document',
] as const;

export type ErrorReason = (typeof ERROR_REASONS)[number];

export interface ErrorDetails {
  reason: ErrorReason;
  values?: Record<string, number>;
}

export interface ApiError {
  code: ErrorCode;
  /** English, for logs and developers; the UI shows its own text for `code` (and `details`). */
  message: string;
  details?: ErrorDetails;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, details?: ErrorDetails): Result<never> => ({
  ok: false,
  error: details ? { code, message, details } : { code, message },
});
