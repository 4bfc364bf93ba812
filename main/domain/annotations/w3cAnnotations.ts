import { z } from 'zod';
import {
  HIGHLIGHT_COLOURS,
  NOTE_MAX_LENGTH,
  QUOTE_MAX_LENGTH,
  TAG_MAX_LENGTH,
  TAGS_MAX_COUNT,
  AUTHOR_MAX_LENGTH,
  type HighlightColour,
} from '../../../contract/annotations';
import { TEXT_LANGUAGES, type TextLanguage } from '../../../contract/languages';
import { DOCUMENT_ID_PATTERN, makeSegmentId, parseSegmentId, SEGMENT_KEY_PATTERN } from '../../../contract/segmentId';
import { DomainError } from '../errors';
import type { AnnotationSides } from './annotationCounterpart';
import { normaliseTags, revisionOf, type AnnotationRecord } from './annotationRecord';

/**
 * Annotations as JSON-LD following the W3C Web Annotation data model
 * (https://www.w3.org/TR/annotation-model/), the format colleagues exchange:
 * an AnnotationCollection with one AnnotationPage. A segment side is the
 * target's source, app://duizhao/documents/<document>/segments/<key>/<zh|en>;
 * the note and the tags are TextualBody bodies with the purposes `commenting`
 * and `tagging`; the colour is a `stylesClass`. Revision ancestry rides in
 * `duizhao:history`, an extension term the context declares.
 */
const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const DUIZHAO_NAMESPACE = 'app://duizhao/ns#';
const STYLE_PREFIX = 'duizhao-highlight-';
const SOURCE_PATTERN = /^app:\/\/duizhao\/documents\/([^/]+)\/segments\/([^/]+)\/(zh|en)$/;

export function targetSource(segmentId: string, side: TextLanguage): string {
  const parsed = parseSegmentId(segmentId);
  if (!parsed) throw new Error(`Invalid segment id ${segmentId}`);
  return `app://duizhao/documents/${parsed.documentId}/segments/${parsed.key}/${side}`;
}

export interface CollectionInfo {
  generator: string;
  generated: Date;
}

/** `sides`: each annotation's provenance and counterpart, by id, when the corpus is at hand. */
export function toW3cCollection(records: readonly AnnotationRecord[], info: CollectionInfo, sides: ReadonlyMap<string, AnnotationSides> = new Map()): object {
  return {
    '@context': [ANNO_CONTEXT, { duizhao: DUIZHAO_NAMESPACE }],
    type: 'AnnotationCollection',
    label: 'Duizhao annotations',
    generator: { type: 'Software', name: info.generator },
    generated: info.generated.toISOString(),
    total: records.length,
    first: { type: 'AnnotationPage', startIndex: 0, items: records.map((record) => toW3cAnnotation(record, sides.get(record.id))) },
  };
}

function toW3cAnnotation(record: AnnotationRecord, sides: AnnotationSides | undefined): object {
  const { target } = record;
  const body = [
    ...(record.note ? [{ type: 'TextualBody', purpose: 'commenting', value: record.note, format: 'text/plain' }] : []),
    ...record.tags.map((tag) => ({ type: 'TextualBody', purpose: 'tagging', value: tag })),
  ];
  return {
    id: `urn:uuid:${record.id}`,
    type: 'Annotation',
    motivation: record.note ? 'commenting' : 'highlighting',
    ...(record.author ? { creator: { type: 'Person', name: record.author } } : {}),
    created: record.createdAt,
    modified: record.updatedAt,
    stylesClass: `${STYLE_PREFIX}${record.colour}`,
    ...(body.length ? { body } : {}),
    target: {
      source: targetSource(target.segmentId, target.side),
      selector: [
        { type: 'TextQuoteSelector', exact: target.quote.exact, prefix: target.quote.prefix, suffix: target.quote.suffix },
        { type: 'TextPositionSelector', start: target.position.start, end: target.position.end },
      ],
      ...(sides?.quoteOrigin ? { 'duizhao:origin': sides.quoteOrigin } : {}),
      ...(sides?.quoteSentences.length ? { 'duizhao:sentences': sides.quoteSentences } : {}),
    },
    ...(sides?.counterpart ? { 'duizhao:counterpart': counterpartResource(sides.counterpart) } : {}),
    'duizhao:history': record.history,
  };
}

function counterpartResource(counterpart: NonNullable<AnnotationSides['counterpart']>): object {
  return {
    type: 'SpecificResource',
    source: targetSource(counterpart.segmentId, counterpart.side),
    selector: [
      { type: 'TextQuoteSelector', exact: counterpart.text },
      { type: 'TextPositionSelector', start: counterpart.start, end: counterpart.end },
    ],
    'duizhao:origin': counterpart.origin,
    ...(counterpart.sentences ? { 'duizhao:sentences': counterpart.sentences } : {}),
  };
}

// ---- Reading a file a colleague sent ---------------------------------------

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
  'duizhao:history': z.array(z.string().regex(/^[0-9a-f]{32}$/)).max(1000).optional(),
});
type W3cAnnotation = z.infer<typeof w3cAnnotation>;

const annotationList = z.array(z.unknown()).max(100_000);
const container = z.union([
  annotationList,
  z.looseObject({ type: z.literal('AnnotationCollection'), first: z.union([z.looseObject({ items: annotationList }), z.string()]) }),
  z.looseObject({ type: z.literal('AnnotationPage'), items: annotationList }),
  z.looseObject({ type: z.literal('Annotation') }),
]);

/**
 * The annotations in an import file, each checked whole. Raises DomainError
 * `import-not-json` or `import-wrong-shape` (with where the first problem is)
 * before anything is stored: a file is taken entirely or not at all.
 */
export function parseW3cImport(text: string): AnnotationRecord[] {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new DomainError('import-not-json', 'The file is not JSON');
  }
  const outer = container.safeParse(json);
  if (!outer.success) {
    throw new DomainError('import-wrong-shape', 'The file is not a W3C annotation collection, page, list or annotation');
  }
  const items = itemsOf(outer.data);
  const seen = new Set<string>();
  return items.map((item, index) => {
    const parsed = w3cAnnotation.safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = [index, ...(issue?.path ?? [])].join('.');
      throw new DomainError('import-wrong-shape', `Annotation ${where}: ${issue?.message ?? 'not an annotation'}`);
    }
    const record = fromW3cAnnotation(parsed.data, index);
    if (seen.has(record.id)) throw new DomainError('import-wrong-shape', `Annotation ${index}: the id ${record.id} appears twice`);
    seen.add(record.id);
    return record;
  });
}

function itemsOf(data: z.infer<typeof container>): unknown[] {
  if (Array.isArray(data)) return data;
  if (data.type === 'Annotation') return [data];
  if (data.type === 'AnnotationPage') return data.items as unknown[];
  const first = (data as { first: unknown }).first;
  if (typeof first === 'string') {
    throw new DomainError('import-wrong-shape', 'The collection refers to its pages by address; Duizhao reads collections that hold their annotations');
  }
  return (first as { items: unknown[] }).items;
}

function fromW3cAnnotation(a: W3cAnnotation, index: number): AnnotationRecord {
  const wrong = (message: string) => new DomainError('import-wrong-shape', `Annotation ${index}: ${message}`);
  const [, documentId, key, side] = SOURCE_PATTERN.exec(a.target.source) ?? [];
  if (!DOCUMENT_ID_PATTERN.test(documentId) || !SEGMENT_KEY_PATTERN.test(key)) throw wrong('the target is not a Duizhao segment');
  const quote = a.target.selector.find((s) => s.type === 'TextQuoteSelector') as z.infer<typeof quoteSelector> | undefined;
  const position = a.target.selector.find((s) => s.type === 'TextPositionSelector') as z.infer<typeof positionSelector> | undefined;
  if (!quote || !position) throw wrong('the target needs a TextQuoteSelector and a TextPositionSelector');
  if (!quoteSelector.safeParse(quote).success || !positionSelector.safeParse(position).success) throw wrong('a selector is malformed');
  if (position.end <= position.start) throw wrong('the TextPositionSelector ends before it starts');

  const bodies = a.body === undefined ? [] : Array.isArray(a.body) ? a.body : [a.body];
  const tags = normaliseTags(bodies.filter((b) => b.purpose === 'tagging').map((b) => b.value));
  if (tags.length > TAGS_MAX_COUNT || tags.some((tag) => tag.length > TAG_MAX_LENGTH)) throw wrong('too many tags, or a tag that is too long');
  const note = bodies
    .filter((b) => b.purpose !== 'tagging')
    .map((b) => b.value)
    .join('\n\n');
  if (note.length > NOTE_MAX_LENGTH) throw wrong('the note is too long');

  const colour = (a.stylesClass?.startsWith(STYLE_PREFIX) ? a.stylesClass.slice(STYLE_PREFIX.length) : 'yellow') as HighlightColour;
  const content = {
    target: {
      segmentId: makeSegmentId(documentId, key),
      side: side as TextLanguage,
      quote: { type: 'TextQuoteSelector' as const, exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
      position: { type: 'TextPositionSelector' as const, start: position.start, end: position.end },
    },
    colour: (HIGHLIGHT_COLOURS as readonly string[]).includes(colour) ? colour : 'yellow',
    note,
    tags,
  };
  if (!(TEXT_LANGUAGES as readonly string[]).includes(content.target.side)) throw wrong('the target side is neither zh nor en');
  return {
    ...content,
    id: a.id.slice('urn:uuid:'.length).toLowerCase(),
    documentId,
    author: typeof a.creator === 'string' ? a.creator : (a.creator?.name ?? ''),
    createdAt: new Date(a.created).toISOString(),
    updatedAt: new Date(a.modified ?? a.created).toISOString(),
    deletedAt: null,
    revision: revisionOf(content, false),
    history: a['duizhao:history'] ?? [],
  };
}
