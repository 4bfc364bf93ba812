import {
  DOCUMENT_FIELD_MAX_LENGTH,
  DOCUMENT_TITLE_MAX_LENGTH,
  documentMetadataSchema,
  SOURCE_URL_MAX_LENGTH,
  type DocumentMetadata,
} from '../../contract/documents';
import type { ImportPreview } from '../../contract/imports';
import type { DocumentSummary, DocumentType, TextOrigin } from '../../contract/model';
import { originOfCoverage } from './CoverageBadge';

/** The metadata form's fields as typed: text everywhere, '' for a field left empty. */
export interface MetadataFields {
  titleZh: string;
  titleEn: string;
  issuerZh: string;
  issuerEn: string;
  numberZh: string;
  numberEn: string;
  issuedOn: string;
  publishedOn: string;
  type: DocumentType;
  sourceUrl: string;
  originZh: TextOrigin;
  originEn: TextOrigin;
}

export type MetadataField = keyof MetadataFields;

/** A field's problem, as a translation key under library.metadata.invalid and its values. */
export interface FieldProblem {
  key: 'titleRequired' | 'tooLong' | 'date' | 'url' | 'invalid';
  values?: Record<string, number>;
}

const EMPTY: MetadataFields = {
  titleZh: '',
  titleEn: '',
  issuerZh: '',
  issuerEn: '',
  numberZh: '',
  numberEn: '',
  issuedOn: '',
  publishedOn: '',
  type: 'other',
  sourceUrl: '',
  // Not claimed official unless the user says so: the Chinese is taken as published, the English as a reference translation.
  originZh: 'published',
  originEn: 'reference-translation',
};

/** A new import's fields: the titles the files suggest, the rest for the user to fill in. */
export function fieldsFromPreview(preview: ImportPreview): MetadataFields {
  return { ...EMPTY, titleZh: preview.suggestedTitle.zh ?? '', titleEn: preview.suggestedTitle.en ?? '' };
}

const ORIGIN_OF_COVERAGE: Record<ReturnType<typeof originOfCoverage>, TextOrigin> = {
  published: 'published',
  mixed: 'published',
  reference: 'reference-translation',
  draft: 'user-draft',
};

/** An imported document's fields as stored, to edit them. */
export function fieldsFromDocument(doc: DocumentSummary): MetadataFields {
  return {
    titleZh: doc.title.zh ?? '',
    titleEn: doc.title.en ?? '',
    issuerZh: doc.issuer.zh ?? '',
    issuerEn: doc.issuer.en ?? '',
    numberZh: doc.documentNumber.zh ?? '',
    numberEn: doc.documentNumber.en ?? '',
    issuedOn: doc.issuedOn ?? '',
    publishedOn: doc.publishedOn ?? '',
    type: doc.type,
    sourceUrl: doc.sourceUrl ?? '',
    originZh: ORIGIN_OF_COVERAGE[originOfCoverage(doc.coverage.zh)],
    originEn: ORIGIN_OF_COVERAGE[originOfCoverage(doc.coverage.en)],
  };
}

/** Schema paths to the form's fields. */
const FIELD_OF_PATH: Record<string, MetadataField> = {
  title: 'titleZh',
  'title.zh': 'titleZh',
  'title.en': 'titleEn',
  'issuer.zh': 'issuerZh',
  'issuer.en': 'issuerEn',
  'documentNumber.zh': 'numberZh',
  'documentNumber.en': 'numberEn',
  issuedOn: 'issuedOn',
  publishedOn: 'publishedOn',
  type: 'type',
  sourceUrl: 'sourceUrl',
  'origin.zh': 'originZh',
  'origin.en': 'originEn',
};

const MAX_OF_PATH: Record<string, number> = { title: DOCUMENT_TITLE_MAX_LENGTH, issuer: DOCUMENT_FIELD_MAX_LENGTH, documentNumber: DOCUMENT_FIELD_MAX_LENGTH, sourceUrl: SOURCE_URL_MAX_LENGTH };

/**
 * The fields checked by the contract's own schema (the one the domain checks
 * again): the metadata to send, or each field's problem.
 */
export function validateFields(fields: MetadataFields): { ok: true; metadata: DocumentMetadata } | { ok: false; problems: Partial<Record<MetadataField, FieldProblem>> } {
  const parsed = documentMetadataSchema.safeParse({
    title: { zh: fields.titleZh, en: fields.titleEn },
    issuer: { zh: fields.issuerZh, en: fields.issuerEn },
    documentNumber: { zh: fields.numberZh, en: fields.numberEn },
    issuedOn: fields.issuedOn || null,
    publishedOn: fields.publishedOn || null,
    type: fields.type,
    sourceUrl: fields.sourceUrl,
    origin: { zh: fields.originZh, en: fields.originEn },
  });
  if (parsed.success) return { ok: true, metadata: parsed.data };
  const problems: Partial<Record<MetadataField, FieldProblem>> = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path.join('.');
    const field = FIELD_OF_PATH[path] ?? 'titleZh';
    problems[field] ??= problemOf(path, issue.code);
  }
  return { ok: false, problems };
}

function problemOf(path: string, code: string): FieldProblem {
  if (path === 'title') return { key: 'titleRequired' };
  if (code === 'too_big') return { key: 'tooLong', values: { max: MAX_OF_PATH[path.split('.')[0]] ?? DOCUMENT_FIELD_MAX_LENGTH } };
  if (path === 'issuedOn' || path === 'publishedOn') return { key: 'date' };
  if (path === 'sourceUrl') return { key: 'url' };
  return { key: 'invalid' };
}
