import type { AnnotationFilter } from '../../../contract/annotations';
import type { TextLanguage } from '../../../contract/languages';
import type { Connection } from '../database/connection';
import { foldText } from '../search/textNormalizer';

/**
 * The Annotations screen's filters and sorts as SQL (issue #14), so a page of
 * 10,000 annotations reads and places only its own rows. What SQLite cannot
 * know, how the text is folded, where a document stands in the library, which
 * paragraph a segment is and where a quote lands on today's text, it asks the
 * functions registered here (https://www.sqlite.org/appfunc.html), answered
 * from the corpus by the scope of the query in progress.
 */
export interface AnnotationSqlScope {
  documentRank(documentId: string): number | null;
  paragraph(segmentId: string): number | null;
  /** Where the quote starts on today's text; null for an orphan. `revision` digests the target (annotationRecord.ts). */
  placedStart(revision: string, segmentId: string, side: TextLanguage, exact: string, prefix: string, suffix: string, start: number, end: number): number | null;
}

export interface AnnotationSql {
  /** `a` is the annotation, `c` its pending conflict (LEFT JOIN). */
  where: string;
  params: Record<string, string>;
}

/** Past every rank, paragraph and offset: what has none sorts last, as the in-memory sort did. */
const LAST = Number.MAX_SAFE_INTEGER;
const PLACED_START = 'annotation_placed_start(a.revision, a.segment_id, a.side, a.quote_exact, a.quote_prefix, a.quote_suffix, a.position_start, a.position_end)';

/** Registers the functions on the connection; each call answers from `scope()`, the query in progress. */
export function registerAnnotationFunctions(db: Connection, scope: () => AnnotationSqlScope): void {
  db.function('annotation_fold', { deterministic: true }, (text: unknown) => foldText(String(text)).toLocaleLowerCase());
  db.function('annotation_document_rank', (id: unknown) => scope().documentRank(String(id)));
  db.function('annotation_paragraph', (id: unknown) => scope().paragraph(String(id)));
  db.function('annotation_placed_start', { varargs: true }, (...args: unknown[]) => {
    const [revision, segmentId, side, exact, prefix, suffix, start, end] = args as [string, string, TextLanguage, string, string, string, number, number];
    return scope().placedStart(revision, segmentId, side, exact, prefix, suffix, Number(start), Number(end));
  });
}

/** The live annotations of the filter's document, or all: what the tag, orphan and conflict counts count. */
export function scopeSql(filter: AnnotationFilter): AnnotationSql {
  return filter.documentId
    ? { where: 'a.deleted_at IS NULL AND a.document_id = @documentId', params: { documentId: filter.documentId } }
    : { where: 'a.deleted_at IS NULL', params: {} };
}

/** The annotations the filter shows: colour, tag, text in the quote, note or a tag (folded, any case), status. */
export function filterSql(filter: AnnotationFilter): AnnotationSql {
  const { where, params } = scopeSql(filter);
  const clauses = [where];
  if (filter.colours?.length) {
    clauses.push(`a.colour IN (${filter.colours.map((_, i) => `@colour${i}`).join(', ')})`);
    filter.colours.forEach((colour, i) => (params[`colour${i}`] = colour));
  }
  if (filter.tag) {
    clauses.push('EXISTS (SELECT 1 FROM json_each(a.tags_json) WHERE value = @tag)');
    params.tag = filter.tag;
  }
  const text = filter.text?.trim();
  if (text) {
    clauses.push(
      `(instr(annotation_fold(a.quote_exact), @text) > 0 OR instr(annotation_fold(a.note), @text) > 0
        OR EXISTS (SELECT 1 FROM json_each(a.tags_json) WHERE instr(annotation_fold(value), @text) > 0))`,
    );
    params.text = foldText(text).toLocaleLowerCase();
  }
  if (filter.status === 'orphaned') clauses.push(`${PLACED_START} IS NULL`);
  if (filter.status === 'conflict') clauses.push('c.annotation_id IS NOT NULL');
  return { where: clauses.join(' AND '), params };
}

/** Position: library order, paragraph, Chinese side first, where the quote lands, then the oldest. Dates: newest first. */
export function orderSql(sort: AnnotationFilter['sort'] = 'position'): string {
  if (sort === 'created') return 'a.created_at DESC, a.id';
  if (sort === 'updated') return 'a.updated_at DESC, a.id';
  return `coalesce(annotation_document_rank(a.document_id), ${LAST}), coalesce(annotation_paragraph(a.segment_id), ${LAST}),
    a.side <> 'zh', coalesce(${PLACED_START}, ${LAST}), a.created_at, a.id`;
}

export const ORPHAN_SQL = `${PLACED_START} IS NULL`;
