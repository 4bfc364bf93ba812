/**
 * The one place that decides how a segment id is made. A segment id is
 * `<documentId>:<key>`; the key is authored in the corpus sources and never
 * changes when the segment's text is corrected, so annotations and deep links
 * can anchor to it.
 */
export const DOCUMENT_ID_PATTERN = /^[a-z0-9][a-z0-9-]{1,79}$/;
export const SEGMENT_KEY_PATTERN = /^[a-z][a-z0-9]{0,15}$/;

export function makeSegmentId(documentId: string, key: string): string {
  if (!DOCUMENT_ID_PATTERN.test(documentId)) throw new Error(`Invalid document id: ${documentId}`);
  if (!SEGMENT_KEY_PATTERN.test(key)) throw new Error(`Invalid segment key: ${key}`);
  return `${documentId}:${key}`;
}

export function parseSegmentId(segmentId: string): { documentId: string; key: string } | null {
  const colon = segmentId.indexOf(':');
  if (colon < 0) return null;
  const documentId = segmentId.slice(0, colon);
  const key = segmentId.slice(colon + 1);
  if (!DOCUMENT_ID_PATTERN.test(documentId) || !SEGMENT_KEY_PATTERN.test(key)) return null;
  return { documentId, key };
}

/**
 * The paragraph number a key stands for, as the reader shows it ("p0042" → 42),
 * or null for a key of another form: messages name paragraphs by number, never
 * by key.
 */
export function paragraphNumberOfKey(key: string): number | null {
  const digits = /^p(\d{1,9})$/.exec(key)?.[1];
  return digits === undefined ? null : Number(digits);
}
