import { z } from 'zod';
import { DOCUMENT_TYPES, TEXT_ORIGINS } from './model';
import { DOCUMENT_ID_PATTERN } from './segmentId';
import { hasLoneSurrogate, WELL_FORMED_MESSAGE } from './wellFormedText';

/**
 * The user's own documents (issue 10, "Bring your own documents"): what the
 * user tells of an imported document, and the calls that rename, delete and
 * restore one. Importing itself is a job (parse, align, store) whose calls
 * the import pipeline adds; it stores its plan with this metadata.
 */

export const DOCUMENT_TITLE_MAX_LENGTH = 300;
export const DOCUMENT_FIELD_MAX_LENGTH = 200;
export const SOURCE_URL_MAX_LENGTH = 2_000;

/** Imported documents are named `my-<slug>-<6 hex>`: never the id of a bundled one. */
export const IMPORTED_DOCUMENT_ID_PATTERN = /^my-(?:[a-z0-9]+-)*[0-9a-f]{6}$/;

/** How a deleted document's annotations go: kept (as orphans, until it is restored) or deleted with it. */
export const DOCUMENT_ANNOTATION_CHOICES = ['keep', 'delete'] as const;
export type DocumentAnnotationChoice = (typeof DOCUMENT_ANNOTATION_CHOICES)[number];

const wellFormed = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((s) => !hasLoneSurrogate(s), WELL_FORMED_MESSAGE);
/** A field that may be left empty: '' is stored as null. */
const optionalField = (max: number) =>
  wellFormed(max)
    .nullable()
    .transform((s) => (s === null || s === '' ? null : s));
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'a real date')
  .nullable();
const sourceUrl = z
  .string()
  .trim()
  .max(SOURCE_URL_MAX_LENGTH)
  .nullable()
  .transform((s) => (s === null || s === '' ? null : s))
  .refine((s) => s === null || isHttpUrl(s), 'an http or https address');
const bilingual = (max: number) => z.object({ zh: optionalField(max), en: optionalField(max) }).strict();
const importOrigin = z.enum(TEXT_ORIGINS);

/** What the user says of an imported document: all of it editable later (updateDocumentInfo). */
export const documentMetadataSchema = z
  .object({
    title: bilingual(DOCUMENT_TITLE_MAX_LENGTH),
    issuer: bilingual(DOCUMENT_FIELD_MAX_LENGTH),
    documentNumber: bilingual(DOCUMENT_FIELD_MAX_LENGTH),
    issuedOn: isoDate,
    publishedOn: isoDate,
    type: z.enum(DOCUMENT_TYPES),
    sourceUrl,
    /** The provenance of each side's text. */
    origin: z.object({ zh: importOrigin, en: importOrigin }).strict(),
  })
  .strict()
  .refine((m) => m.title.zh !== null || m.title.en !== null, { message: 'a title in at least one language', path: ['title'] });

/** The metadata as the user typed it (before trimming), and as it is stored. */
export type DocumentMetadataInput = z.input<typeof documentMetadataSchema>;
export type DocumentMetadata = z.output<typeof documentMetadataSchema>;

export const importedDocumentId = z.string().regex(IMPORTED_DOCUMENT_ID_PATTERN).refine((id) => DOCUMENT_ID_PATTERN.test(id));

/** The arguments of the library's calls, as the API contract validates them. */
export const documentCallArgs = {
  updateDocumentInfo: z.object({ documentId: z.string().regex(DOCUMENT_ID_PATTERN), metadata: documentMetadataSchema }).strict(),
  deleteDocument: z.object({ documentId: z.string().regex(DOCUMENT_ID_PATTERN), annotations: z.enum(DOCUMENT_ANNOTATION_CHOICES) }).strict(),
  restoreDocument: z.object({ documentId: z.string().regex(DOCUMENT_ID_PATTERN) }).strict(),
};

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}
