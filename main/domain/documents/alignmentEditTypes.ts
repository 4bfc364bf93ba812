import { z } from 'zod';
import { TEXT_LANGUAGES } from '../../../contract/languages';
import type { ErrorReason } from '../../../contract/result';
import { SEGMENT_KEY_PATTERN } from '../../../contract/segmentId';
import { DomainError } from '../errors';
import type { AlignedSegment } from './alignedSegments';

/**
 * The alignment editor's edits (issue "Bring your own documents"). A segment
 * is named by its key, sentences and links by their 1-based numbers in it,
 * as the reader shows them; an offset is UTF-16 in the segment side's text,
 * as annotations' positions are. The schema checks an edit's shape when it
 * arrives from the renderer or from the stored log; whether it fits the
 * document is the edit's own check.
 */
const segment = z.string().regex(SEGMENT_KEY_PATTERN);
const side = z.enum(TEXT_LANGUAGES);
const number = z.number().int().min(1).max(1_000_000);

export const alignmentEditSchema = z.discriminatedUnion('type', [
  /** The sentence and the one after it on its side become one. */
  z.object({ type: z.literal('merge-sentences'), segment, side, sentence: number }).strict(),
  /** The sentence becomes two at the caret; the second stays in its link. */
  z.object({ type: z.literal('split-sentence'), segment, side, sentence: number, offset: z.number().int().min(0) }).strict(),
  /** The segment and the one after it become one. */
  z.object({ type: z.literal('merge-segments'), segment }).strict(),
  /** The segment becomes two, the second starting with link `link`. */
  z.object({ type: z.literal('split-segment'), segment, link: number }).strict(),
  /** The first sentence of a link joins the previous link, or the last joins the next. */
  z.object({ type: z.literal('move-sentence'), segment, side, sentence: number, direction: z.enum(['previous', 'next']) }).strict(),
  /** Link `link` and the one after it become one. */
  z.object({ type: z.literal('link'), segment, link: number }).strict(),
  /** Link `link` becomes its Chinese part and its English part. */
  z.object({ type: z.literal('unlink'), segment, link: number }).strict(),
  /** The sentence becomes a link of its own with nothing on the other side. */
  z.object({ type: z.literal('no-counterpart'), segment, side, sentence: number }).strict(),
]);

export type AlignmentEdit = z.infer<typeof alignmentEditSchema>;
export type AlignmentEditType = AlignmentEdit['type'];

/**
 * Segments replaced by others at one place of the document: how an edit is
 * undone (exactly, whatever it was), and what storage rewrites. `remove`
 * names the keys expected there, so a patch applied to a document that has
 * changed since is refused rather than misapplied.
 */
export interface SegmentPatch {
  index: number;
  remove: string[];
  insert: AlignedSegment[];
}

export interface AlignmentEditResult {
  segments: AlignedSegment[];
  /** The segments the edit rewrote, as a patch of the document before it. */
  change: SegmentPatch;
  /** The patch that puts the document back as it was. */
  inverse: SegmentPatch;
}

export type AlignmentRefusal = Extract<ErrorReason, `alignment-${string}`>;

export function refuse(reason: AlignmentRefusal, message: string): never {
  throw new DomainError('alignment-edit-refused', message, { reason });
}
