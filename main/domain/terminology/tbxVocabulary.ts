import type { TermStatus } from '../../../contract/terminology';
import { encodeFields, decodeFields } from './termbaseFields';

/**
 * The TBX names Duizhao writes and reads: TBX v3 (ISO 30042:2019) in the DCA
 * style, TBX-Basic dialect. One place, so the writer, the reader and the
 * schema test cannot drift apart.
 */
export const TBX_NAMESPACE = 'urn:iso:std:iso:30042:ed-2';
export const TBX_DIALECT = 'TBX-Basic';

/**
 * TBX-Basic's administrativeStatus picklist. "forbidden" is TBX's deprecated
 * term: a rendering not to use.
 */
export const STATUS_TO_TBX: Record<TermStatus, string> = {
  preferred: 'preferredTerm-admn-sts',
  admitted: 'admittedTerm-admn-sts',
  superseded: 'supersededTerm-admn-sts',
  forbidden: 'deprecatedTerm-admn-sts',
};
export const TBX_TO_STATUS: ReadonlyMap<string, TermStatus> = new Map(Object.entries(STATUS_TO_TBX).map(([status, tbx]) => [tbx, status as TermStatus]));

/**
 * A concept's origin (shipped or the user's) has no TBX data category: it is
 * a `<note>` in Duizhao's notation, written only for starter concepts, so a
 * file from another tool imports as the user's own.
 */
const CONCEPT_HEAD = 'duizhao-concept';
export const formatStarterOrigin = (): string => encodeFields(CONCEPT_HEAD, [['origin', 'starter']]);
export const isStarterOrigin = (note: string): boolean => decodeFields(note, CONCEPT_HEAD)?.get('origin') === 'starter';
export const isConceptRecord = (note: string): boolean => decodeFields(note, CONCEPT_HEAD) !== null;
