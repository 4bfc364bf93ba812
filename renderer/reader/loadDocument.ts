import { useCallback, useEffect, useRef, useState } from 'react';
import type { DuizhaoApi } from '../../contract/api';
import { SEGMENT_KINDS, TEXT_ORIGINS, type DocumentDetail, type DocumentPart, type Segment } from '../../contract/model';
import { linksInReadingOrder, type SentenceLink } from '../../contract/alignment';
import type { ApiError } from '../../contract/result';
import { makeSegmentId } from '../../contract/segmentId';

/** Segments asked for at a time: a part of a 10,000-paragraph document takes the main process a few tens of ms. */
const PART_SIZE = 500;
/**
 * The first part is smaller: it is all the first paint waits for, and a window shows a few dozen rows at most
 * (500 long generated paragraphs came to 1.2 MB of JSON, some 70 ms of the 2,000-paragraph document's first rows).
 */
const FIRST_PART_SIZE = 100;

/** Rows whose part has not arrived: each stands in its place, with its id, until it does. */
const pending = new WeakSet<Segment>();

export function isPendingSegment(segment: Segment): boolean {
  return pending.has(segment);
}

function pendingSegment(id: string, position: number): Segment {
  const segment: Segment = { id, position, kind: 'paragraph', level: null, zh: null, en: null, reviewNote: null, sentences: { zh: [], en: [] } };
  pending.add(segment);
  return segment;
}

export type LoadingDocument =
  | { state: 'loading' }
  | { state: 'failed'; error: ApiError }
  /**
   * `complete` once every part has arrived; until then the rows of the parts still to come are pending.
   * `generation` counts the fetches: a document fetched again (after an alignment edit) is a new one to show.
   */
  | { state: 'ready'; doc: DocumentDetail; complete: boolean; generation: number };

/**
 * A document fetched in parts (issue 14): the reader shows the first part, or for a deep link the part holding its
 * row, as soon as it arrives, with every other row in its place (the first part brings every segment id), and the rest
 * comes behind it, the parts nearest the row shown first, joined into the document in one render once all are in.
 * No one call holds the main process, or the page's JSON parser, for the whole of a long document.
 */
export function useDocumentParts(api: DuizhaoApi, documentId: string, segmentKey: string | null): [LoadingDocument, () => void, () => void] {
  const [loading, setLoading] = useState<LoadingDocument>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  // Fetched again after an edit: the document stays shown until the new one is in, rather than a loading line.
  const quietly = useRef(false);
  // The row the document was opened on: a later deep link into the same document does not fetch it again.
  const openedOn = useRef(segmentKey);
  openedOn.current ??= segmentKey;
  useEffect(() => {
    let current = true;
    if (!quietly.current) setLoading({ state: 'loading' });
    quietly.current = false;
    const fail = (error: ApiError) => current && setLoading({ state: 'failed', error });
    fetchInParts(api, documentId, openedOn.current, {
      shown: (doc, complete) => current && setLoading({ state: 'ready', doc, complete, generation: attempt }),
      stillWanted: () => current,
    }).then((error) => error && fail(error), (error: unknown) => fail({ code: 'internal', message: String(error) }));
    return () => {
      current = false;
    };
  }, [api, documentId, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const refresh = useCallback(() => {
    quietly.current = true;
    setAttempt((n) => n + 1);
  }, []);
  return [loading, retry, refresh];
}

interface PartListener {
  shown(doc: DocumentDetail, complete: boolean): void;
  stillWanted(): boolean;
}

/** Fetches the parts in the order the reader wants them; answers the error that stopped it, or null. */
async function fetchInParts(api: DuizhaoApi, documentId: string, segmentKey: string | null, listener: PartListener): Promise<ApiError | null> {
  const first = await api.getDocumentPart({ documentId, from: 0, count: FIRST_PART_SIZE, withIds: true });
  if (!first.ok) return first.error;
  const ids = first.value.ids ?? first.value.segments.map((s) => s.id);
  const parts = new Map<number, DocumentPart>();
  // Each part as it arrives, its strings shared once (joinParts runs again over every part).
  const keep = (part: DocumentPart) => {
    part.segments.forEach((segment, i) => shareStrings(segment, ids[part.from + i]));
    parts.set(part.from, part);
  };
  keep(first.value);
  const starts: number[] = [];
  for (let from = FIRST_PART_SIZE; from < ids.length; from += PART_SIZE) starts.push(from);
  const target = segmentKey === null ? -1 : ids.indexOf(makeSegmentId(documentId, segmentKey));
  const near = target >= FIRST_PART_SIZE ? FIRST_PART_SIZE + Math.floor((target - FIRST_PART_SIZE) / PART_SIZE) * PART_SIZE : 0;
  // The part holding a deep link's row first, then the others nearest it.
  starts.sort((a, b) => Math.abs(a - near) - Math.abs(b - near) || a - b);
  if (near > 0) {
    const part = await api.getDocumentPart({ documentId, from: near, count: PART_SIZE });
    if (!part.ok) return part.error;
    keep(part.value);
    starts.shift();
  }
  if (!listener.stillWanted()) return null;
  listener.shown(joinParts(first.value, ids, parts), starts.length === 0);
  for (const from of starts) {
    const part = await api.getDocumentPart({ documentId, from, count: PART_SIZE });
    if (!listener.stillWanted()) return null;
    if (!part.ok) return part.error;
    keep(part.value);
  }
  if (starts.length > 0) listener.shown(joinParts(first.value, ids, parts), true);
  return null;
}

const KIND_OF = new Map<string, Segment['kind']>(SEGMENT_KINDS.map((kind) => [kind, kind]));
const ORIGIN_OF = new Map<string, (typeof TEXT_ORIGINS)[number]>(TEXT_ORIGINS.map((origin) => [origin, origin]));

/**
 * One string for each id, kind and origin however many rows carry it: parsed JSON gives every row its own copies
 * (at 10,000 rows, 40,000 strings the reader's heap holds for nothing).
 */
function shareStrings(segment: Segment, id: string | undefined): void {
  if (id === segment.id) segment.id = id;
  segment.kind = KIND_OF.get(segment.kind) ?? segment.kind;
  for (const side of [segment.zh, segment.en]) if (side) side.origin = ORIGIN_OF.get(side.origin) ?? side.origin;
}

/** The document as far as it has arrived: every row in its place, those of parts still to come pending. */
function joinParts(first: DocumentPart, ids: readonly string[], parts: ReadonlyMap<number, DocumentPart>): DocumentDetail {
  const segments: Segment[] = new Array<Segment>(ids.length);
  const links = new Map<number, SentenceLink>();
  for (const part of parts.values()) {
    part.segments.forEach((segment, i) => (segments[part.from + i] = segment));
    for (const link of part.links) links.set(link.id, link);
  }
  for (let i = 0; i < ids.length; i++) segments[i] ??= pendingSegment(ids[i], i);
  const positions = new Map(ids.map((id, i) => [id, i]));
  return { ...first.document, segments, links: linksInReadingOrder(links.values(), (id) => positions.get(id)) };
}
