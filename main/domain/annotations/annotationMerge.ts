import type { ImportOutcome } from '../../../contract/annotations';
import { extendHistory, revisionOf, type AnnotationRecord } from './annotationRecord';
import type { AnnotationStore, StoredRecord } from './annotationStore';

/** What a merge can answer; rejections are decided before a record gets here. */
export type MergeOutcome = Exclude<ImportOutcome, 'rejected'>;

/**
 * Merges one incoming record (an annotation, or a deletion: `deletedAt` set)
 * into our copy, by revisions: each record carries the digest of its content
 * and the digests of the versions it replaced (annotationRecord.ts).
 *
 * - new here → added (a deletion of one we never had is recorded, so an older copy
 *   cannot bring it back later);
 * - same revision, or one ours replaced → duplicate / older, nothing written;
 * - ours is in its history → it is newer: updated, or deleted when it is a deletion;
 * - both changed: two edits → a conflict, kept for the user; their edit of a version
 *   we deleted → it comes back; their deletion of a version we have edited since →
 *   our edit is kept. Words someone wrote are never dropped by someone who had not
 *   seen them.
 */
export function mergeRecord(store: AnnotationStore, local: StoredRecord | null, incoming: AnnotationRecord, at: string): MergeOutcome {
  const isDeletion = incoming.deletedAt !== null;
  if (local === null) {
    store.insert(incoming);
    return isDeletion ? 'deletion-recorded' : 'added';
  }
  // A row stored before lone surrogates were repaired has a revision of text it no longer holds: compare what it holds.
  if (incoming.revision === local.revision || incoming.revision === revisionOf(local, local.deletedAt !== null)) return 'duplicate';
  if (local.history.includes(incoming.revision)) return 'older';

  const history = extendHistory(local.history, ...incoming.history, local.revision);
  const newer = incoming.history.includes(local.revision);
  if (isDeletion) {
    if (local.deletedAt === null && !newer) return 'edit-kept';
    // Ours keeps its words, marked deleted as theirs is: the deletion is the newer version.
    // A pending conflict stays, out of sight with the row: a third version's words are not dropped with ours.
    store.write({ ...local, deletedAt: incoming.deletedAt, updatedAt: incoming.updatedAt, revision: incoming.revision, history: history.filter((r) => r !== incoming.revision) });
    return local.deletedAt === null ? 'deleted' : 'deletion-recorded';
  }
  if (newer || local.deletedAt !== null) {
    store.write({ ...incoming, createdAt: local.createdAt, deletedAt: null, history: history.filter((r) => r !== incoming.revision) });
    store.clearConflict(local.id);
    return 'updated';
  }
  if (store.pendingConflictRevision(local.id) === incoming.revision) return 'duplicate';
  store.setConflict(local.id, incoming, at);
  return 'conflict';
}
