import {
  TERM_STATUSES,
  TERM_TYPES,
  type Concept,
  type Term,
  type TermDomain,
  type TermMatching,
  type TermStatus,
  type TermType,
} from '../../../contract/terminology';
import { csvFile, unguardCsvCell } from '../exportFormats';
import { parseCsv } from './csvTable';
import { defaultMatchingFor } from './starterTermbase';
import { checkConcept, checkDate, checkDateTime, checkTermText, conceptIdFrom, formatSource, languageOfCode, parseSource, toSimplified } from './termbaseFields';
import { decodeTermbaseBytes, fault, readAllOrNothing, type ImportContext, type ParsedTermbase, type TermbaseFileReader } from './termbaseFile';
import { TBX_TO_STATUS } from './tbxVocabulary';

/**
 * The termbase as a spreadsheet: one row per term, headed by these columns.
 * A concept's own fields (domain, note, origin, dates) are repeated on each of
 * its rows, so every row stands alone when a spreadsheet sorts or filters
 * them; the reader requires the rows of one concept to agree. Sources are one
 * cell, each source in the notation of termbaseFields.ts, separated by " | ".
 * Only concept_id, language and term are required on import; a sheet typed by
 * hand may leave out the rest. A domain no concept uses has no row, so it does
 * not travel in a spreadsheet (TBX keeps it).
 */
export const TERMBASE_CSV_COLUMNS = [
  'concept_id',
  'language',
  'term',
  'status',
  'type',
  'note',
  'date',
  'sources',
  'case_sensitive',
  'hyphen_variants',
  'inflections',
  'domain',
  'domain_en',
  'domain_zh',
  'concept_note',
  'term_id',
  'origin',
  'created_at',
  'changed_by',
  'changed_at',
] as const;
type Column = (typeof TERMBASE_CSV_COLUMNS)[number];
const REQUIRED: readonly Column[] = ['concept_id', 'language', 'term'];
const CONCEPT_COLUMNS: readonly Column[] = ['domain', 'domain_en', 'domain_zh', 'concept_note', 'origin', 'created_at', 'changed_by', 'changed_at'];
const SOURCE_SEPARATOR = ' | ';

export function writeTermbaseCsv(termbase: { concepts: readonly Concept[]; domains: readonly TermDomain[] }): string {
  const domains = new Map(termbase.domains.map((d) => [d.id, d]));
  const rows = termbase.concepts.flatMap((concept) =>
    concept.terms.map((term) => {
      const domain = concept.domain === null ? null : domains.get(concept.domain);
      const cells: Record<Column, string> = {
        concept_id: concept.id,
        language: term.language,
        term: term.text,
        status: term.status,
        type: term.termType,
        note: term.note,
        date: term.date ?? '',
        sources: term.sources.map(formatSource).join(SOURCE_SEPARATOR),
        case_sensitive: String(term.matching.caseSensitive),
        hyphen_variants: String(term.matching.hyphenVariants),
        inflections: String(term.matching.inflections),
        domain: concept.domain ?? '',
        domain_en: domain?.en ?? '',
        domain_zh: domain?.zh ?? '',
        concept_note: concept.note,
        term_id: term.id,
        origin: concept.origin,
        created_at: concept.createdAt,
        changed_by: concept.changedBy,
        changed_at: concept.changedAt,
      };
      return TERMBASE_CSV_COLUMNS.map((column) => cells[column]);
    }),
  );
  return csvFile([[...TERMBASE_CSV_COLUMNS], ...rows]);
}

export function createTermbaseCsvReader(context: ImportContext): TermbaseFileReader {
  return { format: 'csv', read: (bytes) => readAllOrNothing(() => readTermbaseCsv(decodeTermbaseBytes(bytes), context)) };
}

type Row = (column: Column) => string;

function readTermbaseCsv(text: string, context: ImportContext): ParsedTermbase {
  const [header, ...records] = parseCsv(text);
  const columns = header.map((name) => unguardCsvCell(name).trim().toLowerCase());
  const ignored: Record<string, number> = {};
  columns.forEach((name, index) => {
    if (columns.indexOf(name) !== index) throw fault('malformed-csv', { row: 1, header: name }, `The column ${name} appears twice`);
    if (!(TERMBASE_CSV_COLUMNS as readonly string[]).includes(name)) ignored[`column/${name}`] = 1;
  });
  for (const column of REQUIRED) if (!columns.includes(column)) throw fault('missing-column', { row: 1, header: column }, `The header row has no ${column} column`);
  const concepts = new Map<string, { concept: Concept; firstRow: string[]; firstRowNumber: number }>();
  const domains = new Map<string, { domain: TermDomain; row: number }>();
  const termIds = new Set<string>();
  const conceptIds = new Set<string>();
  records.forEach((cells, index) => {
    const rowNumber = index + 2;
    if (cells.every((cell) => cell.trim() === '')) return;
    if (cells.length > columns.length) throw fault('malformed-csv', { row: rowNumber }, `Row ${rowNumber} has more cells than the header`);
    const at = (column: Column) => {
      const i = columns.indexOf(column);
      return i < 0 || i >= cells.length ? '' : unguardCsvCell(cells[i]);
    };
    const conceptId = at('concept_id').trim();
    if (conceptId === '') throw fault('invalid-field', { row: rowNumber, header: 'concept_id', value: '' }, `Row ${rowNumber} has no concept id`);
    let entry = concepts.get(conceptId);
    if (!entry) {
      const id = conceptIdFrom(conceptId, concepts.size);
      if (conceptIds.has(id)) throw fault('duplicate-id', { row: rowNumber, id }, `Two concepts have the id ${id}`);
      conceptIds.add(id);
      entry = { concept: readConcept(id, at, rowNumber, context, domains), firstRow: CONCEPT_COLUMNS.map(at), firstRowNumber: rowNumber };
      concepts.set(conceptId, entry);
    } else {
      const differs = CONCEPT_COLUMNS.findIndex((column, i) => at(column) !== entry!.firstRow[i]);
      if (differs >= 0) {
        throw fault('inconsistent-concept', { row: rowNumber, header: CONCEPT_COLUMNS[differs], id: conceptId }, `Row ${rowNumber} gives concept ${conceptId} another ${CONCEPT_COLUMNS[differs]} than row ${entry.firstRowNumber}`);
      }
    }
    const term = readTerm(at, rowNumber, `${entry.concept.id}.t${entry.concept.terms.length + 1}`);
    if (termIds.has(term.id)) throw fault('duplicate-id', { row: rowNumber, id: term.id }, `Two terms have the id ${term.id}`);
    termIds.add(term.id);
    entry.concept.terms.push(term);
  });
  for (const { concept, firstRowNumber } of concepts.values()) checkConcept(concept, { row: firstRowNumber });
  return { concepts: [...concepts.values()].map((e) => e.concept), domains: [...domains.values()].map((d) => d.domain), ignored };
}

function readConcept(id: string, at: Row, row: number, context: ImportContext, domains: Map<string, { domain: TermDomain; row: number }>): Concept {
  const where = { row };
  const domainId = at('domain').trim();
  if (domainId !== '') {
    const en = at('domain_en') || domainId;
    const domain = { id: domainId, en, zh: at('domain_zh') || en };
    const known = domains.get(domainId);
    if (known && (known.domain.en !== domain.en || known.domain.zh !== domain.zh)) {
      throw fault('inconsistent-concept', { row, header: 'domain_en', id: domainId }, `Row ${row} names domain ${domainId} otherwise than row ${known.row}`);
    }
    if (!known) domains.set(domainId, { domain, row });
  }
  const origin = at('origin').trim();
  if (origin !== '' && origin !== 'starter' && origin !== 'user') throw fault('invalid-field', { row, header: 'origin', value: origin }, `Row ${row}: the origin ${origin} is neither starter nor user`);
  const createdAt = at('created_at').trim();
  const changedAt = at('changed_at').trim();
  return {
    id,
    domain: domainId === '' ? null : domainId,
    note: at('concept_note'),
    terms: [],
    origin: origin === 'starter' ? 'starter' : 'user',
    createdAt: createdAt === '' ? context.importedAt : checkDateTime(createdAt, where),
    changedBy: changedAt === '' ? context.importedBy : at('changed_by'),
    changedAt: changedAt === '' ? context.importedAt : checkDateTime(changedAt, where),
  };
}

function readTerm(at: Row, row: number, fallbackId: string): Term {
  const where = { row };
  const code = at('language').trim();
  const language = languageOfCode(code);
  if (!language) throw fault('unsupported-language', { row, language: code }, `Row ${row}: the language ${code} is neither Chinese nor English`);
  const written = at('term');
  const text = language.traditional ? toSimplified(written, language.traditional) : written;
  const note = at('note');
  checkTermText(text, note, where);
  const date = at('date').trim();
  const sources = at('sources');
  const termId = at('term_id').trim();
  return {
    id: termId === '' ? fallbackId : termId,
    language: language.language,
    text,
    termType: readTermType(at('type').trim(), row),
    status: readStatus(at('status').trim(), row),
    note,
    date: date === '' ? null : checkDate(date, where),
    sources: sources.trim() === '' ? [] : sources.split(SOURCE_SEPARATOR).map((s) => parseSource(s, where)),
    matching: readMatching(at, row, defaultMatchingFor(language.language)),
  };
}

function readStatus(value: string, row: number): TermStatus {
  if (value === '') return 'admitted';
  const status = TERM_STATUSES.find((s) => s === value.toLowerCase()) ?? TBX_TO_STATUS.get(value);
  if (!status) throw fault('unknown-status', { row, value }, `Row ${row}: the status ${value} is not one of ${TERM_STATUSES.join(', ')}`);
  return status;
}

function readTermType(value: string, row: number): TermType {
  if (value === '') return 'fullForm';
  const termType = TERM_TYPES.find((t) => t.toLowerCase() === value.toLowerCase());
  if (!termType) throw fault('unknown-term-type', { row, value }, `Row ${row}: the term type ${value} is not one of ${TERM_TYPES.join(', ')}`);
  return termType;
}

const FLAGS: Record<string, boolean> = { true: true, false: false, yes: true, no: false, '1': true, '0': false };

function readMatching(at: Row, row: number, fallback: TermMatching): TermMatching {
  const flag = (column: Column, fallback: boolean): boolean => {
    const value = at(column).trim().toLowerCase();
    if (value === '') return fallback;
    if (!Object.hasOwn(FLAGS, value)) throw fault('invalid-field', { row, header: column, value }, `Row ${row}: ${column} is ${value}, not true or false`);
    return FLAGS[value];
  };
  return {
    caseSensitive: flag('case_sensitive', fallback.caseSensitive),
    hyphenVariants: flag('hyphen_variants', fallback.hyphenVariants),
    inflections: flag('inflections', fallback.inflections),
  };
}
