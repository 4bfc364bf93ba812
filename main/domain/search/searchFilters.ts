import type { SearchRequest } from '../../../contract/search';

/** SQL conditions on the segment table `s`, and their parameters. */
export interface Filters {
  sql: string;
  params: unknown[];
}

export function filtersOf(request: Pick<SearchRequest, 'documentIds' | 'types' | 'dateFrom' | 'dateTo'>, segmentIds: readonly string[] | null): Filters {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (segmentIds !== null) {
    clauses.push(`s.segment_id IN (${segmentIds.map(() => '?').join(', ') || 'NULL'})`);
    params.push(...segmentIds);
  }
  if (request.documentIds?.length) {
    clauses.push(`s.document_id IN (${request.documentIds.map(() => '?').join(', ')})`);
    params.push(...request.documentIds);
  }
  if (request.types?.length) {
    clauses.push(`s.doc_type IN (${request.types.map(() => '?').join(', ')})`);
    params.push(...request.types);
  }
  if (request.dateFrom) {
    clauses.push('s.doc_date >= ?');
    params.push(request.dateFrom);
  }
  if (request.dateTo) {
    clauses.push('s.doc_date <= ?');
    params.push(request.dateTo);
  }
  return { sql: clauses.map((c) => ` AND ${c}`).join(''), params };
}
