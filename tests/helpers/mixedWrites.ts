import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { createBackend } from '../../main/domain/backend';
import { CorpusRepository } from '../../main/domain/corpus/corpusRepository';
import type { Connection } from '../../main/domain/database/connection';
import { burstAnnotation } from './annotationBurst';

// Shared by the crash-safety test and its writer (mixedWriteWriter.ts).

export const WRITE_KINDS = ['create', 'edit', 'delete', 'restore', 'import', 'backup-restore'] as const;
export type WriteKind = (typeof WRITE_KINDS)[number];

/** What a user would notice of an annotation: where it is, what it says, whether it is deleted, and its revision. */
export interface RowState {
  segment_id: string;
  quote_exact: string;
  colour: string;
  note: string;
  tags_json: string;
  deleted: boolean;
  revision: string;
}

export function rowsOf(db: Connection): Record<string, RowState> {
  const rows = db
    .prepare('SELECT id, segment_id, quote_exact, colour, note, tags_json, deleted_at IS NOT NULL AS deleted, revision FROM annotation ORDER BY id')
    .all() as (Omit<RowState, 'deleted'> & { id: string; deleted: number })[];
  return Object.fromEntries(rows.map(({ id, deleted, ...row }) => [id, { ...row, deleted: deleted === 1 }]));
}

/** A line of the writer: `intent|ack <n> {"kind", "rows"}`. */
export interface WriterLine {
  type: 'intent' | 'ack';
  n: number;
  kind: WriteKind;
  rows: Record<string, Partial<RowState>>;
}

export function parseWriterLine(line: string): WriterLine {
  const [type, n, ...json] = line.split(' ');
  const body = JSON.parse(json.join(' ')) as { kind: WriteKind; rows: Record<string, Partial<RowState>> };
  return { type: type as WriterLine['type'], n: Number(n), ...body };
}

/** Does the stored row hold everything `expected` says (fields it leaves out are free)? */
export function holds(row: RowState | undefined, expected: Partial<RowState> | undefined): boolean {
  if (!row || !expected) return row === expected;
  return Object.entries(expected).every(([key, value]) => row[key as keyof RowState] === value);
}

/** Every segment of the corpus, in reading order, as burstAnnotation takes them. */
export function corpusSegments(corpusFile: string): Parameters<typeof burstAnnotation>[0] {
  const corpus = CorpusRepository.open(corpusFile);
  const segments = corpus.listDocuments().flatMap((d) => corpus.getDocument(d.id)!.segments);
  corpus.close();
  return segments;
}

/** A W3C JSON export of another profile's annotations, and those annotations' rows. */
export interface ImportSource {
  collection: { total: number; first: { items: { id: string }[] } };
  rows: Record<string, RowState>;
}

/**
 * Makes `count` annotations in a profile of their own and exports them as the
 * app does, into `<dir>/import-source.json`, for the writer's imports.
 */
export function makeImportSource(dir: string, corpusFile: string, count: number): string {
  const profile = path.join(dir, 'other-profile');
  const other = createBackend({ userDataDir: profile, corpusFile, systemLanguage: 'en' });
  // Only a fixture: no need to wait for the disk at every write.
  other.userDatabase.db.pragma('synchronous = OFF');
  const segments = corpusSegments(corpusFile);
  for (let i = 0; i < count; i++) other.handlers.createAnnotation(burstAnnotation(segments, 5000 + i));
  const exported = other.handlers.exportAnnotations({ format: 'w3c-json', language: 'en' }) as { content: string };
  const source: ImportSource = { collection: JSON.parse(exported.content) as ImportSource['collection'], rows: rowsOf(other.userDatabase.db) };
  other.close();
  const file = path.join(dir, 'import-source.json');
  fs.writeFileSync(file, JSON.stringify(source));
  return file;
}

/**
 * What became of the write in flight when the writer was killed: nothing of it
 * ('absent'), all of it ('whole'), or some of it ('partial', a failure), and
 * what the database must then hold, row for row.
 */
export function judgeInFlight(
  stored: Record<string, RowState>,
  acknowledged: Record<string, RowState>,
  inFlight: WriterLine | undefined,
): { outcome: 'none' | 'absent' | 'whole' | 'partial'; expected: Record<string, RowState> } {
  if (!inFlight) return { outcome: 'none', expected: acknowledged };
  // A create's id is made by the write: any row the acknowledged writes did not leave is its.
  const touched = inFlight.kind === 'create' ? Object.keys(stored).filter((id) => !(id in acknowledged)) : Object.keys(inFlight.rows);
  if (touched.every((id) => isDeepStrictEqual(stored[id], acknowledged[id]))) return { outcome: 'absent', expected: acknowledged };
  if (inFlight.kind === 'backup-restore') {
    return isDeepStrictEqual(stored, inFlight.rows) ? { outcome: 'whole', expected: inFlight.rows as Record<string, RowState> } : { outcome: 'partial', expected: acknowledged };
  }
  const whole =
    inFlight.kind === 'create'
      ? touched.length === 1 && holds(stored[touched[0]], inFlight.rows['*'])
      : touched.every((id) => holds(stored[id], inFlight.rows[id]));
  if (!whole) return { outcome: 'partial', expected: acknowledged };
  return { outcome: 'whole', expected: { ...acknowledged, ...Object.fromEntries(touched.map((id) => [id, stored[id]])) } };
}
