import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';
import { DOCUMENT_TYPES, SEGMENT_KINDS, TEXT_ORIGINS } from '../../../contract/model';
import { DOCUMENT_ID_PATTERN, SEGMENT_KEY_PATTERN } from '../../../contract/segmentId';

/**
 * The reviewable sources of the bundled corpus: one folder per document under
 * resources/corpus/, holding document.yaml (metadata) and segments.yaml (the
 * paragraph-aligned Chinese and English). build-corpus turns them into
 * resources/corpus.sqlite.
 */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD');
const bilingualText = z.object({ en: z.string().min(1).nullable(), zh: z.string().min(1).nullable() }).strict();
const origins = z.object({ en: z.enum(TEXT_ORIGINS), zh: z.enum(TEXT_ORIGINS) }).strict();

export const documentSourceSchema = z
  .object({
    id: z.string().regex(DOCUMENT_ID_PATTERN),
    /** Position in the library. */
    order: z.number().int().nonnegative(),
    type: z.enum(DOCUMENT_TYPES),
    title: bilingualText.refine((t) => t.en !== null || t.zh !== null, 'a title in at least one language'),
    issuer: bilingualText,
    issuedOn: isoDate.nullable(),
    publishedOn: isoDate.nullable(),
    documentNumber: bilingualText,
    sourceUrl: z.url().nullable(),
    /** Two or three sentences in each language. */
    summary: z.object({ en: z.string().min(1), zh: z.string().min(1) }).strict(),
    keywords: z.object({ en: z.array(z.string().min(1)).min(1), zh: z.array(z.string().min(1)).min(1) }).strict(),
    /** Provenance of each side unless a segment says otherwise. */
    origin: origins,
    /** Digest of the published text as received (see corpusChecks.publishedTextDigest). */
    publishedTextSha256: z.string().regex(/^[0-9a-f]{64}$/),
    /** Page furniture removed from the published text, listed so the record stays honest. */
    strippedChrome: z.array(z.string()),
  })
  .strict();

export const segmentSourceSchema = z
  .object({
    id: z.string().regex(SEGMENT_KEY_PATTERN),
    kind: z.enum(SEGMENT_KINDS),
    level: z.number().int().min(1).max(3).optional(),
    zh: z.string().min(1).optional(),
    en: z.string().min(1).optional(),
    origin: origins.partial().strict().optional(),
    /**
     * Why a person should check this segment (an uncertain name, a slip in the
     * source, …), in English and in Simplified Chinese: the interface shows the
     * one of its language. A side may be left out here so that the corpus check,
     * not the parser, names what is missing.
     */
    review: z.object({ en: z.string().min(1), zh: z.string().min(1) }).partial().strict().optional(),
    /** Why a side is absent, where it is: the corpus checks accept no silent gap. */
    missing: z.object({ zh: z.string().min(1), en: z.string().min(1) }).partial().strict().optional(),
    /** Why the figures of the two sides differ, where they must (e.g. a garbled figure in the published text). */
    numbersDiffer: z.string().min(1).optional(),
    /**
     * Sentence links corrected by a person: they replace the aligner's for this
     * segment. Sentences are numbered from 1 on each side; the corpus check
     * verifies that each appears once, in order.
     */
    links: z
      .array(z.object({ zh: z.array(z.number().int().min(1)), en: z.array(z.number().int().min(1)) }).strict())
      .min(1)
      .optional(),
  })
  .strict()
  .refine((s) => (s.kind === 'heading') === (s.level !== undefined), 'headings, and only headings, have a level')
  .refine((s) => s.zh !== undefined || s.en !== undefined, 'a segment needs text on at least one side');

export type DocumentSource = z.infer<typeof documentSourceSchema>;
export type SegmentSource = z.infer<typeof segmentSourceSchema>;

export interface CorpusDocumentSource {
  document: DocumentSource;
  segments: SegmentSource[];
}

export class CorpusSourceError extends Error {}

function readYaml(file: string): unknown {
  try {
    return YAML.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new CorpusSourceError(`${file}: ${(error as Error).message}`);
  }
}

function parseWith<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new CorpusSourceError(`${where}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** Reads and checks every document folder under `root`, in library order. */
export function loadCorpusSources(root: string): CorpusDocumentSource[] {
  const folders = fs
    .readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const sources = folders.map((folder) => {
    const dir = path.join(root, folder);
    const document = parseWith(documentSourceSchema, readYaml(path.join(dir, 'document.yaml')), `${folder}/document.yaml`);
    if (document.id !== folder) throw new CorpusSourceError(`${folder}/document.yaml: id "${document.id}" differs from its folder name`);
    const rawSegments = readYaml(path.join(dir, 'segments.yaml'));
    if (!Array.isArray(rawSegments)) throw new CorpusSourceError(`${folder}/segments.yaml: expected a list of segments`);
    const segments = rawSegments.map((raw, i) => parseWith(segmentSourceSchema, raw, `${folder}/segments.yaml item ${i + 1}`));
    const seen = new Set<string>();
    for (const s of segments) {
      if (seen.has(s.id)) throw new CorpusSourceError(`${folder}/segments.yaml: segment id "${s.id}" appears twice`);
      seen.add(s.id);
    }
    return { document, segments };
  });
  return sources.sort((a, b) => a.document.order - b.document.order);
}
