import { z } from 'zod';
import {
  AUTHOR_MAX_LENGTH,
  HIGHLIGHT_COLOURS,
  NOTE_MAX_LENGTH,
  QUOTE_MAX_LENGTH,
  TAG_MAX_LENGTH,
  TAGS_MAX_COUNT,
  type HighlightColour,
  type ImportRecordReport,
} from '../../../contract/annotations';
import type { TextLanguage } from '../../../contract/languages';
import { DOCUMENT_ID_PATTERN, makeSegmentId, SEGMENT_KEY_PATTERN } from '../../../contract/segmentId';
import { repairLoneSurrogates } from '../../../contract/wellFormedText';
import { DomainError } from '../errors';
import { normaliseTags, revisionOf, type AnnotationContent, type AnnotationRecord } from './annotationRecord';
import { SOURCE_PATTERN, STYLE_PREFIX } from './w3cAnnotations';

/**
 * Reading a file a colleague sent (the format is described in w3cAnnotations.ts).
 * A file that is not JSON or not an annotation collection, page, list or
 * annotation is refused whole; otherwise each record is read on its own, and one
 * that cannot be read is reported with where the problem is, the others taken.
 */

/** A record of the file as read: the record to merge, or why it is left out. */
export type ReadRecord = Pick<ImportRecordReport, 'index' | 'id' | 'quote' | 'documentId' | 'deletion' | 'repaired'> &
  ({ record: AnnotationRecord; rejection: null } | { record: null; rejection: NonNullable<ImportRecordReport['rejection']> });

const QUOTE_SHOWN_LENGTH = 80;
const REVISION = /^[0-9a-f]{32}$/;
const isoTimestamp = z.iso.datetime({ offset: true });
const textualBody = z.looseObject({
  type: z.literal('TextualBody').optional(),
  purpose: z.string().optional(),
  value: z.string().max(NOTE_MAX_LENGTH),
});
const quoteSelector = z.looseObject({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1).max(QUOTE_MAX_LENGTH),
  prefix: z.string().max(200).default(''),
  suffix: z.string().max(200).default(''),
});
const positionSelector = z.looseObject({
  type: z.literal('TextPositionSelector'),
  start: z.number().int().min(0),
  end: z.number().int().min(1),
});
const otherSelector = z.looseObject({ type: z.string() });

const w3cAnnotation = z.looseObject({
  id: z.string().regex(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'an id of the form urn:uuid:…'),
  type: z.literal('Annotation'),
  creator: z.union([z.looseObject({ name: z.string().max(AUTHOR_MAX_LENGTH) }), z.string().max(AUTHOR_MAX_LENGTH)]).optional(),
  created: isoTimestamp,
  modified: isoTimestamp.optional(),
  stylesClass: z.string().max(100).optional(),
  body: z.union([textualBody, z.array(textualBody).max(TAGS_MAX_COUNT + 20)]).optional(),
  target: z.looseObject({
    source: z.string().regex(SOURCE_PATTERN, 'a Duizhao segment (app://duizhao/documents/…/segments/…/zh|en)'),
    selector: z.array(z.union([quoteSelector, positionSelector, otherSelector])).min(2).max(10),
  }),
  'duizhao:history': z.array(z.string().regex(REVISION)).max(1000).optional(),
  'duizhao:deleted': isoTimestamp.optional(),
  'duizhao:revision': z.string().regex(REVISION).optional(),
});
type W3cAnnotation = z.infer<typeof w3cAnnotation>;

const annotationList = z.array(z.unknown()).max(100_000);
const container = z.union([
  annotationList,
  z.looseObject({
    type: z.literal('AnnotationCollection'),
    first: z.union([z.looseObject({ items: annotationList }), z.string()]),
    'duizhao:deletions': annotationList.optional(),
  }),
  z.looseObject({ type: z.literal('AnnotationPage'), items: annotationList }),
  z.looseObject({ type: z.literal('Annotation') }),
]);

/** A record that cannot be read, with the place in it where the problem is. */
class Malformed extends Error {
  constructor(readonly field: string) {
    super(field);
  }
}

/**
 * Every record of an import file: annotations first, then the collection's
 * deletions. Raises DomainError `import-not-json` or `import-wrong-shape` for a
 * file that is not an annotation file at all.
 */
export function readW3cFile(text: string): ReadRecord[] {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new DomainError('import-not-json', 'The file is not JSON');
  }
  const outer = container.safeParse(json);
  if (!outer.success) {
    throw new DomainError('import-wrong-shape', 'The file is not a W3C annotation collection, page, list or annotation', { reason: 'not-annotations' });
  }
  const { items, deletions } = recordsOf(outer.data);
  const seen = new Set<string>();
  return [...items.map((item) => ({ item, deletion: false })), ...deletions.map((item) => ({ item, deletion: true }))].map(({ item, deletion }, index) => {
    const read = readRecord(item, index, deletion);
    if (read.record !== null) {
      if (seen.has(read.record.id)) return { ...read, record: null, rejection: { reason: 'repeated-id', field: 'id' } };
      seen.add(read.record.id);
    }
    return read;
  });
}

function recordsOf(data: z.infer<typeof container>): { items: unknown[]; deletions: unknown[] } {
  if (Array.isArray(data)) return { items: data, deletions: [] };
  if (data.type === 'Annotation') return { items: [data], deletions: [] };
  if (data.type === 'AnnotationPage') return { items: data.items as unknown[], deletions: [] };
  const collection = data as { first: unknown; 'duizhao:deletions'?: unknown[] };
  if (typeof collection.first === 'string') {
    throw new DomainError('import-wrong-shape', 'The collection refers to its pages by address; Duizhao reads collections that hold their annotations', {
      reason: 'paged-collection',
    });
  }
  return { items: (collection.first as { items: unknown[] }).items, deletions: collection['duizhao:deletions'] ?? [] };
}

function readRecord(item: unknown, index: number, inDeletions: boolean): ReadRecord {
  const seen = glimpse(item);
  const parsed = w3cAnnotation.safeParse(item);
  const deletion = inDeletions || (parsed.success && parsed.data['duizhao:deleted'] !== undefined);
  const summary = { index, ...seen, deletion };
  if (!parsed.success) {
    const path = parsed.error.issues[0]?.path ?? [];
    return { ...summary, repaired: false, record: null, rejection: { reason: 'malformed', field: path.join('.') } };
  }
  try {
    const { record, repaired } = fromW3cAnnotation(parsed.data, deletion);
    return { ...summary, id: record.id, documentId: record.documentId, repaired, record, rejection: null };
  } catch (error) {
    if (!(error instanceof Malformed)) throw error;
    return { ...summary, repaired: false, record: null, rejection: { reason: 'malformed', field: error.field } };
  }
}

/** What the report can show of a record before it is known to be readable: its id, quote and document, where present. */
function glimpse(item: unknown): Pick<ReadRecord, 'id' | 'quote' | 'documentId'> {
  const raw = (item ?? {}) as { id?: unknown; target?: { source?: unknown; selector?: unknown } };
  const id = typeof raw.id === 'string' && raw.id.startsWith('urn:uuid:') ? raw.id.slice('urn:uuid:'.length, 'urn:uuid:'.length + 36).toLowerCase() : null;
  const selectors = Array.isArray(raw.target?.selector) ? (raw.target.selector as { exact?: unknown }[]) : [];
  const exact = selectors.find((s) => typeof s?.exact === 'string')?.exact as string | undefined;
  const source = typeof raw.target?.source === 'string' ? SOURCE_PATTERN.exec(raw.target.source) : null;
  return {
    id,
    quote: exact ? repairLoneSurrogates(exact.slice(0, QUOTE_SHOWN_LENGTH)) : '',
    documentId: source && DOCUMENT_ID_PATTERN.test(source[1]) ? source[1] : null,
  };
}

/** A record as stored; lone surrogates in what people wrote are replaced with U+FFFD (`repaired`). */
function fromW3cAnnotation(a: W3cAnnotation, deletion: boolean): { record: AnnotationRecord; repaired: boolean } {
  const [, documentId, key, side] = SOURCE_PATTERN.exec(a.target.source) ?? [];
  if (!DOCUMENT_ID_PATTERN.test(documentId) || !SEGMENT_KEY_PATTERN.test(key)) throw new Malformed('target.source');
  const quote = a.target.selector.find((s) => s.type === 'TextQuoteSelector') as z.infer<typeof quoteSelector> | undefined;
  const position = a.target.selector.find((s) => s.type === 'TextPositionSelector') as z.infer<typeof positionSelector> | undefined;
  if (!quote || !position || !quoteSelector.safeParse(quote).success || !positionSelector.safeParse(position).success) throw new Malformed('target.selector');
  if (position.end <= position.start) throw new Malformed('target.selector');

  let repaired = false;
  const repair = (text: string) => {
    const fixed = repairLoneSurrogates(text);
    repaired ||= fixed !== text;
    return fixed;
  };
  const bodies = a.body === undefined ? [] : Array.isArray(a.body) ? a.body : [a.body];
  const tags = normaliseTags(bodies.filter((b) => b.purpose === 'tagging').map((b) => repair(b.value)));
  if (tags.length > TAGS_MAX_COUNT || tags.some((tag) => tag.length > TAG_MAX_LENGTH)) throw new Malformed('body');
  const note = repair(
    bodies
      .filter((b) => b.purpose !== 'tagging')
      .map((b) => b.value)
      .join('\n\n'),
  );
  if (note.length > NOTE_MAX_LENGTH) throw new Malformed('body');

  const colour = (a.stylesClass?.startsWith(STYLE_PREFIX) ? a.stylesClass.slice(STYLE_PREFIX.length) : 'yellow') as HighlightColour;
  const content: AnnotationContent = {
    target: {
      segmentId: makeSegmentId(documentId, key),
      side: side as TextLanguage,
      quote: { type: 'TextQuoteSelector', exact: repair(quote.exact), prefix: repair(quote.prefix), suffix: repair(quote.suffix) },
      position: { type: 'TextPositionSelector', start: position.start, end: position.end },
    },
    colour: (HIGHLIGHT_COLOURS as readonly string[]).includes(colour) ? colour : 'yellow',
    note,
    tags,
  };
  const updatedAt = new Date(a.modified ?? a.created).toISOString();
  const record: AnnotationRecord = {
    ...content,
    id: a.id.slice('urn:uuid:'.length).toLowerCase(),
    documentId,
    author: repair(typeof a.creator === 'string' ? a.creator : (a.creator?.name ?? '')),
    createdAt: new Date(a.created).toISOString(),
    updatedAt,
    deletedAt: deletion ? new Date(a['duizhao:deleted'] ?? updatedAt).toISOString() : null,
    // A tombstone has no body to compute its revision from: it carries the one it had.
    revision: (deletion ? a['duizhao:revision'] : undefined) ?? revisionOf(content, deletion),
    history: a['duizhao:history'] ?? [],
  };
  return { record, repaired };
}
