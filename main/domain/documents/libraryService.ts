import { randomBytes } from 'node:crypto';
import { documentMetadataSchema, type DocumentAnnotationChoice, type DocumentMetadata, type DocumentMetadataInput } from '../../../contract/documents';
import type { DocumentSummary } from '../../../contract/model';
import type { AnnotationService } from '../annotations/annotationService';
import { AnnotationStore } from '../annotations/annotationStore';
import type { Connection } from '../database/connection';
import { storageErrorCode } from '../database/sqliteErrors';
import { DomainError } from '../errors';
import type { ImportPlan } from './importModel';
import type { Library } from './library';
import { LibraryStore } from './libraryStore';
import { newPlaceOf } from './reanchorImported';

export interface LibraryServiceOptions {
  library: Library;
  /** The annotation service on the same database (made anew with it). */
  annotations: () => AnnotationService;
  now?: () => Date;
  /** Six hex digits that make an imported document's id unique. */
  randomSuffix?: () => string;
}

/**
 * The user's imported documents (issue 10): stored from an import plan,
 * renamed, re-imported as a new version, deleted with Undo. Every change is
 * one transaction, search rows and annotations included: a failure leaves
 * the database as it was. Bundled documents cannot be changed ('forbidden').
 */
export class LibraryService {
  private readonly store: LibraryStore;
  private readonly annotationRows: AnnotationStore;
  private readonly now: () => Date;
  private readonly randomSuffix: () => string;

  constructor(
    private readonly db: Connection,
    private readonly options: LibraryServiceOptions,
  ) {
    this.store = new LibraryStore(db);
    this.annotationRows = new AnnotationStore(db);
    this.now = options.now ?? (() => new Date());
    this.randomSuffix = options.randomSuffix ?? (() => randomBytes(3).toString('hex'));
    try {
      this.db.transaction(() => this.store.purgeDeleted()).immediate();
    } catch (error) {
      // A database that cannot be written keeps its marked rows: they stay hidden all the same.
      if (storageErrorCode(error) === null) throw error;
    }
  }

  /** Stores a plan as a new document, searchable at once; answers it as the library lists it. */
  storeImport(plan: ImportPlan, metadata: DocumentMetadataInput): DocumentSummary {
    const checked = checkMetadata(metadata);
    checkPlan(plan);
    const id = this.newDocumentId(checked);
    const at = this.now().toISOString();
    this.db
      .transaction(() => {
        this.store.insertDocument(id, checked, plan, at);
        this.store.recordVersion(id, 1, plan, at);
        this.store.insertSegments(id, checked, plan.segments);
      })
      .immediate();
    return this.summary(id);
  }

  /** Renames and redescribes an imported document (its provenance too). */
  updateDocumentInfo(documentId: string, metadata: DocumentMetadataInput): DocumentSummary {
    const checked = checkMetadata(metadata);
    this.db
      .transaction(() => {
        this.requireImported(documentId);
        this.store.updateMetadata(documentId, checked, this.now().toISOString());
      })
      .immediate();
    return this.summary(documentId);
  }

  /**
   * A new version of the same document: its text replaced by the plan's, its
   * annotations moved to where their quotes are now (reanchorImported.ts),
   * those that cannot be placed kept as orphans.
   */
  reimport(documentId: string, plan: ImportPlan): DocumentSummary {
    checkPlan(plan);
    this.db
      .transaction(() => {
        const stored = this.requireImported(documentId);
        const at = this.now().toISOString();
        const annotations = this.annotationRows.select({ documentId });
        this.store.deleteSegments(documentId);
        this.store.insertSegments(documentId, stored.metadata, plan.segments);
        this.store.recordVersion(documentId, stored.version + 1, plan, at);
        const segments = this.options.library.imported.getDocument(documentId)?.segments ?? [];
        const service = this.options.annotations();
        for (const record of annotations) {
          const place = newPlaceOf(record, segments);
          if (place) service.reattach(record.id, { ...place, side: record.target.side });
        }
      })
      .immediate();
    return this.summary(documentId);
  }

  /**
   * Hides the document from the library, the search and the reader until
   * `restoreDocument` or the next start. Its annotations are kept (listed as
   * orphans meanwhile) or deleted with it, and restored with it.
   */
  deleteDocument(documentId: string, annotations: DocumentAnnotationChoice): void {
    this.db
      .transaction(() => {
        this.requireImported(documentId);
        const deleted = annotations === 'delete' ? this.annotationRows.select({ documentId }).map((r) => r.id) : [];
        const service = this.options.annotations();
        for (const id of deleted) service.delete(id);
        this.store.markDeleted(documentId, this.now().toISOString(), deleted);
      })
      .immediate();
  }

  /** Undo of a deletion: the document, its search rows and the annotations deleted with it come back. */
  restoreDocument(documentId: string): DocumentSummary {
    this.db
      .transaction(() => {
        const stored = this.store.find(documentId);
        if (!stored) throw this.refusal(documentId);
        if (stored.deletedAt === null) return;
        this.store.unmarkDeleted(documentId);
        const service = this.options.annotations();
        for (const id of stored.deletedAnnotations) if (this.annotationRows.find(id)) service.restore(id);
      })
      .immediate();
    return this.summary(documentId);
  }

  private summary(documentId: string): DocumentSummary {
    const summary = this.options.library.imported.listDocuments().find((d) => d.id === documentId);
    if (!summary) throw new DomainError('not-found', `No document ${documentId}`);
    return summary;
  }

  /** A live imported document; a bundled one is refused as forbidden, any other as not found. */
  private requireImported(documentId: string) {
    const stored = this.store.find(documentId);
    if (!stored || stored.deletedAt !== null) throw this.refusal(documentId);
    return stored;
  }

  private refusal(documentId: string): DomainError {
    return this.options.library.bundled.hasDocument(documentId)
      ? new DomainError('forbidden', `${documentId} is a bundled document: it cannot be changed`)
      : new DomainError('not-found', `No document ${documentId}`);
  }

  /** `my-<slug of the English (or any Latin) title>-<6 hex>`, within DOCUMENT_ID_PATTERN. */
  private newDocumentId(metadata: DocumentMetadata): string {
    const words = (metadata.title.en ?? metadata.title.zh ?? '')
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim()
      .split(' ')
      .filter(Boolean);
    let slug = '';
    for (const word of words) {
      if (slug.length + word.length + 1 > 40) break;
      slug = slug ? `${slug}-${word}` : word;
    }
    for (;;) {
      const id = slug ? `my-${slug}-${this.randomSuffix()}` : `my-${this.randomSuffix()}`;
      if (!this.store.find(id)) return id;
    }
  }
}

function checkMetadata(metadata: DocumentMetadataInput): DocumentMetadata {
  const parsed = documentMetadataSchema.safeParse(metadata);
  if (!parsed.success) throw new DomainError('invalid-argument', `The document's details: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

/**
 * The plan comes from our own worker, but it is made from a user's files:
 * every sentence inside its side's text and in exactly one link, so the
 * reader and the search never meet a sentence they cannot place.
 */
function checkPlan(plan: ImportPlan): void {
  if (plan.segments.length === 0) throw new DomainError('invalid-argument', 'The import has no text');
  plan.segments.forEach((segment, i) => {
    const fail = (why: string) => new DomainError('invalid-argument', `Segment ${i + 1} of the import: ${why}`);
    if (segment.zh === null && segment.en === null) throw fail('no text on either side');
    for (const side of ['zh', 'en'] as const) {
      const length = segment[side]?.length ?? 0;
      const sentences = segment.sentences[side];
      if (sentences.some((s) => !(Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start < s.end && s.end <= length))) {
        throw fail(`a ${side} sentence lies outside its text`);
      }
      const linked = segment.links.flatMap((l) => l[side]).sort((a, b) => a - b);
      if (linked.length !== sentences.length || linked.some((n, k) => n !== k + 1)) throw fail(`the ${side} sentences are not each in one link`);
    }
  });
}
