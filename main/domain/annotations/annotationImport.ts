import {
  IMPORT_MAX_BYTES,
  IMPORT_OUTCOMES,
  IMPORT_WRITING_OUTCOMES,
  type ImportFile,
  type ImportFileReport,
  type ImportMode,
  type ImportOutcome,
  type ImportRecordReport,
  type ImportReport,
} from '../../../contract/annotations';
import type { Connection } from '../database/connection';
import { DomainError } from '../errors';
import { anchor } from './anchoring';
import { mergeRecord } from './annotationMerge';
import type { AnnotationRecord } from './annotationRecord';
import type { AnnotationStore } from './annotationStore';
import type { SegmentSource } from './segmentSource';
import { readW3cFile, type ReadRecord } from './w3cImport';

/** Thrown to roll a preview's transaction back once its report is made. */
class PreviewDone extends Error {}

/**
 * Imports colleagues' W3C JSON files (issue 13, items 6–10). Each file is read on
 * its own: one that is not an annotation file is refused whole, and within the
 * others each record is merged or rejected with its reason. The files are merged
 * in the order given, in one transaction, so a record is compared with what the
 * files before it left. A preview runs exactly the same merge and rolls it back:
 * what it reports is what applying does, unless the data changes in between.
 */
export class AnnotationImporter {
  constructor(
    private readonly db: Connection,
    private readonly store: AnnotationStore,
    private readonly segments: SegmentSource,
    private readonly now: () => Date,
  ) {}

  run(files: readonly ImportFile[], mode: ImportMode): ImportReport {
    const bytes = files.reduce((sum, file) => sum + Buffer.byteLength(file.content, 'utf8'), 0);
    if (bytes > IMPORT_MAX_BYTES) throw new DomainError('import-too-large', `The files hold ${bytes} bytes, more than ${IMPORT_MAX_BYTES}`);
    const read = files.map((file) => readFile(file));
    let reports: ImportFileReport[] = [];
    const at = this.now().toISOString();
    try {
      this.db
        .transaction(() => {
          reports = read.map(({ name, error, records }) => ({ name, error, records: records.map((r) => this.importRecord(r, at)) }));
          if (mode === 'preview') throw new PreviewDone();
        })
        .immediate();
    } catch (error) {
      if (!(error instanceof PreviewDone)) throw error;
    }
    return summarise(reports, mode === 'apply');
  }

  private importRecord(read: ReadRecord, at: string): ImportRecordReport {
    const { record: incoming, ...report } = read;
    if (incoming === null) return { ...report, outcome: 'rejected', orphaned: false };
    const local = this.store.find(incoming.id);
    const rejection = this.refusal(incoming, local?.documentId ?? null);
    if (rejection) return { ...report, outcome: 'rejected', rejection, orphaned: false };
    const outcome = mergeRecord(this.store, local, incoming, at);
    return { ...report, outcome, orphaned: (outcome === 'added' || outcome === 'updated') && this.isOrphan(incoming) };
  }

  /** Why an otherwise readable record cannot be taken here, if it cannot. */
  private refusal(incoming: AnnotationRecord, localDocumentId: string | null): ImportRecordReport['rejection'] {
    // An annotation stays in its document (item 8): no record moves ours elsewhere.
    if (localDocumentId !== null && localDocumentId !== incoming.documentId) return { reason: 'other-document', field: 'target.source' };
    // A deletion of ours needs only ours; anything else must land on a paragraph of this library.
    if (incoming.deletedAt !== null && localDocumentId !== null) return null;
    if (this.segments.getSegment(incoming.target.segmentId)?.documentId !== incoming.documentId) return { reason: 'unknown-segment', field: 'target.source' };
    return null;
  }

  private isOrphan(record: AnnotationRecord): boolean {
    const text = this.segments.getSegment(record.target.segmentId)?.[record.target.side]?.text;
    return text === undefined || anchor(text, record.target.quote, record.target.position).status === 'orphaned';
  }
}

function readFile(file: ImportFile): { name: string; error: ImportFileReport['error']; records: ReadRecord[] } {
  try {
    return { name: file.name, error: null, records: readW3cFile(file.content) };
  } catch (error) {
    if (error instanceof DomainError && (error.code === 'import-not-json' || error.code === 'import-wrong-shape')) {
      return { name: file.name, error: { code: error.code, message: error.message, details: error.details }, records: [] };
    }
    throw error;
  }
}

function summarise(files: ImportFileReport[], applied: boolean): ImportReport {
  const counts = Object.fromEntries(IMPORT_OUTCOMES.map((o) => [o, 0])) as Record<ImportOutcome, number>;
  let orphaned = 0;
  for (const file of files) {
    for (const record of file.records) {
      counts[record.outcome] += 1;
      if (record.orphaned) orphaned += 1;
    }
  }
  const writes = IMPORT_WRITING_OUTCOMES.reduce((sum, outcome) => sum + counts[outcome], 0);
  return { applied, files, counts, writes, orphaned };
}
