import { Converter } from 'opencc-js';
import { TEXT_ORIGINS, type TextOrigin } from '../../../contract/model';
import type { TextLanguage } from '../../../contract/languages';
import {
  CONCEPT_ID_PATTERN,
  conceptInputSchema,
  TERM_NOTE_MAX_LENGTH,
  TERM_TEXT_MAX_LENGTH,
  type Concept,
  type TermDomain,
  type TermMatching,
  type TermSource,
} from '../../../contract/terminology';
import { defaultMatchingFor } from './starterTermbase';
import { fault, type TermbaseFileErrorParams } from './termbaseFile';

/**
 * Duizhao's compact notation for what neither TBX-Basic nor a spreadsheet has
 * a field for: a head word, then `; key=value` pairs, e.g.
 *   corpus; document=national-health-plan-14th-fyp-2022; segment=p0011; origin=published; count=1; date=2022-04-27
 * Both TBX (`<admin type="source">`, `<note>`) and CSV (the sources cell) use
 * it, so a source reads the same in both. Only the characters the notation
 * needs are percent-escaped (`%`, `;`, `|`, tab and line ends): Chinese names
 * stay readable in other tools.
 */
const ESCAPED = /[%;|\t\n\r]/g;
const ESCAPES: Record<string, string> = { '%': '%25', ';': '%3B', '|': '%7C', '\t': '%09', '\n': '%0A', '\r': '%0D' };
const UNESCAPES: Record<string, string> = Object.fromEntries(Object.entries(ESCAPES).map(([c, e]) => [e, c]));

export function encodeFields(head: string, fields: readonly (readonly [string, string | null])[]): string {
  return [head, ...fields.filter(([, value]) => value !== null).map(([key, value]) => `${key}=${value!.replace(ESCAPED, (c) => ESCAPES[c])}`)].join('; ');
}

/** The head and the fields, or null when `text` is not written in the notation with that head. */
export function decodeFields(text: string, head: string): Map<string, string> | null {
  const [first, ...rest] = text.split(';');
  if (first.trim() !== head) return null;
  const fields = new Map<string, string>();
  for (const part of rest) {
    const match = /^ ?([A-Za-z]+)=(.*)$/s.exec(part);
    if (!match || fields.has(match[1])) return null;
    fields.set(match[1], match[2].replace(/%(25|3B|7C|09|0A|0D)/gi, (e) => UNESCAPES[e.toUpperCase()]));
  }
  return fields;
}

/** Takes the fields out one by one, so that a field nobody asked for makes the record invalid. */
class FieldReader {
  constructor(
    private readonly fields: Map<string, string>,
    private readonly fail: () => never,
  ) {}

  required(key: string): string {
    return this.optional(key) ?? this.fail();
  }

  optional(key: string): string | null {
    const value = this.fields.get(key);
    this.fields.delete(key);
    return value ?? null;
  }

  /** The record holds a value its field cannot take. */
  invalid(): never {
    return this.fail();
  }

  done(): void {
    if (this.fields.size > 0) this.fail();
  }
}

function readRecord<T>(text: string, head: string, where: TermbaseFileErrorParams, read: (fields: FieldReader) => T): T | null {
  const fields = decodeFields(text, head);
  if (!fields) return null;
  const fail = (): never => {
    throw fault('invalid-field', { ...where, value: text }, `"${text}" is not a valid ${head} record`);
  };
  const reader = new FieldReader(fields, fail);
  const value = read(reader);
  reader.done();
  return value;
}

export function formatSource(source: TermSource): string {
  if (source.kind === 'corpus') {
    return encodeFields('corpus', [
      ['document', source.documentId],
      ['segment', source.segmentKey],
      ['origin', source.origin],
      ['count', String(source.count)],
      ['date', source.date],
    ]);
  }
  return encodeFields('authority', [
    ['name', source.name],
    ['reference', source.reference],
    ['date', source.date],
  ]);
}

/**
 * A source as written by formatSource, or, when the text is in no notation of
 * ours (another tool's free-text source), an authority of that name.
 */
export function parseSource(text: string, where: TermbaseFileErrorParams): TermSource {
  const corpus = readRecord(text, 'corpus', where, (f) => {
    const origin = f.required('origin');
    const count = f.required('count');
    const documentId = f.required('document');
    const segmentKey = f.required('segment');
    const date = f.optional('date');
    if (!(TEXT_ORIGINS as readonly string[]).includes(origin) || !/^\d{1,9}$/.test(count) || documentId === '' || segmentKey === '') return f.invalid();
    return { kind: 'corpus' as const, documentId, segmentKey, origin: origin as TextOrigin, count: Number(count), date: date === null ? null : checkDate(date, where) };
  });
  if (corpus) return corpus;
  const authority = readRecord(text, 'authority', where, (f) => {
    const name = f.required('name');
    const date = f.optional('date');
    return { kind: 'authority' as const, name, reference: f.optional('reference'), date: date === null ? null : checkDate(date, where) };
  });
  if (authority) return authority;
  if (text.trim() === '') throw fault('invalid-field', { ...where, value: text }, 'An empty source');
  return { kind: 'authority', name: text.trim(), reference: null, date: null };
}

const MATCHING_HEAD = 'duizhao-matching';
const MATCHING_KEYS = ['caseSensitive', 'hyphenVariants', 'inflections'] as const;

export const formatMatching = (matching: TermMatching): string => encodeFields(MATCHING_HEAD, MATCHING_KEYS.map((key) => [key, String(matching[key])]));

/** Matching as its language has it unless told otherwise: a file writes only the departures. */
export const isDefaultMatching = (matching: TermMatching, language: TextLanguage): boolean => {
  const fallback = defaultMatchingFor(language);
  return MATCHING_KEYS.every((key) => matching[key] === fallback[key]);
};

/** The matching a note records, or null when the note is an ordinary one. */
export function parseMatching(text: string, where: TermbaseFileErrorParams): TermMatching | null {
  return readRecord(text, MATCHING_HEAD, where, (f) => {
    const flags = MATCHING_KEYS.map((key) => {
      const value = f.required(key);
      return value === 'true' ? true : value === 'false' ? false : f.invalid();
    });
    return { caseSensitive: flags[0], hyphenVariants: flags[1], inflections: flags[2] };
  });
}

const DOMAIN_HEAD = 'duizhao-domain';
export const formatDomain = (domain: TermDomain): string => encodeFields(DOMAIN_HEAD, [['id', domain.id], ['en', domain.en], ['zh', domain.zh]]);
export const parseDomain = (text: string, where: TermbaseFileErrorParams): TermDomain | null =>
  readRecord(text, DOMAIN_HEAD, where, (f) => ({ id: f.required('id'), en: f.required('en'), zh: f.required('zh') }));

/** A domain named only by another tool's subject field: its id made from the name, the name in both languages. */
export function domainFromSubjectField(name: string, taken: ReadonlySet<string>): TermDomain {
  const base = name.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'domain';
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  return { id, en: name.trim(), zh: name.trim() };
}

/**
 * Chinese and English in any of the forms tools write them. Traditional
 * Chinese (zh-TW, zh-HK, zh-MO, zh-Hant) is Chinese too: the termbase stores
 * Simplified, so the reader converts it. Every other language is refused.
 */
export function languageOfCode(code: string): { language: TextLanguage; traditional: 'tw' | 'hk' | null } | null {
  const subtags = code.trim().toLowerCase().split(/[-_]/);
  if (subtags[0] === 'en') return { language: 'en', traditional: null };
  if (subtags[0] !== 'zh') return null;
  if (subtags.includes('hans')) return { language: 'zh', traditional: null };
  const region = subtags.includes('hk') || subtags.includes('mo') ? 'hk' : 'tw';
  if (subtags.includes('hant') || subtags.includes('tw') || subtags.includes('hk') || subtags.includes('mo')) return { language: 'zh', traditional: region };
  return { language: 'zh', traditional: null };
}

/**
 * Character conversion only (OpenCC's `tw`/`hk` to `cn`), not Taiwan's
 * vocabulary to the mainland's: 健保 stays 健保, a different term being a
 * different term. Built on first use: the tables take a moment.
 */
const converters: Partial<Record<'tw' | 'hk', (text: string) => string>> = {};
export function toSimplified(text: string, from: 'tw' | 'hk'): string {
  converters[from] ??= Converter({ from, to: 'cn' });
  return converters[from](text);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** A calendar date, yyyy-mm-dd, that exists. */
export function checkDate(value: string, where: TermbaseFileErrorParams): string {
  const match = ISO_DATE.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== value) throw fault('invalid-date', { ...where, value }, `"${value}" is not a date (yyyy-mm-dd)`);
  return value;
}

/** An ISO 8601 date or date and time, kept as written. */
export function checkDateTime(value: string, where: TermbaseFileErrorParams): string {
  if (!ISO_DATE_TIME.test(value) || Number.isNaN(Date.parse(value))) throw fault('invalid-date', { ...where, value }, `"${value}" is not an ISO 8601 date and time`);
  return value;
}

/**
 * A concept id as the termbase takes it (the contract's pattern); any other
 * (another tool's `_1`, a spreadsheet's `1`) is replaced by one made from the
 * concept's position in the file.
 */
export const conceptIdFrom = (given: string | undefined, index: number): string => (given !== undefined && CONCEPT_ID_PATTERN.test(given) ? given : `imported-${index + 1}`);

/**
 * The last gate of every reader: the concept as the termbase would take it
 * from the user (contract/terminology.ts), so no file brings in what the
 * workbench's own form would refuse.
 */
export function checkConcept(concept: Concept, where: TermbaseFileErrorParams): void {
  const checked = conceptInputSchema.safeParse(concept);
  if (checked.success) return;
  const issue = checked.error.issues[0];
  const field = issue.path.join('.');
  throw fault('invalid-field', { ...where, id: concept.id, value: field }, `Concept ${concept.id}: ${field} ${issue.message}`);
}

/** The limits the model puts on a term's text and note. */
export function checkTermText(text: string, note: string, where: TermbaseFileErrorParams): void {
  if (text.trim() === '') throw fault('empty-term', where, 'A term without text');
  if (text.length > TERM_TEXT_MAX_LENGTH) throw fault('term-too-long', { ...where, limit: TERM_TEXT_MAX_LENGTH, value: text.slice(0, 40) }, `A term longer than ${TERM_TEXT_MAX_LENGTH} characters`);
  if (note.length > TERM_NOTE_MAX_LENGTH) throw fault('note-too-long', { ...where, limit: TERM_NOTE_MAX_LENGTH }, `A note longer than ${TERM_NOTE_MAX_LENGTH} characters`);
}
