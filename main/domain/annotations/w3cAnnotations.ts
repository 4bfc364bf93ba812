import type { TextLanguage } from '../../../contract/languages';
import { STORED_CHINESE_SCRIPT } from '../../../contract/model';
import { parseSegmentId } from '../../../contract/segmentId';
import type { AnnotationSides } from './annotationCounterpart';
import type { AnnotationRecord } from './annotationRecord';

/**
 * Annotations as JSON-LD following the W3C Web Annotation data model
 * (https://www.w3.org/TR/annotation-model/), the format colleagues exchange:
 * an AnnotationCollection with one AnnotationPage. A segment side is the
 * target's source, app://duizhao/documents/<document>/segments/<key>/<zh|en>;
 * the note and the tags are TextualBody bodies with the purposes `commenting`
 * and `tagging`; the colour is a `stylesClass`. Revision ancestry rides in
 * `duizhao:history`, an extension term the context declares.
 *
 * Deletions travel as tombstones in the collection's `duizhao:deletions`, beside
 * its pages rather than in them, so that a W3C client that does not know the
 * term never shows a deleted annotation. Each is an Annotation with its target,
 * no body (the deleted words do not travel), `duizhao:deleted` (when), its
 * `duizhao:revision` (which the missing body no longer lets a reader compute)
 * and `duizhao:history` (the versions it deleted). `total` counts live ones.
 * Reading is in w3cImport.ts.
 */
const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const DUIZHAO_NAMESPACE = 'app://duizhao/ns#';
export const STYLE_PREFIX = 'duizhao-highlight-';
export const SOURCE_PATTERN = /^app:\/\/duizhao\/documents\/([^/]+)\/segments\/([^/]+)\/(zh|en)$/;

export function targetSource(segmentId: string, side: TextLanguage): string {
  const parsed = parseSegmentId(segmentId);
  if (!parsed) throw new Error(`Invalid segment id ${segmentId}`);
  return `app://duizhao/documents/${parsed.documentId}/segments/${parsed.key}/${side}`;
}

export interface CollectionInfo {
  generator: string;
  generated: Date;
}

/**
 * `sides`: each annotation's provenance and counterpart, by id, when the corpus is at hand;
 * `deletions`: deleted annotations, written as tombstones.
 */
export function toW3cCollection(
  records: readonly AnnotationRecord[],
  info: CollectionInfo,
  sides: ReadonlyMap<string, AnnotationSides> = new Map(),
  deletions: readonly AnnotationRecord[] = [],
): object {
  return {
    '@context': [ANNO_CONTEXT, { duizhao: DUIZHAO_NAMESPACE }],
    type: 'AnnotationCollection',
    label: 'Duizhao annotations',
    generator: { type: 'Software', name: info.generator },
    generated: info.generated.toISOString(),
    // Quotes and counterparts are the stored text, whatever script the reader showed.
    'duizhao:chineseScript': STORED_CHINESE_SCRIPT,
    total: records.length,
    first: { type: 'AnnotationPage', startIndex: 0, items: records.map((record) => toW3cAnnotation(record, sides.get(record.id))) },
    ...(deletions.length ? { 'duizhao:deletions': deletions.map(toW3cTombstone) } : {}),
  };
}

/** A page of the records a streamed collection carries, with their sides. */
export interface W3cPage {
  records: readonly AnnotationRecord[];
  sides: ReadonlyMap<string, AnnotationSides>;
}

/** Where the streamed items go in the collection's text; no annotation can hold it, JSON escapes U+0000. */
const ITEMS_PLACE = '\u0000items';
/** The items' depth in the collection: collection, `first`, `items`, two spaces each. */
const ITEM_INDENT = '      ';

/**
 * The collection toW3cCollection makes, as JSON.stringify(…, null, 2) writes it,
 * in chunks: the collection around its items, then the items a page at a time.
 */
export function* w3cCollectionChunks(count: number, pages: Iterable<W3cPage>, info: CollectionInfo, deletions: readonly AnnotationRecord[] = []): Generator<string> {
  const shell = toW3cCollection([], info, new Map(), deletions) as { total: number; first: { items: unknown[] } };
  shell.total = count;
  if (count === 0) {
    yield `${JSON.stringify(shell, null, 2)}\n`;
    return;
  }
  shell.first.items = [ITEMS_PLACE];
  const text = JSON.stringify(shell, null, 2);
  const place = text.indexOf(JSON.stringify(ITEMS_PLACE));
  yield text.slice(0, place);
  let first = true;
  for (const { records, sides } of pages) {
    const items = records.map((record) => JSON.stringify(toW3cAnnotation(record, sides.get(record.id)), null, 2).replace(/\n/g, `\n${ITEM_INDENT}`));
    if (items.length === 0) continue;
    yield `${first ? '' : `,\n${ITEM_INDENT}`}${items.join(`,\n${ITEM_INDENT}`)}`;
    first = false;
  }
  yield `${text.slice(place + JSON.stringify(ITEMS_PLACE).length)}\n`;
}

function toW3cTombstone(record: AnnotationRecord): object {
  return {
    id: `urn:uuid:${record.id}`,
    type: 'Annotation',
    ...(record.author ? { creator: { type: 'Person', name: record.author } } : {}),
    created: record.createdAt,
    modified: record.updatedAt,
    'duizhao:deleted': record.deletedAt,
    stylesClass: `${STYLE_PREFIX}${record.colour}`,
    target: w3cTarget(record),
    'duizhao:revision': record.revision,
    'duizhao:history': record.history,
  };
}

function w3cTarget({ target }: AnnotationRecord) {
  return {
    source: targetSource(target.segmentId, target.side),
    selector: [
      { type: 'TextQuoteSelector', exact: target.quote.exact, prefix: target.quote.prefix, suffix: target.quote.suffix },
      { type: 'TextPositionSelector', start: target.position.start, end: target.position.end },
    ],
  };
}

function toW3cAnnotation(record: AnnotationRecord, sides: AnnotationSides | undefined): object {
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
      ...w3cTarget(record),
      ...(sides?.quoteOrigin ? { 'duizhao:origin': sides.quoteOrigin } : {}),
      ...(sides?.quoteSentences.length ? { 'duizhao:sentences': sides.quoteSentences } : {}),
      // The paragraph's review note, in every interface language: a flagged quote stays flagged in other tools.
      ...(sides?.reviewNote ? { 'duizhao:reviewNote': sides.reviewNote } : {}),
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
