import type { Annotation, AnnotationConflict, AnnotationPlacement } from '../../../contract/annotations';
import type { Segment } from '../../../contract/model';
import { anchor } from './anchoring';
import type { AnnotationRecord, PlacedRecord } from './annotationRecord';
import type { StoredRecord } from './annotationStore';
import type { SegmentSource } from './segmentSource';

type SegmentOf = (segmentId: string) => (Segment & { documentId: string }) | null;

/** getSegment, each segment read once: many annotations share a paragraph. */
export function cachedSegments(segments: SegmentSource): SegmentOf {
  const cache = new Map<string, (Segment & { documentId: string }) | null>();
  return (id) => {
    if (!cache.has(id)) cache.set(id, segments.getSegment(id));
    return cache.get(id)!;
  };
}

/** Where a record lands on today's text of its segment side; orphaned when the side or the quote is gone. */
export function placementOf(record: Pick<AnnotationRecord, 'target'>, segmentOf: SegmentOf): AnnotationPlacement {
  const text = segmentOf(record.target.segmentId)?.[record.target.side]?.text;
  return text === undefined ? { status: 'orphaned' } : anchor(text, record.target.quote, record.target.position);
}

/** Places each record on today's text of its segment. */
export function placeRecords(records: readonly StoredRecord[], segmentOf: SegmentOf): PlacedRecord[] {
  return records.map((record) => {
    const segment = segmentOf(record.target.segmentId);
    const side = segment?.[record.target.side] ?? null;
    const annotation: Annotation = {
      id: record.id,
      documentId: record.documentId,
      paragraph: segment ? segment.position + 1 : null,
      target: record.target,
      placement: placementOf(record, segmentOf),
      provenance: side && segment ? { origin: side.origin, reviewNote: segment.reviewNote } : null,
      colour: record.colour,
      note: record.note,
      tags: record.tags,
      author: record.author,
      createdAt: record.createdAt,
      updatedAt: record.updatedAt,
      conflict: record.conflictJson ? toConflict(JSON.parse(record.conflictJson) as AnnotationRecord, record) : null,
    };
    const { conflictJson: _conflictJson, ...stored } = record;
    return { record: stored, annotation };
  });
}

function toConflict(incoming: AnnotationRecord, ours: AnnotationRecord): AnnotationConflict {
  return {
    colour: incoming.colour,
    note: incoming.note,
    tags: incoming.tags,
    author: incoming.author,
    updatedAt: incoming.updatedAt,
    quote: incoming.target.quote.exact === ours.target.quote.exact ? '' : incoming.target.quote.exact,
  };
}
