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
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiError {
  code: ErrorCode;
  /** English, for logs and developers; the UI shows its own text for `code`. */
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): Result<never> => ({ ok: false, error: { code, message } });
