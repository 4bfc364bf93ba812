import { createHash } from 'node:crypto';
import type { Annotation, AnnotationTarget, HighlightColour } from '../../../contract/annotations';
import { repairLoneSurrogates } from '../../../contract/wellFormedText';

/** What a person wrote: the part of an annotation whose change makes a new revision. */
export interface AnnotationContent {
  target: AnnotationTarget;
  colour: HighlightColour;
  note: string;
  tags: string[];
}

/** An annotation as stored, before it is placed on today's text. */
export interface AnnotationRecord extends AnnotationContent {
  id: string;
  documentId: string;
  author: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  revision: string;
  /** Earlier revisions, oldest first: an incoming copy whose revision is here is older than ours. */
  history: string[];
}

/** A record as stored and as placed on today's text. */
export interface PlacedRecord {
  record: AnnotationRecord;
  annotation: Annotation;
}

/** Enough ancestry to recognise copies shared weeks ago, without letting a row grow without end. */
export const HISTORY_LIMIT = 200;

/**
 * A digest of the content (and whether it is deleted). The same edit made on two
 * machines gives the same revision, so it is not taken for a conflict. Lone
 * surrogates count as U+FFFD, as they read back from SQLite and as an import
 * repairs them: text stored before they were refused matches its own export.
 */
export function revisionOf(content: AnnotationContent, deleted: boolean): string {
  const { target } = content;
  const text = repairLoneSurrogates;
  const canonical = JSON.stringify([
    target.segmentId,
    target.side,
    text(target.quote.exact),
    text(target.quote.prefix),
    text(target.quote.suffix),
    target.position.start,
    target.position.end,
    content.colour,
    text(content.note),
    content.tags.map(text),
    deleted,
  ]);
  return createHash('sha256').update(canonical).digest('hex').slice(0, 32);
}

/** `history` followed by `more`, each revision once, the newest HISTORY_LIMIT kept. */
export function extendHistory(history: readonly string[], ...more: readonly string[]): string[] {
  const seen = new Set<string>();
  const merged: string[] = [];
  for (const revision of [...history, ...more].reverse()) {
    if (seen.has(revision)) continue;
    seen.add(revision);
    merged.push(revision);
  }
  return merged.slice(0, HISTORY_LIMIT).reverse();
}

/** Tags as stored: trimmed, inner white space collapsed, empty and repeated ones dropped, in the order given. */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of tags) {
    const tag = raw.normalize('NFC').replace(/\s+/g, ' ').trim().replace(/^#+/, '');
    const key = tag.toLocaleLowerCase();
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    result.push(tag);
  }
  return result;
}
