import { z } from 'zod';
import type { TextLanguage } from './languages';
import { TEXT_LANGUAGES } from './languages';
import type { ApiError } from './result';

/**
 * Importing a user's documents (issue "Bring your own documents"): the files
 * are parsed and aligned off the UI thread as a job, which the renderer polls
 * for progress and a preview, and which is stored only when committed.
 */
export const IMPORT_SHAPES = ['pair', 'bilingual', 'single'] as const;
export type ImportShape = (typeof IMPORT_SHAPES)[number];

/** A file's limit, told to the user as file-too-large {limitMb}. */
export const IMPORT_FILE_MAX_MB = 64;
export const IMPORT_FILE_MAX_BYTES = IMPORT_FILE_MAX_MB * 1024 * 1024;
/** At most two files (a pair) in one request. */
export const IMPORT_FILES_MAX = 2;
/**
 * The base64 of both files at their limit: a request past it is refused by the
 * schema before anything is decoded; a single file past its own limit within it
 * is refused by the domain with file-too-large, which says the limit.
 */
export const IMPORT_REQUEST_MAX_BASE64 = IMPORT_FILES_MAX * Math.ceil(IMPORT_FILE_MAX_BYTES / 3) * 4;

export const IMPORT_JOB_STATES = ['running', 'ready', 'failed', 'cancelled', 'committed'] as const;
export type ImportJobState = (typeof IMPORT_JOB_STATES)[number];

/** Where a running job is: waiting for the worker, reading the bytes, parsing (PDF pages), aligning (sentences), done. */
export const IMPORT_PHASES = ['queued', 'reading', 'parsing', 'aligning', 'ready'] as const;
export type ImportPhase = (typeof IMPORT_PHASES)[number];

/** Links under this confidence are counted as doubtful in the preview. */
export const IMPORT_DOUBTFUL_CONFIDENCE = 0.5;

export const IMPORT_JOB_ID_PATTERN = /^[0-9a-f]{32}$/;

const importFile = z
  .object({
    name: z.string().min(1).max(1000),
    side: z.enum(TEXT_LANGUAGES).optional(),
    /** The file's bytes, base64. */
    data: z.string(),
    /** A text file's encoding chosen by the user instead of the detected one. */
    encoding: z.string().min(1).max(40).optional(),
  })
  .strict();

export const startImportRequest = z
  .object({ shape: z.enum(IMPORT_SHAPES), files: z.array(importFile).min(1).max(IMPORT_FILES_MAX) })
  .strict()
  .refine((r) => r.files.reduce((sum, f) => sum + f.data.length, 0) <= IMPORT_REQUEST_MAX_BASE64, `files of at most ${IMPORT_FILE_MAX_MB} MB each`)
  .refine((r) => r.files.length === (r.shape === 'pair' ? 2 : 1), 'two files for a pair, one otherwise');

export const importJobId = z.string().regex(IMPORT_JOB_ID_PATTERN);


export interface ImportPreviewFile {
  name: string;
  format: string;
  language: TextLanguage | 'both';
  encoding: string | null;
  encodingCandidates?: string[];
  paragraphs: number;
  pages: number | null;
}

export interface ImportPreview {
  files: ImportPreviewFile[];
  segments: number;
  links: number;
  /** Links with confidence under IMPORT_DOUBTFUL_CONFIDENCE. */
  doubtful: number;
  suggestedTitle: Record<TextLanguage, string | null>;
  /** The first segments, to show the user what the import made of the files. */
  sample: { kind: 'title' | 'heading' | 'paragraph'; zh: string | null; en: string | null }[];
}

export interface ImportJobStatus {
  state: ImportJobState;
  phase: ImportPhase;
  /** Progress within the phase (pages, sentences); total 0 when unknown. */
  done: number;
  total: number;
  error?: ApiError;
  preview?: ImportPreview;
  /** Set once committed. */
  documentId?: string;
}
