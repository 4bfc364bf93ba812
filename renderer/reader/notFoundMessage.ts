import type { TFunction } from 'i18next';
import { paragraphNumberOfKey } from '../../contract/segmentId';

/** What the reader says when a deep link names a paragraph the document lacks: by number, never by internal key. */
export function notFoundMessage(t: TFunction, segmentKey: string | null): string {
  const number = segmentKey === null ? null : paragraphNumberOfKey(segmentKey);
  return number === null ? t('reader.notFoundLink') : t('reader.notFoundSegment', { number });
}
