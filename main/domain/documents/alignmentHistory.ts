import { z } from 'zod';
import type { AlignedSegment } from './alignedSegments';
import { type AlignmentEdit, type SegmentPatch, refuse } from './alignmentEditTypes';
import { applyAlignmentEdit, applySegmentPatch } from './alignmentEdits';

/**
 * The alignment editor's log: who made each edit and when, with what puts it
 * back, kept across restarts (issue "Bring your own documents"). Undo applies
 * an entry's inverse and moves it to the redo stack; redo applies its edit
 * again; a new edit clears the redo stack. Pure: storage saves the history
 * and the segments it answers in one transaction.
 */
export interface AlignmentLogEntry {
  id: string;
  documentId: string;
  edit: AlignmentEdit;
  inverse: SegmentPatch;
  /** The user's name as the preferences hold it. */
  by: string;
  /** ISO 8601. */
  at: string;
}

export interface AlignmentHistory {
  documentId: string;
  /** Oldest first; the last is undone first. */
  undo: AlignmentLogEntry[];
  /** The last undone last; it is redone first. */
  redo: AlignmentLogEntry[];
}

export interface HistoryStep {
  history: AlignmentHistory;
  segments: AlignedSegment[];
  /** The entry made, undone or redone. */
  entry: AlignmentLogEntry;
  /** The segments to rewrite in storage: those named in `remove` give way to `insert`. */
  change: SegmentPatch;
}

export const emptyAlignmentHistory = (documentId: string): AlignmentHistory => ({ documentId, undo: [], redo: [] });

export function recordAlignmentEdit(
  history: AlignmentHistory,
  segments: readonly AlignedSegment[],
  edit: AlignmentEdit,
  made: { id: string; by: string; at: string },
): HistoryStep {
  const result = applyAlignmentEdit(segments, edit);
  const entry: AlignmentLogEntry = { id: made.id, documentId: history.documentId, edit, inverse: result.inverse, by: made.by, at: made.at };
  return { history: { ...history, undo: [...history.undo, entry], redo: [] }, segments: result.segments, entry, change: result.change };
}

export function undoAlignmentEdit(history: AlignmentHistory, segments: readonly AlignedSegment[]): HistoryStep {
  const entry = history.undo[history.undo.length - 1];
  if (!entry) refuse('alignment-nothing-to-undo', `Nothing to undo in ${history.documentId}`);
  const restored = applySegmentPatch(segments, entry.inverse);
  return { history: { ...history, undo: history.undo.slice(0, -1), redo: [...history.redo, entry] }, segments: restored, entry, change: entry.inverse };
}

export function redoAlignmentEdit(history: AlignmentHistory, segments: readonly AlignedSegment[]): HistoryStep {
  const entry = history.redo[history.redo.length - 1];
  if (!entry) refuse('alignment-nothing-to-redo', `Nothing to redo in ${history.documentId}`);
  // The segments the edit was made on must be back where they were.
  const expected = entry.inverse.insert.map((s) => s.key);
  const found = segments.slice(entry.inverse.index, entry.inverse.index + expected.length).map((s) => s.key);
  if (found.join(',') !== expected.join(',')) refuse('alignment-history-stale', `Expected ${expected.join(',')} at ${entry.inverse.index} to redo ${entry.id}`);
  const result = applyAlignmentEdit(segments, entry.edit);
  const redone = { ...entry, inverse: result.inverse };
  return { history: { ...history, undo: [...history.undo, redone], redo: history.redo.slice(0, -1) }, segments: result.segments, entry: redone, change: result.change };
}

const sentenceSchema = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) }).strict();
const wordPairSchema = z
  .object({ zhSentence: z.number().int().min(0), zhStart: z.number().int(), zhEnd: z.number().int(), enSentence: z.number().int().min(0), enStart: z.number().int(), enEnd: z.number().int() })
  .strict();
const segmentSchema = z
  .object({
    key: z.string(),
    kind: z.enum(['title', 'heading', 'paragraph']),
    level: z.union([z.literal(1), z.literal(2), z.null()]),
    zh: z.string().nullable(),
    en: z.string().nullable(),
    sentences: z.object({ zh: z.array(sentenceSchema), en: z.array(sentenceSchema) }).strict(),
    links: z.array(
      z
        .object({ zh: z.array(z.number().int().min(1)), en: z.array(z.number().int().min(1)), confidence: z.number().min(0).max(1), corrected: z.boolean(), words: z.array(wordPairSchema) })
        .strict(),
    ),
  })
  .strict();
/** An edit's inverse as stored in the log (alignmentEditLog.ts), checked for shape when read back. */
export const segmentPatchSchema = z.object({ index: z.number().int().min(0), remove: z.array(z.string()), insert: z.array(segmentSchema) }).strict();
