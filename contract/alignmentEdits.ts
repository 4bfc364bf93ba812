import { z } from 'zod';
import { TEXT_LANGUAGES } from './languages';
import { DOCUMENT_ID_PATTERN, SEGMENT_KEY_PATTERN } from './segmentId';

/**
 * The alignment editor (issue 10, "Bring your own documents"): the edits a
 * person makes to an imported document's alignment in the reader, and the
 * calls that make, undo and redo them. A segment is named by its key, sentences
 * and links by their 1-based numbers in it, as the reader shows them; an
 * offset is UTF-16 in the segment side's text, as annotations' positions are.
 * The schema checks an edit's shape when it arrives from the renderer or from
 * the stored log; whether it fits the document is the edit's own check.
 */
const segment = z.string().regex(SEGMENT_KEY_PATTERN);
const side = z.enum(TEXT_LANGUAGES);
const number = z.number().int().min(1).max(1_000_000);

export const alignmentEditSchema = z.discriminatedUnion('type', [
  /** The sentence and the one after it on its side become one. */
  z.object({ type: z.literal('merge-sentences'), segment, side, sentence: number }).strict(),
  /** The sentence becomes two at the caret; the second stays in its link. */
  z.object({ type: z.literal('split-sentence'), segment, side, sentence: number, offset: z.number().int().min(0).max(10_000_000) }).strict(),
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
export const ALIGNMENT_EDIT_TYPES = alignmentEditSchema.options.map((o) => o.shape.type.value);

/** One made edit as the history lists it. */
export interface AlignmentHistoryEntry {
  seq: number;
  type: AlignmentEditType;
  /** The segment key the edit was made on. */
  segment: string;
  /** The author name of whoever made it ('' when none was set). */
  by: string;
  /** ISO 8601. */
  at: string;
}

/**
 * A document's alignment history. `revision` changes with every edit, undo
 * and redo: a call that names a revision other than the current one was made
 * on a document that has changed since, and is refused (alignment-history-stale).
 */
export interface AlignmentHistoryView {
  documentId: string;
  revision: number;
  /** Oldest first; the last is undone first. */
  done: AlignmentHistoryEntry[];
  /** The next to redo first. */
  undone: AlignmentHistoryEntry[];
  canUndo: boolean;
  canRedo: boolean;
}

/** What an edit, undo or redo answers: the history now, and the segment keys whose rows changed (the reader fetches the document again). */
export interface AlignmentEditOutcome {
  history: AlignmentHistoryView;
  /** Keys of the segments rewritten, as they are now (a merge's second segment is gone). */
  changedSegments: string[];
  /** Annotations moved with their text (a merge or split of paragraphs). */
  movedAnnotations: number;
}

const documentId = z.string().regex(DOCUMENT_ID_PATTERN);
const revision = z.number().int().min(0);

export const alignmentEditCallArgs = {
  editAlignment: z.object({ documentId, edit: alignmentEditSchema, revision: revision.optional() }).strict(),
  undoAlignmentEdit: z.object({ documentId, revision: revision.optional() }).strict(),
  redoAlignmentEdit: z.object({ documentId, revision: revision.optional() }).strict(),
  getAlignmentHistory: z.object({ documentId }).strict(),
};
